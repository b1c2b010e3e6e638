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
  let max = 0
  lane.forEachIn(a, b, (item) => {
    const px = x((item.t0 + item.t1) / 2)
    const i = Math.min(n - 1, Math.max(0, Math.floor((px - left) / bucketPx)))
    const c = ++counts[i]!
    if (c > max) max = c
  })
  return { counts, left, width: bucketPx, max }
}
