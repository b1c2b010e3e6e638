/**
 * A CSV file as a header and rows, read by papaparse (RFC 4180: quoted fields, doubled quotes,
 * line breaks inside quotes). The delimiter is the one the header line uses most of comma, tab
 * and semicolon (Google Sheets downloads CSV or TSV; a spreadsheet in a European locale saves
 * with semicolons); papaparse's own guess needs more rows than a small file has.
 */
import Papa from 'papaparse'
import { quoteName } from '../project/errors'
import { ImportError, MAX_IMPORT_ROWS } from './errors'
import type { SkippedRow } from './types'

export interface CsvTable {
  /** Column names, trimmed. */
  header: string[]
  /** Rows that are not blank, with their spreadsheet row number (the header is row 1). */
  rows: { row: number; cells: string[] }[]
  /** Rows papaparse found damaged (a stray quote), which are not in `rows`. */
  damaged: SkippedRow[]
}

export function readCsv(text: string, fileName: string): CsvTable {
  const result = Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    // The header, the most rows we take, one more to know there are too many, and some slack
    // for blank lines, which do not count.
    preview: MAX_IMPORT_ROWS + 102,
    skipEmptyLines: false
  })
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes')
  if (unclosed) {
    throw new ImportError(
      'UNREADABLE',
      `${quoteName(fileName)} cannot be read as CSV: a quoted field opened on row ${(unclosed.row ?? 0) + 1} is never closed.`
    )
  }
  const [head = [], ...records] = result.data
  // papaparse numbers records from 0, the header included.
  const broken = new Set(
    result.errors.filter((e) => e.code === 'InvalidQuotes').map((e) => e.row ?? -1)
  )
  const rows: CsvTable['rows'] = []
  const damaged: SkippedRow[] = []
  records.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((cell) => cell.trim() === '')) return
    if (broken.has(i + 1)) damaged.push({ row, reason: 'it has a misplaced quote mark' })
    else rows.push({ row, cells })
  })
  if (result.meta.truncated || rows.length + damaged.length > MAX_IMPORT_ROWS) {
    throw new ImportError(
      'TOO_MANY_ROWS',
      `${quoteName(fileName)} has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows: too many to import. Split it into smaller files.`
    )
  }
  return { header: head.map((name) => name.trim()), rows, damaged }
}

/** The delimiter the first line uses most (outside quotes); a comma when it uses none. */
function delimiterOf(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 }
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) break
    else if (!quoted && c in counts) counts[c]!++
  }
  return Object.entries(counts).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
}

/** A header name for matching: case and everything but letters and digits ignored. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** The index of each wanted column in the header (the first, if one repeats). */
export function columnIndex<K extends string>(
  header: readonly string[],
  wanted: readonly K[]
): Partial<Record<K, number>> {
  const byKey = new Map<string, number>()
  header.forEach((name, i) => {
    const key = columnKey(name)
    if (!byKey.has(key)) byKey.set(key, i)
  })
  const out: Partial<Record<K, number>> = {}
  for (const name of wanted) {
    const i = byKey.get(columnKey(name))
    if (i !== undefined) out[name] = i
  }
  return out
}
