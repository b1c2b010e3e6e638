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

const WORDS = new Map<string, number>()
function add(cue: CueName, words: string): void {
  for (const w of words.split(' ')) WORDS.set(w, (WORDS.get(w) ?? 0) | CUE[cue])
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
  'today yesterday tomorrow tonight overnight morning afternoon evening night noon midnight midday'
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
  'christmas thanksgiving halloween easter independence valentine memorial labor election'
)
add('decade', 'twenties thirties forties fifties sixties seventies eighties nineties')
add('spelled', 'nineteen eighteen twenty thousand')

const TOKEN = /[A-Za-z]+|\d+/g
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

/** How far around a cue an expression may reach (the longest seen run to about 20 characters). */
const MARGIN = 48

/** Every cue word of the text, in order. */
export function cueTokens(text: string): CueToken[] {
  const tokens: CueToken[] = []
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0]
    const s = m.index
    const e = s + token.length
    let cues = 0
    const c0 = token.charCodeAt(0)
    if (c0 >= 48 && c0 <= 57) {
      const next = text.charCodeAt(e)
      if (token.length === 4) {
        const n = Number(token)
        if (n >= 1000 && n <= 2099) cues |= CUE.year
      }
      if (next === 47 /* / */ || (next === 45 /* - */ && token.length === 4)) cues |= CUE.numeric
      if (token.length === 2 && next === 115 /* s */) cues |= CUE.decade
      if (token.length <= 2) {
        CLOCK_AFTER.lastIndex = e
        if (CLOCK_AFTER.test(text)) cues |= CUE.clock
      }
    } else {
      cues = WORDS.get(token.length <= 12 ? token.toLowerCase() : '') ?? 0
    }
    if (cues) tokens.push({ start: s, end: e, cues })
  }
  return tokens
}

/**
 * The stretches around the cue tokens that carry any of `mask`, merged where they touch. Each
 * starts and ends at white space (looking a little way only), so no pattern sees half a word.
 */
export function cueWindows(text: string, tokens: CueToken[], mask: number): Window[] {
  const merged: Window[] = []
  for (const t of tokens) {
    if (!(t.cues & mask)) continue
    let start = Math.max(0, t.start - MARGIN)
    let end = Math.min(text.length, t.end + MARGIN)
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
