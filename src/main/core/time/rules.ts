/**
 * The patterns of English the tagger knows, each with how to read its value. A rule is a regular
 * expression over the text and a reader that turns a match into a TIMEX3 type and value, given the
 * DCT, the sentence's tense and the reference time (the last date the text mentioned).
 */
import { ANY_UNIT, CUE } from './cues'
import {
  addDays,
  fmtDay,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  parseDay,
  quarterOf,
  weekday,
  type Ymd
} from './calendar-math'
import {
  monthOf,
  MONTH_RE,
  NUMBER_RE,
  numberOf,
  ORDINAL_RE,
  ordinalOf,
  PART_OF_DAY_RE,
  PARTS_OF_DAY,
  SEASON_RE,
  SEASONS,
  UNIT_RE,
  unitOf,
  WEEKDAY_RE,
  weekdayOf
} from './lexicon'
import {
  durationValue,
  latestMonthDay,
  latestQuarter,
  move,
  resolveMonth,
  resolveMonthDay,
  resolveWeekday,
  valueAt
} from './resolve'
import type { Tense } from './tense'
import type { TimexType } from './timex'
import { shiftValue, type Unit } from './values'

export interface Context {
  dct: Ymd | null
  tense: Tense
  /** The reference time: the last date value the text gave before this expression. */
  ref: string | null
}

export interface Reading {
  type: TimexType
  value: string
  /** Computed from the reference time ("a year earlier"): it does not become the new reference. */
  anchored?: boolean
  /** Relative to a DCT the text does not have: the span is taken, but no value is given. */
  unresolved?: boolean
}

/** A relative expression in a text without a DCT: it keeps its span (so no shorter reading steals it) but is not reported. */
export const UNRESOLVED: Reading = { type: 'DATE', value: '', unresolved: true }

export interface Rule {
  name: string
  /** The cue words every match contains (see ./cues.ts): the rule runs only where one is near. */
  cues: number
  /**
   * Lower-case literals of which every match (look-arounds included) contains at least one: a
   * window whose lower-cased text has none of them is skipped without running the pattern.
   */
  needs?: string[]
  /**
   * How many characters a match, with what its look-arounds read, reaches before its first cue
   * word and after its last (default MARGIN, 48, each way). A rule whose matches end at the cue
   * ("two years", "last March") runs in shorter windows, which is most of what it costs.
   */
  reach?: { before: number; after: number }
  re: RegExp
  /** `matched` is the whole text of the match. */
  read(g: Record<string, string | undefined>, ctx: Context, matched: string): Reading | null
}

const B = "(?<![\\w'’-])"
const E = '(?![\\w-])'
const MOD =
  '(?:(?:more|less|fewer)\\s+than|nearly|almost|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|well\\s+over|well\\s+under|a\\s+little\\s+(?:more|less)\\s+than|upwards\\s+of)'
const YEAR4 = '(?:1[0-9]{3}|20[0-9]{2})'
/** "a second betrayal", "a second group": the ordinal before a noun, not a unit of time. */
const ORDINAL_SECOND =
  '(?!(?<=\\bsecond)\\s+(?!(?:later|earlier|ago|or|and|before|after|of|in|to|longer|more|too|left|passed|apart|behind|each|per|the|a|an)\\b)[a-z])'
const SPELLED_TENS = '(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)'
const SPELLED_UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)'
const SPELLED_YEAR = `(?:nineteen|eighteen|twenty)[\\s-]+(?:${SPELLED_TENS}(?:[\\s-]+${SPELLED_UNITS})?|hundred|oh[\\s-]+${SPELLED_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?${SPELLED_UNITS})?`
const DAY_NUM = '(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?'

function spelledYear(words: string): number | null {
  const w = words.toLowerCase().replace(/^the\s+year\s+/, '')
  if (/^two\s+thousand/.test(w)) {
    const rest = w.replace(/^two\s+thousand(\s+and)?\s*/, '')
    return 2000 + (rest ? (numberOf(rest) ?? 0) : 0)
  }
  const [head, ...tail] = w.split(/[\s-]+/)
  const century = { nineteen: 1900, eighteen: 1800, twenty: 2000 }[head as 'nineteen']
  if (century === undefined) return null
  const rest = tail.filter((t) => t !== 'oh').join(' ')
  if (rest === 'hundred') return century
  const n = numberOf(rest)
  return n === null ? null : century + n
}

function yearOf(g: Record<string, string | undefined>, key = 'year'): number | null {
  const y = g[key]
  if (!y) return null
  if (/^\d+$/.test(y)) return Number(y)
  if (/^'\d\d$/.test(y)) return 1900 + Number(y.slice(1))
  return spelledYear(y)
}

/** Nouns of awards and rankings: "the player of the year" names no time. */
const AWARD = String.raw`\b(?:man|woman|person|player|coach|rookie|athlete|car|album|song|book|film|movie|team)`
const date = (value: string): Reading => ({ type: 'DATE', value })
const anchoredDate = (value: string | null): Reading =>
  value ? { type: 'DATE', value, anchored: true } : UNRESOLVED
const needDct = (ctx: Context): Ymd | null => ctx.dct
/** The reference time when it is a day ("2021-10-18"), else null. */
const dayRef = (ctx: Context): Ymd | null =>
  ctx.ref && /^\d{4}-\d{2}-\d{2}$/.test(ctx.ref) ? parseDay(ctx.ref) : null

/**
 * The day a month and day name: in the year the text gives, else the occurrence the DCT and the
 * tense point to; null when there is neither a year nor a DCT.
 */
function namedDay(
  g: Record<string, string | undefined>,
  ctx: Context,
  month: number,
  day: number,
  ended = false
): Ymd | null {
  const year = yearOf(g)
  if (year !== null) return { y: year, m: month, d: day }
  const dct = needDct(ctx)
  if (!dct) return null
  return ended ? latestMonthDay(month, day, dct) : resolveMonthDay(month, day, dct, ctx.tense)
}

/** "March 22", "Sept. 22nd, 2013": the day; `ended` when it is the day a period ended. */
function monthDayReading(
  g: Record<string, string | undefined>,
  ctx: Context,
  ended: boolean
): Reading | null {
  const month = monthOf(g['mon']!)
  const day = /^\d/.test(g['day']!) ? parseInt(g['day']!, 10) : ordinalOf(g['day']!)
  if (!month || !day || day < 1 || day > 31) return null
  if (/^may$/i.test(g['mon']!) && !g['year'] && g['mon'] !== 'May') return null
  const named = namedDay(g, ctx, month, day, ended)
  return named ? date(fmtDay(named)) : UNRESOLVED
}

/**
 * The year of the reference time when it is not after the DCT's: the year a text narrates ("In
 * 2014 … later in the year"). A year ahead is a forecast ("by 1992 it intends …"), which does not
 * make "the year" of a report that year.
 */
function narratedYear(ref: string | null, dct: Ymd): string | null {
  if (!ref || !/^\d{4}/.test(ref)) return null
  return Number(ref.slice(0, 4)) <= dct.y ? ref.slice(0, 4) : null
}

/** The base for "a year earlier", "the following day": the reference time, else the DCT. */
function refOrDct(ctx: Context): string | null {
  return ctx.ref ?? (ctx.dct ? fmtDay(ctx.dct) : null)
}

function shiftUnit(unit: string): Unit | null {
  if (unit === 'night') return 'day'
  if (unit === 'fortnight') return 'week'
  return ['day', 'week', 'month', 'quarter', 'year', 'decade', 'century'].includes(unit)
    ? (unit as Unit)
    : null
}

/**
 * Moves the reference time by n units. A quarter stays a quarter ("a year earlier" of 1989-Q3 is
 * 1988-Q3); otherwise the result is as fine as the unit (a year earlier of 1998-02-06 is 1997).
 */
function shiftRef(ref: string, unit: string, n: number): string | null {
  const u = shiftUnit(unit)
  if (!u) return null
  // A day after "2014" is no day at all: the reference must be at least as fine as the step.
  const fine = /^\d{4}-\d{2}-\d{2}/.test(ref)
    ? 0
    : /^\d{4}-W\d{2}/.test(ref)
      ? 1
      : /^\d{4}-\d{2}$/.test(ref)
        ? 2
        : 3
  const step = u === 'day' ? 0 : u === 'week' ? 1 : u === 'month' ? 2 : 3
  if (fine > step && !(step === 3 || (u === 'month' && /^\d{4}-Q\d$/.test(ref)))) return null
  const moved = shiftValue(ref, u, n)
  if (!moved) return null
  if (/^\d{4}-Q\d$/.test(moved) && (u === 'year' || u === 'quarter')) return moved
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(moved)
  if (!m) return moved
  if (u === 'year') return m[1]!
  if (u === 'decade') return m[1]!.slice(0, 3)
  if (u === 'month') return m[2] ? `${m[1]}-${m[2]}` : moved
  return moved
}

/** A quarter value within a year before the DCT (or the DCT's own): what a report is about. */
function isRecentQuarter(ref: string | null, dct: Ymd): boolean {
  const m = ref ? /^(\d{4})-Q([1-4])$/.exec(ref) : null
  if (!m) return false
  const diff = dct.y * 4 + quarterOf(dct) - (Number(m[1]) * 4 + Number(m[2]))
  return diff >= 0 && diff <= 4
}

export const RULES: Rule[] = [
  // ── Times of day ────────────────────────────────────────────────────────────────────────────────
  {
    name: 'clock time with day',
    cues: CUE.clock,
    reach: { before: 32, after: 48 },
    re: new RegExp(
      `${B}(?:(?<mod>around|approximately)\\s+)?(?<h>[01]?\\d|2[0-3])(?::(?<min>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am|pm)(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|MST|MDT|GMT|UTC|local\\s+time))?(?:,?\\s+(?:(?<wd>${WEEKDAY_RE})|(?<rel>today|tonight|yesterday|tomorrow)|(?<mon>${MONTH_RE})\\s+(?<day>${DAY_NUM})))?${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      let h = Number(g['h'])
      const pm = /^p/i.test(g['ampm']!)
      if (h > 12) return null
      if (pm && h < 12) h += 12
      if (!pm && h === 12) h = 0
      // A clock time with no day of its own is on the day the text is talking about.
      let day: Ymd =
        (ctx.ref && /^\d{4}-\d{2}-\d{2}$/.test(ctx.ref) ? parseDay(ctx.ref) : null) ?? dct
      if (g['wd']) day = resolveWeekday(weekdayOf(g['wd'])!, dct, ctx.tense, '')
      else if (g['rel'])
        day = addDays(
          dct,
          { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[g['rel'].toLowerCase() as 'today']
        )
      else if (g['mon'])
        day = resolveMonthDay(monthOf(g['mon'])!, parseInt(g['day']!, 10), dct, ctx.tense)
      const hh = String(h).padStart(2, '0')
      return { type: 'TIME', value: `${fmtDay(day)}T${hh}:${g['min'] ?? '00'}` }
    }
  },
  {
    name: 'noon or midnight with day',
    cues: CUE.dayword,
    reach: { before: 16, after: 28 },
    needs: ['noon', 'midnight'],
    re: new RegExp(
      `${B}(?<what>noon|midnight)(?:\\s+(?<wd>${WEEKDAY_RE})|\\s+(?<rel>today|yesterday|tomorrow))${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      const day = g['wd']
        ? resolveWeekday(weekdayOf(g['wd'])!, dct, ctx.tense, '')
        : addDays(dct, { today: 0, yesterday: -1, tomorrow: 1 }[g['rel']!.toLowerCase() as 'today'])
      return {
        type: 'TIME',
        value: `${fmtDay(day)}T${g['what']!.toLowerCase() === 'noon' ? '12:00' : '24:00'}`
      }
    }
  },
  {
    name: 'part of a named day',
    cues: CUE.weekday | CUE.dayword,
    reach: { before: 24, after: 16 },
    needs: ['morning', 'afternoon', 'evening', 'night'],
    re: new RegExp(
      `${B}(?:(?<early>early|late|mid)[\\s-]+)?(?:(?<wd>${WEEKDAY_RE})|(?<rel>yesterday|today|tomorrow))\\s+(?<part>${PART_OF_DAY_RE})${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      if (g['wd'] && /s$/i.test(g['wd'])) {
        return {
          type: 'SET',
          value: `XXXX-WXX-${weekdayOf(g['wd'])}T${PARTS_OF_DAY[g['part']!.toLowerCase()]}`
        }
      }
      const day = g['wd']
        ? resolveWeekday(weekdayOf(g['wd'])!, dct, ctx.tense, '')
        : addDays(dct, { today: 0, yesterday: -1, tomorrow: 1 }[g['rel']!.toLowerCase() as 'today'])
      return { type: 'TIME', value: `${fmtDay(day)}T${PARTS_OF_DAY[g['part']!.toLowerCase()]}` }
    }
  },
  {
    name: 'this morning, tonight, last night',
    cues: CUE.dayword | CUE.dayUnit, // "mid-day" holds no day word, only the unit
    reach: { before: 28, after: 16 },
    re: new RegExp(
      `${B}(?:(?<later>later|earlier)\\s+)?(?:(?<this>this|last|tomorrow|yesterday)\\s+(?<part>${PART_OF_DAY_RE})|(?<tonight>tonight|overnight)|(?<mid>mid[\\s-]?(?:morning|afternoon|day)))${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      if (g['tonight']) return { type: 'TIME', value: `${fmtDay(dct)}TNI` }
      if (g['mid']) {
        const part = /morning/i.test(g['mid']) ? 'MO' : /afternoon/i.test(g['mid']) ? 'AF' : 'MI'
        return { type: 'TIME', value: `${fmtDay(dct)}T${part}` }
      }
      const which = g['this']!.toLowerCase()
      const part = PARTS_OF_DAY[g['part']!.toLowerCase()]!
      const offset =
        which === 'last'
          ? part === 'NI'
            ? -1
            : -1
          : which === 'yesterday'
            ? -1
            : which === 'tomorrow'
              ? 1
              : 0
      return { type: 'TIME', value: `${fmtDay(addDays(dct, offset))}T${part}` }
    }
  },

  // ── Full calendar dates ─────────────────────────────────────────────────────────────────────────
  {
    name: 'the week of a date',
    cues: CUE.month,
    reach: { before: 24, after: 32 },
    needs: ['week'],
    re: new RegExp(
      `${B}the\\s+week\\s+of\\s+(?<mon>${MONTH_RE})\\s+(?<day>${DAY_NUM})(?:,?\\s+(?<year>${YEAR4}))?${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const month = monthOf(g['mon']!)
      const day = parseInt(g['day']!, 10)
      if (!month || day < 1 || day > 31) return null
      const named = namedDay(g, ctx, month, day)
      return named ? date(fmtWeek(named)) : UNRESOLVED
    }
  },
  {
    // "the year ended March 31": the day a period ended, so not after the DCT. It comes before
    // 'month day year', which reads the same span and loses the tie to the earlier rule.
    name: 'month day after ended',
    cues: CUE.month,
    reach: { before: 24, after: 48 },
    needs: ['ended'],
    re: new RegExp(
      `(?<=\\bended\\s+)(?<mon>${MONTH_RE})\\s+(?<day>${DAY_NUM}|${ORDINAL_RE})(?:,?\\s+(?<year>${YEAR4}|'\\d\\d))?(?![\\w-]|,\\d)`,
      'gi'
    ),
    read: (g, ctx) => monthDayReading(g, ctx, true)
  },
  {
    name: 'month day year',
    cues: CUE.month,
    reach: { before: 40, after: 48 },
    re: new RegExp(
      `${B}(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:(?<part>early|late|mid)[\\s-]+)?(?<mon>${MONTH_RE})\\s+(?<day>${DAY_NUM}|${ORDINAL_RE})(?:,?\\s+(?<year>${YEAR4}|'\\d\\d))?(?![\\w-]|,\\d)`,
      'gi'
    ),
    read: (g, ctx) => monthDayReading(g, ctx, false)
  },
  {
    // "April 24 and 25": the second day is a date of its own, in the same month.
    name: 'second day of a pair',
    cues: CUE.month,
    reach: { before: 32, after: 48 },
    needs: ['and', 'or'],
    re: new RegExp(
      `(?<=${B}(?<mon>${MONTH_RE})\\s+${DAY_NUM}\\s+(?:and|or)\\s+)(?<day>${DAY_NUM})(?:,?\\s+(?<year>${YEAR4}))?(?![\\w-]|,\\d)`,
      'gi'
    ),
    read: (g, ctx) => {
      const month = monthOf(g['mon']!)
      const day = parseInt(g['day']!, 10)
      if (!month || day < 1 || day > 31) return null
      if (/^may$/i.test(g['mon']!) && g['mon'] !== 'May') return null
      const named = namedDay(g, ctx, month, day)
      return named ? date(fmtDay(named)) : UNRESOLVED
    }
  },
  {
    name: 'day month year',
    cues: CUE.month,
    reach: { before: 48, after: 24 },
    re: new RegExp(
      `${B}(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(?<day>${DAY_NUM}|${ORDINAL_RE})(?:\\s+of)?\\s+(?<mon>${MONTH_RE})(?:,?\\s+(?<year>${YEAR4}))?${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const month = monthOf(g['mon']!)
      const day = /^\d/.test(g['day']!) ? parseInt(g['day']!, 10) : ordinalOf(g['day']!)
      if (!month || !day || day < 1 || day > 31) return null
      if (/^(may|march)$/i.test(g['mon']!) && !g['year'] && !/^\d/.test(g['day']!)) return null
      const named = namedDay(g, ctx, month, day)
      return named ? date(fmtDay(named)) : UNRESOLVED
    }
  },
  {
    name: 'numeric date',
    cues: CUE.numeric,
    reach: { before: 12, after: 24 },
    re: /(?<![\w/.-])(?:(?<iy>\d{4})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\d|3[01])|(?<um>0?[1-9]|1[0-2])\/(?<ud>0?[1-9]|[12]\d|3[01])\/(?<uy>\d{4}|\d{2}))(?![\w/-]|\.\d)/g,
    read: (g) => {
      if (g['iy']) return date(`${g['iy']}-${g['im']}-${g['id']}`)
      let y = Number(g['uy'])
      if (g['uy']!.length === 2) y += y < 50 ? 2000 : 1900
      return date(fmtDay({ y, m: Number(g['um']), d: Number(g['ud']) }))
    }
  },
  {
    name: 'month year',
    cues: CUE.month,
    reach: { before: 40, after: 48 },
    re: new RegExp(
      `${B}(?:(?:the\\s+)?(?<part>early|late|mid|middle\\s+of|end\\s+of|beginning\\s+of|start\\s+of)[\\s-]+)?(?<mon>${MONTH_RE})(?:\\s+of)?,?\\s+(?<year>${YEAR4}|${SPELLED_YEAR}|'\\d\\d)${E}`,
      'gi'
    ),
    read: (g) => {
      const month = monthOf(g['mon']!)
      const year = yearOf(g)
      return month && year !== null ? date(fmtMonth(year, month)) : null
    }
  },
  {
    name: 'May or March after a preposition, or before a noun',
    cues: CUE.month,
    reach: { before: 20, after: 24 },
    needs: ['may', 'march'],
    // "in March"; "the May elections", "the March accession" (but not "the March of Dimes").
    re: /(?<=\b(?:in|since|until|till|by|from|through|during|before|after|of)\s)(?<mon>May|March)(?![\w-])|(?<=\b[Tt]he\s)(?<mon2>May|March)(?=\s+(?!of\b|to\b|and\b|on\b|in\b)[a-z]{3,})/g,
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      const month = monthOf((g['mon'] ?? g['mon2'])!)!
      return date(fmtMonth(resolveMonth(month, dct, ctx.tense, ''), month))
    }
  },
  {
    name: 'month with relative year',
    cues: CUE.month,
    reach: { before: 12, after: 28 },
    needs: ['year'],
    re: new RegExp(`${B}(?<mon>${MONTH_RE})\\s+(?<rel>this|last|next)\\s+year${E}`, 'gi'),
    read: (g, ctx) => {
      const dct = needDct(ctx)
      const month = monthOf(g['mon']!)
      if (!month) return null
      if (!dct) return UNRESOLVED
      const y = dct.y + { this: 0, last: -1, next: 1 }[g['rel']!.toLowerCase() as 'this']
      return date(fmtMonth(y, month))
    }
  },
  {
    name: 'month alone',
    cues: CUE.month,
    reach: { before: 40, after: 16 },
    re: new RegExp(
      `${B}(?:(?:the\\s+)?(?<part>early|late|mid|middle\\s+of|end\\s+of|beginning\\s+of|start\\s+of)[\\s-]+)?(?:(?<rel>last|this|next|this\\s+coming|past)\\s+)?(?<mon>${MONTH_RE})${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const word = g['mon']!
      const month = monthOf(word)
      if (!month) return null
      // "may" and "march" are verbs far more often than months: only capitalised, with a cue.
      if (
        /^(may|march)$/i.test(word) &&
        (word[0] !== word[0]!.toUpperCase() || (!g['rel'] && !g['part']))
      )
        return null
      if (/^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i.test(word)) return null
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      return date(fmtMonth(resolveMonth(month, dct, ctx.tense, g['rel'] ?? ''), month))
    }
  },

  // ── Years, decades, centuries, quarters, halves, seasons ────────────────────────────────────────
  {
    name: 'year with part or fiscal',
    cues: CUE.year | CUE.spelled,
    reach: { before: 40, after: 32 },
    needs: [
      'early',
      'late',
      'mid',
      'post',
      'pre',
      'end',
      'beginning',
      'start',
      'spring',
      'summer',
      'fall',
      'autumn',
      'winter',
      'fiscal',
      'calendar',
      'year',
      'fy'
    ],
    re: new RegExp(
      `${B}(?:(?:the\\s+)?(?<part>early|late|mid|post|pre|middle\\s+of|end\\s+of|beginning\\s+of|start\\s+of|spring\\s+of|summer\\s+of|fall\\s+of|autumn\\s+of|winter\\s+of)[\\s-]+|(?<fiscal>(?:the\\s+)?fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year|FY)\\s*)(?<year>${YEAR4}|${SPELLED_YEAR})${E}`,
      'gi'
    ),
    read: (g) => {
      const year = yearOf(g)
      if (year === null) return null
      const season = g['part'] && /^(spring|summer|fall|autumn|winter)/i.exec(g['part'])
      return date(season ? `${fmtYear(year)}-${SEASONS[season[1]!.toLowerCase()]}` : fmtYear(year))
    }
  },
  {
    name: 'the YEAR period',
    cues: CUE.year,
    reach: { before: 16, after: 28 },
    re: new RegExp(
      `${B}the\\s+(?<year>${YEAR4})\\s+(?<unit>period|quarter|season|fiscal\\s+year|year)${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const year = yearOf(g)!
      // "the 1988 quarter" in a report on a quarter is that quarter of 1988.
      if (/period|quarter/i.test(g['unit']!) && ctx.dct && isRecentQuarter(ctx.ref, ctx.dct)) {
        return date(`${fmtYear(year)}-${ctx.ref!.slice(5)}`)
      }
      return date(fmtYear(year))
    }
  },
  {
    name: 'year alone',
    cues: CUE.year,
    reach: { before: 16, after: 24 },
    re: new RegExp(
      `(?<![\\w$£€#.,/:-])(?<year>${YEAR4})(?![\\w%/]|[.,:]\\d|-\\d|\\s*(?:%|percent|feet|meters|miles|people|points))`,
      'g'
    ),
    read: (g) => date(g['year']!)
  },
  {
    name: 'spelled year',
    cues: CUE.spelled,
    reach: { before: 24, after: 32 },
    re: new RegExp(`${B}(?<year>${SPELLED_YEAR})${E}`, 'gi'),
    read: (g) => {
      const year = yearOf(g)
      return year !== null && year >= 1800 ? date(fmtYear(year)) : null
    }
  },
  {
    name: 'decade',
    cues: CUE.decade | CUE.year,
    reach: { before: 32, after: 16 },
    needs: ['0s', "0's", 'ties'],
    re: new RegExp(
      `${B}(?:the\\s+)?(?:(?<part>early|late|mid)[\\s-]+)?(?:(?<dec>1[0-9]{2}|20[0-9])0'?s|'(?<short>\\d)0s|(?:(?<century>nineteen|eighteen)[\\s-]+)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`,
      'gi'
    ),
    read: (g) => {
      if (g['dec']) return date(g['dec'])
      if (g['short']) return date(`19${g['short']}`)
      const tens = {
        twenties: 2,
        thirties: 3,
        forties: 4,
        fifties: 5,
        sixties: 6,
        seventies: 7,
        eighties: 8,
        nineties: 9
      }[g['word']!.toLowerCase() as 'twenties']
      const century = g['century']?.toLowerCase() === 'eighteen' ? 18 : 19
      return date(`${century}${tens}`)
    }
  },
  {
    name: 'century',
    cues: CUE.century,
    reach: { before: 40, after: 16 },
    needs: ['century'],
    re: new RegExp(
      `${B}(?:the\\s+)?(?:(?<part>early|late|mid)[\\s-]+)?(?<n>${ORDINAL_RE})[\\s-]+century${E}`,
      'gi'
    ),
    read: (g) => {
      const n = ordinalOf(g['n']!)
      return n && n > 0 ? date(String(n - 1).padStart(2, '0')) : null
    }
  },
  {
    name: 'quarter',
    cues: CUE.quarter,
    reach: { before: 48, after: 32 },
    re: new RegExp(
      `${B}(?:(?<det>the|this|last|next|this\\s+year's|last\\s+year's|next\\s+year's|(?<yearPre>${YEAR4})'?s?)\\s+(?![\\w-]+-quarter))?(?:(?<adj>fiscal|calendar|flat|strong|weak|latest|current|year-ago|year-earlier|same|comparable|previous|prior|final|recent|most\\s+recent|just-ended|just\\s+ended)\\s+)?(?:(?<yearMid>${YEAR4})\\s+)?(?:fiscal\\s+)?(?<n>first|second|third|fourth|1st|2nd|3rd|4th)(?:[\\s-]+fiscal)?[\\s-]+quarter(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<yearPost>${YEAR4}))?${E}|${B}Q(?<q>[1-4])(?:\\s+|[\\s-]?'?)(?<yearQ>${YEAR4}|\\d{2})?${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const q = g['q']
        ? Number(g['q'])
        : { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[
            g['n']!.toLowerCase() as 'first'
          ]
      const explicit = g['yearPre'] ?? g['yearMid'] ?? g['yearPost'] ?? g['yearQ']
      let year: number | null = explicit
        ? Number(explicit.length === 2 ? `20${explicit}` : explicit)
        : null
      if (year === null) {
        const dct = needDct(ctx)
        if (!dct) return UNRESOLVED
        year = dct.y
        const det = (g['det'] ?? '').toLowerCase()
        if (/last/.test(det)) year -= 1
        else if (/next/.test(det)) year += 1
        else if (q! > quarterOf(dct) && ctx.tense !== 'future') year -= 1
        if (/year-ago|year-earlier/i.test(g['adj'] ?? '')) year -= 1
      }
      return date(fmtQuarter(year, q!))
    }
  },
  {
    name: 'the latest quarter',
    cues: CUE.quarter,
    reach: { before: 48, after: 16 },
    re: new RegExp(
      `${B}(?:the|this|last|next|that|(?<yr>this|last)\\s+year's)\\s+(?:(?<adj>latest|current|recent|most\\s+recent|year-ago|year-earlier|previous|prior|same|comparable|just-ended|fiscal)\\s+)?(?:fiscal\\s+)?(?<unit>quarter|period)${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      const text = `${g['adj'] ?? ''} ${g['yr'] ?? ''}`.toLowerCase()
      if (g['unit']!.toLowerCase() === 'period' && !g['adj']) return null
      // "the current quarter" is the one under way, not the last one reported.
      if (text.trim() === 'current') return date(valueAt(dct, 'quarter'))
      const base =
        !/latest|recent|just/.test(text) && isRecentQuarter(ctx.ref, dct)
          ? ctx.ref!
          : latestQuarter(dct)
      if (/year-ago|year-earlier|last/.test(text)) return date(shiftValue(base, 'year', -1)!)
      return date(base)
    }
  },
  {
    name: 'half',
    cues: CUE.half,
    reach: { before: 24, after: 32 },
    re: new RegExp(
      // "the last half of 1989" is its second half (with "of" only: "the last half hour" is not).
      `${B}(?:the\\s+)?(?:(?<n>first|second|1st|2nd)[\\s-]+half(?:\\s+of\\s+(?:(?<rel>this|last|next)\\s+year|(?<year>${YEAR4})))?|(?<n2>last)\\s+half\\s+of\\s+(?:(?<rel2>this|last|next)\\s+year|(?<year2>${YEAR4})))${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const half = g['n'] && /^(first|1st)$/i.test(g['n']) ? 1 : 2
      const rel = g['rel'] ?? g['rel2']
      let year = g['year2'] ? Number(g['year2']) : yearOf(g)
      if (year === null) {
        if (!ctx.dct) return UNRESOLVED
        year = ctx.dct.y + (rel ? { this: 0, last: -1, next: 1 }[rel.toLowerCase() as 'this'] : 0)
      }
      return date(`${fmtYear(year)}-H${half}`)
    }
  },
  {
    name: 'season',
    cues: CUE.season,
    reach: { before: 32, after: 40 },
    re: new RegExp(
      `${B}(?:(?<rel>last|this|next|this\\s+past|this\\s+coming|early|late|the)\\s+)?(?:(?<part>early|late|mid)[\\s-]+)?(?<season>${SEASON_RE})(?:\\s+(?:of\\s+)?(?<year>${YEAR4}|${SPELLED_YEAR}))?${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const code = SEASONS[g['season']!.toLowerCase()]!
      const year = yearOf(g)
      if (year !== null) return date(`${fmtYear(year)}-${code}`)
      const dct = needDct(ctx)
      const rel = (g['rel'] ?? '').toLowerCase()
      if (!rel || rel === 'early' || rel === 'late') return null
      if (!dct) return UNRESOLVED
      const order = ['WI', 'SP', 'SU', 'FA']
      const now = order.indexOf(valueAt(dct, 'season').slice(5))
      const target = order.indexOf(code)
      let y = dct.y
      if (rel === 'last' || rel === 'this past') y -= target >= now ? 1 : 0
      else if (rel === 'next' || rel === 'this coming') y += target <= now ? 1 : 0
      else if (rel === 'the') {
        if (ctx.tense === 'past' && target > now) y -= 1
        else if (ctx.tense === 'future' && target < now) y += 1
      }
      return date(`${fmtYear(y)}-${code}`)
    }
  },

  // ── Relative to the DCT ─────────────────────────────────────────────────────────────────────────
  {
    name: 'today, yesterday, tomorrow',
    cues: CUE.dayword,
    reach: { before: 32, after: 32 },
    needs: ['today', 'yesterday', 'tomorrow'],
    // "today's youth", "in today's dollars": today as in nowadays, no day at all.
    re: /(?<![\w'’-])(?:(?<mod>early|late)\s+)?(?<word>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![\w-])(?!['’]s\s+(?:world|youth|society|generations?|children|kids|teenagers|young|culture|families|standards|terms|dollars|money|technology|personal|modern)\b)/gi,
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      const word = g['word']!.toLowerCase().replace(/\s+/g, ' ')
      const offset = {
        today: 0,
        yesterday: -1,
        tomorrow: 1,
        'the day before yesterday': -2,
        'the day after tomorrow': 2
      }[word as 'today']
      return date(fmtDay(addDays(dct, offset)))
    }
  },
  {
    name: 'weekday',
    cues: CUE.weekday,
    reach: { before: 48, after: 48 },
    re: new RegExp(
      `${B}(?:(?:the\\s+)?day\\s+(?<shift>before|after)\\s+)?(?:(?<early>early|late)\\s+)?(?:(?<rel>last|this|next|this\\s+coming|this\\s+past|(?:the\\s+)?past|(?:the\\s+)?previous|(?:the\\s+)?following|coming|each|every)\\s+)?(?<wd>${WEEKDAY_RE})(?:,?\\s+(?<mon>${MONTH_RE})\\s+(?<day>${DAY_NUM}|${ORDINAL_RE}|eighth|ninth))?${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const wd = weekdayOf(g['wd']!)
      if (!wd) return null
      const rel = (g['rel'] ?? '').toLowerCase().replace(/\s+/g, ' ')
      if (g['shift'] && (rel === 'each' || rel === 'every' || /s$/i.test(g['wd']!))) return null
      if (rel === 'each' || rel === 'every' || /s$/i.test(g['wd']!))
        return { type: 'SET', value: `XXXX-WXX-${wd}` }
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      if (g['mon']) {
        const month = monthOf(g['mon'])
        const day = /^\d/.test(g['day']!) ? parseInt(g['day']!, 10) : ordinalOf(g['day']!)
        if (month && day) return date(fmtDay(resolveMonthDay(month, day, dct, ctx.tense)))
      }
      // "the previous Friday", "the following Monday": next to the day the text is telling of.
      const ref = rel === 'the previous' || rel === 'the following' ? dayRef(ctx) : null
      if (ref && !g['shift']) {
        const gap = (weekday(ref) - wd + 7) % 7 || 7
        return anchoredDate(fmtDay(addDays(ref, rel === 'the previous' ? -gap : 7 - gap)))
      }
      const modifier = rel === 'this coming' ? 'next' : rel === 'this past' ? 'last' : rel
      const day = resolveWeekday(wd, dct, ctx.tense, modifier)
      // "the day before last Tuesday", "the day after Thursday".
      const shift = !g['shift'] ? 0 : g['shift'].toLowerCase() === 'before' ? -1 : 1
      return date(fmtDay(addDays(day, shift)))
    }
  },
  {
    name: 'relative unit',
    cues: ANY_UNIT,
    reach: { before: 48, after: 28 },
    re: new RegExp(
      `${B}(?:(?<part>early|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|end\\s+of|mid)[\\s-]+)?(?<rel>(?:the\\s+)?(?:last|past|previous|prior|preceding)|this|next|(?:the\\s+)?coming|(?:the\\s+)?current|(?:the\\s+)?present|the\\s+same|(?:the\\s+)?following|that|the\\s+full|the)\\s+(?<unit>day|week|weekend|month|quarter|year|decade|century|fiscal\\s+year)${E}(?:(?=\\s+(?<ended>ended|ending)\\b)|)(?:(?<=(?<award>${AWARD})\\s+of\\s+the\\s+(?:full\\s+)?(?:fiscal\\s+)?year)|)`,
      'gi'
    ),
    read: (g, ctx) => {
      let rel = g['rel']!.toLowerCase().replace(/^the\s+/, '')
      const unit = g['unit']!.toLowerCase() === 'fiscal year' ? 'year' : g['unit']!.toLowerCase()
      // "for the full year" is the year itself; "the full day" and the like are no date.
      if (rel === 'full') {
        if (unit !== 'year') return null
        rel = 'the'
      }
      // "the weekend" and "this weekend" follow the tense: the rule of their own reads them.
      if (unit === 'weekend' && !g['part'] && (rel === 'the' || rel === 'this')) return null
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      if (rel === 'the' || rel === '') {
        // "the year", "the week": the one the text is about.
        if (unit === 'year' && !g['part']) {
          // "the year ended March 31" is a span of a year; "the car of the year" is no time;
          // otherwise "earlier in the year", "a high for the year" are the year the text is
          // about: the one it narrates (the reference time's), else the report's.
          if (g['ended']) return { type: 'DURATION', value: 'P1Y' }
          if (g['award']) return null
          return anchoredDate(narratedYear(ctx.ref, dct) ?? fmtYear(dct.y))
        }
        if (unit === 'week') return date(valueAt(dct, unit))
        if (unit === 'day') return null
        if (unit === 'quarter')
          return date(ctx.ref && /^\d{4}-Q\d$/.test(ctx.ref) ? ctx.ref : latestQuarter(dct))
        return date(valueAt(dct, unit))
      }
      if (rel === 'following' || rel === 'same' || rel === 'that') {
        const ref = refOrDct(ctx)
        if (!ref) return UNRESOLVED
        const moved = rel === 'following' ? shiftRef(ref, unit, 1) : shiftRef(ref, unit, 0)
        if (!moved) return null
        return anchoredDate(unit === 'year' ? moved.slice(0, 4) : moved)
      }
      const offset = /last|past|previous|prior|preceding/.test(rel)
        ? -1
        : /next|coming/.test(rel)
          ? 1
          : 0
      if (unit === 'quarter' && offset === 0) return date(valueAt(dct, 'quarter'))
      return date(valueAt(move(dct, unit, offset), unit))
    }
  },
  {
    name: 'ago, earlier, later',
    cues: ANY_UNIT,
    reach: { before: 48, after: 48 },
    needs: ['ago', 'earlier', 'later', 'before', 'after', 'from', 'hence', 'back'],
    re: new RegExp(
      `${B}(?:(?<mod>${MOD})\\s+)?(?<n>${NUMBER_RE}|several|a\\s+few|few|some|many)\\s+(?:more\\s+|full\\s+)?(?<unit>${UNIT_RE})(?:\\s+or\\s+(?:so|more))?\\s+(?<dir>ago|earlier|later|(?:before|after)(?=\\s*[,.;:)]|\\s+that\\b|\\s*$)|from\\s+now|hence|back)${E}`,
      'gi'
    ),
    read: (g, ctx) => {
      const unit = unitOf(g['unit']!)
      const n = numberOf(g['n']!)
      const dir = g['dir']!.toLowerCase()
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back' ? -1 : 1
      if (n === null) return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF')
      if (['second', 'minute', 'hour'].includes(unit)) return null
      if (dir === 'ago' || dir === 'from now' || dir === 'hence' || dir === 'back') {
        const dct = needDct(ctx)
        if (!dct) return UNRESOLVED
        const whole = Math.round(n)
        // In an earnings report "a year ago" is the quarter reported on, a year before.
        if (unit === 'year' && isRecentQuarter(ctx.ref, dct))
          return anchoredDate(shiftRef(ctx.ref!, unit, sign * whole))
        const target = move(dct, unit, sign * whole)
        return date(valueAt(target, unit === 'week' ? 'day' : unit))
      }
      // "a year earlier" of a recent quarter is that quarter a year before; otherwise the DCT's
      // year before (a report's comparison). "A year later" counts from the last date given.
      if (unit === 'year' && sign < 0 && ctx.dct && !isRecentQuarter(ctx.ref, ctx.dct)) {
        return anchoredDate(fmtYear(ctx.dct.y + sign * Math.round(n)))
      }
      const ref = refOrDct(ctx)
      if (!ref) return UNRESOLVED
      return anchoredDate(shiftRef(ref, unit, sign * Math.round(n)))
    }
  },
  {
    name: 'anchored day',
    cues: CUE.dayUnit | CUE.weekUnit | CUE.monthUnit | CUE.yearUnit | CUE.dayword,
    reach: { before: 32, after: 32 },
    needs: [
      'next',
      'following',
      'previous',
      'preceding',
      'same',
      'after',
      'before',
      'that',
      'earlier',
      'later'
    ],
    re: /(?<![\w'’-])(?:the\s+(?:next|following|previous|preceding|same)\s+(?:day|morning|night)|the\s+day\s+(?:after|before)|that\s+(?:day|week|month|year)|(?:a|one)\s+(?:day|week|month|year)\s+(?:earlier|later|(?:before|after)(?=\s*[,.;:)]|\s+that\b|\s*$)))(?![\w-])/gi,
    read: (_g, ctx, matched) => {
      const ref = refOrDct(ctx)
      if (!ref) return UNRESOLVED
      const text = matched.toLowerCase()
      const unit = /week/.test(text)
        ? 'week'
        : /month/.test(text)
          ? 'month'
          : /year/.test(text)
            ? 'year'
            : 'day'
      const n = /next|following|after|later/.test(text)
        ? 1
        : /previous|preceding|before|earlier/.test(text)
          ? -1
          : 0
      return anchoredDate(shiftRef(ref, unit, n))
    }
  },
  {
    name: 'earlier this year',
    cues: ANY_UNIT,
    reach: { before: 32, after: 16 },
    needs: ['early', 'earlier', 'late'],
    re: /(?<![\w'’-])(?:(?<part>early|late)\s+(?<rel>this|last|next)\s+(?<unit>week|month|year|quarter|decade|century)|(?:earlier|later)\s+(?<rel2>this|last|next)\s+(?<unit2>year|decade|century))(?![\w-])/gi,
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      const offset = { this: 0, last: -1, next: 1 }[
        (g['rel'] ?? g['rel2'])!.toLowerCase() as 'this'
      ]
      const unit = (g['unit'] ?? g['unit2'])!.toLowerCase()
      return date(valueAt(move(dct, unit, offset), unit))
    }
  },
  {
    name: 'year-end, year-ago',
    cues: CUE.yearUnit,
    reach: { before: 24, after: 24 },
    needs: ['end', 'year-'],
    re: /(?<![\w'’-])(?:(?<end>(?:around\s+|at\s+)?year[\s-]end)|(?<ago>year-(?:ago|earlier)))(?![\w-])/gi,
    read: (g, ctx) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      if (g['end']) return date(`${fmtYear(dct.y)}-12-31`)
      return anchoredDate(
        isRecentQuarter(ctx.ref, dct) ? shiftValue(ctx.ref!, 'year', -1) : fmtYear(dct.y - 1)
      )
    }
  },

  // ── Durations ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'duration',
    cues: ANY_UNIT,
    reach: { before: 48, after: 48 },
    re: new RegExp(
      `${B}(?:(?<mod>${MOD})\\s+)?(?:(?<det>the|each\\s+of\\s+the|all\\s+of\\s+the)\\s+)?(?:(?<rel>past|last|next|first|final|previous|coming|following|preceding|ensuing|remaining|initial|latest|same|second|third|fourth|recent)\\s+)?(?<n>${NUMBER_RE}|several|a\\s+few|few|many|some|more|the)\\s+(?:(?:more|additional|full|straight|consecutive|long|short|whole|entire|extra|successive|previous|further|or\\s+so)\\s+)?(?<unit>${UNIT_RE})(?<half>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+(?:so|more|two))?${E}(?!\\s+old\\b)(?!(?<=quarters?)\\s+of\\b)${ORDINAL_SECOND}`,
      'gi'
    ),
    read: (g) => {
      const unit = unitOf(g['unit']!)
      const raw = g['n']!.toLowerCase()
      if (raw === 'the' || raw === 'more') return null
      const n = /^(several|a few|few|many|some)$/.test(raw.replace(/\s+/g, ' '))
        ? null
        : numberOf(raw)
      if (n === null && !/^(several|a\s+few|few|many|some)$/.test(raw)) return null
      if (n !== null && n > 1 && !/s$/i.test(g['unit']!) && !/^centur/.test(g['unit']!)) {
        // "two day" is a compound adjective more often than not; still a duration.
      }
      if (unit === 'weekend') return null
      // "a minute and a half": PT1M30S.
      const amount = n !== null && g['half'] ? n + 0.5 : n
      return { type: 'DURATION', value: durationValue(amount, unit) }
    }
  },
  {
    name: 'hyphenated duration',
    cues: ANY_UNIT,
    reach: { before: 32, after: 20 },
    needs: [
      '-second',
      '-minute',
      '-hour',
      '-day',
      '-night',
      '-week',
      '-month',
      '-quarter',
      '-year',
      '-decade',
      '-century'
    ],
    re: new RegExp(
      `${B}(?<n>\\d+(?:\\.\\d+)?|${SPELLED_TENS}-${SPELLED_UNITS}|${NUMBER_RE.replace('|a|an)', ')')}|half|several)-(?<unit>second|minute|hour|day|night|week|month|quarter|year|decade|century)(?:-(?<old>old|long))?${E}`,
      'gi'
    ),
    read: (g) => {
      if (g['old']?.toLowerCase() === 'old') return null // an age, not a period
      const raw = g['n']!.toLowerCase()
      const n = raw === 'half' ? 0.5 : raw === 'several' ? null : numberOf(raw)
      if (n === null && raw !== 'several') return null
      return { type: 'DURATION', value: durationValue(n, unitOf(g['unit']!)) }
    }
  },
  {
    name: 'unit-long',
    cues: ANY_UNIT,
    reach: { before: 16, after: 20 },
    needs: ['-long'],
    re: /(?<![\w'’-])(?<unit>hour|day|week|month|year|decade|centurie|century)(?<plural>s)?-long(?![\w-])/gi,
    read: (g) => {
      const unit = unitOf(g['unit']!.toLowerCase() === 'centurie' ? 'centuries' : g['unit']!)
      return { type: 'DURATION', value: durationValue(g['plural'] ? null : 1, unit) }
    }
  },
  {
    name: 'bare plural unit',
    cues: ANY_UNIT,
    reach: { before: 32, after: 16 },
    needs: [
      'seconds',
      'minutes',
      'hours',
      'days',
      'weeks',
      'months',
      'years',
      'decades',
      'centuries'
    ],
    re: /(?<![\w'’-])(?<=(?:for|within|over|in|after|take|takes|took|taking|lasted|lasting|last|spent|spend)\s+)(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\w-])/gi,
    read: (g) => ({ type: 'DURATION', value: durationValue(null, unitOf(g['unit']!)) })
  },
  {
    name: 'recent units',
    cues: ANY_UNIT,
    reach: { before: 48, after: 16 },
    re: /(?<![\w'’-])(?:(?<which>recent|coming|past|the\s+coming|the\s+past|the\s+next\s+few|the\s+last\s+few|the\s+past\s+few|the\s+next\s+several|the\s+past\s+several|the\s+last\s+several))\s+(?<unit>days|weeks|months|years|decades|quarters)(?![\w-])/gi,
    read: (g) => {
      const which = g['which']!.toLowerCase()
      const unit = unitOf(g['unit']!)
      if (/coming/.test(which)) return date('FUTURE_REF')
      return { type: 'DURATION', value: durationValue(null, unit) }
    }
  },

  // ── Sets ────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'adverbial set',
    cues: CUE.set,
    reach: { before: 16, after: 24 },
    re: /(?<![\w'’-])(?<word>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually|twice\s+a\s+(?:day|week|month|year)|once\s+a\s+(?:day|week|month|year))(?![\w-])/gi,
    read: (g) => {
      const w = g['word']!.toLowerCase().replace(/\s+/g, ' ')
      const value =
        {
          daily: 'P1D',
          weekly: 'P1W',
          monthly: 'P1M',
          quarterly: 'P3M',
          annually: 'P1Y',
          yearly: 'P1Y',
          hourly: 'PT1H',
          nightly: 'P1D',
          biweekly: 'P2W',
          semiannually: 'P6M'
        }[w as 'daily'] ??
        (/day/.test(w) ? 'P1D' : /week/.test(w) ? 'P1W' : /month/.test(w) ? 'P1M' : 'P1Y')
      return { type: 'SET', value }
    }
  },
  {
    name: 'every unit',
    cues: CUE.set,
    reach: { before: 16, after: 48 },
    re: new RegExp(
      `${B}(?:every|each|per)\\s+(?:(?<n>${NUMBER_RE})\\s+)?(?:(?<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|season)s?|(?<season>${SEASON_RE})|(?<mon>January|February|March|April|May|June|July|August|September|October|November|December))${E}`,
      'gi'
    ),
    read: (g) => {
      if (g['season']) return { type: 'SET', value: `XXXX-${SEASONS[g['season'].toLowerCase()]}` }
      if (g['mon'])
        return { type: 'SET', value: `XXXX-${String(monthOf(g['mon'])).padStart(2, '0')}` }
      const unit = unitOf(g['unit']!)
      if (unit === 'season') return { type: 'SET', value: 'XXXX-XX' }
      if (unit === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE' }
      const n = g['n'] ? numberOf(g['n']) : 1
      return { type: 'SET', value: durationValue(n, unit) }
    }
  },

  // ── Vague references ────────────────────────────────────────────────────────────────────────────
  {
    name: 'present',
    cues: CUE.vague | CUE.dayUnit,
    reach: { before: 20, after: 32 },
    needs: ['now', 'current', 'present', 'these', "today's"],
    re: /(?<![\w'’-])(?:now|currently|current(?!\s+(?:account|accounts|affairs|assets|liabilities|events|price|prices|level|levels|rate|rates|system|law|laws|policy|policies|situation|members?|president|chairman|owner|management|employees|trend|trends|state|form))|at\s+present|the\s+present(?:\s+(?:time|day))?|nowadays|these\s+days|today's)(?![\w-])/gi,
    read: (_g, _ctx, matched) => {
      if (/today's/i.test(matched)) return null
      return date('PRESENT_REF')
    }
  },
  {
    name: 'past',
    cues: CUE.vague | CUE.dayUnit,
    reach: { before: 28, after: 32 },
    re: /(?<![\w'’-])(?:(?:more\s+|most\s+)?recently|recent(?=\s+(?:weeks|months|years|days|times|history|decades|period)\b)|the\s+past(?!\s+(?:\d|several|few|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter))|formerly|in\s+the\s+old\s+days|once\s+upon\s+a\s+time|earlier(?=\s*[,.;]))(?![\w-])/gi,
    read: () => date('PAST_REF')
  },
  {
    name: 'future',
    cues: CUE.vague | ANY_UNIT,
    reach: { before: 32, after: 24 },
    needs: ['future', 'term', 'ahead', 'coming'],
    re: /(?<![\w'’-])(?:the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|(?:the\s+)?(?:near|short)\s+term|future(?=\s+(?:quarters|years|months|periods))|in\s+the\s+years\s+ahead|(?:the\s+)?coming\s+(?:days|weeks|months|years|decades))(?![\w-])/gi,
    read: () => date('FUTURE_REF')
  },
  {
    name: 'the weekend',
    cues: CUE.weekend,
    reach: { before: 16, after: 12 },
    re: /(?<![\w'’-])(?:the|this|last|next)\s+weekend(?![\w-])/gi,
    read: (_g, ctx, matched) => {
      const dct = needDct(ctx)
      if (!dct) return UNRESOLVED
      const w = matched.toLowerCase()
      const n = /last/.test(w) ? -1 : /next/.test(w) ? 1 : 0
      if (n !== 0) return date(valueAt(move(dct, 'week', n), 'weekend'))
      // "the weekend" on a weekday: the one just past in a past-tense clause, else the coming one.
      const wd = weekday(dct)
      if (wd >= 6) return date(valueAt(dct, 'weekend'))
      return date(valueAt(ctx.tense === 'past' ? addDays(dct, -wd) : dct, 'weekend'))
    }
  },
  {
    name: 'holiday',
    cues: CUE.holiday | CUE.dayUnit,
    reach: { before: 24, after: 32 },
    re: new RegExp(
      `${B}(?<name>Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's\\s+(?:Day|Eve)|Thanksgiving(?:\\s+Day)?|Independence\\s+Day|Halloween|Valentine's\\s+Day|Easter(?:\\s+Sunday)?|Memorial\\s+Day|Labor\\s+Day|Election\\s+Day)(?:,?\\s+(?<year>${YEAR4}))?${E}`,
      'g'
    ),
    read: (g, ctx) => {
      const explicit = yearOf(g)
      const dct = ctx.dct
      if (explicit === null && !dct) return UNRESOLVED
      const name = g['name']!.toLowerCase().replace(/\s+/g, ' ')
      // Without a year, the occurrence nearest the DCT.
      const pick = (dayIn: (y: number) => Ymd): Ymd =>
        explicit !== null
          ? dayIn(explicit)
          : resolveMonthDay(dayIn(dct!.y).m, dayIn(dct!.y).d, dct!, ctx.tense)
      const fixed: Record<string, [number, number]> = {
        christmas: [12, 25],
        'christmas day': [12, 25],
        'christmas eve': [12, 24],
        "new year's day": [1, 1],
        "new year's eve": [12, 31],
        'independence day': [7, 4],
        halloween: [10, 31],
        "valentine's day": [2, 14]
      }
      const f = fixed[name]
      if (f) return date(fmtDay(pick((y) => ({ y, m: f[0], d: f[1] }))))
      if (name.startsWith('thanksgiving')) {
        // The fourth Thursday of November.
        const thanksgiving = (y: number): Ymd => {
          const nov1 = { y, m: 11, d: 1 }
          return addDays(nov1, ((4 - weekday(nov1) + 7) % 7) + 21)
        }
        const approx = pick(thanksgiving)
        return date(fmtDay(thanksgiving(approx.y)))
      }
      if (name === 'election day') {
        // US: the Tuesday after the first Monday of November.
        const election = (y: number): Ymd => {
          const nov1 = { y, m: 11, d: 1 }
          return addDays(nov1, ((1 - weekday(nov1) + 7) % 7) + 1)
        }
        return date(fmtDay(election(pick(election).y)))
      }
      return null
    }
  }
]
