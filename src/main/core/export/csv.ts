/**
 * The events as a CSV file: one row per event, in date order, with the columns of
 * csv-format.ts. The sources cell names each source as "Article title (source, published):
 * quote", separated by " | ", for reading; the import (import/dateline-csv.ts) reads the other
 * columns back, so an export round-trips.
 *
 * The file starts with a UTF-8 byte order mark and ends lines with CRLF (RFC 4180): without the
 * mark Excel reads UTF-8 as the local code page and garbles every accent and Cyrillic name.
 */
import type { Project, TimelineEvent } from '../../../shared/model'
import { csvRow, DATELINE_CSV_COLUMNS, joinNames, type DatelineCsvColumn } from './csv-format'
import { inTimeOrder } from './event-order'
import { indexArticles, sourceLine, type ArticleIndex } from './source-lines'

export const CSV_BOM = '\uFEFF'

export function exportCsv(project: Pick<Project, 'articles' | 'events'>): string {
  const articles = indexArticles(project)
  const lines = [csvRow(DATELINE_CSV_COLUMNS)]
  for (const event of inTimeOrder(project.events)) {
    const cells = cellsOf(event, articles)
    lines.push(csvRow(DATELINE_CSV_COLUMNS.map((column) => cells[column])))
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`
}

function cellsOf(event: TimelineEvent, articles: ArticleIndex): Record<DatelineCsvColumn, string> {
  return {
    id: event.id,
    title: event.title,
    start: event.when.start,
    end: event.when.end,
    value: event.when.value,
    granularity: event.when.granularity,
    approximate: String(event.when.approximate),
    category: event.category,
    actors: joinNames(event.actors),
    places: joinNames(event.places),
    importance: String(event.importance),
    origin: event.origin ?? '',
    sources: event.sources.map((source) => sourceLine(articles, source)).join(' | '),
    source_count: String(event.sources.length)
  }
}
