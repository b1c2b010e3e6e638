/**
 * What an exported image covers, in words and counts: one pass over the events for those in the
 * window (their categories for the legend, their shapes for the key, their span for the caption),
 * and the caption under the title.
 */
import type { TimelineEvent } from '../../../shared/model'
import type { LaneKey } from '../timeline/lanes'
import { DAY, dayMs } from '../timeline/time'
import { categoryOf } from './theme'

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
})
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
})

export interface WindowSummary {
  categories: Map<string, number>
  shapes: { day: boolean; period: boolean; approximate: boolean }
  /** First instant and end of the events in the window, clipped to it (epoch ms); null for none. */
  extent: [number, number] | null
}

/** One pass over the events: the categories, shapes and span of those in the window [a, b). */
export function inWindow(events: readonly TimelineEvent[], a: number, b: number): WindowSummary {
  const categories = new Map<string, number>()
  const shapes = { day: false, period: false, approximate: false }
  let lo = Infinity
  let hi = -Infinity
  for (const e of events) {
    const t0 = dayMs(e.when.start)
    const t1 = dayMs(e.when.end) + DAY
    if (!(t1 > t0) || t1 <= a || t0 > b) continue
    const name = categoryOf(e)
    categories.set(name, (categories.get(name) ?? 0) + 1)
    if (e.when.granularity === 'day' && t1 - t0 <= DAY) shapes.day = true
    else shapes.period = true
    if (e.when.approximate) shapes.approximate = true
    if (t0 < lo) lo = t0
    if (t1 > hi) hi = t1
  }
  return {
    categories,
    shapes,
    extent: Number.isFinite(lo) ? [Math.max(lo, a), Math.min(hi, b)] : null
  }
}

/** "11 events · Jan 2014 – Oct 2021 · lanes by actor": what the image covers, under its title. */
export function caption(count: number, span: [number, number], laneBy: LaneKey): string {
  const [from, to] = span
  const format = to - from < 62 * DAY ? dayMonthYear : monthYear
  const start = format.format(new Date(from))
  // The span's end is exclusive (the instant after the last day).
  const end = format.format(new Date(to - 1))
  const range = start === end ? start : `${start} – ${end}`
  const events = `${count.toLocaleString('en-US')} event${count === 1 ? '' : 's'}`
  return [events, range, laneBy === 'none' ? '' : `lanes by ${laneBy}`].filter(Boolean).join(' · ')
}
