/** TIMEX3 values: shifting one by a number of units, and the calendar interval one covers. */
import type { Granularity } from '../../../shared/model'
import {
  addDays,
  addMonths,
  daysInMonth,
  fmtDay,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  mondayOfIsoWeek,
  type Ymd
} from './calendar-math'
import type { TimexInterval } from './timex'

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century'

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/
const WEEK = /^(\d{4})-W(\d{2})(-WE)?$/
const MONTH = /^(\d{4})-(\d{2})$/
const QUARTER = /^(\d{4})-Q([1-4])$/
const HALF = /^(\d{4})-H([12])$/
const SEASON = /^(\d{4})-(SP|SU|FA|WI)$/
const YEAR = /^(\d{4})$/
const DECADE = /^(\d{3})$/
const CENTURY = /^(\d{2})$/

const MONTHS_IN: Partial<Record<Unit, number>> = {
  month: 1,
  quarter: 3,
  year: 12,
  decade: 120,
  century: 1200
}

/** The value moved by n units, kept at its own granularity; null when the value is not a date. */
export function shiftValue(value: string, unit: Unit, n: number): string | null {
  let m: RegExpExecArray | null
  const months = (MONTHS_IN[unit] ?? 0) * n
  const days = unit === 'day' ? n : unit === 'week' ? 7 * n : 0
  if ((m = DAY.exec(value))) {
    const d = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
    return fmtDay(days ? addDays(d, days) : addMonths(d, months))
  }
  if ((m = WEEK.exec(value))) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]))
    const moved = days ? addDays(monday, days) : addMonths(monday, months)
    return fmtWeek(moved) + (m[3] ?? '')
  }
  if ((m = MONTH.exec(value))) {
    const moved = addMonths(
      { y: Number(m[1]), m: Number(m[2]), d: 1 },
      months || Math.round(days / 30)
    )
    return fmtMonth(moved.y, moved.m)
  }
  if ((m = QUARTER.exec(value))) {
    const q = Number(m[1]) * 4 + Number(m[2]) - 1 + Math.round((months || days / 30) / 3)
    return fmtQuarter(Math.floor(q / 4), (q % 4) + 1)
  }
  if ((m = SEASON.exec(value))) return `${fmtYear(Number(m[1]) + Math.round(months / 12))}-${m[2]}`
  if ((m = HALF.exec(value))) return `${fmtYear(Number(m[1]) + Math.round(months / 12))}-H${m[2]}`
  if ((m = YEAR.exec(value))) return fmtYear(Number(m[1]) + Math.round((months || days / 365) / 12))
  if ((m = DECADE.exec(value)))
    return String(Number(m[1]) + Math.round(months / 120)).padStart(3, '0')
  return null
}

/** Granularity of a date value, or null for one that is not a calendar date. */
export function granularityOf(value: string): Granularity | null {
  if (value.length === 10 && isDayShape(value)) return 'day'
  if (value.length === 4 && isDigits(value, 0, 4)) return 'year'
  if (DAY.test(value)) return 'day'
  if (WEEK.test(value)) return 'week'
  if (MONTH.test(value)) return 'month'
  if (QUARTER.test(value)) return 'quarter'
  if (HALF.test(value)) return 'half'
  if (SEASON.test(value)) return 'season'
  if (YEAR.test(value)) return 'year'
  if (DECADE.test(value)) return 'decade'
  if (CENTURY.test(value)) return 'century'
  return null
}

function isDigits(s: string, from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) {
    const c = s.charCodeAt(k)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** The number written by count ASCII digits at s[from] (checked by the caller). */
function digitsAt(s: string, from: number, count: number): number {
  let n = 0
  for (let k = from; k < from + count; k++) n = n * 10 + (s.charCodeAt(k) - 48)
  return n
}

/** dddd-dd-dd */
function isDayShape(s: string): boolean {
  return (
    isDigits(s, 0, 4) &&
    s.charCodeAt(4) === 45 &&
    isDigits(s, 5, 2) &&
    s.charCodeAt(7) === 45 &&
    isDigits(s, 8, 2)
  )
}

function span(start: Ymd, end: Ymd, granularity: Granularity, approximate = false): TimexInterval {
  return { start: fmtDay(start), end: fmtDay(end), granularity, approximate }
}

/** The days a DATE/TIME value covers. PRESENT_REF is the DCT, approximately. */
export function intervalOf(value: string, dct: Ymd | null): TimexInterval | undefined {
  // The two commonest shapes, told apart without the regexes below (same results).
  if (value.length === 10 && isDayShape(value)) {
    const d = { y: digitsAt(value, 0, 4), m: digitsAt(value, 5, 2), d: digitsAt(value, 8, 2) }
    return span(d, d, 'day')
  }
  if (value.length === 4 && isDigits(value, 0, 4)) {
    const y = digitsAt(value, 0, 4)
    return span({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, 'year')
  }
  let m: RegExpExecArray | null
  if (value === 'PRESENT_REF') return dct ? span(dct, dct, 'day', true) : undefined
  if ((m = DAY.exec(value))) {
    const d = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
    return span(d, d, 'day')
  }
  if ((m = WEEK.exec(value))) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]))
    return m[3]
      ? span(addDays(monday, 5), addDays(monday, 6), 'week')
      : span(monday, addDays(monday, 6), 'week')
  }
  if ((m = MONTH.exec(value))) {
    const y = Number(m[1])
    const mo = Number(m[2])
    return span({ y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }, 'month')
  }
  if ((m = QUARTER.exec(value))) {
    const y = Number(m[1])
    const first = (Number(m[2]) - 1) * 3 + 1
    return span({ y, m: first, d: 1 }, { y, m: first + 2, d: daysInMonth(y, first + 2) }, 'quarter')
  }
  if ((m = HALF.exec(value))) {
    const y = Number(m[1])
    return m[2] === '1'
      ? span({ y, m: 1, d: 1 }, { y, m: 6, d: 30 }, 'half')
      : span({ y, m: 7, d: 1 }, { y, m: 12, d: 31 }, 'half')
  }
  if ((m = SEASON.exec(value))) {
    const y = Number(m[1])
    const months: Record<string, [number, number]> = {
      SP: [3, 5],
      SU: [6, 8],
      FA: [9, 11],
      WI: [12, 14]
    }
    const [a, b] = months[m[2]!]!
    const end = addMonths({ y, m: 1, d: 1 }, b - 1)
    return span(
      { y, m: a, d: 1 },
      { y: end.y, m: end.m, d: daysInMonth(end.y, end.m) },
      'season',
      true
    )
  }
  if ((m = YEAR.exec(value))) {
    const y = Number(m[1])
    return span({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, 'year')
  }
  if ((m = DECADE.exec(value))) {
    const y = Number(m[1]) * 10
    return span({ y, m: 1, d: 1 }, { y: y + 9, m: 12, d: 31 }, 'decade')
  }
  if ((m = CENTURY.exec(value))) {
    const y = Number(m[1]) * 100
    return span({ y, m: 1, d: 1 }, { y: y + 99, m: 12, d: 31 }, 'century')
  }
  return undefined
}
