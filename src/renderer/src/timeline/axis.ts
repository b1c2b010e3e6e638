/**
 * The time axis, on two levels: ticks labelled at the unit that changes between them (hours,
 * days, months, years) and, under them, the enclosing period (the day of hours, the month of
 * days, the year of months), so a reader always knows where they are. Dates are formatted for the
 * user's locale, in UTC (a calendar day is the same day wherever the reader is). A line marks today.
 */
import {
  axisBottom,
  utcDay,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type ScaleTime,
  type Selection
} from 'd3'

type G = Selection<SVGGElement, unknown, null, undefined>

const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB'
const fmt = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })
const F = {
  year: fmt({ year: 'numeric' }),
  month: fmt({ month: 'short' }),
  monthYear: fmt({ month: 'long', year: 'numeric' }),
  day: fmt({ day: 'numeric', month: 'short' }),
  dayLong: fmt({ weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }),
  hour: fmt({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
}

/** The unit a tick marks: the coarsest calendar unit it starts. */
export function tickUnit(date: Date): 'hour' | 'day' | 'month' | 'year' {
  if (utcDay(date) < date) return 'hour'
  if (utcMonth(date) < date) return 'day'
  if (utcYear(date) < date) return 'month'
  return 'year'
}

export function tickFormat(date: Date): string {
  const unit = tickUnit(date)
  if (unit === 'hour') return F.hour.format(date)
  if (unit === 'day') return F.day.format(date)
  if (unit === 'month') return F.month.format(date)
  return F.year.format(date)
}

/** About one tick per 110 px, never fewer than two. */
export function tickCount(width: number): number {
  return Math.max(2, Math.floor(width / 110))
}

/** The enclosing period of ticks at `unit`, and how to name it. */
function contextOf(unit: 'hour' | 'day' | 'month' | 'year'): {
  interval: CountableTimeInterval
  format: (d: Date) => string
} | null {
  if (unit === 'hour') return { interval: utcDay, format: (d) => F.dayLong.format(d) }
  if (unit === 'day') return { interval: utcMonth, format: (d) => F.monthYear.format(d) }
  if (unit === 'month') return { interval: utcYear, format: (d) => F.year.format(d) }
  return null
}

/** The finest unit among the ticks (the one the reader reads between them). */
function finestUnit(ticks: Date[]): 'hour' | 'day' | 'month' | 'year' {
  const order = ['year', 'month', 'day', 'hour'] as const
  let best = 0
  for (const t of ticks) best = Math.max(best, order.indexOf(tickUnit(t)))
  // Hours in view mean the ticks fall on days too: the day is the context, the hour the tick.
  return order[best]!
}

export function drawAxis(
  axis: G,
  grid: G,
  context: G,
  today: G,
  x: ScaleTime<number, number>,
  top: number,
  bottom: number,
  now: Date = new Date()
): void {
  const [left, right] = x.range() as [number, number]
  const ticks = x.ticks(tickCount(right - left))
  axis.attr('transform', `translate(0,${bottom})`).call(
    axisBottom<Date>(x)
      .tickValues(ticks)
      .tickFormat((d) => tickFormat(d))
      .tickSizeOuter(0)
      .tickPadding(8)
  )
  grid
    .selectAll('line')
    .data(ticks, (d) => +(d as Date))
    .join('line')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', top)
    .attr('y2', bottom)

  // The context row: each enclosing period in view, named at its start (kept inside the view).
  const unit = finestUnit(ticks)
  const ctx = contextOf(unit === 'year' ? 'year' : unit)
  const [d0, d1] = x.domain() as [Date, Date]
  const periods: { at: Date; label: string; x: number }[] = []
  if (ctx) {
    const starts = [ctx.interval.floor(d0), ...ctx.interval.range(d0, d1)]
    for (const at of starts) {
      if (periods.length && +periods[periods.length - 1]!.at === +at) continue
      periods.push({ at, label: ctx.format(at), x: Math.max(left, x(at)) })
    }
  }
  // Drop a name the next one would overlap (the next one is the more current).
  const shown = periods.filter((p, i) => {
    const next = periods[i + 1]
    return !next || next.x - p.x > p.label.length * 7 + 16
  })
  context
    .attr('transform', `translate(0,${bottom + 30})`)
    .selectAll<SVGTextElement, (typeof shown)[number]>('text')
    .data(shown, (p) => String(+p.at))
    .join('text')
    .attr('x', (p) => p.x + 2)
    .attr('y', 0)
    .text((p) => p.label)

  const t = now.getTime()
  const inView = t >= d0.getTime() && t <= d1.getTime()
  today
    .selectAll('line')
    .data(inView ? [t] : [])
    .join('line')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', top)
    .attr('y2', bottom)
  today
    .selectAll('text')
    .data(inView ? [t] : [])
    .join('text')
    .attr('x', (d) => x(d) + 4)
    .attr('y', bottom - 6)
    .text('Today')
}
