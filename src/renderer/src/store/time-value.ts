/**
 * Checks and comparisons of an event's `when` for the store: what a person types or drags is
 * refused here, with a message that says why, before it can reach the document.
 */
import { GRANULARITIES, type Granularity, type TimeValue } from '../../../shared/model'
import { dayMs } from '../timeline/time'

const GRANULARITY_SET: ReadonlySet<string> = new Set<Granularity>(GRANULARITIES)

/**
 * A real calendar day written `YYYY-MM-DD`. Read by the timeline's own day parser, so a day the
 * store accepts is one the timeline can place (2023-02-29 and 2023-13-01 are refused).
 */
export function isRealDay(day: unknown): day is string {
  return typeof day === 'string' && !Number.isNaN(dayMs(day))
}

/** A clean copy of `when` (only the fields of a TimeValue), or a RangeError naming what is wrong. */
export function checkedWhen(when: TimeValue): TimeValue {
  const { value, start, end, granularity, approximate } = when
  if (!isRealDay(start))
    throw new RangeError(`The start "${String(start)}" is not a YYYY-MM-DD day`)
  if (!isRealDay(end)) throw new RangeError(`The end "${String(end)}" is not a YYYY-MM-DD day`)
  if (start > end) throw new RangeError(`The end ${end} comes before the start ${start}`)
  if (!GRANULARITY_SET.has(granularity)) {
    throw new RangeError(`Unknown granularity "${String(granularity)}"`)
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RangeError('A date needs a value (e.g. 2021-10-18)')
  }
  if (typeof approximate !== 'boolean') throw new RangeError('approximate must be true or false')
  return { value: value.trim(), start, end, granularity, approximate }
}

export function sameWhen(a: TimeValue, b: TimeValue): boolean {
  return (
    a.value === b.value &&
    a.start === b.start &&
    a.end === b.end &&
    a.granularity === b.granularity &&
    a.approximate === b.approximate
  )
}

/** Length of the interval in ms (NaN for a malformed day, which then never counts as widest). */
function span(when: TimeValue): number {
  return dayMs(when.end) - dayMs(when.start)
}

/**
 * The `when` of events joined into one. The same date in every part stays as it is. Otherwise
 * the union runs from the earliest start to the latest end; if the main part's own interval
 * already covers it, its date is kept whole. If not, no TIMEX3 value names the union exactly,
 * so — kept simple on purpose — the value is the start day, the granularity that of the widest
 * part (the coarsest claim any part made) and the date is marked approximate.
 */
export function unionWhen(main: TimeValue, parts: readonly TimeValue[]): TimeValue {
  if (parts.every((w) => sameWhen(w, main))) return main
  let start = main.start
  let end = main.end
  let widest = main
  for (const w of parts) {
    if (w.start < start) start = w.start
    if (w.end > end) end = w.end
    if (span(w) > span(widest)) widest = w
  }
  if (main.start === start && main.end === end) return main
  return { value: start, start, end, granularity: widest.granularity, approximate: true }
}
