/**
 * Reading a drag: vis-timeline reports where an item would go (its new start, and end for a
 * range); this tells a move from a resize and applies the rules of time-value.ts, so the item
 * snaps to its own granularity while it is dragged and the store gets a well-formed TimeValue.
 */
import type { TimeValue } from '../../../shared/model'
import type { DateType } from 'vis-timeline/peer'
import { DAY_MS } from './calendar-units'
import { inWritableYears, instantsOf, isPoint, movedTime, resizedTime } from './time-value'

const ms = (date: DateType | undefined): number =>
  date === undefined ? NaN : date instanceof Date ? date.getTime() : new Date(date).getTime()

/**
 * The time an event gets when its item is dragged to [start, end). Both ends moved by the same
 * amount is a move; one end only is a resize. Returns `when` itself for no change, or when the
 * result would leave the years a value can be written in.
 */
export function draggedTime(
  when: TimeValue,
  start: DateType,
  end: DateType | undefined
): TimeValue {
  const [t0, t1] = instantsOf(when)
  if (isPoint(when)) return keep(when, movedTime(when, ms(start) - DAY_MS / 2))
  const ds = ms(start) - t0
  const de = ms(end) - t1
  if (!Number.isFinite(ds) || !Number.isFinite(de)) return when
  // vis moves both ends by the same number of ms; a resize leaves one where it was.
  const next =
    Math.abs(ds - de) < 1 ? movedTime(when, ms(start)) : resizedTime(when, ms(start), ms(end))
  return keep(when, next)
}

const keep = (when: TimeValue, next: TimeValue): TimeValue =>
  next === when || !inWritableYears(next) ? when : next
