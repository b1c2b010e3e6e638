/**
 * The TimelineJS Google-sheet template, downloaded as CSV (or TSV): columns Year, Month, Day,
 * Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
 * Media Caption, Media Thumbnail, Type, Group, Background. Names are matched whatever their case
 * and spacing; other columns are ignored.
 *
 * A row of Type "title" gives the title; a row of Type "era" is a background period, which
 * Dateline does not have, so it is skipped with that reason. Like the JSON import, the Time of a
 * one-day row is kept (18:53, 6:53 PM), the end time, text, media and background are not, and
 * Text becomes the title only when Headline is empty.
 */
import { quoteName } from '../project/errors'
import { columnIndex, type CsvTable } from './csv-rows'
import { clockTimeOfText, datePart, type DatePart } from './date-parts'
import { ImportError } from './errors'
import { htmlText } from './html-text'
import { ImportedEvents } from './imported-events'
import { whenOf } from './span-when'
import { DEFAULT_CATEGORY, titleOf } from './timelinejs-json'
import type { ImportedTimeline } from './types'

const COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'Display Date',
  'Headline',
  'Text',
  'Type',
  'Group'
] as const

/** True when the header is the TimelineJS sheet's (it has a Headline column). */
export function isTimelineJsSheet(header: readonly string[]): boolean {
  return columnIndex(header, ['Headline']).Headline !== undefined
}

export function importTimelineJsSheet(table: CsvTable, fileName: string): ImportedTimeline {
  const at = columnIndex(table.header, COLUMNS)
  if (at.Year === undefined) {
    throw new ImportError(
      'MISSING_COLUMN',
      `${quoteName(fileName)} has a Headline column but no Year column, so its rows have no dates.`
    )
  }
  const out = new ImportedEvents()
  for (const skipped of table.damaged) out.skip(skipped.row, skipped.reason)
  let title: string | undefined
  for (const { row, cells } of table.rows) {
    const cell = (name: (typeof COLUMNS)[number]): string => {
      const i = at[name]
      return i === undefined ? '' : (cells[i] ?? '').trim()
    }
    const type = cell('Type').toLowerCase()
    if (type === 'title') {
      title ??= htmlText(cell('Headline')) || undefined
      continue
    }
    if (type === 'era') {
      out.skip(row, 'it is an era (a background period), which Dateline does not have')
      continue
    }
    const start = datePart(cell('Year'), cell('Month'), cell('Day'))
    if (typeof start === 'string') {
      out.skip(row, `its date is wrong: ${start}`)
      continue
    }
    let end: DatePart | null = null
    if (cell('End Year') || cell('End Month') || cell('End Day')) {
      const read = datePart(cell('End Year'), cell('End Month'), cell('End Day'))
      if (typeof read === 'string') {
        out.skip(row, `its end date is wrong: ${read}`)
        continue
      }
      end = read
    }
    const display = cell('Display Date')
    const when = whenOf(
      start,
      end,
      display ? htmlText(display) : null,
      clockTimeOfText(cell('Time'))
    )
    if (typeof when === 'string') {
      out.skip(row, when)
      continue
    }
    out.add(row, {
      title: titleOf(cell('Headline'), cell('Text')),
      when,
      category: htmlText(cell('Group')) || DEFAULT_CATEGORY
    })
  }
  out.skipped.sort((a, b) => a.row - b.row)
  if (out.events.length === 0 && out.skipped.length === 0) {
    throw new ImportError('NO_EVENTS', `${quoteName(fileName)} has no events, only its header.`)
  }
  return out.result(title)
}
