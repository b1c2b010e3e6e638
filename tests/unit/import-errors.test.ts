/**
 * What the import refuses (with an ImportError naming the file), what it skips row by row, how
 * it tells the formats apart, the row limit, the leniency of Dateline's CSV for sheets made by
 * hand, and stable ids.
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportCsv, exportJson } from '../../src/main/core/export'
import { ImportError, importTimeline, MAX_IMPORT_ROWS } from '../../src/main/core/import'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import type { Project } from '../../src/shared/model'

const ROOT = path.resolve(__dirname, '../..')

let sample: Project
beforeAll(async () => {
  sample = await loadSampleProject(path.join(ROOT, 'resources/sample'))
})

function refusal(text: string, file: string): ImportError {
  try {
    importTimeline(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return error as ImportError
  }
  throw new Error(`${file} was imported`)
}

describe('files that cannot be imported', () => {
  it.each<[string, string, string, ImportError['code'], RegExp]>([
    ['empty', '', 'timeline.csv', 'EMPTY', /^“timeline\.csv” is empty\.$/],
    ['white space and a BOM', '\uFEFF  \r\n\t', 'timeline.json', 'EMPTY', /is empty/],
    [
      'a spreadsheet saved as .xlsx',
      'PK\u0003\u0004\u0014\u0000\u0006\u0000',
      'timeline.csv',
      'UNREADABLE',
      /neither JSON nor CSV.*\.xlsx/
    ],
    [
      'JSON cut short',
      '{"events": [{"start_date"',
      'timeline.json',
      'UNREADABLE',
      /ends in the middle/
    ],
    ['not JSON', 'events: yes', 'timeline.json', 'UNREADABLE', /not valid JSON/],
    [
      'JSON without events',
      '{"title": {"text": {"headline": "x"}}}',
      'timeline.json',
      'NOT_A_TIMELINE',
      /no "events" list/
    ],
    [
      'events that are not a list',
      '{"events": {"a": 1}}',
      'timeline.json',
      'NOT_A_TIMELINE',
      /"events" is not a list/
    ],
    ['a list, not an object', '[1, 2, 3]', 'timeline.json', 'NOT_A_TIMELINE', /no "events" list/],
    ['no events', '{"events": []}', 'timeline.json', 'NO_EVENTS', /has no events/],
    ['TimelineJS 2', '{"timeline": {"date": []}}', 'old.json', 'NOT_A_TIMELINE', /TimelineJS 2/],
    [
      'a CSV without Headline or title',
      'Name,When\nA,2021\n',
      'people.csv',
      'MISSING_COLUMN',
      /no Headline column.*“Name”, “When”/
    ],
    [
      'prose',
      'Dear diary, today nothing happened.\nTomorrow neither.',
      'notes.txt',
      'MISSING_COLUMN',
      /no Headline column/
    ],
    [
      'a sheet without Year',
      'Headline,Month\nA,3\n',
      'sheet.csv',
      'MISSING_COLUMN',
      /no Year column/
    ],
    [
      'a Dateline CSV without start',
      'title,end\nA,2021-01-01\n',
      'ours.csv',
      'MISSING_COLUMN',
      /no start column/
    ],
    ['only a header', 'Year,Headline\r\n\r\n', 'sheet.csv', 'NO_EVENTS', /only its header/],
    [
      'an unclosed quote',
      'Year,Headline\n2021,"Talks\n2022,More\n',
      'sheet.csv',
      'UNREADABLE',
      /row 2 is never closed/
    ]
  ])('refuses %s', (_what, text, file, code, message) => {
    const error = refusal(text, file)
    expect(error.code).toBe(code)
    expect(error.name).toBe('ImportError')
    expect(error.message).toMatch(message)
    expect(error.message).toContain(`“${file}”`)
  })

  it('refuses a Dateline project, pointing to File › Open', () => {
    const error = refusal(exportJson(sample), 'relations.json')
    expect(error.code).toBe('NOT_A_TIMELINE')
    expect(error.message).toMatch(/is a Dateline project.*File › Open/)
  })

  it('names the file, not its folder', () => {
    expect(refusal('', '/home/someone/Documents/cold war.csv').message).toBe(
      '“cold war.csv” is empty.'
    )
  })
})

describe('the row limit', () => {
  const sheet = (rows: number) => `Year,Headline\n${'2021,Talks\n'.repeat(rows)}`

  it(`takes ${MAX_IMPORT_ROWS.toLocaleString('en')} rows and refuses one more`, () => {
    expect(MAX_IMPORT_ROWS).toBe(100_000)
    const error = refusal(sheet(MAX_IMPORT_ROWS + 1), 'huge.csv')
    expect(error.code).toBe('TOO_MANY_ROWS')
    expect(error.message).toMatch(/“huge\.csv” has more than 100,000 rows/)
    const { events } = importTimeline(sheet(MAX_IMPORT_ROWS), 'big.csv')
    expect(events).toHaveLength(MAX_IMPORT_ROWS)
    expect(new Set(events.map((e) => e.id)).size).toBe(MAX_IMPORT_ROWS)
  })

  it('counts events in a TimelineJS JSON file too', () => {
    const events = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({
      start_date: { year: 2021 }
    }))
    const error = refusal(JSON.stringify({ events }), 'huge.json')
    expect(error.code).toBe('TOO_MANY_ROWS')
    expect(error.message).toMatch(/has 100,001 events, more than the 100,000/)
  })

  it('does not count blank lines', () => {
    const text = `Year,Headline\n${'2021,Talks\n\n'.repeat(60)}`
    expect(importTimeline(text, 'spaced.csv').events).toHaveLength(60)
  })
})

describe('telling the formats apart', () => {
  const timelineJs = JSON.stringify({
    events: [{ start_date: { year: 2021 }, text: { headline: 'A' } }]
  })
  const sheet = 'Year,Headline\n2021,A\n'

  it('goes by the extension, then by the content', () => {
    for (const name of ['timeline.json', 'timeline', 'timeline.txt', 'TIMELINE.JSON']) {
      expect(importTimeline(timelineJs, name).events[0]!.title).toBe('A')
    }
    for (const name of ['sheet.csv', 'sheet.tsv', 'sheet', 'sheet.txt', 'Sheet.CSV']) {
      expect(importTimeline(sheet, name).events[0]!.title).toBe('A')
    }
  })

  it('takes a sheet with a Headline column as TimelineJS, else title and start as Dateline’s', () => {
    const ours = exportCsv(sample)
    expect(importTimeline(ours, 'export.csv').events).toHaveLength(sample.events.length)
    expect(
      importTimeline('title,start,Headline,Year\nx,2021-01-01,A,2020\n', 'both.csv').events[0]
    ).toMatchObject({
      title: 'A',
      when: { value: '2020' }
    })
  })
})

describe('Dateline’s CSV, also as people make it by hand', () => {
  it('needs only title and start; the rest follows from the days', () => {
    const csv = [
      'Title;Start;End;Category',
      'Month of talks;2021-03-01;2021-03-31;Diplomacy',
      'A day;2021-10-18;;',
      'Summer days;2021-06-01;2021-08-31;'
    ].join('\n')
    const { events, skipped } = importTimeline(csv, 'by-hand.csv')
    expect(skipped).toEqual([])
    expect(
      events.map((e) => [e.title, e.when.value, e.when.granularity, e.when.end, e.category])
    ).toEqual([
      ['Month of talks', '2021-03', 'month', '2021-03-31', 'Diplomacy'],
      ['A day', '2021-10-18', 'day', '2021-10-18', 'other'],
      // June–August is a season only when it says so: by its days it is a span of days.
      ['Summer days', '2021-06-01', 'day', '2021-08-31', 'other']
    ])
  })

  it('takes the granularity from the value, and the value from the granularity', () => {
    const csv = [
      'title,start,end,value,granularity,approximate',
      'From value,2021-07-01,2021-09-30,2021-Q3,,TRUE',
      'From granularity,2021-07-01,2021-09-30,,quarter,no'
    ].join('\n')
    expect(importTimeline(csv, 'partial.csv').events.map((e) => e.when)).toEqual([
      {
        value: '2021-Q3',
        start: '2021-07-01',
        end: '2021-09-30',
        granularity: 'quarter',
        approximate: true
      },
      {
        value: '2021-Q3',
        start: '2021-07-01',
        end: '2021-09-30',
        granularity: 'quarter',
        approximate: false
      }
    ])
  })

  it('skips rows with bad dates or values, saying which row and why', () => {
    const csv = [
      'title,start,end,granularity,approximate',
      'ok,2021-01-01,2021-01-01,day,false',
      'no start,,,day,false',
      'not a day,18/10/2021,,day,false',
      'impossible,2021-02-29,,day,false',
      'year zero,0000-01-01,,day,false',
      'backwards,2021-02-01,2021-01-01,day,false',
      'unknown unit,2021-01-01,,fortnight,false',
      'maybe,2021-01-01,,day,perhaps',
      '"stray "quote",2021-01-01,,day,false'
    ].join('\r\n')
    const { events, skipped } = importTimeline(csv, 'bad-rows.csv')
    expect(events.map((e) => e.title)).toEqual(['ok'])
    expect(skipped).toEqual([
      { row: 3, reason: 'it has no start date' },
      { row: 4, reason: 'its start "18/10/2021" is not a date written YYYY-MM-DD' },
      { row: 5, reason: 'its start 2021-02-29 is not a real date' },
      { row: 6, reason: 'the year 0 is outside 1–9999, the years Dateline can show' },
      { row: 7, reason: 'its end 2021-01-01 is before its start 2021-02-01' },
      {
        row: 8,
        reason:
          'its granularity "fortnight" is not one of day, week, month, quarter, season, half, year, decade, century'
      },
      { row: 9, reason: 'its approximate cell says "perhaps", not true or false' },
      { row: 10, reason: 'it has a misplaced quote mark' }
    ])
  })
})

describe('ids', () => {
  it('are stable across imports, and unique even for identical rows', () => {
    const csv =
      'Year,Headline,Group\n2021,Talks,Diplomacy\n2021,Talks,Diplomacy\n2022,Talks,Diplomacy\n'
    const first = importTimeline(csv, 'a.csv').events.map((e) => e.id)
    const again = importTimeline(csv, 'b.csv').events.map((e) => e.id)
    expect(again).toEqual(first)
    expect(new Set(first).size).toBe(3)
    for (const id of first) expect(id).toMatch(/^i-[0-9a-f]{8}$/)
  })

  it('do not depend on the format the same event came in', () => {
    const sheet = importTimeline('Year,Month,Headline,Group\n2021,10,Talks,Diplomacy\n', 's.csv')
    const json = importTimeline(
      JSON.stringify({
        events: [
          { start_date: { year: 2021, month: 10 }, text: { headline: 'Talks' }, group: 'Diplomacy' }
        ]
      }),
      'j.json'
    )
    expect(sheet.events[0]!.id).toBe(json.events[0]!.id)
  })
})
