/**
 * The events as an iCalendar file (RFC 5545), for calendar programs: one all-day VEVENT per
 * event over its days (DTEND is exclusive: the day after the last), the title as SUMMARY, the
 * readable date and the quotes with their articles as DESCRIPTION, the category as CATEGORIES and
 * the places as LOCATION.
 *
 * iCalendar dates have four-digit years, so an event outside 0001–9998 (which only a hand-made
 * expanded year could give) is left out.
 */
import { civilFromDays, daysFromCivil } from '../../../shared/civil-days'
import type { Project, TimelineEvent } from '../../../shared/model'
import { inTimeOrder } from './event-order'
import { articleLabel, indexArticles, type ArticleIndex } from './source-lines'
import { labelOfWhen } from './time-labels'

export interface IcalOptions {
  /** DTSTAMP, when the file was made (RFC 5545 requires it); now by default. */
  stamp?: Date
}

export function exportIcal(
  project: Pick<Project, 'title' | 'articles' | 'events'>,
  options: IcalOptions = {}
): string {
  const articles = indexArticles(project)
  const stamp = utcStamp(options.stamp ?? new Date())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dateline//Dateline timeline export//EN',
    'CALSCALE:GREGORIAN'
  ]
  // Not in RFC 5545, but what Apple, Google and Outlook show as the calendar's name.
  if (project.title.trim()) lines.push(`X-WR-CALNAME:${escapeText(project.title)}`)
  for (const event of inTimeOrder(project.events)) {
    const days = allDayDates(event)
    if (!days) continue
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.id)}@dateline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${days.start}`,
      `DTEND;VALUE=DATE:${days.end}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(describe(event, articles))}`
    )
    if (event.category) lines.push(`CATEGORIES:${escapeText(event.category)}`)
    if (event.places.length > 0) lines.push(`LOCATION:${escapeText(event.places.join(', '))}`)
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}

/** DTSTART and the exclusive DTEND as YYYYMMDD, or null when they need more than four digits. */
function allDayDates(event: TimelineEvent): { start: string; end: string } | null {
  const first = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.when.start)
  const last = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.when.end)
  if (!first || !last || first[1] === '0000') return null
  const after = civilFromDays(daysFromCivil(Number(last[1]), Number(last[2]), Number(last[3])) + 1)
  if (after.y > 9999) return null
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return {
    start: `${first[1]}${first[2]}${first[3]}`,
    end: `${pad(after.y, 4)}${pad(after.m, 2)}${pad(after.d, 2)}`
  }
}

function describe(event: TimelineEvent, articles: ArticleIndex): string {
  const quotes = event.sources.map(
    (source) => `“${source.quote}” — ${articleLabel(articles, source.articleId)}`
  )
  return [`When: ${labelOfWhen(event.when)}`, ...quotes].join('\n')
}

/** 20240101T120000Z */
function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/**
 * RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n, and the other
 * control characters (which TEXT does not allow; tab does) dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[^\t\x20-\x7e\u0080-\uffff]/g, '')
}

/**
 * Lines longer than 75 octets are folded: CRLF and a space, the space counting toward the next
 * line's 75. Folds fall between code points, never inside a UTF-8 sequence (or a surrogate pair).
 */
export function fold(line: string): string {
  if (line.length <= 25 || (line.length <= 75 && !/[^\x20-\x7e]/.test(line))) return line
  const parts: string[] = []
  let from = 0
  let octets = 0
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length
    // UTF-8 length by code unit, without encoding: 1, 2 or 3 octets, 4 for a surrogate pair.
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3
    if (octets + size > 75) {
      parts.push(line.slice(from, i))
      from = i
      octets = 1 // the leading space of the continuation line
    }
    octets += size
    if (pair) i++
  }
  parts.push(line.slice(from))
  return parts.join('\r\n ')
}
