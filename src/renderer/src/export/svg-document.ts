/**
 * The timeline as a self-contained SVG document, built as a string: no DOM, so the same code
 * runs in the page (File → Export…), in Vitest under Node and in the export bench. Text widths
 * come from the caller's `measure` (canvas measureText in a page, an estimate in tests).
 *
 * What it draws follows the app (title, lanes with labels and marks, the two-level UTC axis,
 * then legend and sources), sized for a reader rather than a screen:
 * - 'view' is the window the user sees, at the view's width.
 * - 'whole' is every event, over their full span with a small margin, at a fixed width (1600 px
 *   by default): the height is not the screen's but what the lanes and their label rows need.
 *   It stays bounded whatever the number of events: lanes are at most 8 (the app's rule — the
 *   smallest groups merge into "Others"), label rows per lane are capped, crowded lanes become
 *   density strips with only their most important events labelled, and the sources list is cut
 *   short before the image would pass MAX_IMAGE_HEIGHT (4096 px — 16,384 device pixels at 4×,
 *   Chromium's largest canvas side). A 100,000-event timeline is about as tall as a 1,000-event one.
 *
 * The output has one <style> (the embedded fonts and the classes), no external references, and
 * every piece of document text escaped (./xml.ts): titles are data, never markup.
 */
import type { Article, TimelineEvent } from '../../../shared/model'
import { SVG_MARK_LIMIT } from '../timeline/timeline'
import { LaneIndex } from '../timeline/event-index'
import { LANE_KEYS, buildLanes, type LaneKey } from '../timeline/lanes'
import { DAY, eventsExtent, paddedDomain } from '../timeline/time'
import type { FontFaces } from './fonts'
import { AXIS_HEIGHT, axisSvg, linearX } from './svg-axis'
import { drawLane, planLane, type DrawnMark, type LaneContext } from './svg-lanes'
import { legendSvg } from './svg-legend'
import { numberSources, sourcesSvg } from './svg-sources'
import { caption, inWindow } from './svg-summary'
import { styleSheet } from './svg-style'
import { wrap, type Measure } from './text-fit'
import { THEMES, categoryColors, type ThemeName } from './theme'
import { attrs, esc, oneLine, textEl } from './xml'

export interface ImageOptions {
  scope: 'view' | 'whole'
  /** The visible window; required for 'view'. */
  window?: { start: Date; end: Date }
  laneBy: LaneKey
  /** CSS px: the view's width for 'view', DEFAULT_WHOLE_WIDTH for 'whole' unless chosen. */
  width: number
  theme: ThemeName
  title: string | null
  legend: boolean
  /** Number each label after its source (and fill ExportedSvg.sourceIds). */
  sources: boolean
  /**
   * Draw the numbered list of those sources under the legend (default true). The PDF leaves it
   * out and prints the list on its own pages, with the same numbers (from sourceIds).
   */
  listSources?: boolean
  fonts: FontFaces
}

export interface ExportedSvg {
  svg: string
  width: number
  height: number
  /** Each drawn event mark's centre and fill colour (hex). */
  marks: { id: string; x: number; y: number; color: string }[]
  /** The numbered sources: article ids, number i + 1 at index i (for a PDF's own sources page). */
  sourceIds: string[]
}

export const DEFAULT_WHOLE_WIDTH = 1600
export const MAX_IMAGE_HEIGHT = 4096
export const MIN_WIDTH = 320
export const MAX_WIDTH = 8192
const PAD = 24
/** Labels in a crowded window, shared over the lanes: the most important events. */
const CROWDED_LABELS = 40
/** Label candidates per lane in a crowded window (the app tries 60). */
const CROWDED_CANDIDATES = 60

/** Options checked once, with errors that name the option. */
function checkOptions(options: ImageOptions): void {
  const { width, scope, window: w } = options
  if (!Number.isFinite(width) || width < MIN_WIDTH || width > MAX_WIDTH)
    throw new Error(
      `ImageOptions.width must be between ${MIN_WIDTH} and ${MAX_WIDTH} px, not ${width}`
    )
  if (scope !== 'view' && scope !== 'whole')
    throw new Error(`ImageOptions.scope must be 'view' or 'whole', not ${String(scope)}`)
  if (scope === 'view') {
    if (!w) throw new Error("ImageOptions.window is required when scope is 'view'")
    if (!(w.start.getTime() < w.end.getTime()))
      throw new Error('ImageOptions.window must have start before end')
  }
  if (!(options.theme in THEMES))
    throw new Error(`ImageOptions.theme must be 'light' or 'dark', not ${String(options.theme)}`)
  // The fonts go into the stylesheet as they are: a family is a plain name, and the rules may
  // not close the <style> element or start an entity.
  if (!/^[\w -]+$/.test(options.fonts.family))
    throw new Error(`ImageOptions.fonts.family must be a plain name, not ${options.fonts.family}`)
  if (/[<&]/.test(options.fonts.css))
    throw new Error('ImageOptions.fonts.css must not contain < or &')
  if (!LANE_KEYS.includes(options.laneBy))
    throw new Error(`ImageOptions.laneBy must be one of ${LANE_KEYS.join(', ')}`)
}

export function buildTimelineSvg(
  input: { events: readonly TimelineEvent[]; articles: readonly Article[] },
  options: ImageOptions,
  measure: Measure
): ExportedSvg {
  checkOptions(options)
  const { events, articles } = input
  const theme = THEMES[options.theme]
  const width = Math.round(options.width)
  const left = PAD
  const right = width - PAD
  const font = (weight: number, size: number): string =>
    `${weight} ${size}px '${options.fonts.family}', sans-serif`
  const fonts = {
    title: font(700, 22),
    caption: font(400, 13),
    labelTitle: font(700, 13),
    compactTitle: font(700, 12),
    labelDate: font(400, 12),
    ref: font(400, 11),
    lane: font(700, 12),
    tick: font(400, 12),
    context: font(700, 12),
    text: font(400, 12),
    head: font(700, 12),
    sourcesHead: font(700, 14)
  }

  // The time window.
  const extent = eventsExtent(events)
  const domain: [Date, Date] =
    options.scope === 'view'
      ? [options.window!.start, options.window!.end]
      : extent
        ? paddedDomain(extent)
        : [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))]
  const a = domain[0].getTime()
  const b = domain[1].getTime()
  const x = linearX(domain, left, right)

  // Lanes, and what the window holds.
  const lanes = buildLanes(events, options.laneBy, articles)
  const indexes = lanes.map((lane, i) => new LaneIndex(lane.events, i))
  const total = indexes.reduce((sum, index) => sum + index.countIn(a, b), 0)
  const crowded = total > SVG_MARK_LIMIT
  const colors = categoryColors(events, theme.categories.length)
  const colorOf = (category: string): number =>
    colors.index.get(category) ?? theme.categories.length - 1
  const seen = inWindow(events, a, b)

  const single = lanes.length === 1
  const refDigits = String(Math.min(99, Math.max(1, articles.length))).length
  const ctx: LaneContext = {
    x,
    a,
    b,
    left,
    right,
    crowded,
    twoLines: single,
    named: !single,
    maxRows: single ? 12 : lanes.length <= 3 ? 8 : 5,
    labelsPerLane: crowded ? Math.max(3, Math.ceil(CROWDED_LABELS / lanes.length)) : Infinity,
    candidates: crowded ? CROWDED_CANDIDATES : Infinity,
    maxTitleWidth: Math.min(right - left - 40, Math.max(240, (right - left) * 0.45)),
    refWidth: options.sources ? measure(`[${'9'.repeat(refDigits)}]`, fonts.ref) + 4 : 0,
    fonts: {
      title: single ? fonts.labelTitle : fonts.compactTitle,
      date: fonts.labelDate,
      lane: fonts.lane
    },
    measure,
    colorOf
  }
  const plans = lanes.map((lane, i) => planLane(lane, indexes[i]!, ctx))

  // Sources: the articles the labelled events come from, numbered.
  const { entries: sourceEntries, refs } = options.sources
    ? numberSources(plans, articles)
    : { entries: [], refs: new Map<string, number>() }

  // Top to bottom: title and caption, lanes, axis, legend, sources.
  let body = ''
  let y = PAD
  if (options.title !== null && oneLine(options.title)) {
    for (const line of wrap(oneLine(options.title), right - left, fonts.title, measure, 3)) {
      body += textEl(left, y + 20, 'title', line)
      y += 28
    }
    body += textEl(left, y + 14, 'caption', caption(total, seen.extent ?? [a, b], options.laneBy))
    y += 30
  }
  const lanesTop = y
  let lanesSvg = ''
  const marks: DrawnMark[] = []
  plans.forEach((plan, i) => {
    if (i > 0)
      lanesSvg += `<line${attrs({ x1: left, x2: right, y1: y, y2: y, class: 'lane-sep' })}/>`
    const drawn = drawLane(plan, y, ctx, refs)
    lanesSvg += drawn.svg
    marks.push(...drawn.marks)
    y += plan.height
  })
  if (total === 0) lanesSvg += textEl(left, lanesTop + 18, 'note', 'No events in this period.')
  const axisY = y
  const axis = axisSvg({
    domain,
    left,
    right,
    top: lanesTop,
    axisY,
    tickFont: fonts.tick,
    contextFont: fonts.context,
    measure
  })
  y = axisY + AXIS_HEIGHT

  let legend = ''
  if (options.legend) {
    const labelled = plans.reduce((sum, plan) => sum + plan.labels.length, 0)
    const dense = plans.some((plan) => plan.mode === 'density')
    const drawn = legendSvg({
      top: y + 4,
      left,
      right,
      categories: colors.order
        .filter((c) => seen.categories.has(c.name))
        .map((c) => ({
          name: c.name,
          count: seen.categories.get(c.name)!,
          color: colorOf(c.name)
        })),
      shapes: seen.shapes,
      densityDays: dense ? 3 / ((right - left) / (b - a)) / DAY : null,
      note:
        labelled < total
          ? `Labels name the ${labelled.toLocaleString('en-US')} most important of the ` +
            `${total.toLocaleString('en-US')} events shown; the others are drawn as marks` +
            `${dense ? ' or counted in the strips' : ''}.`
          : null,
      fonts: { text: fonts.text, head: fonts.head },
      measure
    })
    legend = drawn.svg
    y += 4 + drawn.height
  }

  let sources = ''
  if (options.sources && options.listSources !== false && sourceEntries.length > 0) {
    const drawn = sourcesSvg({
      top: y + 8,
      left,
      right,
      entries: sourceEntries,
      maxHeight: MAX_IMAGE_HEIGHT - (y + 8) - PAD,
      fonts: { text: fonts.text, head: fonts.sourcesHead, number: fonts.head },
      measure
    })
    sources = drawn.svg
    y += 8 + drawn.height
  }
  const height = Math.min(MAX_IMAGE_HEIGHT, Math.ceil(y + PAD))

  const label = options.title && oneLine(options.title) ? oneLine(options.title) : 'Timeline'
  const svg =
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label })}>` +
    `<title>${esc(label)}</title>` +
    `<style>${styleSheet(theme, options.fonts)}</style>` +
    `<rect${attrs({ width, height, class: 'bg' })}/>` +
    body +
    `<g class="grid-lines">${axis.grid}</g>` +
    lanesSvg +
    `<g class="axis">${axis.axis}</g>` +
    legend +
    sources +
    '</svg>'
  return {
    svg,
    width,
    height,
    marks: marks.map((m) => ({ id: m.id, x: m.x, y: m.y, color: theme.categories[m.color]! })),
    sourceIds: sourceEntries.map((entry) => entry.article.id)
  }
}
