/**
 * The legend of an exported image, under the axis: what the colours and shapes mean, and how
 * much of the story the labels cover. It flows and wraps to the image's width, so nothing is cut
 * at the edge.
 */
import { truncate, wrap, type Measure } from './text-fit'
import { attrs, n, oneLine, textEl } from './xml'

export interface LegendSpec {
  top: number
  left: number
  right: number
  categories: readonly { name: string; count: number; color: number }[]
  shapes: { day: boolean; period: boolean; approximate: boolean }
  /** Set when some lane is a density strip: how many days one bar covers. */
  densityDays: number | null
  /** A sentence on what the labels cover, when not every event is labelled. */
  note: string | null
  fonts: { text: string; head: string }
  measure: Measure
}

const LINE = 22

/** Lays out items (a symbol and a text) in lines, wrapping before the right edge. */
class Flow {
  svg = ''
  x: number
  y: number
  constructor(
    private readonly left: number,
    private readonly right: number,
    top: number
  ) {
    this.x = left
    this.y = top + 14
  }

  add(width: number, draw: (x: number, y: number) => string): void {
    if (this.x > this.left && this.x + width > this.right) this.newLine()
    this.svg += draw(this.x, this.y)
    this.x += width + 18
  }

  newLine(): void {
    this.x = this.left
    this.y += LINE
  }

  get bottom(): number {
    return this.y + 8
  }
}

export function legendSvg(spec: LegendSpec): { svg: string; height: number } {
  const { measure, fonts } = spec
  const flow = new Flow(spec.left, spec.right, spec.top)
  const item = (
    symbol: (x: number, y: number) => string,
    symbolWidth: number,
    text: string
  ): void => {
    const label = truncate(text, spec.right - spec.left - symbolWidth - 6, fonts.text, measure)
    flow.add(symbolWidth + 6 + measure(label, fonts.text), (x, y) => {
      return symbol(x, y - 4) + textEl(x + symbolWidth + 6, y, 'legend', label)
    })
  }
  const head = (text: string): void => {
    flow.add(measure(text, fonts.head), (x, y) => textEl(x, y, 'legend-head', text))
  }

  if (spec.categories.length > 0) {
    head('Categories')
    for (const c of spec.categories)
      item(
        (x, y) => `<circle${attrs({ cx: x + 5, cy: y, r: 5, class: `c${c.color}` })}/>`,
        10,
        `${oneLine(c.name)} (${c.count.toLocaleString('en-US')})`
      )
    flow.newLine()
  }
  head('Marks')
  const { day, period, approximate } = spec.shapes
  if (day)
    item((x, y) => `<circle${attrs({ cx: x + 7, cy: y, r: 6, class: 'dot key' })}/>`, 14, 'one day')
  if (period)
    item(
      (x, y) => `<rect${attrs({ x, y: y - 6, width: 26, height: 12, rx: 3, class: 'band key' })}/>`,
      26,
      'a week, month, year or longer'
    )
  if (approximate)
    item(
      (x, y) => `<circle${attrs({ cx: x + 7, cy: y, r: 6, class: 'dot key approx skey' })}/>`,
      14,
      'faint and dashed: an approximate date'
    )
  if (spec.densityDays !== null) {
    const days = spec.densityDays
    const span = days >= 1.5 ? `${Math.round(days).toLocaleString('en-US')} days` : 'day'
    item(
      (x, y) => {
        const heights = [5, 11, 7, 14, 4, 9]
        const d = heights.map((h, i) => `M${n(x + i * 4)} ${n(y + 7)}h3v${-h}h-3z`).join('')
        return `<path${attrs({ class: 'density', d })}/>`
      },
      24,
      `a crowded lane: bar height grows with the events per ${span}`
    )
  }
  let bottom = flow.bottom
  let svg = flow.svg
  if (spec.note) {
    for (const line of wrap(spec.note, spec.right - spec.left, fonts.text, measure, 3)) {
      bottom += 4
      svg += textEl(spec.left, bottom + 10, 'note', line)
      bottom += 14
    }
    bottom += 6
  }
  return { svg, height: bottom - spec.top }
}
