/**
 * The overview strip under the axis (focus + context): the density of all events over the whole
 * story, with a brush that shows the visible window; dragging or drawing the brush sets it.
 */
import { brushX, type BrushBehavior, type ScaleTime, type Selection } from 'd3'
import type { Palette } from './colors'
import type { LaneIndex } from './event-index'

type G = Selection<SVGGElement, unknown, null, undefined>

export class Overview {
  private brush: BrushBehavior<unknown> | null = null
  private counts = new Uint32Array(0)
  private max = 0
  private scale: ScaleTime<number, number> | null = null
  private top = 0
  private height = 0
  /** True while the brush is moved by code, so its events are not taken for the user's. */
  private moving = false

  constructor(
    private readonly group: G,
    private readonly onWindow: (start: Date, end: Date) => void
  ) {
    group
      .attr('class', 'overview')
      .attr('aria-label', 'Overview of the whole story: drag to choose the period')
  }

  /** New data or size: recount the density and rebuild the brush. */
  update(
    lanes: readonly LaneIndex[],
    scale: ScaleTime<number, number>,
    top: number,
    height: number
  ): void {
    this.scale = scale
    this.top = top
    this.height = height
    const [left, right] = scale.range() as [number, number]
    const n = Math.max(1, Math.ceil((right - left) / 3))
    this.counts = new Uint32Array(n)
    this.max = 0
    const [d0, d1] = scale.domain().map(Number) as [number, number]
    const k = (right - left) / (d1 - d0)
    for (const lane of lanes) {
      for (const item of lane.items) {
        const px = left + ((item.t0 + item.t1) / 2 - d0) * k
        const i = Math.min(n - 1, Math.max(0, Math.floor((px - left) / 3)))
        const c = ++this.counts[i]!
        if (c > this.max) this.max = c
      }
    }
    if (height <= 0) {
      this.group.attr('display', 'none')
      return
    }
    this.group.attr('display', null)
    this.brush = brushX<unknown>()
      .extent([
        [left, top],
        [right, top + height]
      ])
      .on('brush end', (event: { selection: [number, number] | null; sourceEvent?: Event }) => {
        if (this.moving || !event.sourceEvent || !event.selection || !this.scale) return
        const [a, b] = event.selection
        if (b - a < 2) return
        this.onWindow(this.scale.invert(a), this.scale.invert(b))
      })
    this.group.call(this.brush)
  }

  /** Moves the brush to the visible window. */
  show(start: Date, end: Date): void {
    if (!this.brush || !this.scale || this.height <= 0) return
    const [left, right] = this.scale.range() as [number, number]
    const a = Math.max(left, Math.min(right, this.scale(start)))
    const b = Math.max(left, Math.min(right, this.scale(end)))
    this.moving = true
    try {
      this.group.call(this.brush.move, [a, Math.max(a + 1, b)])
    } finally {
      this.moving = false
    }
    // While the brush spans (nearly) everything there is nothing to drag: a press draws a new
    // window instead of grabbing the old one.
    const whole = b - a > (right - left) * 0.9
    this.group
      .selectAll('.selection, .handle')
      .style('pointer-events', () => (whole ? 'none' : null))
  }

  draw(ctx: CanvasRenderingContext2D, colors: Palette): void {
    if (!this.scale || this.height <= 0) return
    const [left, right] = this.scale.range() as [number, number]
    ctx.fillStyle = colors.grid
    ctx.fillRect(left, this.top, right - left, this.height)
    if (this.max === 0) return
    ctx.fillStyle = colors.muted
    const scale = (this.height - 4) / Math.sqrt(this.max)
    for (let i = 0; i < this.counts.length; i++) {
      const c = this.counts[i]!
      if (c === 0) continue
      const h = Math.max(1.5, Math.sqrt(c) * scale)
      ctx.fillRect(left + i * 3, this.top + this.height - h, 2.5, h)
    }
  }
}
