/**
 * N news-like timeline events from a seeded PRNG: the same events on every run and for both
 * libraries. Spread over 2005–2024, 40% of them clustered around 60 "stories" (news comes in
 * bursts), the rest uniform. About 70% are single days, the rest weeks, months and years; some
 * are approximate. Importance 1–5 is skewed low and equals the number of sources, as when the
 * merge step counts the articles that tell an event.
 */
import type { Granularity, TimelineEvent } from '../../src/shared/model'
import { mulberry32 } from '../lib/prng'

const DAY = 86_400_000
const FIRST_DAY = Date.UTC(2005, 0, 1)
const LAST_DAY = Date.UTC(2024, 11, 31)
const SEED = 20_260_501

const ACTORS = (
  'United Nations, European Union, NATO, World Bank, IMF, WHO, Red Cross, Supreme Court, ' +
  'Parliament, Senate, Central Bank, Finance Ministry, Army, Opposition Party, ' +
  'Ruling Coalition, Electoral Commission, Trade Union, OPEC, Angela Merkel, ' +
  'Emmanuel Macron, Joe Biden, Xi Jinping, Narendra Modi, Lula da Silva, Cyril Ramaphosa, ' +
  'Olaf Scholz, Giorgia Meloni, Pedro Sanchez, Fumio Kishida, Justin Trudeau, ' +
  'Recep Tayyip Erdogan, Antonio Guterres, Christine Lagarde, Jerome Powell, ' +
  'Ursula von der Leyen, Volodymyr Zelensky, Rishi Sunak, Claudia Sheinbaum, Javier Milei, ' +
  'Anthony Albanese'
).split(', ')

const PLACES = (
  'Brussels, Geneva, New York, Washington, Beijing, New Delhi, Brasilia, Pretoria, Berlin, ' +
  'Paris, Rome, Madrid, Tokyo, Ottawa, Ankara, Kyiv, London, Mexico City, Buenos Aires, ' +
  'Canberra, Nairobi, Cairo, Jakarta, Seoul, Lagos, Warsaw, Vienna, Doha, Riyadh, ' +
  'Singapore'
).split(', ')

const CATEGORIES =
  'diplomacy, economy, election, legal, meeting, military, sanction, statement, other'.split(', ')

const VERBS = (
  'approves, rejects, announces, delays, signs, criticises, launches, suspends, backs, ' +
  'proposes, extends, ends, confirms, investigates, unveils, blocks'
).split(', ')
const OBJECTS = (
  'budget|trade deal|ceasefire|sanctions|reform|interest rates|aid package|treaty|inquiry|' +
  'tariffs|election date|peace talks|emissions plan|loan|summit|ruling'
).split('|')
const TAILS = (
  'after long talks|amid protests|despite objections|in a narrow vote|for the first time|' +
  'ahead of the summit|under pressure|with broad support|in a surprise move|' +
  'after months of delay|as markets fall|at a late session'
).split('|')
const MONTHS = (
  'January, February, March, April, May, June, July, August, September, October, November, ' +
  'December'
).split(', ')

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function dayMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}

interface Span {
  value: string
  start: number
  end: number
  granularity: Granularity
  dateText: string
}

/** The calendar interval of the given granularity that holds `day` (epoch ms at UTC midnight). */
function spanOf(day: number, granularity: Granularity): Span {
  const d = new Date(day)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth()
  if (granularity === 'week') {
    const monday = day - ((d.getUTCDay() + 6) % 7) * DAY
    const thursday = new Date(monday + 3 * DAY)
    const weekYear = thursday.getUTCFullYear()
    const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * DAY)) + 1
    const value = `${weekYear}-W${String(week).padStart(2, '0')}`
    return { value, start: monday, end: monday + 6 * DAY, granularity, dateText: 'that week' }
  }
  if (granularity === 'month') {
    const start = Date.UTC(y, m, 1)
    const end = Date.UTC(y, m + 1, 1) - DAY
    const value = isoDay(start).slice(0, 7)
    return { value, start, end, granularity, dateText: `in ${MONTHS[m]} ${y}` }
  }
  if (granularity === 'year') {
    const value = String(y)
    return {
      value,
      start: Date.UTC(y, 0, 1),
      end: Date.UTC(y, 11, 31),
      granularity,
      dateText: `in ${y}`
    }
  }
  const value = isoDay(day)
  return {
    value,
    start: day,
    end: day,
    granularity: 'day',
    dateText: `on ${MONTHS[m]} ${d.getUTCDate()}`
  }
}

export function generateEvents(n: number, seed = SEED): TimelineEvent[] {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const days = Math.round((LAST_DAY - FIRST_DAY) / DAY) + 1
  const stories = Array.from({ length: 60 }, () => Math.floor(random() * days))
  const events: TimelineEvent[] = []
  for (let i = 0; i < n; i++) {
    let offset: number
    if (random() < 0.4) {
      // A story: most of its events within a few weeks of its peak, a tail over months.
      const spread = random() < 0.7 ? 20 : 150
      offset = pick(stories) + Math.round((random() + random() + random() - 1.5) * spread)
    } else offset = Math.floor(random() * days)
    offset = Math.min(days - 1, Math.max(0, offset))
    const g = random()
    const granularity: Granularity =
      g < 0.7 ? 'day' : g < 0.8 ? 'week' : g < 0.92 ? 'month' : 'year'
    const when = spanOf(FIRST_DAY + offset * DAY, granularity)
    const approximate = random() < (granularity === 'day' ? 0.05 : 0.3)
    const r = random()
    const importance = r < 0.45 ? 1 : r < 0.72 ? 2 : r < 0.87 ? 3 : r < 0.96 ? 4 : 5
    const actors = [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(ACTORS)))
    ]
    const places = [
      ...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(PLACES)))
    ]
    // 4–9 words: subject, verb, object, then as much of a closing phrase as the length allows.
    const length = 4 + Math.floor(random() * 6)
    const words = [actors[0] ?? 'Officials', pick(VERBS), pick(OBJECTS), pick(TAILS)]
    const title = words.join(' ').split(' ').slice(0, length).join(' ')
    const dateText = approximate
      ? `around ${when.dateText.replace(/^(on|in) /, '')}`
      : when.dateText
    const quote = `${title} ${dateText}, officials said.`
    const sources = Array.from({ length: importance }, (_, k) => {
      const start = Math.floor(random() * 4000)
      return {
        articleId: `a${(i * 7 + k * 131) % Math.max(1, Math.ceil(n / 4))}`,
        quote,
        start,
        end: start + quote.length,
        dateText
      }
    })
    events.push({
      id: `e${i}`,
      title,
      when: {
        value: when.value,
        start: isoDay(when.start),
        end: isoDay(when.end),
        granularity: when.granularity,
        approximate
      },
      actors,
      places,
      category: pick(CATEGORIES),
      importance,
      sources
    })
  }
  return events
}

/** [first start day, day after the last end day] in epoch ms: the window both libraries open on. */
export function eventsSpan(events: readonly TimelineEvent[]): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (const e of events) {
    lo = Math.min(lo, dayMs(e.when.start))
    hi = Math.max(hi, dayMs(e.when.end) + DAY)
  }
  return [lo, hi]
}
