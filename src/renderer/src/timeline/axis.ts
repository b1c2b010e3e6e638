/** The time axis: ticks labelled at the coarsest unit that changes (year, month, day, hour), plus grid lines. */
import {
  axisBottom,
  utcDay,
  utcFormat,
  utcMonth,
  utcYear,
  type ScaleTime,
  type Selection
} from 'd3'

const formatYear = utcFormat('%Y')
const formatMonth = utcFormat('%b')
const formatMonthYear = utcFormat('%b %Y')
const formatDay = utcFormat('%-d %b')
const formatHour = utcFormat('%H:%M')

export function tickFormat(date: Date): string {
  if (utcDay(date) < date) return formatHour(date)
  if (utcMonth(date) < date) return formatDay(date)
  if (utcYear(date) < date)
    return date.getUTCMonth() === 0 ? formatMonthYear(date) : formatMonth(date)
  return formatYear(date)
}

/** About one tick per 110 px, never fewer than two. */
export function tickCount(width: number): number {
  return Math.max(2, Math.floor(width / 110))
}

export function drawAxis(
  axis: Selection<SVGGElement, unknown, null, undefined>,
  grid: Selection<SVGGElement, unknown, null, undefined>,
  x: ScaleTime<number, number>,
  top: number,
  bottom: number
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
}
