/**
 * The D3 timeline view: axis, grid, event marks and labels, zoomable with the wheel, drag,
 * double-click and the toolbar. It draws whatever events it is given; it holds none of its own.
 */
import {
  scaleUtc,
  select,
  zoomIdentity,
  type ScaleTime,
  type Selection,
  type ZoomBehavior,
  type ZoomTransform
} from 'd3'
import type { TimelineEvent } from '../../../shared/model'
import { drawAxis } from './axis'
import { geometry, type Geometry } from './geometry'
import { drawMarks, type MarkLayers } from './marks'
import { eventsExtent, paddedDomain } from './time'
import { createZoom, transformFor } from './zoom'

export interface TimelineOptions {
  onSelect: (event: TimelineEvent | null) => void
}

type G = Selection<SVGGElement, unknown, null, undefined>

export class Timeline {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>
  private readonly grid: G
  private readonly axis: G
  private readonly layers: MarkLayers
  private readonly status: Selection<SVGTextElement, unknown, null, undefined>
  private readonly measureCtx: CanvasRenderingContext2D | null
  private events: TimelineEvent[] = []
  private base: ScaleTime<number, number> = scaleUtc()
  private transform: ZoomTransform = zoomIdentity
  private zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> | null = null
  private geo: Geometry = geometry(800, 400)
  private selectedId: string | null = null

  constructor(
    private readonly container: HTMLElement,
    private readonly options: TimelineOptions
  ) {
    this.svg = select(container).append('svg').attr('class', 'timeline-svg').attr('role', 'img')
    this.svg.append('title').text('Timeline of events')
    const defs = this.svg.append('defs')
    defs.append('clipPath').attr('id', 'plot-clip').append('rect')
    this.grid = this.svg.append('g').attr('class', 'grid')
    this.svg.append('line').attr('class', 'track')
    const plot = this.svg.append('g').attr('class', 'plot').attr('clip-path', 'url(#plot-clip)')
    this.layers = {
      stems: plot.append('g').attr('class', 'stems'),
      marks: plot.append('g').attr('class', 'marks'),
      labels: plot.append('g').attr('class', 'labels')
    }
    this.axis = this.svg.append('g').attr('class', 'axis')
    this.status = this.svg.append('text').attr('class', 'status').attr('text-anchor', 'end')
    this.measureCtx = document.createElement('canvas').getContext('2d')

    this.svg.on('click', (event: MouseEvent) => {
      const target = (event.target as Element).closest('[data-id]')
      const id = target?.getAttribute('data-id') ?? null
      this.select(id)
    })
    this.svg.on('keydown', (event: KeyboardEvent) => {
      const target = (event.target as Element).closest('g.mark')
      if (target && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault()
        this.select(target.getAttribute('data-id'))
      }
    })
    new ResizeObserver(() => this.resize()).observe(container)
  }

  setEvents(events: readonly TimelineEvent[]): void {
    this.events = [...events]
    this.selectedId = null
    this.resize(true)
  }

  /** The time window currently in view. */
  visibleWindow(): [Date, Date] {
    return this.current().domain() as [Date, Date]
  }

  /** Shows [start, end] at once (no transition); the view renders before this returns. */
  setWindow(start: Date, end: Date): void {
    if (this.zoomBehavior)
      this.svg.call(this.zoomBehavior.transform, transformFor(this.base, start, end))
  }

  zoomBy(factor: number): void {
    if (this.zoomBehavior) this.zoomBehavior.scaleBy(this.svg.transition().duration(200), factor)
  }

  fit(): void {
    if (this.zoomBehavior)
      this.zoomBehavior.transform(this.svg.transition().duration(250), zoomIdentity)
  }

  private select(id: string | null): void {
    this.selectedId = id
    this.options.onSelect(this.events.find((e) => e.id === id) ?? null)
    this.render()
  }

  private current(): ScaleTime<number, number> {
    return this.transform.rescaleX(this.base)
  }

  private resize(resetView = false): void {
    const { width, height } = this.container.getBoundingClientRect()
    if (width < 10 || height < 10) return
    const keep = resetView ? null : this.visibleWindow()
    this.geo = geometry(width, height)
    const extent = eventsExtent(this.events) ?? [new Date(Date.UTC(2000, 0, 1)), new Date()]
    this.base = scaleUtc().domain(paddedDomain(extent)).range([this.geo.left, this.geo.right])
    this.svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`)
    this.svg
      .select('#plot-clip rect')
      .attr('x', 0)
      .attr('y', 0)
      .attr('width', width)
      .attr('height', this.geo.axisY)
    this.zoomBehavior = createZoom(this.base, { width, height }, (t) => {
      this.transform = t
      this.render()
    })
    this.svg.call(this.zoomBehavior)
    this.svg.call(
      this.zoomBehavior.transform,
      keep ? transformFor(this.base, ...keep) : zoomIdentity
    )
  }

  private measure = (text: string, kind: 'title' | 'date'): number => {
    const ctx = this.measureCtx
    if (!ctx) return text.length * 7.5
    ctx.font = kind === 'title' ? '600 13px system-ui, sans-serif' : '12px system-ui, sans-serif'
    return ctx.measureText(text).width
  }

  private render(): void {
    const x = this.current()
    const g = this.geo
    drawAxis(this.axis, this.grid, x, g.top, g.axisY)
    this.svg
      .select('line.track')
      .attr('x1', g.left)
      .attr('x2', g.right)
      .attr('y1', g.trackY)
      .attr('y2', g.trackY)
    const { shown, hidden } = drawMarks(
      this.layers,
      this.events,
      x,
      g,
      this.measure,
      this.selectedId
    )
    const [start, end] = x.domain() as [Date, Date]
    this.svg.attr('data-start', start.toISOString()).attr('data-end', end.toISOString())
    this.status
      .attr('x', g.right)
      .attr('y', g.top + 10)
      .text(
        hidden > 0
          ? `${hidden} more event${hidden === 1 ? '' : 's'} here: zoom in to read them`
          : shown === 0 && this.events.length > 0
            ? 'No events in this period. Press Fit (Home) to see them all.'
            : ''
      )
  }
}
