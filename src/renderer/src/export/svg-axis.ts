/**
 * The time axis of an exported image, as SVG text: the same two levels as the app's axis
 * (../timeline/axis.ts) — ticks labelled at the unit that changes between them, and under them
 * the enclosing period (the month of days, the year of months) — in UTC, with the app's tick
 * density and formats. Written as strings because the builder runs without a DOM. No "Today"
 * line: an image outlives the day it was made on.
 */
import { scaleUtc, utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3'
import { tickCount, tickFormat, tickUnit } from '../timeline/axis'
import type { Measure } from './text-fit'
import { attrs, textEl } from './xml'

type Unit = 'hour' | 'day' | 'month' | 'year'

// The app's locale rule (axis.ts): the reader's language in a page, en-GB where there is none.
const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB'
const fmt = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })
const YEAR = fmt({ year: 'numeric' })
const MONTH_YEAR = fmt({ month: 'long', year: 'numeric' })
const DAY_LONG = fmt({ weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' })

function contextOf(
  unit: Unit
): { interval: CountableTimeInterval; format: Intl.DateTimeFormat } | null {
  if (unit === 'hour') return { interval: utcDay, format: DAY_LONG }
  if (unit === 'day') return { interval: utcMonth, format: MONTH_YEAR }
  if (unit === 'month') return { interval: utcYear, format: YEAR }
  return null
}

function finestUnit(ticks: readonly Date[]): Unit {
  const order = ['year', 'month', 'day', 'hour'] as const
  let best = 0
  for (const t of ticks) best = Math.max(best, order.indexOf(tickUnit(t)))
  return order[best]!
}

export interface AxisSpec {
  domain: [Date, Date]
  left: number
  right: number
  /** Top of the grid lines (the first lane's top) and y of the axis line. */
  top: number
  axisY: number
  tickFont: string
  contextFont: string
  measure: Measure
}

/** Height the axis takes below its line: tick labels, then the context row. */
export const AXIS_HEIGHT = 50

/** The grid (behind the lanes) and the axis (below them), as two SVG fragments. */
export function axisSvg(spec: AxisSpec): { grid: string; axis: string } {
  const { domain, left, right, top, axisY, measure } = spec
  const x = scaleUtc().domain(domain).range([left, right])
  const ticks = x.ticks(tickCount(right - left))
  let grid = ''
  let axis = `<line${attrs({ x1: left, x2: right, y1: axisY, y2: axisY, class: 'axis-line' })}/>`
  // Tick labels sit centred under their tick, kept inside the drawing; one that would overlap
  // the one before it is left out (the tick stays).
  let lastRight = -Infinity
  for (const t of ticks) {
    const at = x(t)
    grid += `<line${attrs({ x1: at, x2: at, y1: top, y2: axisY, class: 'grid' })}/>`
    axis += `<line${attrs({ x1: at, x2: at, y1: axisY, y2: axisY + 6, class: 'axis-line' })}/>`
    const label = tickFormat(t)
    const w = measure(label, spec.tickFont)
    const lx = Math.min(Math.max(at - w / 2, left), right - w)
    if (lx < lastRight + 8) continue
    axis += textEl(lx, axisY + 20, 'tick', label)
    lastRight = lx + w
  }
  // The context row: each enclosing period, named at its start (or at the left edge).
  const unit = finestUnit(ticks)
  const ctx = contextOf(unit)
  if (ctx) {
    const [d0, d1] = domain
    const periods: { label: string; x: number }[] = []
    let previous = NaN
    for (const at of [ctx.interval.floor(d0), ...ctx.interval.range(d0, d1)]) {
      if (+at === previous) continue
      previous = +at
      periods.push({ label: ctx.format.format(at), x: Math.max(left, x(at)) })
    }
    periods.forEach((p, i) => {
      const next = periods[i + 1]
      const w = measure(p.label, spec.contextFont)
      // The next period's name wins (it is the more current); the last one stays inside.
      if (next && next.x - p.x < w + 12) return
      axis += textEl(Math.min(p.x + 2, right - w), axisY + 40, 'context', p.label)
    })
  }
  return { grid, axis }
}

/** The scale's position of an instant, for the rest of the drawing (the same mapping as the axis). */
export function linearX(domain: [Date, Date], left: number, right: number): (t: number) => number {
  const a = domain[0].getTime()
  const k = (right - left) / (domain[1].getTime() - a)
  return (t) => left + (t - a) * k
}
