/**
 * Zoom and pan over a fixed base scale: the base scale is never mutated; each zoom derives the
 * visible scale with transform.rescaleX. Bounded to the data's span (with a margin) and to two
 * hours at the finest.
 */
import { zoom, zoomIdentity, type ScaleTime, type ZoomBehavior, type ZoomTransform } from 'd3'
import { HOUR } from './time'

export const MIN_VISIBLE_SPAN = 2 * HOUR

export function createZoom(
  base: ScaleTime<number, number>,
  size: { width: number; height: number },
  onZoom: (transform: ZoomTransform) => void
): ZoomBehavior<SVGSVGElement, unknown> {
  const [d0, d1] = base.domain() as [Date, Date]
  const span = d1.getTime() - d0.getTime()
  const margin = span * 0.5
  return zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, Math.max(1, span / MIN_VISIBLE_SPAN)])
    .extent([
      [0, 0],
      [size.width, size.height]
    ])
    .translateExtent([
      [base(new Date(d0.getTime() - margin)), 0],
      [base(new Date(d1.getTime() + margin)), size.height]
    ])
    .filter((event: Event) => {
      // Keys are handled by the timeline; no zoom on the overview strip (its brush does that).
      const target = event.target as Element | null
      if (target?.closest?.('.overview')) return false
      return (
        (!('ctrlKey' in event) || !(event as MouseEvent).ctrlKey || event.type === 'wheel') &&
        !('button' in event && (event as MouseEvent).button)
      )
    })
    .on('zoom', (event: { transform: ZoomTransform }) => onZoom(event.transform))
}

/** The transform that shows [start, end] across the base scale's range. */
export function transformFor(
  base: ScaleTime<number, number>,
  start: Date,
  end: Date
): ZoomTransform {
  const [r0, r1] = base.range() as [number, number]
  const k = (r1 - r0) / (base(end) - base(start))
  return zoomIdentity.translate(r0, 0).scale(k).translate(-base(start), 0)
}
