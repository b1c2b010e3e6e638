/**
 * The canvas layer for views with more events than SVG elements can carry: single marks (a tick
 * for a day, a bar for a longer period, lighter for approximate dates) while they can be told
 * apart, and a density strip of counts per few pixels when they cannot. One canvas, redrawn per
 * frame; its cost follows what is in view.
 */
import type { Buckets } from './density'
import type { Item } from './event-index'
import type { LaneBox } from './geometry'
import type { Palette } from './colors'

export function clearCanvas(ctx: CanvasRenderingContext2D, width: number, height: number): void {
  ctx.clearRect(0, 0, width, height)
}

/** Single marks of one lane. */
export function drawItems(
  ctx: CanvasRenderingContext2D,
  items: readonly Item[],
  x: (t: number) => number,
  lane: LaneBox,
  colors: Palette
): void {
  const y = lane.trackY
  // Bands first, points over them; approximate ones in the softer colour.
  for (const approximate of [false, true]) {
    ctx.fillStyle = approximate ? colors.accentSoft : colors.accent
    ctx.globalAlpha = approximate ? 1 : 0.55
    for (const item of items) {
      if (item.point || item.event.when.approximate !== approximate) continue
      const a = x(item.t0)
      const w = Math.max(2, x(item.t1) - a)
      ctx.fillRect(a, y - 5, w, 10)
    }
  }
  ctx.fillStyle = colors.accent
  for (const item of items) {
    if (!item.point) continue
    // An approximate day is a fainter tick.
    ctx.globalAlpha = item.event.when.approximate ? 0.4 : 1
    const px = Math.round(x((item.t0 + item.t1) / 2))
    ctx.fillRect(px - 1, y - 7, 3, 14)
  }
  ctx.globalAlpha = 1
}

/** A lane's density strip: one bar per bucket, its height growing with the square root of the count. */
export function drawBuckets(
  ctx: CanvasRenderingContext2D,
  buckets: Buckets,
  lane: LaneBox,
  colors: Palette
): void {
  const maxHeight = Math.max(8, Math.min(40, lane.trackY - lane.top - 16))
  const scale = buckets.max > 0 ? maxHeight / Math.sqrt(buckets.max) : 0
  ctx.fillStyle = colors.accent
  ctx.globalAlpha = 0.7
  const { counts, left, width } = buckets
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!
    if (c === 0) continue
    const h = Math.max(2, Math.sqrt(c) * scale)
    ctx.fillRect(left + i * width, lane.trackY + 6 - h, width - 0.5, h)
  }
  ctx.globalAlpha = 1
}

/** The lane's track line and, with several lanes, its name. */
export function drawLaneFrame(
  ctx: CanvasRenderingContext2D,
  lane: LaneBox,
  left: number,
  right: number,
  colors: Palette
): void {
  ctx.strokeStyle = colors.line
  ctx.lineWidth = 1
  ctx.beginPath()
  ctx.moveTo(left, lane.trackY + 0.5)
  ctx.lineTo(right, lane.trackY + 0.5)
  ctx.stroke()
}
