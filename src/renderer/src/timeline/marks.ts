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
    .join((enter) => {
      const g = enter.append('g').attr('class', 'mark').attr('tabindex', 0).attr('role', 'button')
      g.append('title')
      g.append('rect').attr('class', 'band')
      g.append('circle').attr('class', 'dot')
      return g
    })
    .attr('data-id', (item) => item.event.id)
    .attr('data-date', (item) => item.event.when.value)
    .attr('aria-label', (item) => ariaLabel(item.event))
    .classed('approximate', (item) => item.event.when.approximate)
    .classed('selected', (item) => item.event.id === selectedId)
    .classed('is-band', (item) => !item.point)
    .each(function (item) {
      const e = item.event
      const [a, b] = itemSpan(item, x)
      const y = geo.lanes[item.lane]?.trackY ?? geo.trackY
      const g = this as SVGGElement
      g.querySelector('title')!.textContent =
        `${e.title}\n${displayDate(e)} — “${e.sources[0]?.dateText ?? ''}”`
      const band = g.querySelector('rect')!
      const dot = g.querySelector('circle')!
      if (b > a) {
        band.setAttribute('x', String(a))
        band.setAttribute('width', String(Math.max(3, b - a)))
        band.setAttribute('y', String(y - 6))
        band.setAttribute('height', '12')
        band.removeAttribute('display')
        dot.setAttribute('display', 'none')
      } else {
        dot.setAttribute('cx', String(a))
        dot.setAttribute('cy', String(y))
        dot.setAttribute('r', '6')
        dot.removeAttribute('display')
        band.setAttribute('display', 'none')
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
    .attr('x1', (p) => itemSpan(p.item, x)[0])
    .attr('x2', (p) => itemSpan(p.item, x)[0])
    .attr('y1', (p) => lane(p).trackY)
    .attr('y2', (p) => rowTop(geo, lane(p), p.row) + geo.labelHeight)

  layers.labels
    .selectAll<SVGGElement, PlacedItem>('g.label')
    .data(placed, (p) => p.item.event.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'label')
      g.append('rect').attr('class', 'label-bg')
      g.append('text').attr('class', 'label-date')
      g.append('text').attr('class', 'label-title')
      return g
    })
    .attr('data-id', (p) => p.item.event.id)
    .classed('selected', (p) => p.item.event.id === selectedId)
    .classed('compact', !twoLines)
    .attr('transform', (p) => `translate(${p.left},${rowTop(geo, lane(p), p.row)})`)
    .each(function (p) {
      const g = this as SVGGElement
      const bg = g.querySelector('rect')!
      bg.setAttribute('width', String(p.width))
      bg.setAttribute('height', String(geo.labelHeight))
      bg.setAttribute('rx', '4')
      const [date, title] = Array.from(g.querySelectorAll('text'))
      date!.setAttribute('x', '6')
      date!.setAttribute('y', '13')
      date!.textContent = twoLines ? displayDate(p.item.event) : ''
      title!.setAttribute('x', '6')
      title!.setAttribute('y', twoLines ? '28' : '14')
      title!.textContent = p.item.event.title
    })
}
