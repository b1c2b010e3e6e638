/**
 * Events in the flat form a batch worker posts them in, and back.
 *
 * Structured cloning writes every object field by field, with its keys, and the receiving thread
 * builds every object again. An event is six objects (the event, its `when`, its actors, its
 * places, its sources and the source), so a batch of 10,000 articles (about 220,000 events) cost
 * the worker about 0.6 s to post and the main thread more to read, much of it spent by the
 * garbage collector copying the freshly read objects (900 ms of scavenges in a pool run). One
 * array of cells per file carries the same data with no keys and no nesting; the quote, which is
 * always the article's text between the source's offsets, travels as those offsets only. Main
 * rebuilds the events in one loop (its scavenges fell to about 700 ms, its busy share from a third
 * of the run to a quarter).
 *
 * Lossless for any event: what does not fit the short form (a quote that is not the article's
 * text, a source in an article not in the message, an `origin`) is carried as it is. A malformed
 * pack (a worker is code loaded by path) is refused with a PackedEventsError, never half read.
 *
 * Cells, per event:
 *   id, title, when.value, when.start, when.end, when.granularity, when.approximate, category,
 *   importance, origin (or null), actor count, actors…, place count, places…, source count, and
 *   per source: article (index into the message's articles, or the articleId), start, end,
 *   dateText, quote (null when it is the article's text from start to end).
 */
import { GRANULARITIES } from '../../../shared/model'
import type { Article, EventOrigin, EventSource, TimelineEvent } from '../../../shared/model'

export type Cell = string | number | boolean | null

export interface PackedEvents {
  /** The number of events. */
  count: number
  cells: Cell[]
}

export class PackedEventsError extends Error {
  override name = 'PackedEventsError'
}

export function packEvents(events: readonly TimelineEvent[], articles: readonly Article[]) {
  const cells: Cell[] = []
  const articleIndex = new Map<string, number>()
  articles.forEach((article, index) => articleIndex.set(article.id, index))
  for (const e of events) {
    const w = e.when
    cells.push(
      e.id,
      e.title,
      w.value,
      w.start,
      w.end,
      w.granularity,
      w.approximate,
      e.category,
      e.importance,
      e.origin ?? null
    )
    cells.push(e.actors.length)
    for (const actor of e.actors) cells.push(actor)
    cells.push(e.places.length)
    for (const place of e.places) cells.push(place)
    cells.push(e.sources.length)
    for (const s of e.sources) {
      const index = articleIndex.get(s.articleId)
      const text = index === undefined ? undefined : articles[index]!.text
      cells.push(index ?? s.articleId, s.start, s.end, s.dateText)
      cells.push(text !== undefined && text.slice(s.start, s.end) === s.quote ? null : s.quote)
    }
  }
  return { count: events.length, cells } satisfies PackedEvents
}

/** The shape test the protocol's message check uses: cheap, the cells are checked as read. */
export function isPackedEvents(value: unknown): value is PackedEvents {
  if (typeof value !== 'object' || value === null) return false
  const p = value as Record<string, unknown>
  return Number.isInteger(p['count']) && Array.isArray(p['cells'])
}

/** The events of `packed`, whose sources point into `articles`. Throws PackedEventsError. */
export function unpackEvents(packed: PackedEvents, articles: readonly Article[]): TimelineEvent[] {
  const cells = packed.cells
  const events: TimelineEvent[] = []
  let at = 0
  const str = (): string => {
    const cell = cells[at++]
    if (typeof cell !== 'string') throw malformed(at - 1, 'text')
    return cell
  }
  const num = (): number => {
    const cell = cells[at++]
    if (typeof cell !== 'number' || !Number.isFinite(cell)) throw malformed(at - 1, 'a number')
    return cell
  }
  const count = (): number => {
    const n = num()
    if (!Number.isInteger(n) || n < 0 || n > cells.length - at) throw malformed(at - 1, 'a count')
    return n
  }
  // Arrays are made at their final length: one grown by push from [] keeps room for 16 or more
  // elements, and a batch's events keep three arrays each alive until the batch is read.
  const strings = (): string[] => {
    const n = count()
    if (n === 0) return []
    const out = new Array<string>(n)
    for (let i = 0; i < n; i++) out[i] = str()
    return out
  }
  for (let k = 0; k < packed.count; k++) {
    const id = str()
    const title = str()
    const value = str()
    // A day's start and end are its value: one string kept for the three.
    let start = str()
    if (start === value) start = value
    let end = str()
    if (end === start) end = start
    const granularity = shared(granularities, str(), false)
    const approximate = cells[at++]
    if (typeof approximate !== 'boolean') throw malformed(at - 1, 'true or false')
    const category = shared(categories, str(), true)
    const importance = num()
    const originCell = cells[at++]
    if (originCell !== null && originCell !== 'edited' && originCell !== 'manual') {
      throw malformed(at - 1, 'an origin')
    }
    const actors = strings()
    const places = strings()
    const n = count()
    const sources: EventSource[] = n === 1 ? [source()] : new Array<EventSource>(n)
    if (n !== 1) for (let i = 0; i < n; i++) sources[i] = source()
    const event: TimelineEvent = {
      id,
      title,
      when: { value, start, end, granularity, approximate },
      actors,
      places,
      category,
      importance,
      sources
    }
    if (originCell !== null) event.origin = originCell as EventOrigin
    events.push(event)
  }
  if (at !== cells.length) throw malformed(at, 'the end of the events')
  return events

  function source(): EventSource {
    const ref = cells[at++]
    let article: Article | undefined
    let articleId: string
    if (typeof ref === 'number') {
      article = articles[ref]
      if (!article) throw malformed(at - 1, 'an article of the message')
      articleId = article.id
    } else if (typeof ref === 'string') {
      articleId = ref
    } else {
      throw malformed(at - 1, 'an article')
    }
    const start = num()
    const end = num()
    const dateText = str()
    const quoteCell = cells[at++]
    let quote: string
    if (typeof quoteCell === 'string') quote = quoteCell
    else if (quoteCell === null && article) quote = article.text.slice(start, end)
    else throw malformed(at - 1, 'a quote')
    return { articleId, quote, start, end, dateText }
  }
}

/**
 * The copy in `words` of `word`, if `words` holds it: a granularity or a category, words that
 * every event repeats, kept once so that the copies each message brings die young. A category
 * not met before is added (there are a handful; the list stops growing at 32).
 */
function shared<T extends string>(words: T[], word: string, grow: boolean): T {
  for (const w of words) if (w === word) return w
  if (grow && words.length < 32) words.push(word as T)
  return word as T
}

/** The categories met so far. */
const categories: string[] = []
const granularities = [...GRANULARITIES]

function malformed(index: number, expected: string): PackedEventsError {
  return new PackedEventsError(`cell ${index} of the packed events is not ${expected}`)
}
