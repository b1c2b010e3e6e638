/** Words for numbers, months, weekdays, seasons, parts of day and units, as regex sources and lookups. */

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12
}

/** Month names, long and abbreviated (with optional period). "May" and "March" are ambiguous alone. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'

/** Results of monthOf and weekdayOf by the word as written (a few dozen spellings in practice). */
const MONTH_CACHE = new Map<string, number | undefined>()
const WEEKDAY_CACHE = new Map<string, number | undefined>()
const CACHE_LIMIT = 4096

export function monthOf(word: string): number | undefined {
  if (MONTH_CACHE.has(word)) return MONTH_CACHE.get(word)
  const month = MONTHS[word.toLowerCase().replace(/\.$/, '')]
  if (MONTH_CACHE.size >= CACHE_LIMIT) MONTH_CACHE.clear()
  MONTH_CACHE.set(word, month)
  return month
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7
}
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?'

export function weekdayOf(word: string): number | undefined {
  if (WEEKDAY_CACHE.has(word)) return WEEKDAY_CACHE.get(word)
  const day = WEEKDAYS[word.toLowerCase().replace(/s$/, '')]
  if (WEEKDAY_CACHE.size >= CACHE_LIMIT) WEEKDAY_CACHE.clear()
  WEEKDAY_CACHE.set(word, day)
  return day
}

export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI'
}
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)'

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  midday: 'MI'
}
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night|overnight)'

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  couple: 2,
  dozen: 12
}

/** A cardinal in words or digits: "two", "twenty four", "twenty-four", "14", "2 1/2", "a hundred". */
export const NUMBER_WORD_RE =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)'
export const NUMBER_RE = `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${NUMBER_WORD_RE}(?:[\\s-]+(?:and\\s+)?${NUMBER_WORD_RE})*|a\\s+(?:couple\\s+of|hundred|thousand|dozen)|a|an)`

/** Parses a cardinal as NUMBER_RE matches it; null when it is not a number. */
export function numberOf(words: string): number | null {
  const w = words.toLowerCase().trim()
  const half = /^(\d+)\s+1\/2$/.exec(w)
  if (half) return Number(half[1]) + 0.5
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w)
  if (w === 'a couple of') return 2
  let total = 0
  let current = 0
  for (const part of w.split(/[\s-]+/)) {
    if (part === 'and' || part === 'of') continue
    const n = SMALL[part]
    if (n === undefined) return null
    if (n === 100 || n === 1000) {
      current = (current || 1) * n
      if (n === 1000) {
        total += current
        current = 0
      }
    } else current += n
  }
  return total + current
}

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty-second': 22,
  'twenty-third': 23,
  'twenty-fourth': 24,
  'twenty-fifth': 25,
  'twenty-sixth': 26,
  'twenty-seventh': 27,
  'twenty-eighth': 28,
  'twenty-ninth': 29,
  thirtieth: 30,
  'thirty-first': 31,
  last: -1,
  final: -1
}
export const ORDINAL_RE =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first|\\d{1,2}(?:st|nd|rd|th))'

export function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase()
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w)
  return digits ? Number(digits[1]) : ORDINALS[w]
}

/** Duration units → TIMEX3 designator and whether it is a time (PT…) unit. */
export const UNITS: Record<string, { code: string; time?: boolean; months?: number }> = {
  second: { code: 'S', time: true },
  minute: { code: 'M', time: true },
  hour: { code: 'H', time: true },
  day: { code: 'D' },
  night: { code: 'D' },
  week: { code: 'W' },
  weekend: { code: 'WE' },
  fortnight: { code: 'W' },
  month: { code: 'M' },
  quarter: { code: 'Q' },
  season: { code: 'M' },
  year: { code: 'Y' },
  decade: { code: 'DE' },
  century: { code: 'CE' },
  millennium: { code: 'L' }
}
export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a))'

export function unitOf(word: string): string {
  const w = word.toLowerCase()
  if (w === 'centuries') return 'century'
  if (w.startsWith('millenni')) return 'millennium'
  return w.replace(/s$/, '')
}
