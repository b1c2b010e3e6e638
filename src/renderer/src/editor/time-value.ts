/**
 * The editor's date rules: what a TimeValue becomes when its item is dragged, resized or typed
 * into the form. Pure, so they can be tested without a browser.
 *
 * - On the axis an event covers [first day 00:00, the day after its last day 00:00), UTC. A
 *   single day is drawn as a point at the middle of its day.
 * - Move: an event moves by whole units of its own granularity (a day event by days, a month
 *   event by months, a season by seasons…), to the nearest unit. An event that is exactly one
 *   unit (the usual case) becomes the unit it lands on, value and days; one whose days are wider
 *   or narrower than its value's unit (a merged event, a typed span) keeps its length, both ends
 *   shifted by the units moved, and its value shifted by as many units.
 * - Resize: the edges snap to the boundaries of the event's unit when it is exactly one unit (a
 *   month stretched by months), else to days. The result is named by the finest calendar unit it
 *   is exactly (Jan–Mar becomes the quarter 2021-Q1, a single day becomes a day event); a span
 *   that is no unit keeps its granularity, with the value of the unit holding its first day
 *   (the same rule as a span typed into the form).
 * - The approximate flag is never changed by a drag: only the form changes it.
 */
import type { Granularity, TimeValue } from '../../../shared/model'
import {
  DAY_MS,
  MONTHS_PER_UNIT,
  dayNumber,
  firstOfMonth,
  isoOf,
  monthPosition,
  parseValue,
  unitAt,
  unitIndex,
  unitOf,
  ymdOf
} from './calendar-units'

/** The years a TIMEX3 value can write (four digits). */
export const FIRST_DAY = dayNumber('0001-01-01')
export const LAST_DAY = dayNumber('9999-12-31')

/** The instants [t0, t1) an event covers on the axis; NaN for malformed days. */
export function instantsOf(when: TimeValue): [number, number] {
  return [dayNumber(when.start) * DAY_MS, (dayNumber(when.end) + 1) * DAY_MS]
}

/** Drawn as a single point, not a range: one day at day granularity. */
export function isPoint(when: TimeValue): boolean {
  return when.granularity === 'day' && when.start === when.end
}

/** The event's days are exactly one unit of its granularity (weekends count as units). */
export function isWholeUnit(when: TimeValue): boolean {
  const first = dayNumber(when.start)
  const unit = unitOf(when.granularity, first, when.value.endsWith('-WE'))
  return unit.first === first && unit.last === dayNumber(when.end)
}

/** A span of days named by the unit of `granularity` that holds its first day. */
export function spanTime(
  first: number,
  last: number,
  granularity: Granularity,
  approximate: boolean
): TimeValue {
  return {
    value: unitOf(granularity, first).value,
    start: isoOf(first),
    end: isoOf(last),
    granularity,
    approximate
  }
}

const unitTime = (g: Granularity, index: number, weekend: boolean, approximate: boolean) => {
  const unit = unitAt(g, index, weekend)
  return {
    value: unit.value,
    start: isoOf(unit.first),
    end: isoOf(unit.last),
    granularity: g,
    approximate
  }
}

/** How many units of `g` lie from day `from` to the (fractional) day `to`, rounded. */
function unitsBetween(g: Granularity, from: number, to: number): number {
  if (g === 'day') return Math.round(to - from)
  if (g === 'week') return Math.round((to - from) / 7)
  return Math.round((monthPosition(to) - monthPosition(from)) / (MONTHS_PER_UNIT[g] ?? 1))
}

/** `day` moved by n units of `g`; a month-based move keeps the day of the month where it can. */
function shiftDay(g: Granularity, day: number, n: number): number {
  if (g === 'day') return day + n
  if (g === 'week') return day + 7 * n
  const { y, m, d } = ymdOf(day)
  const month = y * 12 + m - 1 + n * (MONTHS_PER_UNIT[g] ?? 1)
  const length = firstOfMonth(month + 1) - firstOfMonth(month)
  return firstOfMonth(month) + Math.min(d, length) - 1
}

/**
 * The event dragged so that its first instant is near `startMs`. Returns `when` itself when it
 * lands where it was (no edit to record).
 */
export function movedTime(when: TimeValue, startMs: number): TimeValue {
  const g = when.granularity
  const first = dayNumber(when.start)
  const last = dayNumber(when.end)
  const n = unitsBetween(g, first, startMs / DAY_MS)
  if (n === 0 || !Number.isFinite(n)) return when
  const weekend = when.value.endsWith('-WE')
  if (isWholeUnit(when)) return unitTime(g, unitIndex(g, first) + n, weekend, when.approximate)
  // Shift the day after the end, so a span ending on a month's last day still does.
  const start = shiftDay(g, first, n)
  const end = Math.max(start, shiftDay(g, last + 1, n) - 1)
  const parsed = parseValue(when.value)
  const value =
    parsed && parsed.granularity === g
      ? unitAt(g, parsed.index + n, parsed.weekend).value
      : unitOf(g, start).value
  return { ...when, value, start: isoOf(start), end: isoOf(end) }
}

/** The boundary (a unit's first day) of `g` nearest the fractional day `day`. */
function nearestBoundary(g: Granularity, day: number): number {
  const here = unitAt(g, unitIndex(g, Math.floor(day))).first
  const next = unitAt(g, unitIndex(g, Math.floor(day)) + 1).first
  return day - here <= next - day ? here : next
}

/** Coarser granularities a resized span may turn out to be exactly (seasons are not offered). */
const NAMED: readonly Granularity[] = [
  'week',
  'month',
  'quarter',
  'half',
  'year',
  'decade',
  'century'
]

/**
 * A range resized to [startMs, endMs) (end exclusive, as vis-timeline gives it). Returns `when`
 * itself when the days do not change.
 */
export function resizedTime(when: TimeValue, startMs: number, endMs: number): TimeValue {
  const g = when.granularity
  const snap: Granularity = isWholeUnit(when) && !when.value.endsWith('-WE') ? g : 'day'
  const first = nearestBoundary(snap, startMs / DAY_MS)
  let after = nearestBoundary(snap, endMs / DAY_MS)
  if (after <= first) after = unitAt(snap, unitIndex(snap, first) + 1).first
  const last = after - 1
  if (isoOf(first) === when.start && isoOf(last) === when.end) return when
  return namedSpan(first, last, g, when.approximate)
}

/** A span called by the finest unit it is exactly, else by `fallback`'s unit at its start. */
export function namedSpan(
  first: number,
  last: number,
  fallback: Granularity,
  approximate: boolean
): TimeValue {
  if (first === last) return spanTime(first, last, 'day', approximate)
  for (const g of fallback === 'season' ? [...NAMED, 'season' as const] : NAMED) {
    const unit = unitOf(g, first)
    if (unit.first === first && unit.last === last) return spanTime(first, last, g, approximate)
  }
  return spanTime(first, last, fallback, approximate)
}

/** The whole unit of `g` holding a day: what the form fills in when its granularity changes. */
export function unitDays(g: Granularity, day: number): [number, number] {
  const unit = unitOf(g, day)
  return [unit.first, unit.last]
}

export type FormDate =
  { ok: true; when: TimeValue } | { ok: false; field: 'start' | 'end'; message: string }

/**
 * The date typed into the form: first and last day as typed, named by the chosen granularity's
 * unit at the first day (the form fills in whole units as the granularity changes, so this is
 * normally exactly one unit).
 */
export function formTime(
  start: string,
  end: string,
  granularity: Granularity,
  approximate: boolean
): FormDate {
  const first = dayNumber(start.trim())
  const last = dayNumber(end.trim() || start.trim())
  const inRange = (d: number) => d >= FIRST_DAY && d <= LAST_DAY
  if (Number.isNaN(first))
    return { ok: false, field: 'start', message: 'Give a date as YYYY-MM-DD.' }
  if (!inRange(first)) return { ok: false, field: 'start', message: 'Years run from 0001 to 9999.' }
  if (Number.isNaN(last)) return { ok: false, field: 'end', message: 'Give a date as YYYY-MM-DD.' }
  if (!inRange(last)) return { ok: false, field: 'end', message: 'Years run from 0001 to 9999.' }
  if (last < first) return { ok: false, field: 'end', message: 'The end is before the start.' }
  const unit = unitOf(granularity, first)
  if (granularity !== 'day' && (unit.first < FIRST_DAY || unit.last > LAST_DAY))
    return { ok: false, field: 'start', message: 'That period runs outside years 0001–9999.' }
  return { ok: true, when: spanTime(first, last, granularity, approximate) }
}

/** The time a day-precise instant falls on, as a one-day TimeValue (for adding an event). */
export function dayTime(ms: number): TimeValue {
  const day = Math.floor(ms / DAY_MS)
  return spanTime(day, day, 'day', false)
}

/** Whether a moved or resized time stays in the years a TIMEX3 value can write (0001–9999). */
export function inWritableYears(when: TimeValue): boolean {
  const first = dayNumber(when.start)
  const last = dayNumber(when.end)
  return first >= FIRST_DAY && last <= LAST_DAY && parseValue(when.value) !== null
}
