/**
 * Importing TimelineJS files made elsewhere: the JSON format and the Google-sheet CSV, from
 * fixtures written like Knight Lab's examples (HTML text, media, eras, optional fields missing,
 * bad dates). What an event keeps, what is skipped and why.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importTimeline } from '../../src/main/core/import'
import { eventSchema } from '../../src/main/core/project'
import type { TimelineEvent } from '../../src/shared/model'

const FIXTURES = path.join(__dirname, 'fixtures')
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8')

/** Title → the parts of the event the import sets from the file. */
function byTitle(events: TimelineEvent[]) {
  return Object.fromEntries(events.map((e) => [e.title, { when: e.when, category: e.category }]))
}

const day = (value: string) => ({
  value,
  start: value.slice(0, 10),
  end: value.slice(0, 10),
  granularity: 'day',
  approximate: false
})

describe('TimelineJS JSON', () => {
  const result = importTimeline(read('export-timelinejs-knightlab.json'), 'cold-war.json')

  it('reads the title slide and each event’s dates, headline (as text) and group', () => {
    expect(result.title).toBe('The End of the Cold War')
    expect(byTitle(result.events)).toEqual({
      'The Berlin Wall falls': { when: day('1989-11-09'), category: 'Germany' },
      'German reunification': { when: day('1990-10-03T00:00'), category: 'Germany' },
      'Dissolution of the Soviet Union & the CIS': {
        when: {
          value: '1991-12-01',
          start: '1991-12-01',
          end: '1991-12-26',
          granularity: 'day',
          approximate: false
        },
        category: 'USSR'
      },
      Perestroika: {
        when: {
          value: '1985',
          start: '1985-01-01',
          end: '1991-12-31',
          granularity: 'year',
          approximate: false
        },
        category: 'USSR'
      },
      'Talks in Vienna — first quarter': {
        when: {
          value: '1989-Q1',
          start: '1989-01-01',
          end: '1989-03-31',
          granularity: 'quarter',
          approximate: false
        },
        category: 'Diplomacy'
      },
      'A year of treaties: Two Plus Four, CFE, and the Charter of Paris for a New Europe.': {
        when: {
          value: '1990',
          start: '1990-01-01',
          end: '1990-12-31',
          granularity: 'year',
          approximate: false
        },
        category: 'other'
      }
    })
  })

  it('skips the events it cannot date, saying why, and counts them from 1', () => {
    expect(result.skipped).toEqual([
      { row: 7, reason: 'its start_date is wrong: 1989-02-30 is not a real date' },
      {
        row: 8,
        reason:
          'its start_date is wrong: the year -500 is outside 1–9999, the years Dateline can show'
      },
      {
        row: 9,
        reason:
          'its start_date is wrong: the year 12000 is outside 1–9999, the years Dateline can show'
      },
      { row: 10, reason: 'it has no start_date' }
    ])
  })

  it('makes the user’s own events: manual, no sources, valid for the project', () => {
    for (const event of result.events) {
      expect(event).toMatchObject({
        origin: 'manual',
        sources: [],
        importance: 1,
        actors: [],
        places: []
      })
      expect(event.id).toMatch(/^i-[0-9a-f]{8}$/)
      expect(eventSchema.safeParse(event).error).toBeUndefined()
    }
  })

  it('tolerates missing optional fields and reads numbers written as strings', () => {
    const text = JSON.stringify({
      events: [
        { start_date: { year: '2021', month: '', day: null } },
        {
          start_date: { year: 2020, month: 2 },
          text: { headline: 'Leap' },
          end_date: { year: 2020, month: 2, day: 29 }
        },
        { start_date: { year: 2019 }, text: {}, group: '' }
      ]
    })
    const { events, skipped, title } = importTimeline(text, 'minimal.json')
    expect(skipped).toEqual([])
    expect(title).toBeUndefined()
    expect(events.map((e) => [e.title, e.when.value, e.when.granularity, e.category])).toEqual([
      ['', '2021', 'year', 'other'],
      ['Leap', '2020-02', 'month', 'other'],
      ['', '2019', 'year', 'other']
    ])
  })

  it('reads the labels Dateline writes in display_date: seasons, parts of the day, “c.”', () => {
    const text = JSON.stringify({
      events: [
        {
          start_date: { year: 2013, month: 12 },
          end_date: { year: 2014, month: 2 },
          display_date: 'c. Winter 2013–2014',
          text: { headline: 'Winter' }
        },
        {
          start_date: { year: 2013, month: 12 },
          end_date: { year: 2014, month: 2 },
          text: { headline: 'Three months' }
        },
        {
          start_date: { year: 2021, month: 10, day: 18 },
          display_date: '18 October 2021, evening',
          text: { headline: 'Evening' }
        },
        { start_date: { year: 2014 }, display_date: 'c. 2014', text: { headline: 'About' } },
        {
          start_date: { year: 2014 },
          display_date: 'Sometime in 2014',
          text: { headline: 'Free text' }
        }
      ]
    })
    const when = Object.fromEntries(
      importTimeline(text, 'labels.json').events.map((e) => [e.title, e.when])
    )
    expect(when['Winter']).toEqual({
      value: '2013-WI',
      start: '2013-12-01',
      end: '2014-02-28',
      granularity: 'season',
      approximate: true
    })
    // Without our label the same months are a span of months (no unit names December–February).
    expect(when['Three months']).toEqual({
      value: '2013-12',
      start: '2013-12-01',
      end: '2014-02-28',
      granularity: 'month',
      approximate: false
    })
    expect(when['Evening']).toMatchObject({ value: '2021-10-18TEV', granularity: 'day' })
    expect(when['About']).toMatchObject({ value: '2014', approximate: true })
    expect(when['Free text']).toMatchObject({ value: '2014', approximate: false })
  })

  it('skips an event whose end is before its start, or whose end date is wrong', () => {
    const text = JSON.stringify({
      events: [
        { start_date: { year: 2021 }, end_date: { year: 2020 }, text: { headline: 'Backwards' } },
        {
          start_date: { year: 2021 },
          end_date: { year: 2021, day: 3 },
          text: { headline: 'Day, no month' }
        },
        { start_date: { year: 2021, month: 1.5 }, text: { headline: 'Fraction' } },
        'not an object'
      ]
    })
    expect(importTimeline(text, 'bad.json').skipped).toEqual([
      { row: 1, reason: 'its end date is before its start date' },
      { row: 2, reason: 'its end_date is wrong: it has a day (3) but no month' },
      { row: 3, reason: 'its start_date is wrong: the month 1.5 is not a whole number' },
      { row: 4, reason: 'it is not an event object' }
    ])
  })

  it('keeps only the text of HTML, whatever the markup', () => {
    const text = JSON.stringify({
      title: { text: { headline: '<h1 onclick="x()">Title &copy; 2024</h1>' } },
      events: [
        {
          start_date: { year: 2021 },
          text: { headline: '<script>alert(1)</script>Safe <b>bold</b> &lt;tag&gt; &#x41;&#66;' },
          group: '<i>Group</i> &amp; co'
        }
      ]
    })
    const result = importTimeline(text, 'html.json')
    expect(result.title).toBe('Title © 2024')
    expect(result.events[0]).toMatchObject({ title: 'Safe bold <tag> AB', category: 'Group & co' })
  })
})

describe('the TimelineJS Google sheet (CSV)', () => {
  const result = importTimeline(read('export-timelinejs-sheet.csv'), 'cold-war-sheet.csv')

  it('reads the title row and the events, as text', () => {
    expect(result.title).toBe('The Cold War, ended')
    expect(byTitle(result.events)).toEqual({
      'The Berlin Wall falls': { when: day('1989-11-09T18:53'), category: 'Germany' },
      'German reunification': { when: day('1990-10-03'), category: 'Germany' },
      'Talks in Vienna & Geneva': {
        when: {
          value: '1989-Q1',
          start: '1989-01-01',
          end: '1989-03-31',
          granularity: 'quarter',
          approximate: false
        },
        category: 'Diplomacy'
      },
      'Dissolution of the Soviet Union': {
        when: {
          value: '1991-12-01',
          start: '1991-12-01',
          end: '1991-12-26',
          granularity: 'day',
          approximate: false
        },
        category: 'USSR'
      },
      'August coup, "the putsch"': {
        when: {
          value: '1991-08-19',
          start: '1991-08-19',
          end: '1991-08-21',
          granularity: 'day',
          approximate: false
        },
        category: 'USSR'
      }
    })
  })

  it('skips eras and bad dates with their spreadsheet row numbers; blank rows are ignored', () => {
    expect(result.skipped).toEqual([
      { row: 3, reason: 'it is an era (a background period), which Dateline does not have' },
      { row: 9, reason: 'its date is wrong: 1989-02-30 is not a real date' },
      {
        row: 10,
        reason: 'its date is wrong: the year 12000 is outside 1–9999, the years Dateline can show'
      },
      { row: 11, reason: 'its date is wrong: 13 is not a month (1–12)' }
    ])
  })

  it('matches column names whatever their case and spacing, ignores other columns', () => {
    const csv =
      ' YEAR ,month,Notes,HEADLINE,group,endyear\n2021,3,ignored,Spring talks,Diplomacy,\n2020,,,Whole years,,2021\n'
    const { events } = importTimeline(csv, 'odd-header.csv')
    expect(events.map((e) => [e.title, e.when.value, e.when.end, e.category])).toEqual([
      ['Spring talks', '2021-03', '2021-03-31', 'Diplomacy'],
      ['Whole years', '2020', '2021-12-31', 'other']
    ])
  })

  it('reads the sheet saved as TSV or with semicolons', () => {
    const rows = [
      ['Year', 'Month', 'Day', 'Headline', 'Group'],
      ['2021', '10', '18', 'Talks; then, a break', 'Diplomacy']
    ]
    for (const [name, text] of [
      ['sheet.tsv', rows.map((r) => r.join('\t')).join('\n')],
      [
        'sheet.csv',
        rows.map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\r\n')
      ]
    ] as const) {
      const { events } = importTimeline(text, name)
      expect(events.map((e) => [e.title, e.when.value, e.category])).toEqual([
        ['Talks; then, a break', '2021-10-18', 'Diplomacy']
      ])
    }
  })

  it('reads clock times as spreadsheets write them', () => {
    const csv =
      'Year,Month,Day,Time,Headline\n2021,10,18,6:05 PM,A\n2021,10,18,12:00 am,B\n2021,10,18,25:00,C\n2021,10,18,noon,D\n'
    expect(importTimeline(csv, 'times.csv').events.map((e) => e.when.value)).toEqual([
      '2021-10-18T18:05',
      '2021-10-18T00:00',
      '2021-10-18',
      '2021-10-18'
    ])
  })
})
