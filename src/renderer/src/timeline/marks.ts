/**
 * The SVG layer: event marks while few enough are in view to be elements (a dot for a day, a band
 * for a longer period, a dashed outline for approximate dates), and always the labels with their
 * stems down to the track. Marks and labels are focusable and named for screen readers.
 * All text goes in through textContent (d3's .text), never as markup.
 */
import type { Selection } from 'd3'
import type { TimelineEvent } from '../../../shared/model'
import type { Item } from './event-index'
import { rowTop, type Geometry } from './geometry'
import { dayStart } from './time'

type G = Selection<SVGGElement, unknown, null, undefined>

export interface MarkLayers {
  stems: G
  marks: G
  labels: G
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
})
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC'
})

/** The date as a reader says it: "4 Oct 2021", "September 2021", "2014". */
export function displayDate(e: TimelineEvent): string {
  const start = dayStart(e.when.start)
  const text =
    e.when.granularity === 'day'
      ? dateFormat.format(start)
      : e.when.granularity === 'month'
        ? monthFormat.format(start)
        : e.when.value
  return e.when.approximate ? `c. ${text}` : text
}

/** Horizontal extent of an item's mark: the middle of a day, the start and end of a band. */
export function itemSpan(item: Item, x: (t: number) => number): [number, number] {
  if (item.point) {
    const mid = x((item.t0 + item.t1) / 2)
    return [mid, mid]
  }
  return [x(item.t0), x(item.t1)]
}

/** What a screen reader hears for an event. */
export function ariaLabel(e: TimelineEvent): string {
  const who = e.actors.length ? `; ${e.actors.join(', ')}` : ''
  return `${displayDate(e)}: ${e.title}${who}`
}

/** Sets an attribute only when its value changes: unchanged DOM costs nothing to lay out again. */
function set(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value)
}

function setText(el: Element, value: string): void {
  if (el.textContent !== value) el.textContent = value
}

export function drawMarks(
  layer: G,
  items: readonly Item[],
  x: (t: number) => number,
  geo: Geometry,
  selectedId: string | null
): void {
  layer
    .selectAll<SVGGElement, Item>('g.mark')
    .data(items, (item) => item.event.id)
    .join((enter) =>
      enter
        .append('g')
        .attr('class', 'mark')
        .attr('tabindex', 0)
        .attr('role', 'button')
        .each(function () {
          const g = this as SVGGElement
          const ns = 'http://www.w3.org/2000/svg'
          g.append(document.createElementNS(ns, 'rect'), document.createElementNS(ns, 'circle'))
          g.firstElementChild!.setAttribute('class', 'band')
          g.lastElementChild!.setAttribute('class', 'dot')
        })
    )
    .each(function (item) {
      const e = item.event
      const g = this as SVGGElement
      set(g, 'data-id', e.id)
      set(g, 'data-date', e.when.value)
      set(g, 'aria-label', ariaLabel(e))
      const cls = `mark${e.when.approximate ? ' approximate' : ''}${e.id === selectedId ? ' selected' : ''}${item.point ? '' : ' is-band'}`
      set(g, 'class', cls)
      const [a, b] = itemSpan(item, x)
      const y = geo.lanes[item.lane]?.trackY ?? geo.trackY
      const band = g.firstElementChild!
      const dot = g.lastElementChild!
      if (b > a) {
        set(band, 'x', a.toFixed(1))
        set(band, 'width', Math.max(3, b - a).toFixed(1))
        set(band, 'y', String(y - 6))
        set(band, 'height', '12')
        set(band, 'display', 'inline')
        set(dot, 'display', 'none')
      } else {
        set(dot, 'cx', a.toFixed(1))
        set(dot, 'cy', String(y))
        set(dot, 'r', '6')
        set(dot, 'display', 'inline')
        set(band, 'display', 'none')
      }
    })
}

export interface PlacedItem {
  item: Item
  left: number
  width: number
  row: number
}

export function drawLabels(
  layers: MarkLayers,
  placed: readonly PlacedItem[],
  x: (t: number) => number,
  geo: Geometry,
  selectedId: string | null
): void {
  const lane = (p: PlacedItem) => geo.lanes[p.item.lane] ?? geo.lanes[0]!
  const twoLines = geo.labelHeight > 24
  layers.stems
    .selectAll<SVGLineElement, PlacedItem>('line')
    .data(placed, (p) => p.item.event.id)
    .join('line')
    .each(function (p) {
      const at = itemSpan(p.item, x)[0].toFixed(1)
      set(this, 'x1', at)
      set(this, 'x2', at)
      set(this, 'y1', String(lane(p).trackY))
      set(this, 'y2', String(rowTop(geo, lane(p), p.row) + geo.labelHeight))
    })

  layers.labels
    .selectAll<SVGGElement, PlacedItem>('g.label')
    .data(placed, (p) => p.item.event.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'label')
      g.append('rect').attr('class', 'label-bg').attr('rx', 4)
      g.append('text').attr('class', 'label-date').attr('x', 6).attr('y', 13)
      g.append('text').attr('class', 'label-title').attr('x', 6)
      return g
    })
    .each(function (p) {
      const g = this as SVGGElement
      const e = p.item.event
      set(g, 'data-id', e.id)
      set(g, 'class', `label${e.id === selectedId ? ' selected' : ''}${twoLines ? '' : ' compact'}`)
      set(g, 'transform', `translate(${p.left.toFixed(1)},${rowTop(geo, lane(p), p.row)})`)
      const [bg, date, title] = [g.children[0]!, g.children[1]!, g.children[2]!]
      set(bg, 'width', p.width.toFixed(1))
      set(bg, 'height', String(geo.labelHeight))
      setText(date, twoLines ? displayDate(e) : '')
      set(title, 'y', twoLines ? '28' : '14')
      setText(title, e.title)
    })
}
