/**
 * The events overlapping a window, for the editor's one recurring question. vis-timeline is handed
 * only those (its own bookkeeping grows faster than linearly with what it holds), so this is asked
 * after every pan and zoom and must cost what the window holds, not what the project holds.
 *
 * It builds no index of its own: the store keeps `project.events` sorted by start day then id
 * (ISO days sort as text in time order), so a binary search finds the first event starting in
 * reach of the window. "In reach" is a year back: an event that starts and ends in the same
 * calendar year lasts at most 366 days. The few that last longer (decades, long merged spans) are
 * kept aside and checked one by one. Opening a 100,000-event document thus costs one pass of
 * character comparisons, and an edit costs a look at the changed ids.
 */
import type { TimelineEvent } from '../../../shared/model'
import { DAY, dayMs } from '../timeline/time'
import { isoOf } from './calendar-units'

/** How far back the scan starts: the longest an event within one calendar year can be. */
const REACH = 366 * DAY

interface Span {
  t0: number
  t1: number
}

const spanOf = (e: TimelineEvent): Span => ({
  t0: dayMs(e.when.start),
  t1: dayMs(e.when.end) + DAY
})

/** Starts and ends in different years (compared digit by digit, without making strings). */
function crossesYears(e: TimelineEvent): boolean {
  const { start, end } = e.when
  for (let i = 0; i < 4; i++) if (start.charCodeAt(i) !== end.charCodeAt(i)) return true
  return false
}

export class WindowIndex {
  /** Events longer than REACH, by id. */
  private readonly long = new Map<string, Span>()

  constructor(private readonly events: () => readonly TimelineEvent[]) {
    this.rebuild()
  }

  get size(): number {
    return this.events().length
  }

  /** A new document: finds its long events. */
  rebuild(): void {
    this.long.clear()
    for (const e of this.events()) if (crossesYears(e)) this.note(e.id, e)
  }

  /** Takes in changed ids: `lookup` gives an event's current state, undefined once deleted. */
  update(ids: readonly string[], lookup: (id: string) => TimelineEvent | undefined): void {
    for (const id of ids) this.note(id, lookup(id))
  }

  /**
   * The ids of the events overlapping [a, b), in the store's order, unless there are more than
   * `cap`: then `ids` is null and only their number is counted.
   */
  query(a: number, b: number, cap: number): { ids: string[] | null; count: number } {
    const events = this.events()
    const ids: string[] = []
    let count = 0
    const take = (id: string): void => {
      count++
      if (count <= cap) ids.push(id)
    }
    const from = a - REACH
    for (const [id, span] of this.long) if (span.t0 < from && span.t1 > a) take(id)
    const to = this.position(events, b)
    for (let i = this.position(events, from); i < to; i++) {
      const e = events[i]!
      if (dayMs(e.when.end) + DAY > a) take(e.id) // NaN (a malformed day) is never taken
    }
    return { ids: count <= cap ? ids : null, count }
  }

  /** From the start of the `n`th-last event to the day after the last one starts, or null. */
  latest(n: number): [number, number] | null {
    const events = this.events()
    const first = events[Math.max(0, events.length - n)]
    const last = events[events.length - 1]
    if (!first || !last) return null
    const span: [number, number] = [dayMs(first.when.start), dayMs(last.when.start) + DAY]
    return span[1] > span[0] ? span : null
  }

  private note(id: string, event: TimelineEvent | undefined): void {
    const span = event && crossesYears(event) ? spanOf(event) : null
    if (span && span.t1 - span.t0 > REACH) this.long.set(id, span)
    else this.long.delete(id)
  }

  /** The first event starting at or after the instant `t` (binary search on the ISO start day). */
  private position(events: readonly TimelineEvent[], t: number): number {
    if (!(t > dayMs('0001-01-01'))) return 0
    if (t > dayMs('9999-12-31')) return events.length
    const day = isoOf(Math.ceil(t / DAY))
    let lo = 0
    let hi = events.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (events[mid]!.when.start < day) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
