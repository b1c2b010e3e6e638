/**
 * The data exports as files: our JSON, the CSV (RFC 4180, formula guard), TimelineJS3 JSON and
 * iCalendar (RFC 5545), on the sample project and on events made to test each rule.
 */
import path from 'node:path'
import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DATELINE_CSV_COLUMNS,
  exportCsv,
  exportIcal,
  exportJson,
  exportTimelineJs,
  timelineJsOf,
  type TimelineJsEvent
} from '../../src/main/core/export'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import { parseProject, projectSchema, serializeProject } from '../../src/main/core/project'
import type { Project, TimelineEvent } from '../../src/shared/model'
import { ARTICLE, makeEvent, projectOf, unitWhen } from './fixtures/export-events'

const ROOT = path.resolve(__dirname, '../..')

let sample: Project
beforeAll(async () => {
  sample = await loadSampleProject(path.join(ROOT, 'resources/sample'))
})

const quote = (text: string) => ({
  articleId: ARTICLE.id,
  quote: text,
  start: 0,
  end: 5,
  dateText: 'today'
})

/** The CSV's records, as a spreadsheet reads them. */
function records(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true })
    .data
}

describe('JSON', () => {
  it('is the project file itself, which opens again', async () => {
    const text = exportJson(sample)
    expect(text).toBe(serializeProject(sample))
    expect(projectSchema.safeParse(JSON.parse(text)).success).toBe(true)
    expect(await parseProject(text, 'export.json')).toEqual(sample)
  })
})

describe('CSV', () => {
  it('has a byte order mark, the header, CRLF line ends and one row per event', () => {
    const csv = exportCsv(sample)
    expect(csv.startsWith('\uFEFFid,title,start,end,value,granularity,approximate,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n(?!")/) // only quoted line breaks
    const [header, ...rows] = records(csv)
    expect(header).toEqual([...DATELINE_CSV_COLUMNS])
    expect(rows).toHaveLength(sample.events.length)
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(sample.events.map((e) => e.id)))
  })

  it('names each source “Article title (source, published): quote”, joined by “ | ”', () => {
    const event = makeEvent({
      when: unitWhen('2021-10-18'),
      sources: [quote('Lavrov said so.'), quote('NATO, in a statement, said "no".')],
      actors: ['Sergei Lavrov', 'NATO'],
      places: ['Tromsø'],
      origin: 'edited'
    })
    const [, row] = records(exportCsv(projectOf([event])))
    const cell = (column: string) => row![DATELINE_CSV_COLUMNS.indexOf(column as never)]
    expect(cell('sources')).toBe(
      'Russia cuts off contact with NATO (VG, 2021-10-18): Lavrov said so. | ' +
        'Russia cuts off contact with NATO (VG, 2021-10-18): NATO, in a statement, said "no".'
    )
    expect(cell('source_count')).toBe('2')
    expect(cell('actors')).toBe('Sergei Lavrov; NATO')
    expect(cell('places')).toBe('Tromsø')
    expect(cell('origin')).toBe('edited')
    expect(cell('approximate')).toBe('false')
  })

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const event = makeEvent({ title: 'One, "two"\r\nthree', when: unitWhen('2021') })
    const csv = exportCsv(projectOf([event]))
    expect(csv).toContain(',"One, ""two""\r\nthree",')
    expect(records(csv)[1]![1]).toBe('One, "two"\r\nthree')
  })

  it('guards cells a spreadsheet would run as formulas with an apostrophe', () => {
    const titles = [
      '=HYPERLINK("http://x.example")',
      '+1 555',
      '-5 killed',
      '@SUM(A1)',
      '\tTab',
      '\rCR'
    ]
    const events = titles.map((title) => makeEvent({ title, when: unitWhen('2021') }))
    events.push(makeEvent({ title: "'=already", when: unitWhen('2022') }))
    events.push(makeEvent({ title: "It's fine", when: unitWhen('2023') }))
    const cells = records(exportCsv(projectOf(events)))
      .slice(1)
      .map((r) => r[1])
    expect(cells).toEqual([...titles.map((t) => `'${t}`), "''=already", "It's fine"])
  })

  it('writes events in date order', () => {
    const events = ['2021-10-18', '1989', '2021-10', '2021-10-18'].map((v) =>
      makeEvent({ when: unitWhen(v) })
    )
    const starts = records(exportCsv(projectOf(events)))
      .slice(1)
      .map((r) => r[2])
    expect(starts).toEqual(['1989-01-01', '2021-10-01', '2021-10-18', '2021-10-18'])
  })
})

describe('TimelineJS', () => {
  it('makes the sample a TimelineJS3 file: title slide, one event per event, ids, groups', () => {
    const text = exportTimelineJs(sample)
    const file = JSON.parse(text) as ReturnType<typeof timelineJsOf>
    expect(file).toEqual(timelineJsOf(sample))
    expect(file.title).toEqual({ text: { headline: 'NATO–Russia relations', text: '' } })
    expect(file.events).toHaveLength(sample.events.length)
    const byId = new Map(file.events.map((e) => [e.unique_id, e]))
    for (const event of sample.events) {
      const out = byId.get(event.id)!
      expect(out.group).toBe(event.category)
      expect(out.text.headline).toBe(event.title)
      for (const source of event.sources) {
        expect(out.text.text).toContain(source.quote.replace(/&/g, '&amp;'))
        expect(out.text.text).toContain('Russia cuts off contact with NATO (VG, 2021-10-18)')
      }
    }
    // One event per line, so large files stay readable.
    expect(text.split('\n').filter((line) => line.includes('"unique_id"'))).toHaveLength(
      sample.events.length
    )
  })

  it.each<[string, boolean, Omit<TimelineJsEvent, 'text' | 'unique_id' | 'group'>]>([
    ['2021-10-18', false, { start_date: { year: 2021, month: 10, day: 18 } }],
    [
      '2021-10-18',
      true,
      { start_date: { year: 2021, month: 10, day: 18 }, display_date: 'c. 18 October 2021' }
    ],
    [
      '2021-10-18T14:30',
      false,
      { start_date: { year: 2021, month: 10, day: 18, hour: 14, minute: 30 } }
    ],
    [
      '2021-10-18TAF',
      false,
      { start_date: { year: 2021, month: 10, day: 18 }, display_date: '18 October 2021, afternoon' }
    ],
    [
      '2021-W42',
      false,
      {
        start_date: { year: 2021, month: 10, day: 18 },
        end_date: { year: 2021, month: 10, day: 24 },
        display_date: 'Week 42, 2021'
      }
    ],
    [
      '2021-W42-WE',
      false,
      {
        start_date: { year: 2021, month: 10, day: 23 },
        end_date: { year: 2021, month: 10, day: 24 },
        display_date: 'Weekend of week 42, 2021'
      }
    ],
    ['2021-09', false, { start_date: { year: 2021, month: 9 } }],
    [
      '2021-Q3',
      false,
      {
        start_date: { year: 2021, month: 7 },
        end_date: { year: 2021, month: 9 },
        display_date: 'Q3 2021'
      }
    ],
    [
      '2013-SU',
      true,
      {
        start_date: { year: 2013, month: 6 },
        end_date: { year: 2013, month: 8 },
        display_date: 'c. Summer 2013'
      }
    ],
    [
      '2013-WI',
      true,
      {
        start_date: { year: 2013, month: 12 },
        end_date: { year: 2014, month: 2 },
        display_date: 'c. Winter 2013–2014'
      }
    ],
    [
      '2015-H2',
      false,
      {
        start_date: { year: 2015, month: 7 },
        end_date: { year: 2015, month: 12 },
        display_date: 'Second half of 2015'
      }
    ],
    ['2014', false, { start_date: { year: 2014 } }],
    ['2014', true, { start_date: { year: 2014 }, display_date: 'c. 2014' }],
    ['199', false, { start_date: { year: 1990 }, end_date: { year: 1999 }, display_date: '1990s' }],
    [
      '19',
      false,
      { start_date: { year: 1900 }, end_date: { year: 1999 }, display_date: '20th century' }
    ],
    [
      '20',
      false,
      { start_date: { year: 2000 }, end_date: { year: 2099 }, display_date: '21st century' }
    ]
  ])('writes %s (approximate: %s) at its own precision', (value, approximate, expected) => {
    const [event] = timelineJsOf(
      projectOf([makeEvent({ when: unitWhen(value, approximate) })])
    ).events
    const { text: _text, unique_id: _id, group: _group, ...dates } = event!
    expect(dates).toEqual(expected)
  })

  it('writes a merged span as its two ends, at the coarsest precision that keeps its days', () => {
    const spans: [TimelineEvent['when'], object][] = [
      [
        {
          value: '2014',
          start: '2014-01-01',
          end: '2016-12-31',
          granularity: 'year',
          approximate: false
        },
        { start_date: { year: 2014 }, end_date: { year: 2016 } }
      ],
      [
        {
          value: '2021-03',
          start: '2021-03-01',
          end: '2021-04-30',
          granularity: 'month',
          approximate: true
        },
        {
          start_date: { year: 2021, month: 3 },
          end_date: { year: 2021, month: 4 },
          display_date: 'c. 1 March 2021 – 30 April 2021'
        }
      ],
      [
        {
          value: '2021-03',
          start: '2021-03-05',
          end: '2021-04-20',
          granularity: 'month',
          approximate: false
        },
        {
          start_date: { year: 2021, month: 3, day: 5 },
          end_date: { year: 2021, month: 4, day: 20 }
        }
      ]
    ]
    for (const [when, expected] of spans) {
      const [event] = timelineJsOf(projectOf([makeEvent({ when })])).events
      const { text: _text, unique_id: _id, group: _group, ...dates } = event!
      expect(dates).toEqual(expected)
    }
  })

  it('escapes everything it takes from the project: TimelineJS renders it as HTML', () => {
    const event = makeEvent({
      title: '<img src=x onerror="alert(1)"> & co',
      when: unitWhen('2021'),
      category: '<b>bold</b>',
      sources: [quote('He said: <script>alert("hi")</script> & left')]
    })
    const file = timelineJsOf(projectOf([event], 'A <title> & "more"'))
    const [out] = file.events
    expect(out!.text.headline).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co')
    expect(out!.group).toBe('&lt;b&gt;bold&lt;/b&gt;')
    expect(out!.text.text).toBe(
      '<p>“He said: &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; left” — ' +
        'Russia cuts off contact with NATO (VG, 2021-10-18)</p>'
    )
    expect(file.title!.text.headline).toBe('A &lt;title&gt; &amp; &quot;more&quot;')
    // The only markup is our own paragraph.
    expect(out!.text.text.replace(/<\/?p>/g, '')).not.toMatch(/[<>]/)
  })

  it('groups by category, first actor, or not at all', () => {
    const events = [
      makeEvent({ when: unitWhen('2021'), category: 'meeting', actors: ['NATO', 'Russia'] }),
      makeEvent({ when: unitWhen('2022'), category: 'statement', actors: [] })
    ]
    const groups = (group?: 'category' | 'actor' | 'none') =>
      timelineJsOf(projectOf(events), { group }).events.map((e) => e.group)
    expect(groups()).toEqual(['meeting', 'statement'])
    expect(groups('actor')).toEqual(['NATO', undefined])
    expect(groups('none')).toEqual([undefined, undefined])
  })

  it('has no title slide for an untitled project, and no eras', () => {
    const file = JSON.parse(exportTimelineJs(projectOf([], ''))) as Record<string, unknown>
    expect(file).toEqual({ events: [] })
  })
})

describe('iCalendar', () => {
  const stamp = new Date('2024-05-06T07:08:09.123Z')
  const unfold = (ics: string) => ics.replace(/\r\n /g, '')

  it('has one all-day VEVENT per event, with an exclusive DTEND', () => {
    const ics = exportIcal(sample, { stamp })
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(sample.events.length)
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const events = [
      makeEvent({ when: unitWhen('2014') }),
      makeEvent({ when: unitWhen('2024-02') }),
      makeEvent({ when: unitWhen('2021-12-31') })
    ]
    const lines = unfold(exportIcal(projectOf(events), { stamp })).split('\r\n')
    const dates = lines.filter((l) => l.startsWith('DTSTART') || l.startsWith('DTEND'))
    expect(dates).toEqual([
      'DTSTART;VALUE=DATE:20140101',
      'DTEND;VALUE=DATE:20150101',
      'DTSTART;VALUE=DATE:20211231',
      'DTEND;VALUE=DATE:20220101',
      'DTSTART;VALUE=DATE:20240201',
      'DTEND;VALUE=DATE:20240301'
    ])
    expect(lines).toContain('DTSTAMP:20240506T070809Z')
  })

  it('escapes text and folds lines at 75 octets without splitting a character', () => {
    const title = 'Лавров, Stoltenberg; a \\ backslash\nand a new line — ' + 'ø'.repeat(80)
    const event = makeEvent({
      title,
      when: unitWhen('2021-10-18', true),
      places: ['Tromsø', 'Oslo'],
      category: 'meeting, talks',
      sources: [quote('Quoted; with, commas')]
    })
    const ics = exportIcal(projectOf([event]), { stamp })
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    // Every folded piece is whole UTF-8: no line starts inside a character.
    for (const line of ics.split('\r\n')) expect(line).not.toMatch(/^[\udc00-\udfff]/)
    const lines = unfold(ics).split('\r\n')
    expect(lines).toContain(
      `SUMMARY:Лавров\\, Stoltenberg\\; a \\\\ backslash\\nand a new line — ${'ø'.repeat(80)}`
    )
    expect(lines).toContain('CATEGORIES:meeting\\, talks')
    expect(lines).toContain('LOCATION:Tromsø\\, Oslo')
    expect(lines).toContain(
      'DESCRIPTION:When: c. 18 October 2021\\n“Quoted\\; with\\, commas” — ' +
        'Russia cuts off contact with NATO (VG\\, 2021-10-18)'
    )
    expect(lines).toContain(`UID:${event.id}@dateline`)
  })
})
