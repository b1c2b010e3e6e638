/**
 * TIMEX3 values said the way a reader says them ("Q1 2021", "Summer 2021", "1990s"), for the
 * exports that show a date as text: TimelineJS's display_date and the iCalendar description.
 *
 * The TimelineJS import reads display_date back by comparing it with these labels (it never
 * parses free text), so each label must name one value: two values of the same span never share
 * a label. The "c. " prefix (circa) marks an approximate date.
 */
import type { TimeValue } from '../../../shared/model'

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' }

/** TIMEX3 parts of the day (2021-10-18TAF); clock times (T14:00) are shown as written. */
export const PARTS_OF_DAY: Record<string, string> = {
  MO: 'morning',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night'
}

/** What marks an approximate date in a label: "c. 2014". */
export const APPROXIMATE_PREFIX = 'c. '

/** The year as people write it: 2021, 44 (no leading zeros). */
const year = (digits: string): string => String(Number(digits))

const monthName = (mm: string): string => MONTH_NAMES[Number(mm) - 1] ?? mm

function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** A label for a TIMEX3 value; the value itself when it has no shape we know. */
export function labelOfValue(value: string): string {
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$/.exec(value))) {
    const day = `${Number(m[3])} ${monthName(m[2]!)} ${year(m[1]!)}`
    return m[4] ? `${day}, ${PARTS_OF_DAY[m[4]] ?? m[4]}` : day
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value)))
    return `${m[3] ? 'Weekend of week' : 'Week'} ${Number(m[2])}, ${year(m[1]!)}`
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${monthName(m[2]!)} ${year(m[1]!)}`
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${year(m[1]!)}`
  if ((m = /^(\d{4})-H([12])$/.exec(value)))
    return `${m[2] === '1' ? 'First' : 'Second'} half of ${year(m[1]!)}`
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    // Winter 2021 (TIMEX 2021-WI) runs from December 2021 into 2022.
    const y = Number(m[1])
    return m[2] === 'WI' ? `Winter ${y}–${y + 1}` : `${SEASONS[m[2]!]} ${y}`
  }
  if ((m = /^(\d{4})$/.exec(value))) return year(m[1]!)
  if ((m = /^(\d{3})$/.exec(value))) return `${Number(m[1]) * 10}s`
  // TIMEX "19" is 1900–1999, which people call the 20th century.
  if ((m = /^(\d{2})$/.exec(value))) return `${ordinal(Number(m[1]) + 1)} century`
  return value
}

/** A date label for a day written YYYY-MM-DD (or an expanded year): "18 October 2021". */
export function labelOfDay(day: string): string {
  const m = /^([+-]?\d+)-(\d{2})-(\d{2})$/.exec(day)
  return m ? `${Number(m[3])} ${monthName(m[2]!)} ${Number(m[1])}` : day
}

/** The label of a `when`, with the circa mark when it is approximate. */
export function labelOfWhen(when: TimeValue): string {
  return (when.approximate ? APPROXIMATE_PREFIX : '') + labelOfValue(when.value)
}
