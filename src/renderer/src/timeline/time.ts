/** Calendar days to instants on the time scale. Everything is UTC: a day is a day wherever you are. */
import type { TimelineEvent } from '../../../shared/model'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

export function dayStart(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

/** The instant just after an inclusive last day. */
export function dayAfter(iso: string): Date {
  return new Date(dayStart(iso).getTime() + DAY)
}

/** The span the events cover, or null for none. */
export function eventsExtent(events: readonly TimelineEvent[]): [Date, Date] | null {
  let lo = Infinity
  let hi = -Infinity
  for (const e of events) {
    lo = Math.min(lo, dayStart(e.when.start).getTime())
    hi = Math.max(hi, dayAfter(e.when.end).getTime())
  }
  return Number.isFinite(lo) ? [new Date(lo), new Date(hi)] : null
}

/** The extent with a margin on each side, at least `minSpan` wide, so single events are not edge-bound. */
export function paddedDomain(
  extent: [Date, Date],
  fraction = 0.04,
  minSpan = 30 * DAY
): [Date, Date] {
  const [a, b] = extent.map((d) => d.getTime()) as [number, number]
  const span = Math.max(b - a, minSpan)
  const mid = (a + b) / 2
  const half = (span * (1 + 2 * fraction)) / 2
  return [new Date(mid - half), new Date(mid + half)]
}
