/**
 * Hostile timelines to import, through importTimeline (what main's "import:open" runs on the
 * file's text): years the app cannot show, active content in TimelineJS HTML, binary files and
 * too many rows. A bad row is skipped with its reason and the good ones still come in.
 */
import { expect } from 'vitest'
import { importTimeline, type ImportedTimeline } from '../../../src/main/core/import'
import { kind, type HostileKind } from './corpus'

/** A TimelineJS event on 18 October of `year`. */
function tlEvent(year: string, headline: string, text = '') {
  return { start_date: { year, month: '10', day: '18' }, text: { headline, text } }
}

const asJson = (name: string) => (text: string) => importTimeline(text, name)

export const IMPORT_KINDS: HostileKind[] = [
  kind({
    name: 'timeline to import with years 0, 99999 and BC',
    yields:
      'result: those rows skipped, each with “the year … is outside 1–9999, the years Dateline can show”; the good row imported',
    make: () =>
      JSON.stringify({
        events: [
          tlEvent('0', 'Year zero'),
          tlEvent('99999', 'Far future'),
          tlEvent('-44', 'Caesar'),
          tlEvent('2021', 'Talks')
        ]
      }),
    run: asJson('years.json'),
    expect: {
      result: (t: ImportedTimeline) => {
        expect(t.events.map((e) => [e.title, e.when.start])).toEqual([['Talks', '2021-10-18']])
        expect(t.skipped).toEqual(
          [
            [1, '0'],
            [2, '99999'],
            [3, '-44']
          ].map(([row, year]) => ({
            row,
            reason: `its start_date is wrong: the year ${year} is outside 1–9999, the years Dateline can show`
          }))
        )
      }
    }
  }),
  kind({
    name: 'timeline to import with <script>, onerror and javascript: in its HTML',
    yields:
      'result: the headline as plain text; no script, handler or javascript: address anywhere',
    make: () =>
      JSON.stringify({
        events: [
          tlEvent(
            '2021',
            'Talks <script>alert("x")</script><img src=x onerror="alert(1)">',
            '<p>Body <a href="javascript:alert(2)">link</a><iframe srcdoc="<p>framed</p>"></iframe></p>'
          )
        ]
      }),
    run: asJson('active.json'),
    expect: {
      result: (t: ImportedTimeline) => {
        expect(t.events.map((e) => e.title)).toEqual(['Talks'])
        const all = JSON.stringify(t)
        for (const word of ['script', 'alert', 'onerror', 'javascript', 'framed']) {
          expect(all).not.toContain(word)
        }
      }
    }
  }),
  kind({
    name: 'a binary file to import',
    yields: 'UNREADABLE: “x.csv” is neither JSON nor CSV: it is a binary file.',
    make: () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR',
    run: (text: string) => importTimeline(text, 'x.csv'),
    expect: {
      error: 'UNREADABLE',
      message: /^“x\.csv” is neither JSON nor CSV: it is a binary file\.$/
    }
  }),
  kind({
    name: 'a timeline to import with more than 100,000 rows',
    yields:
      'TOO_MANY_ROWS: “big.csv” has more than 100,000 rows: too many to import. Split it into smaller files.',
    make: () => `Year,Month,Day,Headline\n${'2021,10,18,Talks\n'.repeat(100_001)}`,
    run: (text: string) => importTimeline(text, 'big.csv'),
    expect: {
      error: 'TOO_MANY_ROWS',
      message:
        /^“big\.csv” has more than 100,000 rows: too many to import\. Split it into smaller files\.$/
    }
  })
]
