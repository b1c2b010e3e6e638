/**
 * The document's events are kept sorted by start day, then id, so views can walk them in time
 * order without sorting. Edits replace a few events in a large list: a few are spliced in and
 * out at places found by binary search; many at once are filtered out and merged back in one
 * linear pass. Either way an edit costs one O(n) copy, never an O(n log n) re-sort.
 */
import type { TimelineEvent } from '../../../shared/model'

/** Above this many events in one edit, one linear merge beats a splice (an O(n) move) per event. */
const SPLICE_LIMIT = 16

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const x = a.when.start
  const y = b.when.start
  if (x !== y) return x < y ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The events in document order: the same array when it already is (checked in O(n)). */
export function sortedEvents(events: TimelineEvent[]): TimelineEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (compareEvents(events[i - 1]!, events[i]!) > 0) return events.slice().sort(compareEvents)
  }
  return events
}

/** The first index whose event does not sort before `event`. */
function lowerBound(events: readonly TimelineEvent[], event: TimelineEvent): number {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareEvents(events[mid]!, event) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

function indexOfEvent(events: readonly TimelineEvent[], event: TimelineEvent): number {
  const i = lowerBound(events, event)
  if (events[i] === event) return i
  const found = events.indexOf(event) // only if the list was not in order, which load prevents
  if (found < 0) throw new Error(`store: event ${event.id} is not in the document`)
  return found
}

function mergeSorted(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  const out: TimelineEvent[] = new Array<TimelineEvent>(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) {
    out[k++] = compareEvents(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!
  }
  while (i < a.length) out[k++] = a[i++]!
  while (j < b.length) out[k++] = b[j++]!
  return out
}

/**
 * A new sorted list without `remove` (objects of `events`) and with `add`. An event being
 * changed is in both: its old object leaves, its new one enters at its (maybe new) place.
 */
export function replaceEvents(
  events: readonly TimelineEvent[],
  remove: readonly TimelineEvent[],
  add: readonly TimelineEvent[]
): TimelineEvent[] {
  if (remove.length + add.length <= SPLICE_LIMIT) {
    const out = events.slice()
    for (const event of remove) out.splice(indexOfEvent(out, event), 1)
    for (const event of add) out.splice(lowerBound(out, event), 0, event)
    return out
  }
  const gone = new Set(remove)
  const kept = events.filter((event) => !gone.has(event))
  if (kept.length !== events.length - gone.size) {
    throw new Error('store: an event to replace is not in the document')
  }
  return mergeSorted(kept, add.slice().sort(compareEvents))
}
