/**
 * The order events are written in: by start, then end (earlier first), ties kept in the
 * project's order. Files read in date order, and the same project always gives the same file.
 */
import type { TimelineEvent } from '../../../shared/model'
import { dayNotAfter } from '../project/dates'

/** Compares two ISO days, including the expanded years (+012345) for which string order fails. */
function compareDays(a: string, b: string): number {
  if (a === b) return 0
  return dayNotAfter(a, b) ? -1 : 1
}

export function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  // Array.prototype.sort is stable, so equal dates keep the project's order.
  return [...events].sort(
    (a, b) => compareDays(a.when.start, b.when.start) || compareDays(a.when.end, b.when.end)
  )
}
