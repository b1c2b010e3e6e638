/**
 * Aggregation for dense views: when a lane has more events in view than can be drawn apart, they
 * are counted per bucket of a few pixels (by their middle instant) and drawn as a density strip
 * that opens up into single marks as the user zooms in.
 */
import type { LaneIndex } from './event-index'

export interface Buckets {
  /** Count per bucket, left to right from `left`. */
  counts: Uint32Array
  left: number
  width: number
  max: number
}

/** A lane draws single marks while it has at most this many per pixel of width. */
export const MARKS_PER_PIXEL = 0.35

export function isDense(visible: number, widthPx: number): boolean {
  return visible > widthPx * MARKS_PER_PIXEL
}

/**
 * Counts the items of `lane` in view per bucket of `bucketPx` pixels between `left` and `right`,
 * where `x` maps an instant (ms) to a pixel.
 */
export function bucketize(
  lane: LaneIndex,
  a: number,
  b: number,
  x: (t: number) => number,
  left: number,
  right: number,
  bucketPx = 3
): Buckets {
  const n = Math.max(1, Math.ceil((right - left) / bucketPx))
  const counts = new Uint32Array(n)
  // Bucket i counts the middles between the instants at its edges. Events in view whose middle
  // lies outside it (long bands reaching in) count in the first or the last bucket.
  const k = (x(b) - x(a)) / (b - a)
  const edge = (i: number): number => a + (left + i * bucketPx - x(a)) / k
  let previous = lane.countMidsIn(-Infinity, edge(0))
  for (let i = 0; i < n; i++) {
    const next =
      i === n - 1 ? lane.countMidsIn(-Infinity, b + 1) : lane.countMidsIn(-Infinity, edge(i + 1))
    counts[i] = next - previous
    previous = next
  }
  const [before, after] = lane.reachingIn(a, b)
  counts[0]! += before
  counts[n - 1]! += after
  let max = 0
  for (const c of counts) if (c > max) max = c
  return { counts, left, width: bucketPx, max }
}
