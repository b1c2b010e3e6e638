/**
 * Calendar units for the editor: each granularity of a TimeValue (day, week, month, quarter,
 * season, half, year, decade, century) as a sequence of numbered units, so that "move a month
 * event by two months" is `index + 2`, and every unit knows its TIMEX3 value and its days.
 *
 * Days are numbered from 1970-01-01 (day 0), in UTC: a calendar day is the same day wherever the
 * user is. The value shapes are those the time tagger writes (src/main/core/time/values.ts):
 * `2021-10-18`, `2021-W42` (`-WE` for its weekend), `2021-10`, `2021-Q4`, `2021-FA`, `2021-H2`,
 * `2021`, `202` (the 2020s), `20` (the 2000s).
 */
import { civilFromDays, daysFromCivil } from '../../../shared/civil-days'
import { GRANULARITIES, type Granularity, type IsoDay } from '../../../shared/model'

export const DAY_MS = 86_400_000

export { GRANULARITIES }

/** One calendar unit: its TIMEX3 value and its first and last day (day numbers, inclusive). */
export interface Unit {
  value: string
  first: number
  last: number
}

/** Months per unit for the units made of whole months; day and week are counted in days. */
export const MONTHS_PER_UNIT: Partial<Record<Granularity, number>> = {
  month: 1,
  quarter: 3,
  season: 3,
  half: 6,
  year: 12,
  decade: 120,
  century: 1200
}

const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const

// ── Days ─────────────────────────────────────────────────────────────────────────────────────

/** Days since 1970-01-01 of a proleptic Gregorian date (see shared/civil-days.ts). */
export const dayNumberOf = daysFromCivil

/** The civil date of a day number. */
export const ymdOf = civilFromDays

export function daysInMonth(y: number, m: number): number {
  return dayNumberOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumberOf(y, m, 1)
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** `YYYY-MM-DD` of a day number. */
export function isoOf(n: number): IsoDay {
  const { y, m, d } = ymdOf(n)
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

/** The day number of a `YYYY-MM-DD` that names a real date, else NaN. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return NaN
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN
  return dayNumberOf(y, m, d)
}

/** Months since year 0 of the month holding a day, plus how far into it the day is (0 ≤ f < 1). */
export function monthPosition(day: number): number {
  const { y, m, d } = ymdOf(Math.floor(day))
  return y * 12 + m - 1 + (d - 1 + (day - Math.floor(day))) / daysInMonth(y, m)
}

/** The first day of a month counted from year 0 (`y * 12 + m - 1`). */
export function firstOfMonth(monthIndex: number): number {
  return dayNumberOf(Math.floor(monthIndex / 12), (((monthIndex % 12) + 12) % 12) + 1, 1)
}

// ── Units ────────────────────────────────────────────────────────────────────────────────────

/** The number of the unit of granularity `g` that holds `day`. */
export function unitIndex(g: Granularity, day: number): number {
  if (g === 'day') return day
  if (g === 'week') return Math.floor((day + 3) / 7) // day 0 was a Thursday; weeks start Monday
  const { y, m } = ymdOf(day)
  const month = y * 12 + m - 1
  // Seasons start in March, June, September and December (the tagger's SP, SU, FA, WI).
  if (g === 'season') return Math.floor((month - 2) / 3)
  if (g === 'decade') return Math.floor(y / 10)
  if (g === 'century') return Math.floor(y / 100)
  return Math.floor(month / (MONTHS_PER_UNIT[g] ?? 1))
}

/** Unit number `index` of granularity `g` (its weekend only, for `-WE`). */
export function unitAt(g: Granularity, index: number, weekend = false): Unit {
  if (g === 'day') return { value: isoOf(index), first: index, last: index }
  if (g === 'week') {
    const monday = index * 7 - 3
    const thursday = ymdOf(monday + 3) // the ISO week belongs to the year of its Thursday
    const week = Math.floor((monday + 3 - dayNumberOf(thursday.y, 1, 1)) / 7) + 1
    const value = `${pad(thursday.y, 4)}-W${pad(week, 2)}`
    return weekend
      ? { value: `${value}-WE`, first: monday + 5, last: monday + 6 }
      : { value, first: monday, last: monday + 6 }
  }
  if (g === 'decade' || g === 'century') {
    const years = g === 'decade' ? 10 : 100
    const first = dayNumberOf(index * years, 1, 1)
    const last = dayNumberOf((index + 1) * years, 1, 1) - 1
    return { value: pad(index, g === 'decade' ? 3 : 2), first, last }
  }
  const months = MONTHS_PER_UNIT[g] ?? 1
  const start = g === 'season' ? index * 3 + 2 : index * months
  const y = Math.floor(start / 12)
  const m = start - y * 12 + 1
  const value =
    g === 'month'
      ? `${pad(y, 4)}-${pad(m, 2)}`
      : g === 'quarter'
        ? `${pad(y, 4)}-Q${(index % 4) + 1}`
        : g === 'season'
          ? `${pad(y, 4)}-${SEASONS[((index % 4) + 4) % 4]}`
          : g === 'half'
            ? `${pad(y, 4)}-H${(index % 2) + 1}`
            : pad(y, 4)
  return { value, first: firstOfMonth(start), last: firstOfMonth(start + months) - 1 }
}

export function unitOf(g: Granularity, day: number, weekend = false): Unit {
  return unitAt(g, unitIndex(g, day), weekend)
}

/** A value read back into its unit; null for shapes that are not a calendar unit. */
export function parseValue(
  value: string
): { granularity: Granularity; index: number; weekend: boolean } | null {
  let m: RegExpExecArray | null
  const unit = (granularity: Granularity, index: number, weekend = false) =>
    unitAt(granularity, index, weekend).value === value ? { granularity, index, weekend } : null
  if (!Number.isNaN(dayNumber(value))) return unit('day', dayNumber(value))
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const jan4 = dayNumberOf(Number(m[1]), 1, 4) // always in ISO week 1
    return unit('week', unitIndex('week', jan4) + Number(m[2]) - 1, Boolean(m[3]))
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)))
    return unit('month', Number(m[1]) * 12 + Number(m[2]) - 1)
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value)))
    return unit('quarter', Number(m[1]) * 4 + Number(m[2]) - 1)
  if ((m = /^(\d{4})-H([12])$/.exec(value)))
    return unit('half', Number(m[1]) * 2 + Number(m[2]) - 1)
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value)))
    return unit('season', Number(m[1]) * 4 + SEASONS.indexOf(m[2] as (typeof SEASONS)[number]))
  if ((m = /^(\d{4})$/.exec(value))) return unit('year', Number(m[1]))
  if ((m = /^(\d{3})$/.exec(value))) return unit('decade', Number(m[1]))
  if ((m = /^(\d{2})$/.exec(value))) return unit('century', Number(m[1]))
  return null
}
