/**
 * One lane of an exported image, in two steps: plan (what is drawn and how many label rows it
 * needs, hence its height) and draw (SVG text at a given top). The rules are the app's: while few
 * events are in the window (the app's SVG_MARK_LIMIT) every event is a full mark — a dot for a
 * day, a bar for a longer period, fainter and dashed when approximate — and every one that fits
 * gets a label; with more, a lane whose events cannot be drawn apart (../timeline/density.ts)
 * becomes a density strip, the others thin marks, and only the most important events are
 * labelled. Labels are placed by the app's layout (../timeline/label-layout.ts), but the image
 * grows as many rows as the labels need (up to a cap) instead of hiding them behind a zoom.
 */
import { bucketize, isDense } from '../timeline/density'
import type { Item, LaneIndex } from '../timeline/event-index'
import { layoutLabels, type LabelBox } from '../timeline/label-layout'
import type { Lane } from '../timeline/lanes'
import { displayDate, itemSpan } from '../timeline/marks'
import { truncate, type Measure } from './text-fit'
import { categoryOf } from './theme'
import { attrs, esc, n, oneLine, textEl } from './xml'

export type LaneMode = 'marks' | 'thin' | 'density'

export interface LaneContext {
  x: (t: number) => number
  /** The window, epoch ms. */
  a: number
  b: number
  left: number
  right: number
  /** More events in the window than the app draws as elements: thin marks or density strips. */
  crowded: boolean
  /** One lane: two-line labels (date and title), as in the app; several: the title only. */
  twoLines: boolean
  /** Several lanes: each is named above its labels. */
  named: boolean
  maxRows: number
  labelsPerLane: number
  /** Label candidates tried per lane, most important first. */
  candidates: number
  maxTitleWidth: number
  /** Room kept after a title for its source number ("[12]"); 0 without a sources list. */
  refWidth: number
  fonts: { title: string; date: string; lane: string }
  measure: Measure
  /** Category → colour index (class cN). */
  colorOf: (category: string) => number
}

export interface PlannedLabel {
  item: Item
  left: number
  width: number
  row: number
  /** The title as drawn: the whole title, or its start and "…" when wider than a label may be. */
  text: string
  textWidth: number
}

export interface LanePlan {
  lane: Lane
  index: LaneIndex
  inView: number
  mode: LaneMode
  /** Items in the window (not kept for density strips, which count them instead). */
  items: Item[]
  labels: PlannedLabel[]
  rows: number
  height: number
}

export interface DrawnMark {
  id: string
  x: number
  y: number
  color: number
}

export const LABEL_HEIGHT = 34
export const COMPACT_LABEL_HEIGHT = 20
const ROW_GAP = 6
const HEADER = 22
/** Between the lowest label row and the marks (or the strip): room for the stems to show. */
const LABEL_GAP = 12
/** Height of a density strip's tallest bar. */
export const STRIP_HEIGHT = 36
const MARK_HALF = 7
const BOTTOM = 12

export function labelHeight(ctx: LaneContext): number {
  return ctx.twoLines ? LABEL_HEIGHT : COMPACT_LABEL_HEIGHT
}

/** What `lane` (indexed by `index`) draws in the window, and the height it needs. */
export function planLane(lane: Lane, index: LaneIndex, ctx: LaneContext): LanePlan {
  const { a, b, x, left, right, measure } = ctx
  const inView = index.countIn(a, b)
  const mode: LaneMode = !ctx.crowded ? 'marks' : isDense(inView, right - left) ? 'density' : 'thin'
  const items: Item[] = []
  if (mode !== 'density') index.forEachIn(a, b, (item) => items.push(item))

  const boxes: LabelBox[] = []
  const byId = new Map<string, { item: Item; text: string; textWidth: number }>()
  // While few events are in view, all are tried in time order: among equally important ones the
  // rows then stack in time, earliest nearest the track, which reads better on paper than the
  // app's spread order. That order (most important, spread over time) is kept when crowded,
  // where only the first candidates get a label.
  const order = mode === 'marks' ? items : index.byImportance
  for (const item of order) {
    if (boxes.length >= ctx.candidates) break
    if (item.t1 <= a || item.t0 > b) continue
    const e = item.event
    const text = truncate(oneLine(e.title), ctx.maxTitleWidth, ctx.fonts.title, measure)
    const textWidth = measure(text, ctx.fonts.title)
    const ref = ctx.refWidth > 0 && e.sources.length > 0 ? ctx.refWidth : 0
    const dateWidth = ctx.twoLines ? measure(displayDate(e), ctx.fonts.date) : 0
    const width = Math.max(textWidth + ref, dateWidth) + 14
    const stem = clamp(itemSpan(item, x)[0], left, right)
    boxes.push({
      id: e.id,
      left: clamp(stem - 6, left, right - width),
      width,
      importance: e.importance
    })
    byId.set(e.id, { item, text, textWidth })
  }
  const laid = layoutLabels(boxes, ctx.maxRows, 8, ctx.labelsPerLane)
  const labels = laid.map((p) => ({ ...byId.get(p.id)!, left: p.left, width: p.width, row: p.row }))
  const rows = labels.reduce((most, p) => Math.max(most, p.row + 1), 0)
  const height =
    (ctx.named ? HEADER : 6) +
    rows * (labelHeight(ctx) + ROW_GAP) +
    LABEL_GAP +
    (mode === 'density' ? STRIP_HEIGHT : 0) +
    2 * MARK_HALF +
    BOTTOM
  return { lane, index, inView, mode, items, labels, rows, height }
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v))

/** The lane drawn with its top at `top`; `refs` gives each labelled event's source number. */
export function drawLane(
  plan: LanePlan,
  top: number,
  ctx: LaneContext,
  refs: ReadonlyMap<string, number>
): { svg: string; marks: DrawnMark[] } {
  const { x, left, right } = ctx
  const lh = labelHeight(ctx)
  const labelsTop = top + (ctx.named ? HEADER : 6)
  const labelsBottom = labelsTop + plan.rows * (lh + ROW_GAP)
  const stripBottom = labelsBottom + LABEL_GAP + (plan.mode === 'density' ? STRIP_HEIGHT : 0)
  const trackY = stripBottom + MARK_HALF
  let svg = `<g class="lane">`
  if (ctx.named) {
    const name = `${oneLine(plan.lane.label)} · ${plan.inView.toLocaleString('en-US')}`
    svg += textEl(
      left,
      top + 15,
      'lane-name',
      truncate(name, right - left, ctx.fonts.lane, ctx.measure)
    )
  }
  svg += `<line${attrs({ x1: left, x2: right, y1: trackY, y2: trackY, class: 'track' })}/>`

  if (plan.mode === 'density') svg += densityStrip(plan, ctx, trackY)
  else if (plan.mode === 'thin') svg += thinMarks(plan.items, ctx, trackY)

  // Stems under the labels, from the track up to the label's bottom edge.
  const rowTop = (row: number): number => labelsBottom - ROW_GAP - lh - row * (lh + ROW_GAP)
  for (const p of plan.labels) {
    const at = clamp(itemSpan(p.item, x)[0], left, right)
    svg += `<line${attrs({ x1: at, x2: at, y1: trackY, y2: rowTop(p.row) + lh, class: 'stem' })}/>`
  }

  // Full marks: every event while few are in view, else the labelled ones over the strip or ticks.
  const full = plan.mode === 'marks' ? plan.items : plan.labels.map((p) => p.item)
  const marks: DrawnMark[] = []
  for (const item of full) {
    const mark = fullMark(item, ctx, trackY)
    svg += mark.svg
    marks.push(mark.mark)
  }
  if (plan.mode === 'thin') {
    // The thin marks are in the list too (once each): tests and callers see every drawn event.
    const seen = new Set(marks.map((m) => m.id))
    for (const item of plan.items)
      if (!seen.has(item.event.id)) marks.push(markAt(item, ctx, trackY))
  }

  for (const p of plan.labels) svg += label(p, rowTop(p.row), ctx, refs.get(p.item.event.id))
  svg += '</g>'
  return { svg, marks }
}

function markAt(item: Item, ctx: LaneContext, trackY: number): DrawnMark {
  const [a, b] = itemSpan(item, ctx.x)
  const lo = clamp(a, ctx.left, ctx.right)
  const hi = clamp(b, ctx.left, ctx.right)
  return {
    id: item.event.id,
    x: (lo + hi) / 2,
    y: trackY,
    color: ctx.colorOf(categoryOf(item.event))
  }
}

/** A dot (a day) or a bar (a longer period), in the category's colour; approximate: faint, dashed. */
function fullMark(item: Item, ctx: LaneContext, trackY: number): { svg: string; mark: DrawnMark } {
  const mark = markAt(item, ctx, trackY)
  const approx = item.event.when.approximate ? ` approx s${mark.color}` : ''
  const [a, b] = itemSpan(item, ctx.x)
  const lo = clamp(a, ctx.left, ctx.right)
  const hi = clamp(b, ctx.left, ctx.right)
  const svg =
    hi > lo
      ? `<rect${attrs({ x: lo, y: trackY - 6, width: Math.max(3, hi - lo), height: 12, rx: 3, class: `band c${mark.color}${approx}`, 'data-event': item.event.id })}/>`
      : `<circle${attrs({ cx: lo, cy: trackY, r: 6, class: `dot c${mark.color}${approx}`, 'data-event': item.event.id })}/>`
  return { svg, mark }
}

/**
 * Thin marks for a lane too full for dots but not for single marks (the app's canvas marks): a
 * tick for a day, a low bar for a period, one path per colour and kind to keep the file small.
 */
function thinMarks(items: readonly Item[], ctx: LaneContext, trackY: number): string {
  const paths = new Map<string, string>()
  const add = (key: string, d: string): void => {
    paths.set(key, (paths.get(key) ?? '') + d)
  }
  for (const item of items) {
    const color = ctx.colorOf(categoryOf(item.event))
    const faint = item.event.when.approximate ? ' faint' : ''
    const [a, b] = itemSpan(item, ctx.x)
    if (item.point) {
      const px = clamp(a, ctx.left, ctx.right)
      add(`tick c${color}${faint}`, `M${n(px - 1)} ${n(trackY - 7)}h2v14h-2z`)
    } else {
      const lo = clamp(a, ctx.left, ctx.right)
      const w = Math.max(2, clamp(b, ctx.left, ctx.right) - lo)
      add(`bar c${color}${faint}`, `M${n(lo)} ${n(trackY - 5)}h${n(w)}v10h${n(-w)}z`)
    }
  }
  // Bars under ticks, so a day inside a month stays visible.
  return [...paths]
    .sort(([p], [q]) => Number(q.startsWith('bar')) - Number(p.startsWith('bar')))
    .map(([cls, d]) => `<path${attrs({ class: cls, d })}/>`)
    .join('')
}

/** Counts per 3-pixel bucket as bars standing on the track, heights by square root (as the app). */
function densityStrip(plan: LanePlan, ctx: LaneContext, trackY: number): string {
  const buckets = bucketize(plan.index, ctx.a, ctx.b, ctx.x, ctx.left, ctx.right, 3)
  const scale = buckets.max > 0 ? STRIP_HEIGHT / Math.sqrt(buckets.max) : 0
  let d = ''
  for (let i = 0; i < buckets.counts.length; i++) {
    const c = buckets.counts[i]!
    if (c === 0) continue
    const h = Math.max(2, Math.sqrt(c) * scale)
    d += `M${n(buckets.left + i * buckets.width)} ${n(trackY)}h2.5v${n(-h)}h-2.5z`
  }
  return d ? `<path${attrs({ class: 'density', d })}/>` : ''
}

function label(p: PlannedLabel, y: number, ctx: LaneContext, ref: number | undefined): string {
  const e = p.item.event
  const lh = labelHeight(ctx)
  const color = ctx.colorOf(categoryOf(e))
  const titleY = ctx.twoLines ? 28 : 14
  let g = `<g${attrs({ transform: `translate(${n(p.left)},${n(y)})` })}>`
  // A shortened title keeps its whole text as the label's tooltip (and for search in the file).
  if (p.text !== oneLine(e.title)) g += `<title>${esc(oneLine(e.title))}</title>`
  g += `<rect${attrs({ width: p.width, height: lh, rx: 4, class: 'label-bg' })}/>`
  g += `<rect${attrs({ x: 0.5, y: 3, width: 3, height: lh - 6, rx: 1.5, class: `c${color}` })}/>`
  if (ctx.twoLines) g += textEl(8, 13, 'label-date', displayDate(e))
  g += textEl(8, titleY, ctx.twoLines ? 'label-title' : 'label-title compact', p.text)
  if (ref !== undefined) g += textEl(8 + p.textWidth + 4, titleY, 'label-ref', `[${ref}]`)
  return `${g}</g>`
}
