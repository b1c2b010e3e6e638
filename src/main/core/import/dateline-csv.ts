/**
 * Dateline's own CSV (export/csv.ts) read back, so an export round-trips: title, the date
 * (start, end, value, granularity, approximate), category, actors and places. The id, origin,
 * importance and sources columns are not read: an imported event is the user's own, with its own
 * id and no sources (sources name articles this project may not have).
 *
 * Only title and start are required, so a sheet a person made with those columns imports too:
 * a missing end is the start; a missing granularity comes from the value, else from the days
 * (a whole month is a month); a missing value is the unit of the granularity at the start.
 */
import { GRANULARITIES, type Granularity, type TimeValue } from '../../../shared/model'
import { daysInMonth, type Ymd } from '../time/calendar-math'
import { granularityOf } from '../time/values'
import { DATELINE_CSV_COLUMNS, splitNames, unguardFormula } from '../export/csv-format'
import { quoteName } from '../project/errors'
import { columnIndex, type CsvTable } from './csv-rows'
import { FIRST_YEAR, LAST_YEAR } from './date-parts'
import { ImportError } from './errors'
import { ImportedEvents } from './imported-events'
import { spanWhen, unitValue } from './span-when'
import { DEFAULT_CATEGORY } from './timelinejs-json'
import type { ImportedTimeline } from './types'

type Column = (typeof DATELINE_CSV_COLUMNS)[number]

const GRANULARITY_SET: ReadonlySet<string> = new Set(GRANULARITIES)

const TRUE = new Set(['true', 'yes', '1', 'y'])
const FALSE = new Set(['false', 'no', '0', 'n', ''])

/** True when the header has Dateline's title column (the import then needs start too). */
export function isDatelineCsv(header: readonly string[]): boolean {
  return columnIndex(header, ['title']).title !== undefined
}

export function importDatelineCsv(table: CsvTable, fileName: string): ImportedTimeline {
  const at = columnIndex(table.header, DATELINE_CSV_COLUMNS)
  if (at.title === undefined || at.start === undefined) {
    throw new ImportError(
      'MISSING_COLUMN',
      `${quoteName(fileName)} has a title column but no start column, so its rows have no dates.`
    )
  }
  const out = new ImportedEvents()
  for (const skipped of table.damaged) out.skip(skipped.row, skipped.reason)
  for (const { row, cells } of table.rows) {
    // Our export guards formula-like cells with an apostrophe (csv-format.ts): take it off.
    const cell = (name: Column): string => {
      const i = at[name]
      return i === undefined ? '' : unguardFormula(cells[i] ?? '')
    }
    const when = whenOfRow(cell)
    if (typeof when === 'string') {
      out.skip(row, when)
      continue
    }
    out.add(row, {
      title: cell('title'),
      when,
      category: cell('category').trim() || DEFAULT_CATEGORY,
      actors: splitNames(cell('actors')),
      places: splitNames(cell('places'))
    })
  }
  out.skipped.sort((a, b) => a.row - b.row)
  if (out.events.length === 0 && out.skipped.length === 0) {
    throw new ImportError('NO_EVENTS', `${quoteName(fileName)} has no events, only its header.`)
  }
  return out.result()
}

function whenOfRow(cell: (name: Column) => string): TimeValue | string {
  const startText = cell('start').trim()
  const endText = cell('end').trim() || startText
  const first = dayOf(startText, 'start')
  if (typeof first === 'string') return first
  const last = dayOf(endText, 'end')
  if (typeof last === 'string') return last
  if (endText < startText) return `its end ${endText} is before its start ${startText}`
  const approximateText = cell('approximate').trim().toLowerCase()
  if (!TRUE.has(approximateText) && !FALSE.has(approximateText)) {
    return `its approximate cell says "${cell('approximate').trim()}", not true or false`
  }
  const approximate = TRUE.has(approximateText)
  const granularityText = cell('granularity').trim().toLowerCase()
  if (granularityText && !GRANULARITY_SET.has(granularityText)) {
    return `its granularity "${cell('granularity').trim()}" is not one of ${GRANULARITIES.join(', ')}`
  }
  const value = cell('value').trim()
  if (value.length > 100) return 'its value is longer than 100 characters'
  const granularity = granularityText
    ? (granularityText as Granularity)
    : value
      ? granularityOf(value)
      : null
  if (!granularity) {
    // Named by its days; a value we cannot read (an old "XXXX-WI") is kept as written.
    const named = spanWhen(first, last, approximate)
    return value ? { ...named, value } : named
  }
  return {
    value: value || unitValue(granularity, first),
    start: startText,
    end: endText,
    granularity,
    approximate
  }
}

/** A real day written YYYY-MM-DD with a year Dateline shows, or why not. */
function dayOf(text: string, name: 'start' | 'end'): Ymd | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) {
    return text
      ? `its ${name} "${text}" is not a date written YYYY-MM-DD`
      : `it has no ${name} date`
  }
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  if (day.y < FIRST_YEAR || day.y > LAST_YEAR) {
    return `the year ${day.y} is outside ${FIRST_YEAR}–${LAST_YEAR}, the years Dateline can show`
  }
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > daysInMonth(day.y, day.m)) {
    return `its ${name} ${text} is not a real date`
  }
  return day
}
