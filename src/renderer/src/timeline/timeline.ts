/**
 * The D3 timeline view. It draws whatever events it is given, in lanes, over a zoomable time axis
 * with an overview strip; it holds no document state of its own beyond the view (window, lanes,
 * filter, selection), which it reports so the document can keep it.
 *
 * Layers, bottom to top: a canvas (lane tracks, marks of dense views, density strips, overview),
 * then an SVG (grid, axis, marks while few, labels, the brush). A frame costs what is in view:
 * each lane's events are indexed by time (./event-index.ts), a lane with more events in view than
 * pixels to draw them is aggregated (./density.ts), and labels go to the most important events
 * that fit (./label-layout.ts).
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
import type { Article, TimelineEvent } from '../../../shared/model'
import { drawAxis } from './axis'
import { clearCanvas, drawBuckets, drawItems, drawLaneFrame } from './canvas-marks'
import { onThemeChange, readPalette, type Palette } from './colors'
import { bucketize, isDense } from './density'
import { LaneIndex, type Item } from './event-index'
import { geometry, type Geometry } from './geometry'
import { layoutLabels, type LabelBox } from './label-layout'
import { buildLanes, type Lane, type LaneKey } from './lanes'
import { drawLabels, drawMarks, itemSpan, type MarkLayers, type PlacedItem } from './marks'
import { Overview } from './overview'
import { buildPresets, type Preset } from './presets'
import { eventsExtent, paddedDomain } from './time'
import { Tooltip } from './tooltip'
import { createZoom, transformFor } from './zoom'

export interface TimelineOptions {
  onSelect: (event: TimelineEvent | null) => void
  /** The visible window changed (zoom, pan, brush, preset). */
  onWindowChange?: (start: Date, end: Date) => void
}

/** Up to this many events in view, every mark is an SVG element; beyond, marks go on the canvas. */
export const SVG_MARK_LIMIT = 80
const TITLE_FONT = '600 13px system-ui, sans-serif'
const DATE_FONT = '12px system-ui, sans-serif'
/** Labels shown at once, over all lanes. */
const MAX_LABELS = 24
/** Labels tried per lane and frame, most important first. */
const LABEL_CANDIDATES = 60

type G = Selection<SVGGElement, unknown, null, undefined>

export class Timeline {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>
  private readonly canvas: HTMLCanvasElement
  private readonly ctx: CanvasRenderingContext2D | null
  private readonly grid: G
  private readonly axis: G
  private readonly context: G
  private readonly today: G
  private readonly laneNames: G
  private readonly layers: MarkLayers
  private readonly status: Selection<SVGTextElement, unknown, null, undefined>
  private readonly overview: Overview
  private readonly tooltip: Tooltip
  private readonly measureCtx: CanvasRenderingContext2D | null
  private readonly widths = new Map<string, number>()
  private font = ''
  private palette: Palette = readPalette()

  private all: TimelineEvent[] = []
  private articles: readonly Article[] = []
  private filter: ((e: TimelineEvent) => boolean) | null = null
  private laneKey: LaneKey = 'none'
  private lanes: Lane[] = []
  private indexes: LaneIndex[] = []
  /** Every shown item in time order, for keyboard navigation. */
  private ordered: Item[] = []
  /** Items by event id, built when first asked for (hover, selection in dense views). */
  private byIdCache: Map<string, Item> | null = null
  /** Lanes drawn as density strips in the last frame: hovering them tells counts. */
  private readonly denseLanes = new Set<number>()
  private base: ScaleTime<number, number> = scaleUtc()
  private transform: ZoomTransform = zoomIdentity
  private zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> | null = null
  private geo: Geometry = geometry(800, 400)
  private selectedId: string | null = null
  /** The event keyboard focus is on: always drawn as an element, so it can hold focus. */
  private focusId: string | null = null
  private presetList: Preset[] = []
  /** The span of all events (not only the filtered ones): the base of the zoom. */
  private extent: [Date, Date] | null = null
  private frame = 0

  constructor(
    private readonly container: HTMLElement,
    private readonly options: TimelineOptions
  ) {
    this.canvas = document.createElement('canvas')
    this.canvas.className = 'timeline-canvas'
    this.canvas.setAttribute('aria-hidden', 'true')
    container.append(this.canvas)
    this.ctx = this.canvas.getContext('2d')
    this.svg = select(container)
      .append('svg')
      .attr('class', 'timeline-svg')
      .attr('role', 'group')
      .attr('aria-label', 'Timeline of events. Tab to an event, arrow keys to move between them.')
    const defs = this.svg.append('defs')
    defs.append('clipPath').attr('id', 'plot-clip').append('rect')
    this.grid = this.svg.append('g').attr('class', 'grid')
    this.today = this.svg.append('g').attr('class', 'today')
    this.laneNames = this.svg.append('g').attr('class', 'lane-names')
    const plot = this.svg.append('g').attr('class', 'plot').attr('clip-path', 'url(#plot-clip)')
    this.layers = {
      stems: plot.append('g').attr('class', 'stems'),
      marks: plot.append('g').attr('class', 'marks'),
      labels: plot.append('g').attr('class', 'labels')
    }
    this.axis = this.svg.append('g').attr('class', 'axis')
    this.context = this.svg.append('g').attr('class', 'axis-context')
    this.status = this.svg.append('text').attr('class', 'status').attr('text-anchor', 'end')
    this.overview = new Overview(this.svg.append('g'), (start, end) => this.setWindow(start, end))
    this.tooltip = new Tooltip(container)
    this.measureCtx = document.createElement('canvas').getContext('2d')

    this.svg.on('click', (event: MouseEvent) => this.onClick(event))
    this.svg.on('keydown', (event: KeyboardEvent) => this.onKey(event))
    this.svg.on('pointermove', (event: PointerEvent) => this.onHover(event))
    this.svg.on('pointerleave', () => this.tooltip.hide())
    this.svg.on('focusin', (event: FocusEvent) => {
      const id = (event.target as Element).closest?.('g.mark')?.getAttribute('data-id')
      if (id) this.focusId = id
    })
    onThemeChange(() => {
      this.palette = readPalette()
      this.render()
    })
    // Only a real change of size lays out again (the observer also reports the first size).
    new ResizeObserver(([entry]) => {
      const box = entry?.contentRect
      if (box && (box.width !== this.geo.width || box.height !== this.geo.height)) this.resize()
    }).observe(container)
  }

  // ── Data and view state ────────────────────────────────────────────────────────────────────

  /**
   * New events (and the articles they come from). `view` restores a saved view — its window and
   * lanes — in the same draw; without it the whole story is shown.
   */
  setEvents(
    events: readonly TimelineEvent[],
    articles: readonly Article[] = [],
    view?: { start: Date; end: Date; lanes?: LaneKey }
  ): void {
    this.all = [...events]
    this.articles = articles
    this.selectedId = null
    this.focusId = null
    if (view?.lanes) this.laneKey = view.lanes
    this.rebuild()
    this.resize(view ? [view.start, view.end] : null)
  }

  /**
   * The same document after an edit: the window, lanes and filter stay, and so does the
   * selection if its event is still there (an undo, a move, a rename).
   */
  updateEvents(events: readonly TimelineEvent[], articles: readonly Article[] = []): void {
    this.all = [...events]
    this.articles = articles
    const ids = new Set(this.all.map((e) => e.id))
    if (this.selectedId !== null && !ids.has(this.selectedId)) this.selectedId = null
    if (this.focusId !== null && !ids.has(this.focusId)) this.focusId = null
    this.rebuild()
    this.resize()
  }

  /** Group the events into lanes by `key` (actor, category, article) or none. */
  setLaneKey(key: LaneKey): void {
    if (key === this.laneKey) return
    this.laneKey = key
    this.rebuild()
    this.resize()
  }

  get laneBy(): LaneKey {
    return this.laneKey
  }

  /** Show only the events `keep` accepts (null: all). Selection and window stay. */
  setFilter(keep: ((e: TimelineEvent) => boolean) | null): void {
    this.filter = keep
    this.rebuild()
    this.resize()
  }

  /** How many events are shown (after the filter) and in all. */
  counts(): { shown: number; total: number } {
    return { shown: this.ordered.length, total: this.all.length }
  }

  /** Every event the filter lets through, in or out of the window (what an export draws). */
  shownEvents(): readonly TimelineEvent[] {
    return this.filter ? this.all.filter(this.filter) : this.all
  }

  /** The shown events inside the visible window, in time order. */
  eventsInView(): TimelineEvent[] {
    const [a, b] = this.windowMs()
    return this.ordered.filter((i) => i.t1 > a && i.t0 <= b).map((i) => i.event)
  }

  presets(): readonly Preset[] {
    return this.presetList
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

  /** Pans by a fraction of the visible width (negative: back in time). */
  panBy(fraction: number): void {
    if (!this.zoomBehavior) return
    const dx = -(this.geo.right - this.geo.left) * fraction
    this.zoomBehavior.translateBy(this.svg.transition().duration(150), dx / this.transform.k, 0)
  }

  fit(): void {
    if (this.zoomBehavior)
      this.zoomBehavior.transform(this.svg.transition().duration(250), zoomIdentity)
  }

  /** The selected event's id, or null. */
  get selected(): string | null {
    return this.selectedId
  }

  select(id: string | null): void {
    this.selectedId = id
    this.options.onSelect(this.all.find((e) => e.id === id) ?? null)
    this.render()
  }

  /** Draws now (the view normally draws on every zoom event). */
  render(): void {
    this.draw()
  }

  // ── Building ───────────────────────────────────────────────────────────────────────────────

  private rebuild(): void {
    const shown = this.filter ? this.all.filter(this.filter) : this.all
    this.lanes = buildLanes(shown, this.laneKey, this.articles)
    this.indexes = this.lanes.map((lane, i) => new LaneIndex(lane.events, i))
    // One lane is already in time order; several are merged by a sort.
    this.ordered =
      this.indexes.length === 1
        ? this.indexes[0]!.items
        : this.indexes.flatMap((index) => index.items).sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1)
    this.byIdCache = null
    // The years with events: in time order, a new Date only when a year is passed.
    const years = new Set<number>()
    let nextYear = -Infinity
    for (const item of this.ordered) {
      if (item.t0 < nextYear) continue
      const y = new Date(item.t0).getUTCFullYear()
      years.add(y)
      const next = new Date(0)
      next.setUTCFullYear(y + 1, 0, 1) // not Date.UTC, which reads years 0–99 as 1900–1999
      nextYear = next.getTime()
    }
    // The zoom's base is the span of all events: read off the index when nothing is filtered.
    this.extent = this.filter ? eventsExtent(this.all) : this.orderedExtent()
    this.presetList = buildPresets(this.extent, years)
  }

  private itemById(id: string): Item | null {
    this.byIdCache ??= new Map(this.ordered.map((item) => [item.event.id, item]))
    return this.byIdCache.get(id) ?? null
  }

  /** First instant and end of the shown items (the events that have readable days). */
  private orderedExtent(): [Date, Date] | null {
    if (this.ordered.length === 0) return null
    let end = -Infinity
    for (const item of this.ordered) if (item.t1 > end) end = item.t1
    return [new Date(this.ordered[0]!.t0), new Date(end)]
  }

  private current(): ScaleTime<number, number> {
    return this.transform.rescaleX(this.base)
  }

  private windowMs(): [number, number] {
    const [a, b] = this.visibleWindow()
    return [a.getTime(), b.getTime()]
  }

  /** Lays out for the container's size; keeps the visible window unless given one (null: all). */
  private resize(show?: [Date, Date] | null): void {
    const { width, height } = this.container.getBoundingClientRect()
    if (width < 10 || height < 10) return
    const keep = show === undefined ? this.visibleWindow() : show
    this.geo = geometry(width, height, this.lanes.length)
    const extent = this.extent ?? [new Date(Date.UTC(2000, 0, 1)), new Date()]
    this.base = scaleUtc().domain(paddedDomain(extent)).range([this.geo.left, this.geo.right])
    const ratio = window.devicePixelRatio || 1
    this.canvas.width = Math.round(width * ratio)
    this.canvas.height = Math.round(height * ratio)
    this.canvas.style.width = `${width}px`
    this.canvas.style.height = `${height}px`
    this.ctx?.setTransform(ratio, 0, 0, ratio, 0, 0)
    this.svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`)
    this.svg
      .select('#plot-clip rect')
      .attr('x', 0)
      .attr('y', 0)
      .attr('width', width)
      .attr('height', this.geo.axisY)
    this.overview.update(
      this.indexes,
      this.base.copy(),
      this.geo.overviewTop,
      this.geo.overviewHeight
    )
    this.zoomBehavior = createZoom(this.base, { width, height }, (t) => {
      this.transform = t
      this.draw()
      const [start, end] = this.visibleWindow()
      this.options.onWindowChange?.(start, end)
    })
    this.svg.call(this.zoomBehavior).on('dblclick.zoom', null)
    this.svg.on('dblclick', (event: MouseEvent) => {
      if ((event.target as Element).closest('.overview')) return
      const [px] = [event.offsetX]
      if (this.zoomBehavior)
        this.zoomBehavior.scaleBy(this.svg.transition().duration(200), event.shiftKey ? 0.5 : 2, [
          px,
          0
        ])
    })
    this.svg.call(
      this.zoomBehavior.transform,
      keep ? transformFor(this.base, ...keep) : zoomIdentity
    )
  }

  // ── Drawing ────────────────────────────────────────────────────────────────────────────────

  private measure(e: TimelineEvent, twoLines: boolean): number {
    // By what is measured, not by id: an edited title keeps its id and needs its own width.
    const key = twoLines ? `2\u0000${e.when.value}\u0000${e.title}` : `1\u0000${e.title}`
    let w = this.widths.get(key)
    if (w === undefined) {
      w = this.textWidth(e.title, TITLE_FONT) + 12
      if (twoLines) w = Math.max(w, this.textWidth(e.when.value, DATE_FONT) + 40)
      this.widths.set(key, w)
    }
    return w
  }

  private textWidth(text: string, font: string): number {
    const ctx = this.measureCtx
    if (!ctx) return text.length * 7.5
    // Setting the font is the slow part of measuring: only when it changes.
    if (this.font !== font) ctx.font = this.font = font
    return ctx.measureText(text).width
  }

  private draw(): void {
    this.frame++
    const x = this.current()
    const g = this.geo
    const [a, b] = this.windowMs()
    const d0 = a
    const k = (g.right - g.left) / (b - a)
    const toX = (t: number): number => g.left + (t - d0) * k

    drawAxis(this.axis, this.grid, this.context, this.today, x, g.top, g.axisY)
    const ctx = this.ctx
    if (ctx) {
      clearCanvas(ctx, g.width, g.height)
      this.overview.draw(ctx, this.palette)
      for (const lane of g.lanes) drawLaneFrame(ctx, lane, g.left, g.right, this.palette)
    }
    this.drawLaneNames()

    // What is in view, per lane.
    this.denseLanes.clear()
    let total = 0
    const visible: number[] = this.indexes.map((index) => {
      const n = index.countIn(a, b)
      total += n
      return n
    })
    const svgItems: Item[] = []
    const placed: PlacedItem[] = []
    let hidden = 0
    const twoLines = g.labelHeight > 24
    // A reader takes in a few dozen labels at once; more cost frame time and say little.
    const labelsPerLane = Math.max(3, Math.ceil(MAX_LABELS / this.indexes.length))
    this.indexes.forEach((index, laneNo) => {
      const laneBox = g.lanes[laneNo]
      if (!laneBox) return
      const inView = visible[laneNo]!
      const few = total <= SVG_MARK_LIMIT
      if (few) index.forEachIn(a, b, (item) => svgItems.push(item))
      else if (ctx && isDense(inView, g.right - g.left)) {
        drawBuckets(ctx, bucketize(index, a, b, toX, g.left, g.right), laneBox, this.palette)
        this.denseLanes.add(laneNo)
      } else if (ctx) {
        const items: Item[] = []
        index.forEachIn(a, b, (item) => items.push(item))
        drawItems(ctx, items, toX, laneBox, this.palette)
      }
      // Labels: the most important events in view that fit.
      const candidates: LabelBox[] = []
      const byId = new Map<string, Item>()
      for (const item of index.byImportance) {
        if (candidates.length >= LABEL_CANDIDATES) break
        if (item.t1 <= a || item.t0 > b) continue
        const [left] = itemSpan(item, toX)
        const width = this.measure(item.event, twoLines)
        const boxLeft = Math.min(Math.max(left - 6, g.left), g.right - width)
        candidates.push({
          id: item.event.id,
          left: boxLeft,
          width,
          importance: item.event.importance
        })
        byId.set(item.event.id, item)
      }
      const laid = layoutLabels(candidates, laneBox.rows, 8, labelsPerLane)
      for (const p of laid)
        placed.push({ item: byId.get(p.id)!, left: p.left, width: p.width, row: p.row })
      hidden += inView - laid.length
    })
    // In dense views the labelled events, the selected one and the focused one are elements too.
    if (total > SVG_MARK_LIMIT) {
      const extra = new Set(placed.map((p) => p.item.event.id))
      for (const id of [this.selectedId, this.focusId]) if (id) extra.add(id)
      for (const id of extra) {
        const item = this.itemById(id)
        if (item && item.t1 > a && item.t0 <= b) svgItems.push(item)
      }
    }
    svgItems.sort((p, q) => p.t0 - q.t0 || p.t1 - q.t1)
    drawMarks(this.layers.marks, svgItems, toX, g, this.selectedId)
    drawLabels(this.layers, placed, toX, g, this.selectedId)

    const [start, end] = x.domain() as [Date, Date]
    this.svg.attr('data-start', start.toISOString()).attr('data-end', end.toISOString())
    this.svg.attr('data-mode', total > SVG_MARK_LIMIT ? 'canvas' : 'svg')
    this.overview.show(start, end)
    this.status
      .attr('x', g.right)
      .attr('y', g.top + 10)
      .text(
        hidden > 0
          ? `${hidden.toLocaleString()} more event${hidden === 1 ? '' : 's'} here: zoom in to read them`
          : total === 0 && this.ordered.length > 0
            ? 'No events in this period. Press Fit (Home) to see them all.'
            : ''
      )
  }

  private drawLaneNames(): void {
    const named = this.lanes.length > 1
    this.laneNames
      .selectAll<SVGTextElement, Lane>('text')
      .data(named ? this.lanes : [], (lane) => lane.key)
      .join('text')
      .attr('x', this.geo.left)
      .attr('y', (_, i) => (this.geo.lanes[i]?.top ?? 0) + 12)
      .text((lane) => `${lane.label} · ${lane.events.length.toLocaleString()}`)
  }

  // ── Interaction ────────────────────────────────────────────────────────────────────────────

  /** The item under the pointer: a mark element, or the nearest canvas mark within 6 px. */
  private itemAt(event: MouseEvent): Item | null {
    const el = (event.target as Element).closest?.('[data-id]')
    const id = el?.getAttribute('data-id')
    if (id) return this.itemById(id)
    const [px, py] = [event.offsetX, event.offsetY]
    const laneNo = this.geo.lanes.findIndex((l) => py >= l.top && py < l.bottom)
    const index = this.indexes[laneNo]
    if (!index || Math.abs(py - this.geo.lanes[laneNo]!.trackY) > 12) return null
    const x = this.current()
    const t0 = x.invert(px - 6).getTime()
    const t1 = x.invert(px + 6).getTime()
    let best: Item | null = null
    let bestDistance = Infinity
    const toX = (t: number): number => x(t)
    index.forEachIn(t0, t1, (item) => {
      const [a, b] = itemSpan(item, toX)
      const d = px < a ? a - px : px > b ? px - b : 0
      if (
        d < bestDistance ||
        (d === bestDistance && best && item.event.importance > best.event.importance)
      ) {
        best = item
        bestDistance = d
      }
    })
    return bestDistance <= 6 ? best : null
  }

  private onClick(event: MouseEvent): void {
    if ((event.target as Element).closest('.overview')) return
    this.select(this.itemAt(event)?.event.id ?? null)
  }

  private onHover(event: PointerEvent): void {
    if (event.buttons) return this.tooltip.hide()
    const [px, py] = [event.offsetX, event.offsetY]
    const onElement = (event.target as Element).closest?.('[data-id]')
    const laneNo = this.geo.lanes.findIndex((l) => py >= l.top && py < l.bottom)
    if (!onElement && this.denseLanes.has(laneNo) && this.showBucket(laneNo, px, py)) return
    const item = this.itemAt(event)
    if (item) this.tooltip.showEvent(item.event, px, py)
    else this.tooltip.hide()
  }

  /** Over a density strip: how many events the bucket under the pointer holds, and when. */
  private showBucket(laneNo: number, px: number, py: number): boolean {
    const lane = this.geo.lanes[laneNo]
    const index = this.indexes[laneNo]
    if (!lane || !index || py < lane.trackY - 48 || py > lane.trackY + 8) return false
    const x = this.current()
    const from = x.invert(Math.floor((px - this.geo.left) / 3) * 3 + this.geo.left)
    const to = x.invert(Math.floor((px - this.geo.left) / 3) * 3 + this.geo.left + 3)
    const n = index.countMidsIn(from.getTime(), to.getTime())
    if (n === 0) return false
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
    this.tooltip.show(
      [
        `${n.toLocaleString()} event${n === 1 ? '' : 's'}`,
        `${day.format(from)} – ${day.format(to)}`,
        'Zoom in to read them'
      ],
      px,
      py
    )
    return true
  }

  private onKey(event: KeyboardEvent): void {
    const mark = (event.target as Element).closest('g.mark')
    const id = mark?.getAttribute('data-id') ?? null
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      this.select(id)
      return
    }
    if (mark && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault()
      event.stopPropagation()
      this.moveFocus(id, event.key === 'ArrowRight' ? 1 : -1)
    }
  }

  /** Moves keyboard focus to the next or previous event in time order, panning to it if needed. */
  moveFocus(fromId: string | null, step: 1 | -1): void {
    if (this.ordered.length === 0) return
    const at = fromId ? this.ordered.findIndex((i) => i.event.id === fromId) : -1
    const next = this.ordered[Math.min(this.ordered.length - 1, Math.max(0, at + step))]
    if (!next) return
    this.focusId = next.event.id
    const [a, b] = this.windowMs()
    const mid = (next.t0 + next.t1) / 2
    if (mid < a || mid > b) {
      const half = (b - a) / 2
      this.setWindow(new Date(mid - half), new Date(mid + half))
    } else this.draw()
    const el = this.svg
      .node()
      ?.querySelector<SVGGElement>(`g.mark[data-id="${CSS.escape(next.event.id)}"]`)
    el?.focus()
  }
}
