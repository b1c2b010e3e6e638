/**
 * The cells of Dateline's CSV, both ways: the columns, RFC 4180 quoting, the guard against
 * formula injection, and the lists of names in one cell. The writer is ours (a dozen lines, and
 * faster than a general one for 100,000 rows); reading is papaparse's (see import/csv-rows.ts).
 */

/** The columns of the CSV export, in order; the import finds them by name. */
export const DATELINE_CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'value',
  'granularity',
  'approximate',
  'category',
  'actors',
  'places',
  'importance',
  'origin',
  'sources',
  'source_count'
] as const

export type DatelineCsvColumn = (typeof DATELINE_CSV_COLUMNS)[number]

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR, which some strip first)
 * as a formula: a title such as `=HYPERLINK("http://…")` from an article would become a live link
 * or worse when the file is opened in Excel. Such a cell gets a leading apostrophe, which
 * spreadsheets read as "text". A cell that already starts with apostrophes before such a
 * character gets one more, so the import can take exactly one off and every cell comes back as
 * it was.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const GUARDED = /^'+[=+\-@\t\r]/

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) || GUARDED.test(cell) ? `'${cell}` : cell
}

export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell
}

/** RFC 4180: a field with a quote, comma or line break is quoted, its quotes doubled. */
export function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

export function csvRow(cells: readonly string[]): string {
  return cells.map((cell) => csvField(guardFormula(cell))).join(',')
}

/**
 * Names (actors, places) in one cell: "Sergei Lavrov; NATO". A `;` or `\` inside a name is
 * written `\;` or `\\`, so every list reads back as it was.
 */
export function joinNames(names: readonly string[]): string {
  return names.map((name) => name.replace(/[\\;]/g, '\\$&')).join('; ')
}

export function splitNames(cell: string): string[] {
  const names: string[] = []
  let current = ''
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!
    if (c === '\\' && i + 1 < cell.length) current += cell[++i]
    else if (c === ';') {
      names.push(current)
      current = ''
    } else current += c
  }
  names.push(current)
  // People editing the file in a spreadsheet write "a;b" or "a ; b": spaces around names go.
  return names.map((name) => name.trim()).filter((name) => name !== '')
}
