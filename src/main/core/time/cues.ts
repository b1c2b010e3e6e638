/**
 * Cue words: every temporal expression contains at least one (a month, a weekday, a unit, a year,
 * "now"…). One pass over the text finds them; the rules then run only in short windows around
 * the cues they need, instead of over the whole text. This keeps the tagger linear and fast on
 * long inputs, where most of the text holds no time at all.
 */

export const CUE = {
  month: 1 << 0,
  weekday: 1 << 1,
  dayword: 1 << 2,
  vague: 1 << 3,
  set: 1 << 4,
  season: 1 << 5,
  holiday: 1 << 6,
  decade: 1 << 7,
  spelled: 1 << 8,
  year: 1 << 9,
  numeric: 1 << 10,
  clock: 1 << 11,
  timeUnit: 1 << 12,
  dayUnit: 1 << 13,
  weekUnit: 1 << 14,
  weekend: 1 << 15,
  monthUnit: 1 << 16,
  quarter: 1 << 17,
  half: 1 << 18,
  yearUnit: 1 << 19,
  decadeUnit: 1 << 20,
  century: 1 << 21
} as const

/** Any unit of time, for the rules that take them all (durations, "ago"). */
export const ANY_UNIT =
  CUE.timeUnit |
  CUE.dayUnit |
  CUE.weekUnit |
  CUE.weekend |
  CUE.monthUnit |
  CUE.quarter |
  CUE.half |
  CUE.yearUnit |
  CUE.decadeUnit |
  CUE.century

export type CueName = keyof typeof CUE

/**
 * The cue words, by a hash of their lower-case letters, so the scan can look a word up without
 * cutting it out of the text (most words are not cues, and a string for each would be garbage).
 */
const WORDS = new Map<number, { word: string; cues: number }[]>()
/**
 * For the first two letters of a word (the second 26 for a one-letter word), a bit for each length
 * a cue word starting with them has: most words of a text are turned down on this alone.
 */
const PREFIX_LENGTHS = new Uint16Array(26 * 27)
function prefixIndex(text: string, start: number, end: number): number {
  const first = (text.charCodeAt(start) | 0x20) - 97
  return first * 27 + (end - start > 1 ? (text.charCodeAt(start + 1) | 0x20) - 97 : 26)
}
function add(cue: CueName, words: string): void {
  for (const word of words.split(' ')) {
    PREFIX_LENGTHS[prefixIndex(word, 0, word.length)]! |= 1 << word.length
    const h = hashLower(word, 0, word.length)
    const bucket = WORDS.get(h) ?? []
    const entry = bucket.find((e) => e.word === word)
    if (entry) entry.cues |= CUE[cue]
    else bucket.push({ word, cues: CUE[cue] })
    WORDS.set(h, bucket)
  }
}

/** FNV-1a over the letters of text[start, end) folded to lower case. */
function hashLower(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let k = start; k < end; k++) h = Math.imul(h ^ (text.charCodeAt(k) | 0x20), 0x01000193)
  return h
}

/** The cues of the letters text[start, end) if, in any case, they are a cue word. */
function lookup(text: string, start: number, end: number): number {
  const bucket = WORDS.get(hashLower(text, start, end))
  if (!bucket) return 0
  outer: for (const e of bucket) {
    if (e.word.length !== end - start) continue
    for (let k = 0; k < e.word.length; k++) {
      if ((text.charCodeAt(start + k) | 0x20) !== e.word.charCodeAt(k)) continue outer
    }
    return e.cues
  }
  return 0
}

add(
  'month',
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
)
add(
  'weekday',
  'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays'
)
add('timeUnit', 'second seconds minute minutes hour hours')
add('dayUnit', 'day days night nights')
add('weekUnit', 'week weeks fortnight fortnights')
add('weekend', 'weekend weekends')
add('monthUnit', 'month months')
add('quarter', 'quarter quarters period q')
add('half', 'half')
add('yearUnit', 'year years')
add('decadeUnit', 'decade decades')
add('century', 'century centuries millennium millennia')
add(
  'dayword',
  'today yesterday tomorrow tonight overnight morning afternoon evening night noon midnight midday ' +
    'midmorning midafternoon'
)
add(
  'vague',
  'now currently current present nowadays recent recently past formerly earlier future term ahead coming'
)
add(
  'set',
  'daily weekly monthly annually yearly hourly nightly biweekly semiannually every each per twice once'
)
add('season', 'spring summer fall autumn winter')
add(
  'holiday',
  // "eve": "New Year's Eve" holds no other cue word.
  'christmas thanksgiving halloween easter independence valentine memorial labor election eve'
)
add('decade', 'twenties thirties forties fifties sixties seventies eighties nineties')
add('spelled', 'nineteen eighteen twenty thousand')

const CLOCK_AFTER = /(?::[0-5]\d)?\s*[ap]\.?m\b/iy

export interface Window {
  start: number
  end: number
}

/** A cue word in the text: where it is and which cues it gives. */
export interface CueToken {
  start: number
  end: number
  cues: number
}

/**
 * How far around a cue an expression may reach, look-arounds included (the longest seen run to
 * about 20 characters); a rule may say it reaches less far (Rule.reach).
 */
export const MARGIN = 48

/** Every cue word of the text, in order. A hand-written scan: the hot loop of the tagger. */
export function cueTokens(text: string): CueToken[] {
  const tokens: CueToken[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isLetter(c)) {
      let j = i + 1
      while (j < n && isLetter(text.charCodeAt(j))) j++
      if (j - i <= 12 && PREFIX_LENGTHS[prefixIndex(text, i, j)]! & (1 << (j - i))) {
        const cues = lookup(text, i, j)
        if (cues && readableCase(text, i, j)) tokens.push({ start: i, end: j, cues })
      }
      i = j
    } else if (c >= 48 && c <= 57) {
      let j = i + 1
      while (j < n && isDigit(text.charCodeAt(j))) j++
      const cues = digitCues(text, i, j)
      if (cues) tokens.push({ start: i, end: j, cues })
      i = j
    } else i++
  }
  return tokens
}

function digitCues(text: string, s: number, e: number): number {
  let cues = 0
  const length = e - s
  const next = text.charCodeAt(e)
  if (length === 4) {
    const year =
      (text.charCodeAt(s) - 48) * 1000 +
      (text.charCodeAt(s + 1) - 48) * 100 +
      (text.charCodeAt(s + 2) - 48) * 10 +
      (text.charCodeAt(s + 3) - 48)
    if (year >= 1000 && year <= 2099) cues |= CUE.year
  }
  if (next === 47 /* / */ || (next === 45 /* - */ && length === 4)) cues |= CUE.numeric
  if (length === 2 && next === 115 /* s */) cues |= CUE.decade
  // The clock pattern goes on with ':', white space, or the a/p of "am"/"pm".
  if (
    length <= 2 &&
    (next >= 128 ||
      next === 58 ||
      next === 32 ||
      (next >= 9 && next <= 13) ||
      (next | 0x20) === 97 ||
      (next | 0x20) === 112)
  ) {
    CLOCK_AFTER.lastIndex = e
    if (CLOCK_AFTER.test(text)) cues |= CUE.clock
  }
  return cues
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/**
 * Lower case, Capitalised, UPPER CASE and mixed forms such as "mOnDay" are words; a lower-case
 * letter followed only by capitals ("mONDAY") is not.
 */
function readableCase(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(start) <= 90) return true
  for (let k = start + 1; k < end; k++) if (text.charCodeAt(k) > 90) return true
  return false
}

/**
 * The stretches around the cue tokens that carry any of `mask`, from `before` characters before
 * each to `after` characters after it, merged where they touch. Each starts and ends at white
 * space (looking a little way only), so no pattern sees half a word.
 */
export function cueWindows(
  text: string,
  tokens: CueToken[],
  mask: number,
  before = MARGIN,
  after = MARGIN
): Window[] {
  const merged: Window[] = []
  for (const t of tokens) {
    if (!(t.cues & mask)) continue
    let start = Math.max(0, t.start - before)
    let end = Math.min(text.length, t.end + after)
    for (let k = 0; k < 40 && start > 0 && !isSpace(text.charCodeAt(start - 1)); k++) start--
    for (let k = 0; k < 40 && end < text.length && !isSpace(text.charCodeAt(end)); k++) end++
    const last = merged[merged.length - 1]
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else merged.push({ start, end })
  }
  return merged
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 160
}
