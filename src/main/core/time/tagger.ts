/**
 * The temporal tagger: finds every temporal expression in a text and normalises it to a TIMEX3
 * type and value against the document creation date (DCT), tracking a reference time through the
 * document for anchored expressions ("a year earlier", "the following day").
 *
 * Each rule in ./rules.ts runs in the windows around the cue words it needs (./cues.ts), with
 * linear regexes; overlapping matches are resolved longest-first; then the survivors are read in
 * document order.
 */
import { parseDay, type Ymd } from './calendar-math'
import { cueTokens, cueWindows, MARGIN } from './cues'
import { RULES, type Context, type Reading } from './rules'
import { tenseAround, type Tense } from './tense'
import type { Timex } from './timex'
import { granularityOf, intervalOf } from './values'

/** A window of the text (see ./cues.ts) and where it starts. */
interface Chunk {
  start: number
  text: string
}

interface Candidate {
  start: number
  end: number
  rule: number
  groups: Record<string, string | undefined>
  /** The whole match, trailing white space and commas included. */
  matched: string
  /** The reading, when it does not depend on the tense or the reference time. */
  reading: Reading | undefined
}

/**
 * For each rule, a case-insensitive test for the literals every one of its matches contains
 * (see Rule.needs): far cheaper than the rule's own pattern on a window that has none of them.
 */
const NEEDS: (RegExp | null)[] = RULES.map((rule) =>
  rule.needs
    ? new RegExp(rule.needs.map((s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'), 'i')
    : null
)

/**
 * Which set of windows each rule runs in: rules with the same cue mask and reach share one, so
 * it is cut out of the text once. Numbered at load, so a call keeps them in a small array.
 */
const WINDOW_SET: number[] = (() => {
  const sets = new Map<string, number>()
  return RULES.map((rule) => {
    const key = `${rule.cues}/${rule.reach?.before ?? MARGIN}/${rule.reach?.after ?? MARGIN}`
    let set = sets.get(key)
    if (set === undefined) sets.set(key, (set = sets.size))
    return set
  })
})()
const WINDOW_SETS = Math.max(0, ...WINDOW_SET) + 1

/** The groups of a pattern that names none (its readers look only at the whole match). */
const NO_GROUPS: Record<string, string | undefined> = Object.freeze({})

export interface TagOptions {
  /** Run every rule over the whole text instead of around cue words (slower; the same result). */
  fullScan?: boolean
}

export function tagTimexes(text: string, dct: string | null, options: TagOptions = {}): Timex[] {
  const dctDay = parseDay(dct)
  const candidates: Candidate[] = []
  const tokens = options.fullScan ? [] : cueTokens(text)
  // Rules that share their cue words and reach share their windows, cut out of the text once.
  const chunksBySet = new Array<Chunk[] | undefined>(WINDOW_SETS)
  const whole: Chunk[] = [{ start: 0, text }]
  // The cues the text has at all: a rule with none of its own has no window, so is skipped.
  let present = 0
  for (const t of tokens) present |= t.cues
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r]!
    if (!options.fullScan && !(rule.cues & present)) continue
    const set = WINDOW_SET[r]!
    let chunks = options.fullScan ? whole : chunksBySet[set]
    if (!chunks) {
      const reach = rule.reach
      chunks = cueWindows(text, tokens, rule.cues, reach?.before, reach?.after).map((w) => ({
        start: w.start,
        text: w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end)
      }))
      chunksBySet[set] = chunks
    }
    const need = NEEDS[r]
    for (const chunk of chunks) {
      if (need && !need.test(chunk.text)) continue
      // exec with lastIndex rather than matchAll, which would clone the regex for every window.
      const re = rule.re
      re.lastIndex = 0
      for (let m = re.exec(chunk.text); m; m = re.exec(chunk.text)) {
        const matched = m[0]
        if (!matched) {
          re.lastIndex++
          continue
        }
        // Spans never keep trailing white space or punctuation a pattern let in.
        let length = matched.length
        while (length > 0 && isTrailing(matched.charCodeAt(length - 1))) length--
        if (length === 0) continue
        const start = chunk.start + m.index
        candidates.push({
          start,
          end: start + length,
          rule: r,
          groups: m.groups ?? NO_GROUPS,
          matched,
          reading: undefined
        })
      }
    }
  }

  // A first reading drops the matches that mean nothing (so they cannot shadow a shorter one).
  // Most readings need neither the tense nor the reference time: those are kept as they are.
  const probe = new ProbeContext(dctDay)
  const viable: Candidate[] = []
  for (const c of candidates) {
    probe.asked = false
    const reading = safeRead(c, probe)
    if (reading === null) continue
    if (!probe.asked) c.reading = reading
    viable.push(c)
  }
  const chosen = selectLongest(viable)

  const out: Timex[] = []
  let ref: string | null = null
  for (const c of chosen) {
    const reading: Reading | null =
      c.reading ?? safeRead(c, new LazyContext(text, c.start, c.end, dctDay, ref))
    if (!reading || reading.unresolved || !isRealDate(reading.value)) continue
    if (beforeEraBc(text, c.end)) continue
    const timex: Timex = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: reading.type,
      value: reading.value
    }
    if (reading.type === 'DATE' || reading.type === 'TIME') {
      const interval = intervalOf(reading.value, dctDay)
      if (interval) timex.interval = interval
      const day: string = reading.value.includes('T')
        ? reading.value.replace(/T.*$/, '')
        : reading.value
      if (!reading.anchored && granularityOf(day) !== null) ref = day
    }
    out.push(timex)
  }
  return out
}

/** A context that notes whether the reader asked for the tense or the reference time. */
class ProbeContext implements Context {
  asked = false

  constructor(readonly dct: Ymd | null) {}

  get tense(): Tense {
    this.asked = true
    return 'present'
  }

  get ref(): string | null {
    this.asked = true
    return null
  }
}

/**
 * The context of one candidate, whose tense is worked out only if its rule asks (weekdays, months,
 * seasons…). A class, not an object literal with a getter: V8 builds those slowly, and one is
 * made for every candidate read in context.
 */
class LazyContext implements Context {
  private known: Tense | undefined

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    readonly dct: Ymd | null,
    readonly ref: string | null
  ) {}

  get tense(): Tense {
    return (this.known ??= tenseAround(this.text, this.start, this.end))
  }
}

/**
 * "September 31" or "February 29, 2021" name no day, and "next year" said in 9999 no TIMEX3 year:
 * such a reading is dropped, not bent into another value.
 */
function isRealDate(value: string): boolean {
  if (isYearValue(value)) return true // the commonest value; it passes both tests below
  if (/^(?:-|\d{5})/.test(value)) return false // TIMEX3 years run from 0000 to 9999
  return !/^\d{4}-\d{2}-\d{2}/.test(value) || parseDay(value) !== null
}

/**
 * "1200 BC", "the 5th century B.C.E.": every reading here is a year of our era, and TIMEX3 values
 * have no years before it, so a date marked BC is left out rather than put 2,400 years off.
 * "1999 BC Place" (British Columbia) is not an era: a bare "BC" before a name does not count.
 * Lower case counts for "bce" and "b.c." (style guides write them so), not for a bare "bc".
 */
const ERA_BC =
  /^[ \t\u00a0]?(?:BCE|bce|[Bb]\.[Cc]\.(?:[Ee]\.)?|BC(?![ \t]+[A-Z][a-z]))(?![A-Za-z0-9])/

function beforeEraBc(text: string, end: number): boolean {
  return ERA_BC.test(text.slice(end, end + 16))
}

/** Four ASCII digits. */
function isYearValue(s: string): boolean {
  if (s.length !== 4) return false
  for (let k = 0; k < 4; k++) {
    const c = s.charCodeAt(k)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** White space or a comma: a span never ends with one. */
function isTrailing(c: number): boolean {
  return (
    c === 44 || c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 160
  )
}

function safeRead(c: Candidate, ctx: Context): Reading | null {
  try {
    return RULES[c.rule]!.read(c.groups, ctx, c.matched)
  } catch {
    return null
  }
}

/**
 * Longest match wins; among equals, the earlier rule. Returns the survivors in text order. Sorts
 * `candidates` in place.
 */
function selectLongest(candidates: Candidate[]): Candidate[] {
  const byLength = candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start
  )
  const accepted: Candidate[] = [] // kept sorted by start
  for (const c of byLength) {
    let lo = 0
    let hi = accepted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (accepted[mid]!.start < c.start) lo = mid + 1
      else hi = mid
    }
    const before = accepted[lo - 1]
    const after = accepted[lo]
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue
    accepted.splice(lo, 0, c)
  }
  return accepted
}
