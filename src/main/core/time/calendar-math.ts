/** Calendar arithmetic on plain year/month/day triples (UTC), and TIMEX3 value formatting. */

import { civilFromDays, daysFromCivil, type Ymd } from '../../../shared/civil-days'

export type { Ymd }

const toDays = (a: Ymd): number => daysFromCivil(a.y, a.m, a.d)
const fromDays = civilFromDays

/** Reads the day of a DCT such as `1998-02-06` or `1998-02-06T22:19:00`; null when it is not one. */
export function parseDay(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null
  if (!m) return null
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  return ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= daysInMonth(ymd.y, ymd.m) ? ymd : null
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function daysInMonth(y: number, m: number): number {
  if (m !== 2) return MONTH_DAYS[m - 1]!
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDays(toDays(a) + n)
}

export function addMonths(a: Ymd, n: number): Ymd {
  const total = a.y * 12 + (a.m - 1) + n
  const y = Math.floor(total / 12)
  const m = total - y * 12 + 1
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) }
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekday(a: Ymd): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDays(a) + 3) % 7) + 7) % 7) + 1
}

export function isoWeek(a: Ymd): { year: number; week: number } {
  const thursday = addDays(a, 4 - weekday(a))
  const jan1 = { y: thursday.y, m: 1, d: 1 }
  const week = Math.floor((toDays(thursday) - toDays(jan1)) / 7) + 1
  return { year: thursday.y, week }
}

/** The Monday of ISO week `week` of `year`. */
export function mondayOfIsoWeek(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 }
  return addDays(jan4, (week - 1) * 7 - (weekday(jan4) - 1))
}

export function quarterOf(a: Ymd): number {
  return Math.floor((a.m - 1) / 3) + 1
}

export function seasonOf(a: Ymd): string {
  return ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][a.m - 1]!
}

const p2 = (n: number) => String(n).padStart(2, '0')
export const fmtYear = (y: number): string =>
  y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y)
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${p2(m)}`
export const fmtDay = (a: Ymd): string => `${fmtMonth(a.y, a.m)}-${p2(a.d)}`
export const fmtWeek = (a: Ymd): string => {
  const w = isoWeek(a)
  return `${fmtYear(w.year)}-W${p2(w.week)}`
}
export const fmtQuarter = (y: number, q: number): string => `${fmtYear(y)}-Q${q}`

/** Compares two days: negative when a is before b. */
export function compareDays(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d
}
