/**
 * Period presets built from the data: the whole story, each decade or year that has events, and
 * the last 30 days of the story (up to its latest event), so a reader can jump to a period in one
 * step instead of zooming there.
 */
import { DAY } from './time'

export interface Preset {
  label: string
  start: Date
  end: Date
}

const utc = (y: number): Date => new Date(Date.UTC(y, 0, 1))

/** `years`: the calendar years (UTC) that have at least one event. */
export function buildPresets(extent: [Date, Date] | null, years: ReadonlySet<number>): Preset[] {
  if (!extent) return []
  const [lo, hi] = extent
  const presets: Preset[] = [{ label: 'The whole story', start: lo, end: hi }]
  const sorted = [...years].sort((a, b) => a - b)
  const decades = [...new Set(sorted.map((y) => Math.floor(y / 10) * 10))]
  if (decades.length > 1) {
    for (const d of decades) presets.push({ label: `The ${d}s`, start: utc(d), end: utc(d + 10) })
  }
  // Every year with events while there are up to 40 of them; the latest ten beyond.
  for (const y of sorted.length > 40 ? sorted.slice(-10) : sorted)
    presets.push({ label: String(y), start: utc(y), end: utc(y + 1) })
  const last = hi.getTime()
  if (last - lo.getTime() > 45 * DAY) {
    presets.push({
      label: 'The last 30 days of the story',
      start: new Date(last - 30 * DAY),
      end: new Date(last)
    })
  }
  return presets
}
