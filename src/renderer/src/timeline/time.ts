/** Calendar days to instants on the time scale. Everything is UTC: a day is a day wherever you are. */
import type { TimelineEvent } from '../../../shared/model'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

export function dayStart(iso: string): Date {
  return new Date(dayMs(iso))
}

/**
 * The first instant (ms, UTC) of an ISO day, read digit by digit: called for every event when
 * the timeline indexes them, where building a string and parsing it would dominate. NaN for
 * anything that is not `YYYY-MM-DD`.
 */
export function dayMs(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN
  let y = 0
  for (let i = 0; i < 4; i++) y = y * 10 + digit(iso.charCodeAt(i))
  const m = digit(iso.charCodeAt(5)) * 10 + digit(iso.charCodeAt(6))
  const d = digit(iso.charCodeAt(8)) * 10 + digit(iso.charCodeAt(9))
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) return NaN // NaN fails too
  return daysFromCivil(y, m, d) * DAY
}

const daysIn = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : 30 + ((m + (m >> 3)) & 1)

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const digit = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : NaN)

/** The span the events cover, or null for none. */
export function eventsExtent(events: readonly TimelineEvent[]): [Date, Date] | null {
  let lo = Infinity
  let hi = -Infinity
  for (const e of events) {
    const a = dayMs(e.when.start)
    const b = dayMs(e.when.end) + DAY
    if (a < lo) lo = a // NaN (a malformed day) compares false and is skipped
    if (b > hi) hi = b
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
