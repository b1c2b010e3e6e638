/**
 * The marks of the events: a dot for a day, a band for a longer period (month, year, …), a
 * dashed outline for approximate dates; and their labels with stems down to the track.
 * All text goes in through textContent (d3's .text), never as markup.
 */
import type { ScaleTime, Selection } from 'd3'
import type { TimelineEvent } from '../../../shared/model'
import { LABEL_HEIGHT, rowTop, type Geometry } from './geometry'
import { layoutLabels, type LabelBox } from './label-layout'
import { dayAfter, dayStart } from './time'

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

/** Horizontal position of an event's mark: the middle of a day, the start and end of a band. */
export function markSpan(e: TimelineEvent, x: ScaleTime<number, number>): [number, number] {
  if (e.when.granularity === 'day' && e.when.start === e.when.end) {
    const mid = x(new Date(dayStart(e.when.start).getTime() + 43_200_000))
    return [mid, mid]
  }
  return [x(dayStart(e.when.start)), x(dayAfter(e.when.end))]
}

export function drawMarks(
  layers: MarkLayers,
  events: readonly TimelineEvent[],
  x: ScaleTime<number, number>,
  geo: Geometry,
  measure: (text: string, kind: 'title' | 'date') => number,
  selectedId: string | null
): { shown: number; hidden: number } {
  const spans = new Map(events.map((e) => [e.id, markSpan(e, x)]))
  const visible = events.filter((e) => {
    const [a, b] = spans.get(e.id)!
    return b >= geo.left - 2 && a <= geo.right + 2
  })

  const boxes: LabelBox[] = visible.map((e) => {
    const [a] = spans.get(e.id)!
    const width = Math.max(measure(e.title, 'title'), measure(displayDate(e), 'date')) + 12
    const left = Math.min(Math.max(a - 6, geo.left), geo.right - width)
    return { id: e.id, left, width, importance: e.importance }
  })
  const placed = new Map(layoutLabels(boxes, geo.rows).map((p) => [p.id, p]))
  const byId = new Map(events.map((e) => [e.id, e]))

  layers.marks
    .selectAll<SVGGElement, TimelineEvent>('g.mark')
    .data(visible, (e) => e.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'mark').attr('tabindex', 0).attr('role', 'button')
      g.append('title')
      g.append('rect').attr('class', 'band')
      g.append('circle').attr('class', 'dot')
      return g
    })
    .attr('data-id', (e) => e.id)
    .attr('data-date', (e) => e.when.value)
    .attr('aria-label', (e) => `${displayDate(e)}: ${e.title}`)
    .classed('approximate', (e) => e.when.approximate)
    .classed('selected', (e) => e.id === selectedId)
    .classed('is-band', (e) => spans.get(e.id)![1] > spans.get(e.id)![0])
    .each(function (e) {
      const [a, b] = spans.get(e.id)!
      const g = this as SVGGElement
      g.querySelector('title')!.textContent =
        `${e.title}\n${displayDate(e)} — “${e.sources[0]?.dateText ?? ''}”`
      const band = g.querySelector('rect')!
      const dot = g.querySelector('circle')!
      if (b > a) {
        band.setAttribute('x', String(a))
        band.setAttribute('width', String(Math.max(3, b - a)))
        band.setAttribute('y', String(geo.trackY - 6))
        band.setAttribute('height', '12')
        band.removeAttribute('display')
        dot.setAttribute('display', 'none')
      } else {
        dot.setAttribute('cx', String(a))
        dot.setAttribute('cy', String(geo.trackY))
        dot.setAttribute('r', '6')
        dot.removeAttribute('display')
        band.setAttribute('display', 'none')
      }
    })

  const labelled = visible.filter((e) => placed.has(e.id))
  layers.stems
    .selectAll<SVGLineElement, TimelineEvent>('line')
    .data(labelled, (e) => e.id)
    .join('line')
    .attr('x1', (e) => spans.get(e.id)![0])
    .attr('x2', (e) => spans.get(e.id)![0])
    .attr('y1', geo.trackY)
    .attr('y2', (e) => rowTop(geo, placed.get(e.id)!.row) + LABEL_HEIGHT)

  layers.labels
    .selectAll<SVGGElement, TimelineEvent>('g.label')
    .data(labelled, (e) => e.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'label')
      g.append('rect').attr('class', 'label-bg')
      g.append('text').attr('class', 'label-date')
      g.append('text').attr('class', 'label-title')
      return g
    })
    .attr('data-id', (e) => e.id)
    .classed('selected', (e) => e.id === selectedId)
    .attr('transform', (e) => {
      const p = placed.get(e.id)!
      return `translate(${p.left},${rowTop(geo, p.row)})`
    })
    .each(function (e) {
      const g = this as SVGGElement
      const p = placed.get(e.id)!
      const bg = g.querySelector('rect')!
      bg.setAttribute('width', String(p.width))
      bg.setAttribute('height', String(LABEL_HEIGHT))
      bg.setAttribute('rx', '4')
      const [date, title] = Array.from(g.querySelectorAll('text'))
      date!.setAttribute('x', '6')
      date!.setAttribute('y', '13')
      date!.textContent = displayDate(byId.get(e.id)!)
      title!.setAttribute('x', '6')
      title!.setAttribute('y', '28')
      title!.textContent = e.title
    })

  return { shown: labelled.length, hidden: visible.length - labelled.length }
}
