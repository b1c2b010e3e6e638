/**
 * Publication-date detection: document metadata (meta tags, JSON-LD, <time>), datelines at the
 * top of an article's text, and the date normaliser they all share.
 *
 * Dates are taken as written: an ISO timestamp with a zone offset gives the calendar day in that
 * offset (its first ten characters), because that is the day the publication printed. Nothing
 * here ever falls back to today: no evidence means null.
 */
import { MONTHS as ENGLISH_MONTHS } from '../time/lexicon'
import type { DomDocument, DomElement, FoundDate, IngestedArticle, IsoDay } from './types'

/** The years a publication date may have; others are misreadings (or the user's typo). */
export const MIN_YEAR = 1800
export const MAX_YEAR = 2100
/** Datelines are looked for only this far into the text; later dates are the story's, not its. */
const DATELINE_WINDOW = 600

/** Month names: the tagger's English ones, plus Norwegian for VG-style pages. */
const MONTHS: Record<string, number> = {
  ...ENGLISH_MONTHS,
  januar: 1,
  februar: 2,
  mars: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  okt: 10,
  desember: 12
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/**
 * Month names in lower, Capitalised and UPPER case: the wire-dateline pattern must be case
 * sensitive (the city is in capitals), and Node 20 has no inline (?i:) groups.
 */
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [m, capitalise(m), m.toUpperCase()])
  .join('|')})`

const WEEKDAYS =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:man|tirs|ons|tors|fre|lør|søn)dag\b/gi

/** A date somewhere in a string: the day it means and where it was written. */
interface DateMatch {
  day: IsoDay
  index: number
  length: number
}

type DateParts = (m: RegExpExecArray) => [year: string, month: string, day: string] | null

const DATE_PATTERNS: { re: RegExp; parts: DateParts }[] = [
  // 2021-10-18, 2021/10/18 (also the start of an ISO timestamp)
  { re: /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 18.10.2021 (day first, as in Europe; US-style 10/18/2021 is ambiguous and not read)
  {
    re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g,
    parts: (m) => [m[3]!, m[2]!, m[1]!]
  },
  // 18 October 2021, 18. oktober 2021, 18th of Oct. 2021, Mon, 18 Oct 2021 10:00 +0000
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`,
      'g'
    ),
    parts: (m) => [m[3]!, monthNumber(m[2]!), m[1]!]
  },
  // October 18, 2021; Oct. 18 2021
  {
    re: new RegExp(
      `(?<![A-Za-z])${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
      'g'
    ),
    parts: (m) => [m[3]!, monthNumber(m[1]!), m[2]!]
  }
]

function monthNumber(name: string): string {
  return String(MONTHS[name.toLowerCase()] ?? 0)
}

/** YYYY-MM-DD for a real calendar day within 1800–2100, else null. */
export function isoDay(year: number, month: number, day: number): IsoDay | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The earliest valid date written in `text`, in any of the given forms. */
export function findDate(text: string, patterns = DATE_PATTERNS): DateMatch | null {
  let best: DateMatch | null = null
  for (const { re, parts } of patterns) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) break
      const p = parts(m)
      const day = p && isoDay(Number(p[0]), Number(p[1]), Number(p[2]))
      if (day) {
        best = { day, index: m.index, length: m[0].length }
        break
      }
    }
  }
  return best
}

/**
 * A date value from metadata, a feed or front matter, as a calendar day: ISO timestamps keep
 * the day as written (the first ten characters), other forms go through findDate.
 */
export function normaliseDate(value: string | null | undefined): IsoDay | null {
  if (!value) return null
  const v = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})(?=$|T)/.exec(v)
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  return findDate(v)?.day ?? null
}

/** The article fields for a found date (or for none). */
export function dated(
  found: FoundDate | null
): Pick<IngestedArticle, 'published' | 'publishedFrom'> {
  return { published: found?.published ?? null, publishedFrom: found?.from ?? null }
}

// ---- HTML documents ----

/** Meta names (property, name or itemprop), most specific first. */
const META_KEYS = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'og:published_time',
  'og:article:published_time',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'originalpublicationdate'
]

/** The publication date a document declares: meta tags, then JSON-LD, then <time>. */
export function publishedFromDocument(doc: DomDocument): FoundDate | null {
  return fromMeta(doc) ?? fromJsonLd(doc) ?? fromTimeElement(doc)
}

function fromMeta(doc: DomDocument): FoundDate | null {
  let best: { rank: number; day: IsoDay } | null = null
  for (const el of Array.from(doc.querySelectorAll('meta, [itemprop]'))) {
    const isMeta = el.nodeName.toUpperCase() === 'META'
    if (el.nodeName.toUpperCase() === 'TIME') continue // <time itemprop=…> is the time tier's
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase()
      const rank = key ? META_KEYS.indexOf(key) : -1
      if (rank < 0 || (best && best.rank <= rank)) continue
      // <span itemprop="datePublished">18 October 2021</span> carries its date as text.
      const value =
        el.getAttribute('content') ??
        el.getAttribute('datetime') ??
        (isMeta ? null : el.textContent?.slice(0, 100))
      const day = normaliseDate(value)
      if (day) best = { rank, day }
    }
  }
  return best && { published: best.day, from: 'metadata' }
}

/** How many JSON values one page's JSON-LD may make us look at; real pages use a few hundred. */
const JSON_LD_NODE_LIMIT = 20_000
const ARTICLE_TYPE = /article|posting|report/i

function fromJsonLd(doc: DomDocument): FoundDate | null {
  let fallback: IsoDay | null = null
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue
    const data = parseJsonLd(script.textContent ?? '')
    if (data === undefined) continue
    // Breadth first, so that the page's own item comes before ones nested in it.
    const queue: unknown[] = [data]
    for (let i = 0; i < queue.length; i++) {
      const value = queue[i]
      if (Array.isArray(value)) {
        for (const item of value) if (queue.length < JSON_LD_NODE_LIMIT) queue.push(item)
        continue
      }
      if (typeof value !== 'object' || value === null) continue
      const obj = value as Record<string, unknown>
      const raw = Array.isArray(obj.datePublished) ? obj.datePublished[0] : obj.datePublished
      const day = typeof raw === 'string' ? normaliseDate(raw) : null
      if (day) {
        const types = ([] as unknown[]).concat(obj['@type'] ?? [])
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) {
          return { published: day, from: 'json-ld' }
        }
        fallback ??= day
      }
      for (const child of Object.values(obj)) {
        if (typeof child === 'object' && queue.length < JSON_LD_NODE_LIMIT) queue.push(child)
      }
    }
  }
  return fallback ? { published: fallback, from: 'json-ld' } : null
}

/** JSON.parse, tolerating the HTML-comment or CDATA wrappers some sites put around JSON-LD. */
function parseJsonLd(source: string): unknown {
  let text = source.trim()
  if (!text.startsWith('{') && !text.startsWith('[')) {
    const start = text.search(/[[{]/)
    const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'))
    if (start < 0 || end <= start) return undefined
    text = text.slice(start, end + 1)
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function fromTimeElement(doc: DomDocument): FoundDate | null {
  const times = Array.from(doc.querySelectorAll('time')).filter(
    (t) => !/modified|updated/i.test(`${t.getAttribute('itemprop')} ${t.getAttribute('class')}`)
  )
  const dayOf = (t: DomElement) => normaliseDate(t.getAttribute('datetime') ?? t.textContent)
  const tiers: ((t: DomElement) => boolean)[] = [
    (t) =>
      /datepublished/i.test(t.getAttribute('itemprop') ?? '') ||
      t.hasAttribute('pubdate') ||
      /publish/i.test(t.getAttribute('class') ?? ''),
    (t) => t.closest('header') !== null && t.closest('article') !== null,
    (t) => t.closest('article') !== null || t.closest('main') !== null,
    // A lone <time> on a page is most likely its date; one among many could be anything's.
    () => times.length === 1
  ]
  for (const inTier of tiers) {
    for (const t of times) {
      const day = inTier(t) ? dayOf(t) : null
      if (day) return { published: day, from: 'time-element' }
    }
  }
  return null
}

// ---- Datelines in text ----

const CITY = `[A-Z][A-Z'’.\\-]+(?: [A-Z][A-Z'’.\\-]+){0,3}(?:,\\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?`
const AGENCY = `\\([A-Z][A-Za-z&.' ]{0,30}\\)`
const DASH = `\\s*[-–—]+`
/** "MOSCOW, Oct 18 (Reuters) -" and "MOSCOW, Oct. 18, 2021 (Reuters) —" */
const WIRE_DATE_FIRST = new RegExp(
  `(?:^|\\n)[ \\t]*${CITY},\\s+${MONTH}\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*${AGENCY}${DASH}`,
  'g'
)
/** "WASHINGTON (AP) — Oct. 18, 2021" */
const WIRE_AGENCY_FIRST = new RegExp(
  `(?:^|\\n)[ \\t]*${CITY}\\s*${AGENCY}${DASH}\\s*${MONTH}\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?`,
  'g'
)
const PUBLISHED_WORD = /\b(?:first published|published|posted|publisert)\b/gi
const UPDATED_WORD = /\b(?:last updated|updated|oppdatert)\b/gi
const YEAR = /(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)/g

/**
 * A publication date stated at the top of an article's text, in order of trust: "Published …",
 * a wire dateline, a line holding only a date, "Updated …", then a bare numeric date.
 */
export function publishedFromDateline(text: string): FoundDate | null {
  const head = text.slice(0, DATELINE_WINDOW)
  const day =
    afterWord(head, PUBLISHED_WORD) ??
    wireDateline(head) ??
    dateOnlyLine(head) ??
    afterWord(head, UPDATED_WORD) ??
    bareNumeric(head)
  return day ? { published: day, from: 'dateline' } : null
}

/** A date right after the word ("Published: Monday, Oct. 18, 2021"). */
function afterWord(head: string, word: RegExp): IsoDay | null {
  word.lastIndex = 0
  for (let m = word.exec(head); m; m = word.exec(head)) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 60)
    const found = findDate(after)
    if (found && found.index <= 25) return found.day
  }
  return null
}

function wireDateline(head: string): IsoDay | null {
  for (const re of [WIRE_DATE_FIRST, WIRE_AGENCY_FIRST]) {
    re.lastIndex = 0
    const m = re.exec(head)
    if (!m) continue
    const month = MONTHS[m[1]!.toLowerCase()] ?? 0
    const day = Number(m[2])
    // Wire copy often leaves out the year; take one only from just before the dateline (a
    // timestamp line), never from the story after it, which is full of other years.
    const year = m[3] ?? lastYear(head.slice(Math.max(0, m.index - 300), m.index))
    if (year) return isoDay(Number(year), month, day)
  }
  return null
}

function lastYear(text: string): string | null {
  let year: string | null = null
  YEAR.lastIndex = 0
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) year = m[1]!
  return year
}

/** A line that is only a date, perhaps with a weekday and a time: a printed timestamp. */
function dateOnlyLine(head: string): IsoDay | null {
  for (const raw of head.split('\n')) {
    const line = raw.trim()
    if (line.length < 6 || line.length > 80) continue
    const found = findDate(line)
    if (!found) continue
    const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length))
      .replace(WEEKDAYS, ' ')
      .replace(/\d{1,2}[:.]\d{2}(?:[:.]\d{2})?/g, ' ')
      .replace(/\b(?:[ap]\.?m\.?|at|kl|utc|gmt|[a-z]{1,2}[sd]t|cet|cest)\b/gi, ' ')
      .replace(/[\s,.|·•:()+\-–—/]/g, '')
    if (rest === '') return found.day
  }
  return null
}

/** 2021-10-18 or 18.10.2021 anywhere near the top: numeric dates there are stamps, not prose. */
function bareNumeric(head: string): IsoDay | null {
  return findDate(head, DATE_PATTERNS.slice(0, 2))?.day ?? null
}
