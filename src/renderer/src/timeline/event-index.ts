/**
 * The events of one lane as numbers, for fast queries while zooming: start and end instants in
 * time order, and the same items by importance. Finding what is in view is a binary search plus
 * a short scan, whatever the number of events, so a frame costs what is visible, not what exists.
 */
import type { TimelineEvent } from '../../../shared/model'
import { DAY, dayMs } from './time'

export interface Item {
  event: TimelineEvent
  /** First instant (ms, UTC) and the instant just after the last day. */
  t0: number
  t1: number
  /** A single day: drawn as a point at its middle, not as a band. */
  point: boolean
  lane: number
}

export class LaneIndex {
  /** Items by start time. */
  readonly items: Item[]
  /** Items by importance (most first), then time: the order labels are handed out in. */
  readonly byImportance: Item[]
  private readonly starts: Float64Array
  /** The longest item: a query looks back this far for bands that began before the window. */
  private readonly longest: number

  constructor(events: readonly TimelineEvent[], lane: number) {
    this.items = events
      .map((event) => {
        const t0 = dayMs(event.when.start)
        const t1 = dayMs(event.when.end) + DAY
        return {
          event,
          t0,
          t1,
          point: event.when.granularity === 'day' && t1 - t0 <= 86_400_000,
          lane
        }
      })
      .filter((item) => Number.isFinite(item.t0) && Number.isFinite(item.t1))
      .sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.event.id < b.event.id ? -1 : 1))
    this.starts = Float64Array.from(this.items, (item) => item.t0)
    this.longest = this.items.reduce((m, item) => Math.max(m, item.t1 - item.t0), 0)
    // Among equally important events, a van der Corput order over time: any leading run of it is
    // spread evenly across the lane, so labels are handed out across the view, not to its start.
    const spread = new Map<Item, number>()
    const bits = Math.max(1, Math.ceil(Math.log2(this.items.length + 1)))
    this.items.forEach((item, rank) => spread.set(item, bitReverse(rank, bits)))
    this.byImportance = [...this.items].sort(
      (a, b) => b.event.importance - a.event.importance || spread.get(a)! - spread.get(b)!
    )
  }

  /** Index range [from, to) of the items that start at or before `b`, from the first that may reach `a`. */
  range(a: number, b: number): [number, number] {
    return [lowerBound(this.starts, a - this.longest), upperBound(this.starts, b)]
  }

  /** Calls `visit` for every item overlapping [a, b), in time order. */
  forEachIn(a: number, b: number, visit: (item: Item) => void): void {
    const [from, to] = this.range(a, b)
    for (let i = from; i < to; i++) {
      const item = this.items[i]!
      if (item.t1 > a) visit(item)
    }
  }

  /** How many items overlap [a, b). */
  countIn(a: number, b: number): number {
    let n = 0
    this.forEachIn(a, b, () => n++)
    return n
  }
}

/** `n` with its lowest `bits` bits in reverse order: 0, 4, 2, 6, 1, 5, 3, 7 for 3 bits. */
export function bitReverse(n: number, bits: number): number {
  let r = 0
  for (let i = 0; i < bits; i++) r = r * 2 + (Math.floor(n / 2 ** i) % 2)
  return r
}

/** First index whose value is ≥ x. */
export function lowerBound(values: Float64Array, x: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index whose value is > x. */
export function upperBound(values: Float64Array, x: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid]! <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}
