/**
 * Which stretch of time the editor shows when it opens, when asked for the latest events, and
 * when it must bring one event into view. vis-timeline is only given the events of its window, so
 * the window is chosen before anything is loaded: narrow enough to be quick, wide enough to read.
 */
import type { Project, TimelineEvent } from '../../../shared/model'
import { DAY_MS } from './calendar-units'
import { instantsOf } from './time-value'

/** Small documents open showing every event; larger ones on their latest events. */
const FIT_UP_TO = 400
export const LATEST = 150
/** A window is never narrower than this when opened: a few single days are not a timeline. */
const MIN_SPAN = 14 * DAY_MS
/** vis-timeline's closest zoom (see vis-timeline.ts). */
export const ZOOM_MIN = 7 * DAY_MS

/**
 * The window to open on: the document's saved view, or else every event of a small document,
 * or the latest events of a large one (`latest` finds them without a pass over all events).
 */
export function openingWindow(
  project: Project,
  latest: (n: number) => [number, number] | null
): [number, number] {
  const view = project.view
  if (view) {
    const saved: [number, number] = [Date.parse(view.start), Date.parse(view.end)]
    if (saved[1] > saved[0]) return saved
  }
  const span = project.events.length <= FIT_UP_TO ? extent(project.events) : latest(LATEST)
  return span ? around(span) : aroundNow()
}

/** A span with room around it; more on the right, where a day's title is drawn after its date. */
export function around([a, b]: [number, number]): [number, number] {
  const width = Math.max(b - a, MIN_SPAN)
  const mid = (a + b) / 2
  return [mid - width * 0.53, mid + width * 0.75]
}

function aroundNow(): [number, number] {
  const now = Date.now()
  return [now - 180 * DAY_MS, now + 30 * DAY_MS]
}

/** The instants all events cover, or null for none (or only malformed days). */
export function extent(events: readonly TimelineEvent[]): [number, number] | null {
  let lo = Infinity
  let hi = -Infinity
  for (const e of events) {
    const [t0, t1] = instantsOf(e.when)
    if (t0 < lo) lo = t0 // NaN compares false and is skipped
    if (t1 > hi) hi = t1
  }
  return hi > lo ? [lo, hi] : null
}

/**
 * Windows centred on an event, widest first: the current width, then narrower ones, for an
 * event that is out of view or in a stretch too crowded to load at the current zoom.
 */
export function windowsAround(event: TimelineEvent, currentWidth: number): [number, number][] {
  const [t0, t1] = instantsOf(event.when)
  const mid = (t0 + t1) / 2
  const narrower = [3 * (t1 - t0), MIN_SPAN, ZOOM_MIN].filter((w) => w < currentWidth)
  return [currentWidth, ...narrower].map((w) => [mid - w / 2, mid + w / 2])
}
