/**
 * Who and where: people, organisations, countries and places in a sentence, found from
 * capitalised runs of words, a gazetteer of countries and cities, organisation words and
 * titles ("Foreign Minister", "Secretary General"). Fast and predictable rather than clever: a
 * statistical NER model would be better at names and far too slow for batches.
 */
import { isAllSpace, isLatinLetter, isNameInitial } from '../text/chars'
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

/** Connectors that may stand between the capitalised words of one name ("Council of the …"). */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'von', 'van', 'al', 'bin'])

/** Demonyms that open a title ("Russian Foreign Minister"); they are not part of a name. */
export const DEMONYM = /^[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)$/

/** Abbreviations whose period does not end a name ("Mr. Smith", "Gen. Milley"), or an initial. */
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Gen Col Lt Sgt Capt Adm St Jr Sr Prof Rep Sen Gov'.split(' ')
)
/** Last words that make a capitalised run an event or a thing, not a person. */
const NOT_PERSON_END =
  /^(?:War|Revolution|Crisis|Summit|Games|Olympics|Cup|Prize|Award|Treaty|Agreement|Accord|Act|Bill|Day|Week|Year|Street|Square|Avenue|Road|Airport|Station|Bridge|Palace|House|Hall|Center|Centre|Hotel)$/
/** The word before a run that makes a city a place even when it is small ("in Tromso"). */
const AT_PLACE = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'inside', 'within'])
const ACRONYM = /^[A-Z]{2,6}$/
const PERSON_NAME = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+$/

/** Stretches that may hold names: capitalised words, with "of the" and the like between them. */
const REGION =
  /[A-ZÀ-ÖØ-Þ][^\s]*(?:\s+(?:(?:of|the|for|and|de|la|von|van|al|bin)\s+){0,2}[A-ZÀ-ÖØ-Þ][^\s]*)*/g
const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9'’.-]*/g
/** How far back the word before a stretch is looked for. */
const LOOK_BACK = 24

/**
 * A word of a stretch, with what the classification asks of it worked out once: each word is
 * looked at several times (run building, titles, the gazetteer), and re-running a regular
 * expression or toLowerCase each time was most of the cost of this module.
 */
interface Word {
  text: string
  start: number
  end: number
  /** Could begin or continue a name: see `isCapitalised`. */
  capitalised: boolean
  /** `text.toLowerCase()`, made on first use. */
  lower: string | null
}

function lowerOf(w: Word): string {
  return (w.lower ??= w.text.toLowerCase())
}

/**
 * /^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*|[A-Z]{2,}[a-z]?)$/ for a word of WORD's alphabet: a name
 * initial, then no digit (the second alternative is a case of the first).
 */
function isCapitalised(text: string): boolean {
  if (!isNameInitial(text.charCodeAt(0))) return false
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) return false
  }
  return true
}

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
  REGION.lastIndex = 0
  for (let region = REGION.exec(sentence); region; region = REGION.exec(sentence)) {
    const from = region.index
    const words = wordsIn(sentence, from, from + region[0].length)
    namesIn(sentence, words, from, entities)
  }
  return entities
}

/**
 * The words of sentence[from, to). Matched in the sentence itself rather than in a slice of it:
 * a stretch ends at white space or the end, which no word crosses, so the words are the same.
 */
function wordsIn(sentence: string, from: number, to: number): Word[] {
  const words: Word[] = []
  WORD.lastIndex = from
  while (WORD.lastIndex < to) {
    const m = WORD.exec(sentence)
    if (!m || m.index >= to) break
    const text = bare(m[0])
    words.push({
      text,
      start: m.index,
      end: m.index + text.length,
      capitalised: isCapitalised(text),
      lower: null
    })
  }
  return words
}

/**
 * The lower-cased last run of letters in the LOOK_BACK characters before `at` ("in" of "… in
 * Oslo"), or ''. The same as /([A-Za-zÀ-ÖØ-öø-ÿ]+)[^A-Za-zÀ-ÖØ-öø-ÿ]*$/ on that slice.
 */
function wordBefore(sentence: string, at: number): string {
  const limit = Math.max(0, at - LOOK_BACK)
  let end = at
  while (end > limit && !isLatinLetter(sentence.charCodeAt(end - 1))) end--
  let start = end
  while (start > limit && isLatinLetter(sentence.charCodeAt(start - 1))) start--
  return start < end ? sentence.slice(start, end).toLowerCase() : ''
}

/**
 * Words belong to one name only when nothing but white space (or an abbreviation's period)
 * parts them.
 */
function joined(sentence: string, words: Word[], a: number): boolean {
  const from = words[a]!.end
  const to = words[a + 1]!.start
  if (isAllSpace(sentence, from, to)) return true
  return (
    sentence.charCodeAt(from) === 46 &&
    isAllSpace(sentence, from + 1, to) &&
    isAbbreviation(words[a]!.text)
  )
}

/** /^(?:Mr|Mrs|…|Gov|[A-Z])$/: a title's abbreviation or an initial. */
function isAbbreviation(text: string): boolean {
  if (text.length === 1) {
    const c = text.charCodeAt(0)
    return c >= 0x41 && c <= 0x5a
  }
  return ABBREVIATIONS.has(text)
}

function isConnector(w: Word | undefined): boolean {
  return w !== undefined && CONNECTORS.has(w.text)
}

/** Runs of capitalised words, allowing "of", "the" … between them ("Barents Council of the …"). */
function namesIn(sentence: string, words: Word[], regionStart: number, out: Entity[]): void {
  let i = 0
  while (i < words.length) {
    if (!words[i]!.capitalised) {
      i++
      continue
    }
    let j = i + 1
    while (j < words.length && joined(sentence, words, j - 1)) {
      if (words[j]!.capitalised) j++
      else if (
        isConnector(words[j]) &&
        j + 1 < words.length &&
        joined(sentence, words, j) &&
        words[j + 1]!.capitalised
      )
        j += 2
      else if (
        isConnector(words[j]) &&
        j + 2 < words.length &&
        isConnector(words[j + 1]) &&
        joined(sentence, words, j) &&
        joined(sentence, words, j + 1) &&
        words[j + 2]!.capitalised
      )
        j += 3
      else break
    }
    const previous = i > 0 ? lowerOf(words[i - 1]!) : wordBefore(sentence, regionStart)
    classifyRun(words, i, j, previous, out)
    i = j
  }
}

/** The run words[from, to) as entities (an office before a name is left out of it). */
function classifyRun(words: Word[], from: number, to: number, previous: string, out: Entity[]) {
  const g = gazetteer()
  // Drop leading words that begin no name (sentence-initial "But", "Here").
  let k = from
  while (k < to && NOT_NAMES.has(lowerOf(words[k]!))) k++
  if (k === to) return
  const atPlace = AT_PLACE.has(previous)

  const whole = classifyName(words, k, to, atPlace)
  if (whole) {
    out.push(whole)
    return
  }

  // Offices, organisations and countries before a name: "NATO Secretary General Jens Stoltenberg",
  // "Russian Foreign Minister Sergei Lavrov".
  let t = k
  while (t < to - 1) {
    const w = words[t]!
    const lower = lowerOf(w)
    if (TITLE_WORDS.has(lower)) t++
    else if (DEMONYM.test(w.text) && TITLE_WORDS.has(lowerOf(words[t + 1]!))) t++
    else if (ACRONYM.test(w.text) || g.countries.has(lower)) {
      const named = classifyName(words, t, t + 1, false)
      if (named) out.push(named)
      t++
    } else break
  }
  if (NOT_PERSON_END.test(words[to - 1]!.text)) return
  const size = to - t
  if (size >= 2 && size <= 4 && allNames(words, t, to)) out.push(person(words, t, to))
  else if (size === 1 && t > k && isName(words[t]!)) out.push(person(words, t, to))
  else if (size > 1) {
    const named = classifyName(words, t, to, atPlace)
    if (named) out.push(named)
  }
}

function isName(w: Word): boolean {
  return PERSON_NAME.test(w.text) && !TITLE_WORDS.has(lowerOf(w))
}

function allNames(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isName(words[i]!)) return false
  return true
}

function person(words: Word[], from: number, to: number): Entity {
  return entityOf(textOf(words, from, to), 'person', words, from, to)
}

function textOf(words: Word[], from: number, to: number): string {
  let text = words[from]!.text
  for (let i = from + 1; i < to; i++) text += ` ${words[i]!.text}`
  return text
}

/** The entity the run words[from, to) names (built field by field: a spread is slower here). */
function entityOf(name: string, kind: EntityKind, words: Word[], from: number, to: number): Entity {
  return { name, kind, start: words[from]!.start, end: words[to - 1]!.end }
}

/** The run words[from, to) as a country, region, organisation or city, or null. */
function classifyName(words: Word[], from: number, to: number, atPlace: boolean): Entity | null {
  const g = gazetteer()
  const full = textOf(words, from, to)
  const lower = to - from === 1 ? lowerOf(words[from]!) : full.toLowerCase()
  const country = g.countries.get(lower)
  if (country) return entityOf(country, atPlace ? 'place' : 'country', words, from, to)
  const region = g.regions.get(lower)
  if (region) return entityOf(region, 'place', words, from, to)
  if (isOrganisation(words, from, to) || (to - from === 1 && ACRONYM.test(full)))
    return entityOf(full, 'organisation', words, from, to)
  const city = g.cities.get(lower)
  if (city && (atPlace || city.population >= 500_000))
    return entityOf(city.name, 'place', words, from, to)
  return null
}

/**
 * ORG_WORDS.test of the words joined by spaces, asked word by word: its cue words are whole
 * runs of \w, and a space parts such runs, so the joined text holds one exactly when a word does.
 */
function isOrganisation(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ORG_WORDS.test(words[i]!.text)) return true
  return false
}

/** People introduced with an office ("Foreign Minister Sergei Lavrov"): a quick scan for sentences that tell no event. */
const TITLED_NAME =
  /\b(?:Minister|Secretary|General|President|Chancellor|Ambassador|Spokes(?:man|woman|person)|Senator|Governor|Mayor|Director|Chairman|Chairwoman|Chief|Leader|Premier|Envoy|Judge|King|Queen|Pope|Mr\.|Mrs\.|Ms\.|Dr\.)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2})\b/g

export function titledPeople(sentence: string): Entity[] {
  const out: Entity[] = []
  TITLED_NAME.lastIndex = 0
  for (let m = TITLED_NAME.exec(sentence); m; m = TITLED_NAME.exec(sentence)) {
    const start = m.index + m[0].length - m[1]!.length
    out.push({ name: m[1]!, kind: 'person', start, end: start + m[1]!.length })
  }
  return out
}

/** A capitalised single word, as a surname is written. */
const SURNAME = /\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+\b/g

/** Full names for surnames: "Stoltenberg" → "Jens Stoltenberg" once the article has named him. */
export class PeopleRegistry {
  private readonly bySurname = new Map<string, string>()

  remember(entities: Entity[]): void {
    for (const e of entities) {
      if (e.kind !== 'person') continue
      const space = e.name.lastIndexOf(' ')
      if (space >= 0) this.bySurname.set(e.name.slice(space + 1), e.name)
    }
  }

  /** The capitalised single words of a sentence that are surnames of people already named. */
  resolve(sentence: string): Entity[] {
    const out: Entity[] = []
    if (this.bySurname.size === 0) return out // nobody named yet: no need to look
    SURNAME.lastIndex = 0
    for (let m = SURNAME.exec(sentence); m; m = SURNAME.exec(sentence)) {
      const full = this.bySurname.get(m[0])
      if (full) out.push({ name: full, kind: 'person', start: m.index, end: m.index + m[0].length })
    }
    return out
  }

  /** The surname of a person, for short headlines. */
  surname(name: string): string {
    return name.slice(name.lastIndexOf(' ') + 1)
  }
}
