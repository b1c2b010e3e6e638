/**
 * An event's `when` as TimelineJS dates. TimelineJS knows years, months, days and clock times:
 *
 * - a day, month or year is one start_date at that precision (TimelineJS writes the label);
 * - any other unit (week, quarter, season, half, decade, century) is a start_date and an end_date
 *   at the coarsest precision that still states its days exactly, and a display_date naming it
 *   ("Q1 2021", "Summer 2021", "1990s");
 * - a span that is no single unit (events merged from different dates) is a start and an end
 *   date, with no display_date: TimelineJS shows the range itself.
 *
 * A time of day goes into start_date (hour, minute) when it is a clock time, else into a
 * display_date ("18 October 2021, afternoon"). An approximate date gets a display_date with
 * "c. " in front. The TimelineJS import reads the display_date back only by comparing it with
 * the labels written here (time-labels.ts), which is how a season, a part of the day or an
 * approximate date survives a round trip.
 */
import type { TimeValue } from '../../../shared/model'
import { daysInMonth } from '../time/calendar-math'
import { intervalOf } from '../time/values'
import { APPROXIMATE_PREFIX, labelOfDay, labelOfWhen } from './time-labels'

/** A TimelineJS date object; we write numbers, which the format documents. */
export interface TimelineJsDate {
  year: number
  month?: number
  day?: number
  hour?: number
  minute?: number
}

export interface TimelineJsWhen {
  start_date: TimelineJsDate
  end_date?: TimelineJsDate
  display_date?: string
}

type Precision = 'year' | 'month' | 'day'

interface Ymd {
  y: number
  m: number
  d: number
}

/** Days as the project writes them, including the expanded years (+012345, -000044) it allows. */
function ymdOf(day: string): Ymd {
  const m = /^([+-]?\d+)-(\d{2})-(\d{2})$/.exec(day)
  if (!m) throw new RangeError(`Not a day: ${JSON.stringify(day)}`)
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
}

/** The event covers exactly the unit its value names (the usual case; merged spans do not). */
export function isWholeUnit(when: TimeValue): boolean {
  const unit = intervalOf(when.value, null)
  return (
    unit !== undefined &&
    unit.granularity === when.granularity &&
    unit.start === when.start &&
    unit.end === when.end
  )
}

/** The coarsest precision at which [start, end] is written without losing a day. */
function precisionOf(start: Ymd, end: Ymd): Precision {
  if (start.m === 1 && start.d === 1 && end.m === 12 && end.d === 31) return 'year'
  if (start.d === 1 && end.d === daysInMonth(end.y, end.m)) return 'month'
  return 'day'
}

function dateAt(day: Ymd, precision: Precision): TimelineJsDate {
  if (precision === 'year') return { year: day.y }
  if (precision === 'month') return { year: day.y, month: day.m }
  return { year: day.y, month: day.m, day: day.d }
}

const SIMPLE = new Set(['day', 'month', 'year'])

export function timelineJsWhen(when: TimeValue): TimelineJsWhen {
  const start = ymdOf(when.start)
  const end = ymdOf(when.end)
  const precision = precisionOf(start, end)
  const out: TimelineJsWhen = { start_date: dateAt(start, precision) }
  const last = dateAt(end, precision)
  if (JSON.stringify(last) !== JSON.stringify(out.start_date)) out.end_date = last
  const whole = isWholeUnit(when)
  // A clock time (2021-10-18T14:00) goes in the date; a part of the day ("afternoon") only in
  // the display_date.
  const time = /T(\d{2}):(\d{2})$/.exec(when.value)
  const clock = whole && time !== null && Number(time[1]) < 24
  if (clock) Object.assign(out.start_date, { hour: Number(time[1]), minute: Number(time[2]) })
  const timeNotWritten = whole && when.value.includes('T') && !clock
  if (whole && (!SIMPLE.has(when.granularity) || when.approximate || timeNotWritten)) {
    out.display_date = labelOfWhen(when)
  } else if (!whole && when.approximate) {
    const days =
      when.start === when.end
        ? labelOfDay(when.start)
        : `${labelOfDay(when.start)} – ${labelOfDay(when.end)}`
    out.display_date = APPROXIMATE_PREFIX + days
  }
  return out
}
