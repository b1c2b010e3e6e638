/**
 * Who and where: people, organisations, countries and places in a sentence, found from
 * capitalised runs of words, a gazetteer of countries and cities, organisation words and
 * titles ("Foreign Minister", "Secretary General"). Fast and predictable rather than clever: a
 * statistical NER model would be better at names and far too slow for batches.
 */
import { gazetteer } from './gazetteer'

export type EntityKind = 'person' | 'organisation' | 'country' | 'place'

export interface Entity {
  name: string
  kind: EntityKind
  /** Offsets in the sentence. */
  start: number
  end: number
}

/** Words that name an office, not a person: they are cut off the front of a name. */
export const TITLE_WORDS = new Set(
  (
    'president vice prime minister foreign defence defense interior finance secretary general chancellor ' +
    'ambassador spokesman spokeswoman spokesperson senator governor mayor king queen prince princess pope ' +
    'director chairman chairwoman chair ceo chief deputy commander leader head premier envoy judge justice ' +
    'mr mrs ms dr gen col lt sgt capt adm sir lord lady the new former acting state national security ' +
    'opposition party labour labor conservative liberal democrat republican general-secretary'
  ).split(' ')
)

/** Words that make a capitalised run an organisation. */
const ORG_WORDS =
  /\b(?:council|union|nations|organi[sz]ation|ministry|department|agency|bank|party|committee|parliament|assembly|commission|court|army|navy|forces?|authority|alliance|association|institute|university|corporation|company|group|inc|ltd|times|post|news|reuters|press|agence|government|cabinet|congress|senate|duma|kremlin|pentagon|fund|federation|office|police|service|guard|front|movement|church|club|league|foundation)\b/i

/** Sentence-initial and other capitalised words that begin no name. */
const NOT_NAMES = new Set(
  (
    'the a an but and or so thus then here there this that these those it he she they we i you his her their its our ' +
    'on in at by for from to of with after before when while as if since during meanwhile however also according ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    "september october november december today yesterday tomorrow now next last read see leave your it’s it's " +
    'what who why how where which more most many some all no not one two three'
  ).split(' ')
)

const CAPITALISED = /^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*|[A-Z]{2,}[a-z]?)$/
const CONNECTOR = /^(?:of|the|for|and|de|la|von|van|al|bin)$/

/** Demonyms that open a title ("Russian Foreign Minister"); they are not part of a name. */
export const DEMONYM = /^[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)$/

/** Abbreviations whose period does not end a name ("Mr. Smith", "Gen. Milley"). */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Adm|St|Jr|Sr|Prof|Rep|Sen|Gov|[A-Z])$/
/** Last words that make a capitalised run an event or a thing, not a person. */
const NOT_PERSON_END =
  /^(?:War|Revolution|Crisis|Summit|Games|Olympics|Cup|Prize|Award|Treaty|Agreement|Accord|Act|Bill|Day|Week|Year|Street|Square|Avenue|Road|Airport|Station|Bridge|Palace|House|Hall|Center|Centre|Hotel)$/

/** Stretches that may hold names: capitalised words, with "of the" and the like between them. */
const REGION =
  /[A-ZÀ-ÖØ-Þ][^\s]*(?:\s+(?:(?:of|the|for|and|de|la|von|van|al|bin)\s+){0,2}[A-ZÀ-ÖØ-Þ][^\s]*)*/g
const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9'’.-]*/g

/** A word without a possessive 's or trailing periods and apostrophes ("NATO's" → "NATO"). */
function bare(word: string): string {
  let end = word.length
  const last = word.charCodeAt(end - 1)
  if ((last === 115 || last === 83) && end > 2 && isApostrophe(word.charCodeAt(end - 2))) end -= 2
  while (end > 1 && (word.charCodeAt(end - 1) === 46 || isApostrophe(word.charCodeAt(end - 1))))
    end--
  return end === word.length ? word : word.slice(0, end)
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 8217
}

export function findEntities(sentence: string): Entity[] {
  const entities: Entity[] = []
  // Only the capitalised stretches are looked at word by word: most of a sentence is lower case.
  for (const region of sentence.matchAll(REGION)) {
    const words: Word[] = []
    for (const m of region[0].matchAll(WORD)) {
      const text = bare(m[0])
      const start = region.index + m.index
      words.push({ text, start, end: start + text.length })
    }
    const before = /([A-Za-zÀ-ÖØ-öø-ÿ]+)[^A-Za-zÀ-ÖØ-öø-ÿ]*$/.exec(
      sentence.slice(Math.max(0, region.index - 24), region.index)
    )
    entities.push(...namesIn(sentence, words, before ? before[1]!.toLowerCase() : ''))
  }
  return entities
}

function namesIn(sentence: string, words: Word[], previousWord: string): Entity[] {
  /** Words belong to one name only when nothing but a space (or an abbreviation's period) parts them. */
  const joined = (a: number): boolean => {
    const gap = sentence.slice(words[a]!.end, words[a + 1]!.start)
    return /^\s+$/.test(gap) || (/^\.\s+$/.test(gap) && ABBREVIATION.test(words[a]!.text))
  }
  const entities: Entity[] = []
  let i = 0
  while (i < words.length) {
    if (!CAPITALISED.test(words[i]!.text)) {
      i++
      continue
    }
    // A run of capitalised words, allowing "of", "the" … between them ("Barents Council of the …").
    let j = i + 1
    while (j < words.length && joined(j - 1)) {
      if (CAPITALISED.test(words[j]!.text)) j++
      else if (
        CONNECTOR.test(words[j]!.text) &&
        words[j + 1] &&
        joined(j) &&
        CAPITALISED.test(words[j + 1]!.text)
      )
        j += 2
      else if (
        CONNECTOR.test(words[j]!.text) &&
        words[j + 2] &&
        CONNECTOR.test(words[j + 1]!.text) &&
        joined(j) &&
        joined(j + 1) &&
        CAPITALISED.test(words[j + 2]!.text)
      )
        j += 3
      else break
    }
    const previous = i > 0 ? words[i - 1]!.text.toLowerCase() : previousWord
    entities.push(...classifyRun(words.slice(i, j), previous))
    i = j
  }
  return entities
}

type Word = { text: string; start: number; end: number }

function classifyRun(run: Word[], previous: string): Entity[] {
  const g = gazetteer()
  // Drop leading words that begin no name (sentence-initial "But", "Here").
  let k = 0
  while (k < run.length && NOT_NAMES.has(run[k]!.text.toLowerCase())) k++
  const words = run.slice(k)
  if (words.length === 0) return []
  const out: Entity[] = []
  const span = (ws: Word[]) => ({ start: ws[0]!.start, end: ws[ws.length - 1]!.end })
  const atPlace = /^(?:in|at|near|outside|across|around|inside|within)$/.test(previous)

  const whole = classifyName(words, atPlace)
  if (whole) return [whole]

  // Offices, organisations and countries before a name: "NATO Secretary General Jens Stoltenberg",
  // "Russian Foreign Minister Sergei Lavrov".
  let t = 0
  while (t < words.length - 1) {
    const w = words[t]!
    const lower = w.text.toLowerCase()
    const next = words[t + 1]!.text.toLowerCase()
    if (TITLE_WORDS.has(lower)) t++
    else if (DEMONYM.test(w.text) && TITLE_WORDS.has(next)) t++
    else if (/^[A-Z]{2,6}$/.test(w.text) || g.countries.has(lower)) {
      const named = classifyName([w], false)
      if (named) out.push(named)
      t++
    } else break
  }
  const rest = words.slice(t)
  const name = rest.map((w) => w.text).join(' ')
  const isName = (w: Word) =>
    /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+$/.test(w.text) && !TITLE_WORDS.has(w.text.toLowerCase())
  if (NOT_PERSON_END.test(rest[rest.length - 1]!.text)) return out
  if (rest.length >= 2 && rest.length <= 4 && rest.every(isName))
    out.push({ name, kind: 'person', ...span(rest) })
  else if (rest.length === 1 && t > 0 && isName(rest[0]!))
    out.push({ name, kind: 'person', ...span(rest) })
  else if (rest.length > 1) {
    const named = classifyName(rest, atPlace)
    if (named) out.push(named)
  }
  return out
}

/** A whole run as a country, region, organisation or city, or null. */
function classifyName(words: Word[], atPlace: boolean): Entity | null {
  const g = gazetteer()
  const full = words.map((w) => w.text).join(' ')
  const lower = full.toLowerCase()
  const span = { start: words[0]!.start, end: words[words.length - 1]!.end }
  const country = g.countries.get(lower)
  if (country) return { name: country, kind: atPlace ? 'place' : 'country', ...span }
  const region = g.regions.get(lower)
  if (region) return { name: region, kind: 'place', ...span }
  if (ORG_WORDS.test(full) || /^[A-Z]{2,6}$/.test(full))
    return { name: full, kind: 'organisation', ...span }
  const city = g.cities.get(lower)
  if (city && (atPlace || city.population >= 500_000))
    return { name: city.name, kind: 'place', ...span }
  return null
}

/** People introduced with an office ("Foreign Minister Sergei Lavrov"): a quick scan for sentences that tell no event. */
const TITLED_NAME =
  /\b(?:Minister|Secretary|General|President|Chancellor|Ambassador|Spokes(?:man|woman|person)|Senator|Governor|Mayor|Director|Chairman|Chairwoman|Chief|Leader|Premier|Envoy|Judge|King|Queen|Pope|Mr\.|Mrs\.|Ms\.|Dr\.)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2})\b/g

export function titledPeople(sentence: string): Entity[] {
  const out: Entity[] = []
  for (const m of sentence.matchAll(TITLED_NAME)) {
    const start = m.index + m[0].length - m[1]!.length
    out.push({ name: m[1]!, kind: 'person', start, end: start + m[1]!.length })
  }
  return out
}

/** Full names for surnames: "Stoltenberg" → "Jens Stoltenberg" once the article has named him. */
export class PeopleRegistry {
  private readonly bySurname = new Map<string, string>()

  remember(entities: Entity[]): void {
    for (const e of entities) {
      if (e.kind !== 'person') continue
      const parts = e.name.split(' ')
      if (parts.length >= 2) this.bySurname.set(parts[parts.length - 1]!, e.name)
    }
  }

  /** The capitalised single words of a sentence that are surnames of people already named. */
  resolve(sentence: string): Entity[] {
    const out: Entity[] = []
    for (const m of sentence.matchAll(/\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+\b/g)) {
      const full = this.bySurname.get(m[0])
      if (full) out.push({ name: full, kind: 'person', start: m.index, end: m.index + m[0].length })
    }
    return out
  }

  /** The surname of a person, for short headlines. */
  surname(name: string): string {
    const parts = name.split(' ')
    return parts[parts.length - 1]!
  }
}
