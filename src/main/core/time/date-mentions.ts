/**
 * A first date finder: chrono-node for the expressions it knows, plus bare years ("in 2014"),
 * which chrono leaves alone. Values are normalised to TIMEX3-style values against the document
 * creation date (DCT). The full TIMEX3 tagger (durations, sets, anchoring, vague references) is
 * its own piece of work; this finds the dated mentions a news timeline needs first.
 */
import * as chrono from 'chrono-node'
import type { Granularity, IsoDay, TimeValue } from '../../../shared/model'
import { isoDay, lastDayOfMonth, noonUtc, pad } from './calendar'

export interface DateMention {
  /** Offsets into the text given to `findDateMentions`. */
  start: number
  end: number
  text: string
  when: TimeValue
}

/** Expressions anchored to another event ("the day after"), not to the DCT: not resolved here. */
const ANCHORED = /\b(after|before|later|earlier|following|previous|prior)\b/i
const BARE_YEAR =
  /\b(?:in|since|by|during|until|till|from|of|early|late|mid-?)\s+(1[0-9]\d\d|20\d\d)\b/gi

export function findDateMentions(text: string, dct: IsoDay | null): DateMention[] {
  const mentions: DateMention[] = []
  const results = dct ? parseAt(text, dct) : absoluteOnly(text)
  for (const result of results) {
    const when = fromChrono(result.start)
    if (!when || ANCHORED.test(result.text)) continue
    const trimmed = result.text.replace(/[\s,.;:]+$/, '')
    mentions.push({ start: result.index, end: result.index + trimmed.length, text: trimmed, when })
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const year = m[1]!
    const start = m.index + m[0].length - year.length
    if (mentions.some((x) => x.start < start + 4 && start < x.end)) continue
    mentions.push({ start, end: start + 4, text: year, when: yearValue(Number(year)) })
  }
  return mentions.sort((a, b) => a.start - b.start)
}

function parseAt(text: string, day: IsoDay): chrono.ParsedResult[] {
  return chrono.parse(text, { instant: noonUtc(day), timezone: 'UTC' })
}

/**
 * Without a DCT only expressions that mean the same day whatever the reference are kept: parsed
 * against two distant references, a relative one ("two weeks ago", "Monday") moves; "22 March
 * 2013" does not. Never silently today.
 */
function absoluteOnly(text: string): chrono.ParsedResult[] {
  const other = new Map(parseAt(text, '2010-03-10').map((r) => [r.index, r.start.date().getTime()]))
  return parseAt(text, '1990-07-20').filter((r) => other.get(r.index) === r.start.date().getTime())
}

function fromChrono(c: chrono.ParsedComponents): TimeValue | null {
  const year = c.get('year')
  const month = c.get('month')
  const day = c.get('day')
  if (year === null || month === null || day === null) return null
  let granularity: Granularity
  if (c.isCertain('day') || c.isCertain('weekday')) granularity = 'day'
  else if (c.isCertain('month')) granularity = 'month'
  else if (c.isCertain('year')) granularity = 'year'
  else return null // a time of day alone ("from 20 to 10") is no date
  if (granularity === 'day') {
    const d = isoDay(year, month, day)
    return { value: d, start: d, end: d, granularity, approximate: false }
  }
  if (granularity === 'month') {
    return {
      value: `${year}-${pad(month)}`,
      start: isoDay(year, month, 1),
      end: isoDay(year, month, lastDayOfMonth(year, month)),
      granularity,
      approximate: false
    }
  }
  return yearValue(year)
}

function yearValue(year: number): TimeValue {
  return {
    value: String(year).padStart(4, '0'),
    start: isoDay(year, 1, 1),
    end: isoDay(year, 12, 31),
    granularity: 'year',
    approximate: false
  }
}
