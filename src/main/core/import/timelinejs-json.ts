/**
 * A TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html) as events.
 *
 * Read: the title slide's headline (the import's title); each event's start_date and end_date
 * (year, month, day; the hour and minute of a one-day date), its headline (or, without one, the
 * start of its text), its group (the category) and its display_date (see span-when.ts).
 * Not kept, as an event has no place for them: the event's text, media and background, and the
 * eras. Optional fields may be missing; a bad event is skipped with its reason.
 */
import { quoteName } from '../project/errors'
import { clockTime, datePart, type DatePart } from './date-parts'
import { ImportError, MAX_IMPORT_ROWS } from './errors'
import { htmlText } from './html-text'
import { ImportedEvents } from './imported-events'
import { whenOf } from './span-when'
import type { ImportedTimeline } from './types'

/** What an event without a group is filed under. */
export const DEFAULT_CATEGORY = 'other'

/** The longest title made from an event's text when it has no headline. */
const TITLE_FROM_TEXT = 120

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const stringOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''

export function importTimelineJsJson(data: unknown, fileName: string): ImportedTimeline {
  const name = quoteName(fileName)
  if (!isObject(data) || !('events' in data)) {
    throw new ImportError(
      'NOT_A_TIMELINE',
      `${name} is JSON but not a TimelineJS file: it has no "events" list.`
    )
  }
  const events = data.events
  if (!Array.isArray(events)) {
    throw new ImportError(
      'NOT_A_TIMELINE',
      `${name} is not a TimelineJS file: "events" is not a list.`
    )
  }
  if (events.length === 0) throw new ImportError('NO_EVENTS', `${name} has no events.`)
  if (events.length > MAX_IMPORT_ROWS) {
    throw new ImportError(
      'TOO_MANY_ROWS',
      `${name} has ${events.length.toLocaleString('en')} events, more than the ${MAX_IMPORT_ROWS.toLocaleString('en')} an import takes. Split it into smaller files.`
    )
  }
  const out = new ImportedEvents()
  events.forEach((event: unknown, i) => readEvent(out, event, i + 1))
  const slide = isObject(data.title) && isObject(data.title.text) ? data.title.text : null
  return out.result(slide ? htmlText(stringOf(slide.headline)) : undefined)
}

function readEvent(out: ImportedEvents, event: unknown, row: number): void {
  if (!isObject(event)) return out.skip(row, 'it is not an event object')
  if (!isObject(event.start_date)) return out.skip(row, 'it has no start_date')
  const start = dateOf(event.start_date)
  if (typeof start === 'string') return out.skip(row, `its start_date is wrong: ${start}`)
  let end: DatePart | null = null
  if (isObject(event.end_date) && !isBlankDate(event.end_date)) {
    const read = dateOf(event.end_date)
    if (typeof read === 'string') return out.skip(row, `its end_date is wrong: ${read}`)
    end = read
  }
  const display = stringOf(event.display_date) || stringOf(event.start_date.display_date)
  const time = clockTime(event.start_date.hour, event.start_date.minute)
  const when = whenOf(start, end, display ? htmlText(display) : null, time)
  if (typeof when === 'string') return out.skip(row, when)
  const text = isObject(event.text) ? event.text : {}
  out.add(row, {
    title: titleOf(stringOf(text.headline), stringOf(text.text)),
    when,
    category: htmlText(stringOf(event.group)) || DEFAULT_CATEGORY
  })
}

function dateOf(date: Json): DatePart | string {
  return datePart(date.year, date.month, date.day)
}

/** An end_date with no parts at all (some tools write `"end_date": {}`) is no end date. */
function isBlankDate(date: Json): boolean {
  return [date.year, date.month, date.day].every(
    (part) => part === undefined || part === null || part === ''
  )
}

/** The headline as text; without one, the start of the event's text. */
export function titleOf(headline: string, text: string): string {
  const title = htmlText(headline)
  if (title) return title
  const body = htmlText(text)
  if (body.length <= TITLE_FROM_TEXT) return body
  let cut = TITLE_FROM_TEXT - 1
  // Never between the two halves of a surrogate pair.
  if (/[\udc00-\udfff]/.test(body[cut] ?? '')) cut--
  return `${body.slice(0, cut).trimEnd()}…`
}
