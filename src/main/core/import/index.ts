/**
 * Imports a timeline another tool made, or one Dateline exported: TimelineJS JSON, the TimelineJS
 * Google-sheet CSV, and Dateline's own CSV. The events come back as the user's own (origin
 * 'manual', no sources), with the rows that were skipped and why. Plain Node, no Electron.
 */
import { PROJECT_FORMAT } from '../../../shared/model'
import { describeJsonError } from '../project/json-error'
import { quoteName } from '../project/errors'
import { readCsv } from './csv-rows'
import { importDatelineCsv, isDatelineCsv } from './dateline-csv'
import { ImportError } from './errors'
import { importTimelineJsJson } from './timelinejs-json'
import { importTimelineJsSheet, isTimelineJsSheet } from './timelinejs-sheet'
import type { ImportedTimeline } from './types'

export { ImportError, MAX_IMPORT_ROWS, type ImportErrorCode } from './errors'
export type { ImportedTimeline, SkippedRow } from './types'

const JSON_EXTENSIONS = /\.json$/i
const CSV_EXTENSIONS = /\.(?:csv|tsv)$/i

/**
 * The events of a file's text. Which format it is comes from the extension (.json; .csv, .tsv)
 * and, for any other name (.txt, none), from the content: JSON starts with { or [. Throws an
 * ImportError naming the file when nothing can be imported.
 */
export function importTimeline(text: string, fileName: string): ImportedTimeline {
  const name = quoteName(fileName)
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') throw new ImportError('EMPTY', `${name} is empty.`)
  const looksJson = /^\s*[{[]/.test(body)
  if (JSON_EXTENSIONS.test(fileName) || (!CSV_EXTENSIONS.test(fileName) && looksJson)) {
    return importJson(body, fileName)
  }
  return importCsv(body, fileName)
}

function importJson(text: string, fileName: string): ImportedTimeline {
  const name = quoteName(fileName)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const why = describeJsonError(error, text)
    throw new ImportError('UNREADABLE', `${name} cannot be imported: ${why}.`, { cause: error })
  }
  const object =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null
  if (object?.format === PROJECT_FORMAT) {
    throw new ImportError(
      'NOT_A_TIMELINE',
      `${name} is a Dateline project, not a timeline to import: open it with File › Open.`
    )
  }
  if (object && 'timeline' in object && !('events' in object)) {
    throw new ImportError(
      'NOT_A_TIMELINE',
      `${name} is in the old TimelineJS 2 format, which Dateline does not read; TimelineJS3 files have an "events" list.`
    )
  }
  return importTimelineJsJson(data, fileName)
}

function importCsv(text: string, fileName: string): ImportedTimeline {
  const name = quoteName(fileName)
  if (looksBinary(text)) {
    const hint = text.startsWith('PK')
      ? ' (a spreadsheet saved as .xlsx? Save or download it as CSV)'
      : ''
    throw new ImportError(
      'UNREADABLE',
      `${name} is neither JSON nor CSV: it is a binary file${hint}.`
    )
  }
  const table = readCsv(text, fileName)
  if (isTimelineJsSheet(table.header)) return importTimelineJsSheet(table, fileName)
  if (isDatelineCsv(table.header)) return importDatelineCsv(table, fileName)
  throw new ImportError(
    'MISSING_COLUMN',
    `${name} has no Headline column (a TimelineJS sheet) or title column (a Dateline CSV), so there is nothing to import. Its columns are: ${describeHeader(table.header)}.`
  )
}

/** NUL characters or many undecodable bytes in the first 4 kB: not text. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096)
  return head.includes('\u0000') || (head.match(/\uFFFD/g)?.length ?? 0) > 8
}

function describeHeader(header: readonly string[]): string {
  const names = header
    .filter(Boolean)
    .slice(0, 8)
    .map((h) => `“${h.slice(0, 40)}”`)
  if (names.length === 0) return 'none'
  return names.join(', ') + (header.length > 8 ? ', …' : '')
}
