/**
 * A date as other tools write it, in parts (year, month?, day?): what TimelineJS's JSON and its
 * spreadsheet give. Checked here, with a reason a person understands when it is not a date we
 * can use; the row is then skipped.
 */
import { daysFromCivil } from '../../../shared/civil-days'
import { daysInMonth } from '../time/calendar-math'

export type Precision = 'year' | 'month' | 'day'

/** The days a date covers: one day, a whole month or a whole year (day numbers, inclusive). */
export interface DatePart {
  precision: Precision
  first: number
  last: number
}

/** Years a TIMEX3 value writes with four digits. */
export const FIRST_YEAR = 1
export const LAST_YEAR = 9999

/** A number written as a number or a string; undefined when the part is not given. */
function partOf(value: unknown, name: string): number | undefined | string {
  if (value === undefined || value === null) return undefined
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null
  if (text === '') return undefined
  if (text === null || !/^[+-]?\d+$/.test(text)) {
    return `the ${name} ${JSON.stringify(typeof value === 'string' ? value.trim() : value)} is not a whole number`
  }
  return Number(text)
}

/** The date, or why it is not one. */
export function datePart(year: unknown, month: unknown, day: unknown): DatePart | string {
  const y = partOf(year, 'year')
  const m = partOf(month, 'month')
  const d = partOf(day, 'day')
  if (typeof y === 'string') return y
  if (typeof m === 'string') return m
  if (typeof d === 'string') return d
  if (y === undefined) return 'it has no year'
  if (y < FIRST_YEAR || y > LAST_YEAR) {
    return `the year ${y} is outside ${FIRST_YEAR}–${LAST_YEAR}, the years Dateline can show`
  }
  if (m === undefined) {
    if (d !== undefined) return `it has a day (${d}) but no month`
    return { precision: 'year', first: daysFromCivil(y, 1, 1), last: daysFromCivil(y, 12, 31) }
  }
  if (m < 1 || m > 12) return `${m} is not a month (1–12)`
  const length = daysInMonth(y, m)
  if (d === undefined) {
    return { precision: 'month', first: daysFromCivil(y, m, 1), last: daysFromCivil(y, m, length) }
  }
  if (d < 1 || d > length) {
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} is not a real date`
  }
  const n = daysFromCivil(y, m, d)
  return { precision: 'day', first: n, last: n }
}

/**
 * A clock time as TIMEX3 writes it (HH:MM), from an hour and minute; undefined when there is
 * none or it is not a time of day (a bad time costs the event its time, not the event).
 */
export function clockTime(hour: unknown, minute: unknown): string | undefined {
  const h = partOf(hour, 'hour')
  const m = partOf(minute, 'minute') ?? 0
  if (typeof h !== 'number' || typeof m !== 'number') return undefined
  if (h < 0 || h > 23 || m < 0 || m > 59) return undefined
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/** A spreadsheet's time cell: 18:53, 18:53:00, 6:53 PM; undefined when it is none of those. */
export function clockTimeOfText(text: string): string | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i.exec(text.trim())
  if (!m) return undefined
  let hour = Number(m[1])
  const meridiem = m[3]?.[0]?.toLowerCase()
  if (meridiem && (hour < 1 || hour > 12)) return undefined
  if (meridiem === 'p' && hour < 12) hour += 12
  if (meridiem === 'a' && hour === 12) hour = 0
  return clockTime(hour, m[2] ?? 0)
}
