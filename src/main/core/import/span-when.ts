/**
 * An event's `when` from the days an imported date covers. A span is named by the finest
 * calendar unit it is exactly (Jan–Mar is the quarter 2021-Q1, 1990–1999 the decade 199), the
 * rule the editor applies to a resized event; a span that is no unit keeps the finer precision
 * of its ends (2021-03 … 2021-04-20 is a day-granularity span valued 2021-03-01), which is what
 * the export writes it back as.
 *
 * A display_date the TimelineJS export wrote is read back, never free text: when it is the
 * label (export/time-labels.ts) of a unit with exactly these days, that unit is taken (how a
 * season or a weekend, which no span names alone, comes back), and a "c. " in front marks the
 * date approximate.
 */
import { civilFromDays } from '../../../shared/civil-days'
import type { Granularity, TimeValue } from '../../../shared/model'
import {
  fmtDay,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  quarterOf,
  seasonOf,
  type Ymd
} from '../time/calendar-math'
import { intervalOf } from '../time/values'
import { APPROXIMATE_PREFIX, labelOfValue } from '../export/time-labels'
import type { DatePart } from './date-parts'

/** The units a span may be, finest first (and seasons and weekends, see exactUnits). */
const NAMING: readonly Granularity[] = [
  'day',
  'week',
  'month',
  'quarter',
  'half',
  'year',
  'decade',
  'century'
]

/** The TIMEX3 value of the unit of granularity `g` that holds the day. */
export function unitValue(g: Granularity, day: Ymd): string {
  switch (g) {
    case 'day':
      return fmtDay(day)
    case 'week':
      return fmtWeek(day)
    case 'month':
      return fmtMonth(day.y, day.m)
    case 'quarter':
      return fmtQuarter(day.y, quarterOf(day))
    case 'season': {
      // January and February belong to the winter that began the December before.
      const season = seasonOf(day)
      return `${fmtYear(season === 'WI' && day.m <= 2 ? day.y - 1 : day.y)}-${season}`
    }
    case 'half':
      return `${fmtYear(day.y)}-H${day.m <= 6 ? 1 : 2}`
    case 'year':
      return fmtYear(day.y)
    case 'decade':
      return String(Math.floor(day.y / 10)).padStart(3, '0')
    case 'century':
      return String(Math.floor(day.y / 100)).padStart(2, '0')
  }
}

interface Candidate {
  value: string
  granularity: Granularity
}

/** The units whose days are exactly [first, last]. */
function exactUnits(first: Ymd, start: string, end: string): Candidate[] {
  const values = [
    ...[...NAMING, 'season' as const].map((g) => unitValue(g, first)),
    `${fmtWeek(first)}-WE`
  ]
  const out: Candidate[] = []
  for (const value of values) {
    const unit = intervalOf(value, null)
    if (unit && unit.start === start && unit.end === end)
      out.push({ value, granularity: unit.granularity })
  }
  return out
}

/**
 * Whether a unit names a span by its days alone. Not a season (June–August is as likely a span
 * someone typed) nor a weekend: those only by their label.
 */
function namesASpan(unit: Candidate): boolean {
  return unit.granularity !== 'season' && !unit.value.endsWith('-WE')
}

/** The parts of the day TIMEX3 writes; only a display_date can say one (see time-labels.ts). */
const PART_OF_DAY_SUFFIXES = ['MO', 'AF', 'EV', 'NI', '24:00']

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const

/**
 * The `when` of a date from `start` to `end` (or just `start`), with the clock time of a
 * one-day date when the file gives one. Errors (an end before the start) come back as the reason
 * to skip the row.
 */
export function whenOf(
  start: DatePart,
  end: DatePart | null,
  displayDate: string | null,
  time?: string
): TimeValue | string {
  const firstDay = start.first
  const lastDay = end ? end.last : start.last
  if (lastDay < firstDay) return 'its end date is before its start date'
  const first = civilFromDays(firstDay)
  const startIso = fmtDay(first)
  const endIso = fmtDay(civilFromDays(lastDay))
  const display = (displayDate ?? '').trim()
  const approximate = display.startsWith(APPROXIMATE_PREFIX)
  const label = approximate ? display.slice(APPROXIMATE_PREFIX.length).trim() : display
  const units = exactUnits(first, startIso, endIso)
  // One day can also be a time of that day: the clock time given, or a part of the day that
  // only its label names.
  const oneDay = startIso === endIso && start.precision === 'day'
  const timed: Candidate[] =
    oneDay && time ? [{ value: `${startIso}T${time}`, granularity: 'day' }] : []
  const labelled: Candidate[] = oneDay
    ? PART_OF_DAY_SUFFIXES.map((suffix) => ({ value: `${startIso}T${suffix}`, granularity: 'day' }))
    : []
  // A span that is no unit keeps the finer precision of its two ends.
  const precision =
    end && PRECISION_RANK[end.precision] > PRECISION_RANK[start.precision]
      ? end.precision
      : start.precision
  const chosen = (label
    ? [...timed, ...labelled, ...units].find((unit) => labelOfValue(unit.value) === label)
    : undefined) ??
    timed[0] ??
    units.find(namesASpan) ?? { value: unitValue(precision, first), granularity: precision }
  return {
    value: chosen.value,
    start: startIso,
    end: endIso,
    granularity: chosen.granularity,
    approximate
  }
}

/** The `when` of a span given as ISO days, for the CSV import. */
export function spanWhen(first: Ymd, last: Ymd, approximate: boolean): TimeValue {
  const start = fmtDay(first)
  const end = fmtDay(last)
  const named = exactUnits(first, start, end).find(namesASpan) ?? {
    value: start,
    granularity: 'day' as const
  }
  return { value: named.value, start, end, granularity: named.granularity, approximate }
}
