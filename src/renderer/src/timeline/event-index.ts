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
  /** Middle instants, sorted: counting per bucket is then a binary search per bucket edge. */
  private readonly mids: Float64Array
  /** The longest item: a query looks back this far for bands that began before the window. */
  private readonly longest: number

  constructor(events: readonly TimelineEvent[], lane: number) {
    const items: Item[] = []
    for (const event of events) {
      const t0 = dayMs(event.when.start)
      const t1 = dayMs(event.when.end) + DAY
      if (!(t1 > t0)) continue // an unreadable day is NaN and fails this too
      const point = event.when.granularity === 'day' && t1 - t0 <= DAY
      items.push({ event, t0, t1, point, lane })
    }
    items.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.event.id < b.event.id ? -1 : 1))
    this.items = items
    const n = items.length
    this.starts = new Float64Array(n)
    this.mids = new Float64Array(n)
    let longest = 0
    for (let i = 0; i < n; i++) {
      const item = items[i]!
      this.starts[i] = item.t0
      this.mids[i] = (item.t0 + item.t1) / 2
      if (item.t1 - item.t0 > longest) longest = item.t1 - item.t0
    }
    this.mids.sort()
    this.longest = longest
    this.byImportance = spreadByImportance(items)
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

  /**
   * How many items overlap [a, b): those that start inside it by binary search, plus those from
   * the look-back stretch (begun before `a`) that reach into it.
   */
  countIn(a: number, b: number): number {
    const [from, to] = this.range(a, b)
    const inside = lowerBound(this.starts, a)
    let n = Math.max(0, to - Math.max(inside, from))
    for (let i = from; i < Math.min(inside, to); i++) if (this.items[i]!.t1 > a) n++
    return n
  }

  /**
   * Items overlapping [a, b) whose middle lies outside it: [before a, after b]. Only bands can be
   * such, and only those within the longest band's reach of the window's edges are looked at.
   */
  reachingIn(a: number, b: number): [number, number] {
    let before = 0
    let after = 0
    const [from, to] = this.range(a, b)
    const inside = lowerBound(this.starts, a)
    for (let i = from; i < Math.min(inside, to); i++) {
      const item = this.items[i]!
      if (item.t1 > a && (item.t0 + item.t1) / 2 < a) before++
    }
    for (let i = Math.max(from, lowerBound(this.starts, b - this.longest)); i < to; i++) {
      const item = this.items[i]!
      if (item.t1 > a && (item.t0 + item.t1) / 2 > b) after++
    }
    return [before, after]
  }

  /** How many items have their middle in [a, b) — what a density bucket counts. */
  countMidsIn(a: number, b: number): number {
    return lowerBound(this.mids, b) - lowerBound(this.mids, a)
  }
}

/**
 * The items, most important first; among equals, in a van der Corput order over time (ranks
 * 0, n/2, n/4, 3n/4, …): any leading run of it is spread evenly across the lane, so labels are
 * handed out across the view, not to its start. Linear: a bucket per importance, filled in
 * bit-reversed rank order.
 */
function spreadByImportance(items: readonly Item[]): Item[] {
  const n = items.length
  const bits = Math.max(1, Math.ceil(Math.log2(n + 1)))
  const buckets = new Map<number, Item[]>()
  for (let r = 0; r < 2 ** bits; r++) {
    const rank = bitReverse(r, bits)
    if (rank >= n) continue
    const item = items[rank]!
    const importance = item.event.importance
    let bucket = buckets.get(importance)
    if (!bucket) buckets.set(importance, (bucket = []))
    bucket.push(item)
  }
  return [...buckets].sort((a, b) => b[0] - a[0]).flatMap(([, bucket]) => bucket)
}

/** `n` with its lowest `bits` bits in reverse order: 0, 4, 2, 6, 1, 5, 3, 7 for 3 bits. */
export function bitReverse(n: number, bits: number): number {
  let r = 0
  for (let i = 0; i < bits; i++) r = (r << 1) | ((n >>> i) & 1)
  return r >>> 0
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
