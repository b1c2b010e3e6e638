/** Resolving calendar words against the document creation date (DCT) and the sentence's tense. */
import {
  addDays,
  addMonths,
  compareDays,
  fmtDay,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  quarterOf,
  seasonOf,
  weekday,
  type Ymd
} from './calendar-math'
import { UNITS } from './lexicon'
import type { Tense } from './tense'

export type CalendarUnit =
  'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'season'

/** The date `n` units away from `base`. */
export function move(base: Ymd, unit: string, n: number): Ymd {
  switch (unit) {
    case 'day':
    case 'night':
      return addDays(base, n)
    case 'week':
    case 'weekend':
    case 'fortnight':
      return addDays(base, (unit === 'fortnight' ? 14 : 7) * n)
    case 'month':
      return addMonths(base, n)
    case 'quarter':
    case 'season':
      return addMonths(base, 3 * n)
    case 'year':
      return addMonths(base, 12 * n)
    case 'decade':
      return addMonths(base, 120 * n)
    case 'century':
      return addMonths(base, 1200 * n)
    default:
      return base
  }
}

/** The TIMEX3 value of the `unit` that contains `d`: its day, ISO week, month, quarter, year… */
export function valueAt(d: Ymd, unit: string): string {
  switch (unit) {
    case 'day':
    case 'night':
      return fmtDay(d)
    case 'week':
    case 'fortnight':
      return fmtWeek(d)
    case 'weekend':
      return `${fmtWeek(d)}-WE`
    case 'month':
      return fmtMonth(d.y, d.m)
    case 'quarter':
      return fmtQuarter(d.y, quarterOf(d))
    case 'season':
      return `${fmtYear(d.y)}-${seasonOf(d)}`
    case 'decade':
      return padded(Math.floor(d.y / 10), 3)
    case 'century':
      return padded(Math.floor(d.y / 100), 2)
    default:
      return fmtYear(d.y)
  }
}

/**
 * n with leading zeros to `width` digits; a negative n (a decade before year 0) keeps its sign
 * in front, "-1", which no TIMEX3 value has and the tagger drops, rather than "0-1".
 */
function padded(n: number, width: number): string {
  return n < 0 ? String(n) : String(n).padStart(width, '0')
}

/** Which day a bare weekday means: the one before the DCT in a past-tense sentence, after it in a future one. */
export function resolveWeekday(wd: number, dct: Ymd, tense: Tense, modifier: string): Ymd {
  const today = weekday(dct)
  const mod = modifier.toLowerCase()
  if (mod === 'last' || mod === 'past' || mod === 'previous') {
    const back = (today - wd + 7) % 7 || 7
    return addDays(dct, -back)
  }
  if (mod === 'next' || mod === 'coming' || mod === 'this coming') {
    // "next Tuesday" said on a Monday is the Tuesday of next week.
    const monday = addDays(dct, 1 - today + 7)
    return addDays(monday, wd - 1)
  }
  if (mod === 'this') return addDays(dct, wd - today)
  if (tense === 'future') return addDays(dct, (wd - today + 7) % 7)
  if (tense === 'past') return addDays(dct, -((today - wd + 7) % 7))
  // News reports what has happened: an unmarked weekday is the latest one up to the DCT.
  return addDays(dct, -((today - wd + 7) % 7))
}

/** Which year a bare month means, by modifier and tense. */
export function resolveMonth(month: number, dct: Ymd, tense: Tense, modifier: string): number {
  const mod = modifier.toLowerCase()
  if (mod === 'last' || mod === 'past' || mod === 'previous')
    return month < dct.m ? dct.y : dct.y - 1
  if (mod === 'next' || mod === 'coming') return month > dct.m ? dct.y : dct.y + 1
  if (mod === 'this') return dct.y
  // The tense decides: a past-tense clause means the latest such month up to the DCT, a future
  // one the next from it. Without a tense cue, the one nearest the DCT.
  const diff = month - dct.m
  if (tense === 'past') return diff > 0 ? dct.y - 1 : dct.y
  if (tense === 'future') return diff < 0 ? dct.y + 1 : dct.y
  if (diff > 6) return dct.y - 1
  if (diff < -6) return dct.y + 1
  return dct.y
}

/** "Nov. 25" without a year: the occurrence nearest the DCT; when two are about as near, the tense decides. */
export function resolveMonthDay(month: number, day: number, dct: Ymd, tense: Tense): Ymd {
  const candidates = [dct.y - 1, dct.y, dct.y + 1].map((y) => ({ y, m: month, d: day }))
  const distance = (c: Ymd) => Math.abs((c.y - dct.y) * 372 + (c.m - dct.m) * 31 + (c.d - dct.d))
  candidates.sort((a, b) => distance(a) - distance(b))
  const [best, second] = candidates as [Ymd, Ymd]
  if (Math.abs(distance(best) - distance(second)) < 62) {
    const before = compareDays(best, dct) <= 0 ? best : second
    const after = compareDays(best, dct) <= 0 ? second : best
    return tense === 'future' ? after : before
  }
  return best
}

/** The latest `month` `day` on or before the DCT: a day that is already past. */
export function latestMonthDay(month: number, day: number, dct: Ymd): Ymd {
  const after = month > dct.m || (month === dct.m && day > dct.d)
  return { y: after ? dct.y - 1 : dct.y, m: month, d: day }
}

/** The last full quarter before the DCT: what "the latest quarter" of an earnings report means. */
export function latestQuarter(dct: Ymd): string {
  const back = addMonths(dct, -3)
  return fmtQuarter(back.y, quarterOf(back))
}

/** A duration value: P2Y, PT3H, P2Y6M, PXD for an unknown amount. */
export function durationValue(amount: number | null, unit: string): string {
  const u = UNITS[unit]
  if (!u) return 'PXX'
  let code = u.code
  let n: number | null = amount
  if (unit === 'decade' && n !== null) {
    n *= 10
    code = 'Y'
  } else if (unit === 'century' && n !== null) {
    n *= 100
    code = 'Y'
  } else if (unit === 'fortnight' && n !== null) {
    n *= 2
  } else if (unit === 'quarter' && n !== null && n > 1) {
    n *= 3
    code = 'M'
  } else if (unit === 'decade') code = 'DE'
  else if (unit === 'century') code = 'CE'
  const prefix = u.time ? 'PT' : 'P'
  if (n === null) return `${prefix}X${code}`
  if (!Number.isInteger(n)) {
    const whole = Math.floor(n)
    const sub = {
      Y: ['M', 12],
      M: u.time ? ['S', 60] : ['D', 30],
      D: ['H', 24],
      H: ['M', 60],
      W: ['D', 7]
    }[code]
    if (sub) {
      const rest = Math.round((n - whole) * (sub[1] as number))
      const subPrefix = u.time || sub[0] === 'H' ? 'T' : ''
      return `${prefix}${whole ? `${whole}${code}` : ''}${subPrefix && !u.time ? subPrefix : ''}${rest}${sub[0]}`
    }
    return `${prefix}${Math.round(n)}${code}`
  }
  return `${prefix}${n}${code}`
}
