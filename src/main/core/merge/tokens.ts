/**
 * Text → comparable tokens for event merging. A sentence is split into three kinds of evidence:
 * - `words`: lowercase content words (stop words, date words and office titles dropped), lightly
 *   stemmed so "expels", "expelled" and "expulsion" all become `expel`, plus quantities as `#8`;
 * - `names`: capitalised words (people, organisations, countries, places), folded through a small
 *   alias table so "Russian", "Moscow" and "the Kremlin" all become `russia`;
 * - `numbers`: the quantities told ("eight diplomats" → 8), which must not contradict;
 * and `subject`, the names that open the text before its first content word ("NATO expelled…").
 * No dictionary, no model: a few hand lists, enough for wire-style English.
 */

/** Function words, reporting verbs and filler that say nothing about what happened. */
const STOP_WORDS = new Set(
  `a about above according across after afterwards again against all almost along already also
  although am among an and another any anyone anything are around as at be became because become
  been before being below besides between both but by can cannot could did do does doing done down
  during each either else even ever every few for from further had has have having he her here hers
  herself him himself his how however i if in including into is it its itself just least less like
  many may me meanwhile might more most much must my myself neither never nevertheless new no nor
  not now of off often on once one only onto or other others otherwise our ours ourselves out over
  own per perhaps rather same several she should since so some still such than that the their
  theirs them themselves then there thereby therefore these they this those though through
  throughout thus to together too toward towards under until up upon us very via was we well were
  what whatever when whenever where whereas whether which while who whom whose why will with
  within without would yet you your yours yourself mr mrs ms dr
  say says said saying tell tells told telling add adds added adding report reports reported
  reporting state states stated statement claim claims claimed accord according quote quoted
  announce announces announced announcing confirm confirms confirmed`.split(/\s+/)
)

/** Words that only locate a statement in time; the `when` of the event already says it. */
const DATE_WORDS = new Set(
  `january february march april may june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun today yesterday tomorrow tonight day days week weeks
  weekend month months year years decade decades century centuries ago last next earlier later
  recent recently morning afternoon evening night overnight spring summer autumn winter midday
  midnight noon early late mid am pm gmt utc bst est edt cet cest msk`.split(/\s+/)
)

/** Month names that make a neighbouring number a day ("Oct. 6", "6 October"), not a quantity. */
const MONTHS = new Set(
  `january february march april may june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec`.split(/\s+/)
)

/** Honorifics and office titles: capitalised, but they name a role, not who. */
const TITLE_WORDS = new Set(
  `mr mrs ms dr sir dame lord lady president vice prime minister ministers ministry foreign
  secretary general state chancellor king queen prince princess emperor governor gov senator sen
  rep representative congressman congresswoman ambassador envoy spokesman spokeswoman spokesperson
  chief deputy defense defence interior finance justice affairs commissioner chairman chairwoman
  chair director head leader pope premier mayor colonel gen lt sgt capt adm admiral officer
  commander`.split(/\s+/)
)

/** Name variants folded to one key: demonyms, capitals used as metonyms, short forms. */
const NAME_ALIASES: ReadonlyMap<string, string> = new Map([
  ['russian', 'russia'],
  ['russians', 'russia'],
  ['moscow', 'russia'],
  ['kremlin', 'russia'],
  ['crimean', 'crimea'],
  ['ukrainian', 'ukraine'],
  ['ukrainians', 'ukraine'],
  ['kyiv', 'ukraine'],
  ['kiev', 'ukraine'],
  ['american', 'us'],
  ['americans', 'us'],
  ['america', 'us'],
  ['usa', 'us'],
  ['washington', 'us'],
  ['british', 'uk'],
  ['britain', 'uk'],
  ['london', 'uk'],
  ['german', 'germany'],
  ['germans', 'germany'],
  ['berlin', 'germany'],
  ['french', 'france'],
  ['paris', 'france'],
  ['japanese', 'japan'],
  ['tokyo', 'japan'],
  ['chinese', 'china'],
  ['beijing', 'china'],
  ['polish', 'poland'],
  ['warsaw', 'poland'],
  ['iranian', 'iran'],
  ['tehran', 'iran'],
  ['turkish', 'turkey'],
  ['ankara', 'turkey'],
  ['israeli', 'israel'],
  ['syrian', 'syria'],
  ['damascus', 'syria'],
  ['belarusian', 'belarus'],
  ['minsk', 'belarus'],
  ['italian', 'italy'],
  ['rome', 'italy'],
  ['spanish', 'spain'],
  ['madrid', 'spain'],
  ['canadian', 'canada'],
  ['ottawa', 'canada'],
  ['indian', 'india'],
  ['delhi', 'india'],
  ['european', 'europe']
])

/** Single-word names recognisable even as the first word of a sentence, where case says nothing. */
const KNOWN_NAMES = new Set([
  ...NAME_ALIASES.keys(),
  ...NAME_ALIASES.values(),
  ...`afghanistan albania algeria argentina armenia australia austria azerbaijan belgium bosnia
  brazil bulgaria chile colombia croatia cuba cyprus czechia denmark egypt estonia ethiopia
  finland georgia greece hungary iceland indonesia iraq ireland jordan kazakhstan kosovo kuwait
  latvia lebanon libya lithuania luxembourg mali mexico moldova montenegro morocco netherlands
  nigeria norway pakistan palestine portugal qatar romania serbia slovakia slovenia somalia sudan
  sweden switzerland taiwan venezuela vietnam yemen nato un eu`.split(/\s+/)
])

/** Multi-word or dotted names rewritten to one token before splitting. */
const PHRASES: readonly [RegExp, string][] = [
  [/\bU\.\s?S\.(?:\s?A\.)?/g, 'US '],
  [/\bU\.\s?K\./g, 'UK '],
  [/\bU\.\s?N\./g, 'UN '],
  [/\bE\.\s?U\./g, 'EU '],
  [/\bUnited States(?: of America)?\b/g, 'US'],
  [/\bUnited Kingdom\b/g, 'UK'],
  [/\bGreat Britain\b/g, 'UK'],
  [/\bUnited Nations\b/g, 'UN'],
  [/\bEuropean Union\b/g, 'EU'],
  [/\bRussian Federation\b/g, 'Russia'],
  [/\bNorth Atlantic Treaty Organi[sz]ation\b/g, 'NATO']
]

/** Cheap pre-test: a text without any of these holds none of the phrases above. */
const PHRASE_HINT = /\b[UE]\.|United|Great Britain|European Union|Russian Federation|North Atlantic/

/** Irregular forms and derived nouns mapped to a base verb, then stemmed like any word. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['met', 'meet'],
  ['held', 'hold'],
  ['expulsion', 'expel'],
  ['suspension', 'suspend'],
  ['annexation', 'annex'],
  ['invasion', 'invade'],
  ['withdrawal', 'withdraw'],
  ['withdrew', 'withdraw'],
  ['withdrawn', 'withdraw'],
  ['deployment', 'deploy'],
  ['imposition', 'impose'],
  ['agreement', 'agree'],
  ['took', 'take'],
  ['taken', 'take'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['fled', 'flee'],
  ['shot', 'shoot'],
  ['sent', 'send'],
  ['left', 'leave'],
  ['won', 'win'],
  ['lost', 'lose'],
  ['sought', 'seek'],
  ['struck', 'strike'],
  ['fought', 'fight'],
  ['election', 'elect'],
  ['resignation', 'resign']
])

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['dozen', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90]
])

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000]
])

export interface TextTokens {
  /** Stemmed lowercase content words and quantities (`#8`), in text order, with repeats. */
  words: string[]
  /** Canonical name keys, in text order, with repeats. */
  names: string[]
  /** Quantities told in the text (dates and years excluded). */
  numbers: number[]
  /** The names before the first content word: who does the thing, when the text starts with it. */
  subject: string[]
}

/** Lowercase without diacritics: "Lavrov", "LAVROV" and "Lavróv" share a key. */
export function fold(s: string): string {
  if (/^[ -~]*$/.test(s)) return s.toLowerCase() // plain ASCII: nothing to strip
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** Light suffix stripping; the same word in any inflection gets the same stem. */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word)
  if (irregular !== undefined) return irregular === word ? word : stem(irregular)
  let s = word
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`
  else if (s.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2)
  else if (s.length > 3 && s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1)
  const plainIrregular = IRREGULAR.get(s)
  if (plainIrregular !== undefined && plainIrregular !== s) return stem(plainIrregular)
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3)
  else if (s.length > 4 && s.endsWith('ied')) s = `${s.slice(0, -3)}y`
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2)
  if (/([b-df-hj-np-tv-z])\1$/.test(s)) s = s.slice(0, -1)
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1)
  return s
}

/** A folded name word → its canonical key ("russian" → "russia"). */
export function nameKey(folded: string): string {
  return NAME_ALIASES.get(folded) ?? folded
}

interface RawToken {
  text: string
  folded: string
  isNumber: boolean
  /** Directly follows the previous token with no space ("6th" is split here). */
  glued: boolean
  /** A number hyphenated to a word before it: part of a name ("F-16", "COVID-19"). */
  named: boolean
}

const TOKEN = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,:]\d+)*/gu

function rawTokens(text: string): RawToken[] {
  let s = text.normalize('NFC')
  if (PHRASE_HINT.test(s)) for (const [re, to] of PHRASES) s = s.replace(re, to)
  const out: RawToken[] = []
  let lastEnd = -1
  for (const m of s.matchAll(TOKEN)) {
    let word = m[0]
    const start = m.index
    // Possessives and contractions: "Russia's" → "Russia", "didn't" → "did".
    word = word.replace(/n['’]t$/i, '').replace(/['’](?:s|re|ve|ll|d|m)$/i, '')
    const isNumber = /^\d/.test(word)
    const named = isNumber && s[start - 1] === '-' && /\p{L}/u.test(s[start - 2] ?? '')
    out.push({ text: word, folded: fold(word), isNumber, glued: start === lastEnd, named })
    lastEnd = start + m[0].length
  }
  return out
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

function isAllCaps(word: string): boolean {
  return word.length >= 2 && /^\p{Lu}+$/u.test(word)
}

function parseDigits(text: string): number {
  // "1,000" is a thousand; "2.5" is two and a half; "1.000" (European grouping) is read as 1.
  return Number(text.replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '.'))
}

/**
 * Words a corpus writes as names: capitalised inside a sentence somewhere and never in lowercase.
 * It decides the first word of a sentence, where capitalisation says nothing ("Blinken met…").
 */
export class NameLexicon {
  private readonly capitalised = new Set<string>()
  private readonly lowercase = new Set<string>()

  add(text: string): void {
    const tokens = rawTokens(text)
    tokens.forEach((t, i) => {
      if (t.isNumber) return
      if (!isCapitalised(t.text)) this.lowercase.add(t.folded)
      else if (i > 0) this.capitalised.add(t.folded)
    })
  }

  has(folded: string): boolean {
    return this.capitalised.has(folded) && !this.lowercase.has(folded)
  }
}

const NO_NAMES = new NameLexicon()

/**
 * Splits a sentence into words, names, quantities and subject. `knownNames` (folded tokens of the
 * event's actors and places) and `lexicon` tell which first word of a sentence is a name, where
 * capitalisation cannot.
 */
export function analyse(
  text: string,
  knownNames: ReadonlySet<string> = new Set(),
  lexicon: NameLexicon = NO_NAMES
): TextTokens {
  const tokens = rawTokens(text)
  const words: string[] = []
  const names: string[] = []
  const numbers: number[] = []
  const subject: string[] = []
  let subjectOpen = true
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    // A run of number tokens and number words is one quantity: "two million", "twenty five".
    if (t.isNumber || NUMBER_WORDS.has(t.folded)) {
      let j = i
      let total = 0
      let current = 0
      let digitsOnly = true
      let notQuantity = false
      while (j < tokens.length) {
        const u = tokens[j]!
        if (u.isNumber) {
          // "10:30" is a clock time, "G7" and "F-16" are names, not counts.
          if (u.text.includes(':') || u.glued || u.named) notQuantity = true
          current += parseDigits(u.text)
          const after = tokens[j + 1]
          // "6th", "21st" are dates; "1990s" is a decade.
          if (after?.glued && /^(?:st|nd|rd|th|s)$/.test(after.folded)) {
            notQuantity = true
            j++
          }
        } else if (NUMBER_WORDS.has(u.folded)) {
          current += NUMBER_WORDS.get(u.folded)!
          digitsOnly = false
        } else if (MULTIPLIERS.has(u.folded) && j > i) {
          const mult = MULTIPLIERS.get(u.folded)!
          if (mult === 100) current *= mult
          else {
            total += current * mult
            current = 0
          }
          digitsOnly = false
        } else break
        j++
      }
      const value = total + current
      const before = tokens[i - 1]
      const after = tokens[j]
      const nearMonth =
        (before !== undefined && MONTHS.has(before.folded)) ||
        (after !== undefined && MONTHS.has(after.folded))
      const clock =
        after !== undefined &&
        (after.folded === 'am' ||
          after.folded === 'pm' ||
          after.folded === 'gmt' ||
          after.folded === 'utc' ||
          ((after.folded === 'a' || after.folded === 'p') && tokens[j + 1]?.folded === 'm'))
      const isYear =
        digitsOnly && j === i + 1 && /^\d{4}$/.test(t.text) && value >= 1000 && value <= 2199
      if (!notQuantity && !nearMonth && !clock && !isYear && Number.isFinite(value) && value > 0) {
        numbers.push(value)
        words.push(`#${value}`)
        subjectOpen = false
      }
      i = j
      continue
    }
    i++
    const f = t.folded
    if (STOP_WORDS.has(f) && !isAllCaps(t.text)) continue
    if (DATE_WORDS.has(f) || f.length < 2) continue
    const atStart = i === 1
    const known =
      atStart &&
      (knownNames.has(f) || knownNames.has(nameKey(f)) || KNOWN_NAMES.has(f) || lexicon.has(f))
    const capitalName = isCapitalised(t.text) && (!atStart || isAllCaps(t.text) || known)
    if (capitalName || (atStart && known)) {
      if (TITLE_WORDS.has(f) && !isAllCaps(t.text)) continue
      const key = nameKey(f)
      names.push(key)
      if (subjectOpen) subject.push(key)
      continue
    }
    words.push(stem(f))
    subjectOpen = false
  }
  return { words, names, numbers, subject }
}

/** The name keys of an actor or place ("the Russian Foreign Ministry" → ["russia"]). */
export function nameTokens(name: string): string[] {
  const out: string[] = []
  for (const t of rawTokens(name)) {
    if (t.isNumber) continue
    if (STOP_WORDS.has(t.folded) && !isAllCaps(t.text)) continue
    if (TITLE_WORDS.has(t.folded)) continue
    out.push(nameKey(t.folded))
  }
  return out
}
