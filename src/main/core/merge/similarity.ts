/**
 * How alike two events are, and whether they may be the same event at all.
 *
 * Each event is reduced once to a `Profile` (interned, sorted token ids), then compared pairwise:
 *
 * Hard constraints (any failure → never the same event):
 * - no shared article (one article tells each event once);
 * - time: intervals overlap, or two day-precise dates at most one day apart (wire copy filed in
 *   another time zone, "yesterday" vs the date); a coarse date containing a much finer one (the
 *   year 2014 vs March 2014) also needs near-identical wording, see `MIN_FULL_SIM_*`;
 * - quantities must not contradict: both tell numbers and none is shared ("eight diplomats" vs
 *   "four diplomats");
 * - actors: both have actors and none matches (after alias folding, and "Lavrov" matches
 *   "Sergei Lavrov") → apart, unless the whole wording is near-identical (`ACTOR_OVERRIDE`).
 *
 * Score (0‥1) of a compatible pair:
 *   score = WORD_WEIGHT · wordSim + ENTITY_WEIGHT · entitySim − (names differ ? NAME_PENALTY : 0)
 * - wordSim: cosine of the content-word sets (what happened: verbs, objects, quantities), the best
 *   of title-vs-title and quote-vs-quote;
 * - entitySim: overlap coefficient |A∩B| / min(|A|,|B|) of the names (actors, places and
 *   capitalised words); one report naming more people than another is not evidence against it.
 *   When either side names nobody the score is wordSim alone;
 * - penalty: the names that open the title ("NATO expelled…" vs "Russia expelled…"), or all the
 *   names, are known on both sides and disjoint: a strong sign of two different acts sharing a
 *   vocabulary ("The ambassador was recalled" told of Germany and of Japan).
 * Merge when score ≥ THRESHOLD (+ ADJACENT_DAY_EXTRA when the days differ by one).
 *
 * Why these numbers: in a focused corpus most events of one day share their actors, so names alone
 * must not merge: identical names with no word in common score 0.4 < 0.55 ("NATO expelled eight
 * Russian diplomats" vs "NATO suspended military cooperation with Russia"). Two reports of one
 * event share the verb and usually an object or a number, wordSim ≳ 0.4, giving ≥ 0.64 with the
 * same names ("NATO expelled eight Russian diplomats" vs "The alliance expelled eight members of
 * Russia's mission to NATO" scores 0.71). The name penalty (0.3) keeps "Germany recalled its
 * ambassador" vs "Japan recalled its ambassador" (wordSim 1, no shared name) at 0.3. A coarse date
 * needs more: "Russia annexed Crimea" (2014) vs "Russia annexed the Crimean peninsula" (March 2014)
 * has a full cosine of 0.87 ≥ 0.75, "Russia held large military exercises near Ukraine's border"
 * (2021) vs "Russia held military exercises in Belarus" (a day of 2021) only 0.63.
 * Known limit: bag-of-words cannot tell an act from the reaction to it when the reaction has no
 * named subject ("The alliance expelled eight…" vs "Russia said it would retaliate for the
 * expulsion…" scores 0.56).
 */
import type { TimelineEvent } from '../../../shared/model'
import { dayNumber } from './days'
import { analyse, fold, nameTokens, NameLexicon } from './tokens'

export const WORD_WEIGHT = 0.6
export const ENTITY_WEIGHT = 0.4
export const NAME_PENALTY = 0.3
export const THRESHOLD = 0.55
/** Dates a day apart are slightly weaker evidence than the same day. */
export const ADJACENT_DAY_EXTRA = 0.05
/** Full-wording cosine needed when one date is a week or month and the other much finer. */
export const MIN_FULL_SIM_MONTH = 0.5
/** Full-wording cosine needed when one date is a quarter, year or coarser and the other finer. */
export const MIN_FULL_SIM_YEAR = 0.75
/** Full-wording cosine above which disjoint actor lists do not keep two events apart. */
export const ACTOR_OVERRIDE = 0.8

/**
 * Per-call state shared by the passes of one merge: token strings interned as small integers
 * (so sets are sorted Int32Arrays) and each analysed text, so later passes re-read nothing.
 */
export class Vocabulary {
  /** `lexicon` must be built from text every pass sees the same (the source quotes). */
  constructor(private readonly lexicon: NameLexicon = new NameLexicon()) {}

  private readonly ids = new Map<string, number>()
  private readonly texts = new Map<string, AnalysedText>()
  private readonly names = new Map<string, string[]>()

  set(tokens: Iterable<string>): Int32Array {
    const out = new Set<number>()
    for (const t of tokens) {
      let id = this.ids.get(t)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(t, id)
      }
      out.add(id)
    }
    return Int32Array.from(out).sort()
  }

  /** `text` analysed with the names `known` (a key of the event's actors and places). */
  text(text: string, knownKey: string, known: ReadonlySet<string>): AnalysedText {
    const key = `${knownKey}\u0001${text}`
    let cached = this.texts.get(key)
    if (!cached) {
      const a = analyse(text, known, this.lexicon)
      cached = {
        view: { words: this.set(a.words), full: this.set([...a.words, ...a.names]) },
        names: a.names,
        numbers: a.numbers,
        subject: a.subject
      }
      this.texts.set(key, cached)
    }
    return cached
  }

  nameTokens(name: string): string[] {
    let cached = this.names.get(name)
    if (!cached) {
      cached = nameTokens(name)
      this.names.set(name, cached)
    }
    return cached
  }
}

interface AnalysedText {
  view: View
  names: string[]
  numbers: number[]
  subject: string[]
}

interface View {
  words: Int32Array
  /** Words and names together. */
  full: Int32Array
}

export interface Profile {
  /** False when `when.start`/`when.end` are not calendar days: such an event is never merged. */
  valid: boolean
  startDay: number
  endDay: number
  /** Days covered (1 for a day). */
  span: number
  dayPrecise: boolean
  approximate: boolean
  /** Distinct article ids of the sources, sorted. */
  articles: string[]
  title: View
  /** One per distinct source quote (the title when the event has no quote). */
  quotes: View[]
  entities: Int32Array
  subject: Int32Array
  /** Distinct quantities, sorted. */
  numbers: number[]
  /** Token sets of the actors, one per actor that has any. */
  actors: Int32Array[]
}

/** The text a source tells, without its date phrase (the date is compared separately). */
function quoteText(quote: string, dateText: string): string {
  if (!dateText) return quote
  const at = quote.indexOf(dateText)
  return at < 0 ? quote : `${quote.slice(0, at)} ${quote.slice(at + dateText.length)}`
}

export function profile(event: TimelineEvent, vocab: Vocabulary): Profile {
  const startDay = dayNumber(event.when.start)
  const endDay = dayNumber(event.when.end)
  const valid = Number.isFinite(startDay) && Number.isFinite(endDay) && endDay >= startDay

  const actorTokens = event.actors.map((a) => vocab.nameTokens(a)).filter((t) => t.length > 0)
  const placeTokens = event.places.map((p) => vocab.nameTokens(p))
  const known = new Set<string>()
  for (const name of [...event.actors, ...event.places]) {
    for (const w of fold(name).split(/[^\p{L}\d]+/u)) if (w) known.add(w)
  }
  for (const t of [...actorTokens, ...placeTokens]) for (const w of t) known.add(w)
  const knownKey = [...known].sort().join(' ')

  const entityNames: string[] = [...actorTokens.flat(), ...placeTokens.flat()]
  const numbers = new Set<number>()
  const read = (text: string): AnalysedText => {
    const a = vocab.text(text, knownKey, known)
    entityNames.push(...a.names)
    for (const n of a.numbers) numbers.add(n)
    return a
  }

  const titleText = read(event.title)
  const seen = new Set<string>()
  const quotes: View[] = []
  for (const s of event.sources) {
    const text = quoteText(s.quote, s.dateText).trim()
    if (!text || seen.has(text)) continue
    seen.add(text)
    quotes.push(read(text).view)
  }
  if (quotes.length === 0) quotes.push(titleText.view)

  return {
    valid,
    startDay,
    endDay,
    span: valid ? endDay - startDay + 1 : Number.POSITIVE_INFINITY,
    dayPrecise: valid && event.when.granularity === 'day' && startDay === endDay,
    approximate: event.when.approximate,
    articles: [...new Set(event.sources.map((s) => s.articleId))].sort(),
    title: titleText.view,
    quotes,
    entities: vocab.set(entityNames),
    subject: vocab.set(titleText.subject),
    numbers: [...numbers].sort((x, y) => x - y),
    actors: actorTokens.map((t) => vocab.set(t))
  }
}

/** |a ∩ b| for sorted id arrays. */
function intersection(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

function cosine(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  return intersection(a, b) / Math.sqrt(a.length * b.length)
}

function overlap(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  return intersection(a, b) / Math.min(a.length, b.length)
}

/** a ⊆ b for sorted id arrays. */
function subset(a: Int32Array, b: Int32Array): boolean {
  return intersection(a, b) === a.length
}

function shareArticle(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  return small.some((id) => large.includes(id))
}

function numbersContradict(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false
  return !a.some((n) => b.includes(n))
}

function actorsMatch(a: readonly Int32Array[], b: readonly Int32Array[]): boolean {
  if (a.length === 0 || b.length === 0) return true
  return a.some((x) => b.some((y) => subset(x, y) || subset(y, x)))
}

/** Best similarity between any view of `a` and any view of `b`, for one field of the view. */
function bestCosine(a: Profile, b: Profile, field: keyof View): number {
  let best = cosine(a.title[field], b.title[field])
  for (const qa of a.quotes) {
    for (const qb of b.quotes) {
      if (best >= 1) return best
      best = Math.max(best, cosine(qa[field], qb[field]))
    }
  }
  return best
}

export interface Comparison {
  /** Passes every hard constraint: the two may belong to one event. */
  compatible: boolean
  /** Compatible and similar enough to merge. */
  similar: boolean
  score: number
}

const APART: Comparison = { compatible: false, similar: false, score: 0 }

/** Time window only: may `a` and `b` be one event at all, judged by their dates? */
export function timeCompatible(a: Profile, b: Profile): boolean {
  if (!a.valid || !b.valid) return false
  if (a.dayPrecise && b.dayPrecise) return Math.abs(a.startDay - b.startDay) <= 1
  return a.startDay <= b.endDay && b.startDay <= a.endDay
}

/** The wording needed before a coarse and a finer date may be read as the same event. */
function minFullSimilarity(a: Profile, b: Profile): number {
  const longer = Math.max(a.span, b.span)
  const shorter = Math.min(a.span, b.span)
  let need = 0
  if (longer > 2 * shorter) need = longer <= 31 ? MIN_FULL_SIM_MONTH : MIN_FULL_SIM_YEAR
  if (a.approximate || b.approximate) need = Math.max(need, MIN_FULL_SIM_MONTH)
  return need
}

export function compare(a: Profile, b: Profile): Comparison {
  if (!timeCompatible(a, b)) return APART
  if (shareArticle(a.articles, b.articles)) return APART
  if (numbersContradict(a.numbers, b.numbers)) return APART

  const need = minFullSimilarity(a, b)
  const actorsOk = actorsMatch(a.actors, b.actors)
  let fullSim = -1
  if (need > 0 || !actorsOk) {
    fullSim = bestCosine(a, b, 'full')
    if (fullSim < need) return APART
    if (!actorsOk && fullSim < ACTOR_OVERRIDE) return APART
  }

  const wordSim = bestCosine(a, b, 'words')
  const hasEntities = a.entities.length > 0 && b.entities.length > 0
  const entitySim = hasEntities ? overlap(a.entities, b.entities) : 0
  const subjectsDiffer =
    a.subject.length > 0 && b.subject.length > 0 && intersection(a.subject, b.subject) === 0
  const namesDiffer = hasEntities && entitySim === 0
  const score =
    (hasEntities ? WORD_WEIGHT * wordSim + ENTITY_WEIGHT * entitySim : wordSim) -
    (subjectsDiffer || namesDiffer ? NAME_PENALTY : 0)
  const adjacent = a.dayPrecise && b.dayPrecise && a.startDay !== b.startDay
  return {
    compatible: true,
    similar: score >= THRESHOLD + (adjacent ? ADJACENT_DAY_EXTRA : 0),
    score
  }
}
