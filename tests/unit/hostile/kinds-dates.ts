/**
 * Hostile dates: years 0, 99999 and BC in the text, and publication dates that are missing,
 * absurd or impossible, in metadata, front matter, a feed or given by the user. All go through
 * processText (what main runs for pasted text). A date the app cannot place must give no event,
 * never a wrong one; the story's real dates must still come through.
 */
import { expect } from 'vitest'
import { processText, type PipelineResult } from '../../../src/main/core/pipeline'
import { expectSaneDates, kind, type HostileKind } from './corpus'

const pasted = (text: string): PipelineResult => processText(text)

/** The events' values, in text order. */
const values = (r: PipelineResult) => r.events.map((e) => e.when.value)

/** A page whose metadata gives `published`; its text says "yesterday" and one real date. */
function withMeta(published: string): string {
  return (
    `<html><head><meta property="article:published_time" content="${published}"></head>` +
    '<body><p>Russia said yesterday it would cut off contact with NATO.</p>' +
    '<p>The mission closed on 18 October 2021.</p></body></html>'
  )
}

/** No publication date was taken, so "yesterday" found no day: only the 18 October event. */
function undated(r: PipelineResult): void {
  expect(r.articles).toHaveLength(1)
  expect(r.articles[0]!.published).toBeNull()
  expect(values(r)).toEqual(['2021-10-18'])
}

export const DATE_KINDS: HostileKind[] = [
  kind({
    name: 'year 0 as a bare number',
    yields: 'result: no event (a bare 0 is no year)',
    make: () => 'The monks counted from the year 0, the historian said.',
    run: pasted,
    expect: { result: (r: PipelineResult) => expect(r.events).toEqual([]) }
  }),
  kind({
    name: 'year 0 as an ISO date',
    yields: 'result: one event on 0000-01-01, ISO 8601’s year 0, start = end',
    make: () => 'The archive dated the scroll 0000-01-01, the curator said.',
    run: pasted,
    expect: {
      result: (r: PipelineResult) => {
        expect(r.events.map((e) => e.when)).toEqual([
          {
            value: '0000-01-01',
            start: '0000-01-01',
            end: '0000-01-01',
            granularity: 'day',
            approximate: false
          }
        ])
      }
    }
  }),
  kind({
    name: 'year 99999',
    yields: 'result: no event for 99999; the story’s 18 October 2021 kept',
    make: () =>
      'The sun will still shine in 99999, and in the year 99999 too. ' +
      'The report was published on 18 October 2021.',
    run: pasted,
    expect: {
      result: (r: PipelineResult) => {
        expect(values(r)).toEqual(['2021-10-18'])
        expectSaneDates(r)
      }
    }
  }),
  kind({
    name: 'years BC',
    yields: 'result: no event (1200 BC is never read as 1200 AD); the AD date kept',
    make: () =>
      'Troy fell in 1200 BC, the chronicle said. Caesar died in 44 B.C. ' +
      'Rome grew in the 8th century BCE and in the 600s BC. Greeks sailed in March 1500 B.C.E. ' +
      'Babylon fell in 1595 bce, and Mycenae rose in 1650 b.c. ' +
      'The museum opened the exhibition on 18 October 2021.',
    run: pasted,
    expect: { result: (r: PipelineResult) => expect(values(r)).toEqual(['2021-10-18']) }
  }),
  kind({
    name: 'years AD and a BC that is British Columbia',
    yields: 'result: AD 1200 and 1999 read as they are written',
    make: () => 'Crusaders came in AD 1200. In 1999 BC Hydro raised its prices.',
    run: pasted,
    expect: { result: (r: PipelineResult) => expect(values(r)).toEqual(['1200', '1999']) }
  }),
  kind({
    name: 'a missing publication date',
    yields: 'result: published is null; “yesterday” gives no event, 18 October 2021 does',
    make: () =>
      'Russia cuts off contact with NATO\n\n' +
      'Russia said yesterday it would cut off contact with NATO. The mission closed on 18 October 2021.',
    run: pasted,
    expect: {
      result: (r: PipelineResult) => {
        expect(r.articles[0]!.published).toBeNull()
        expect(values(r)).toEqual(['2021-10-18'])
      }
    }
  }),
  kind({
    name: 'an absurd publication date in metadata (year 99999)',
    yields: 'result: the date ignored (published null), nothing dated from it',
    make: () => withMeta('99999-01-01T00:00:00Z'),
    run: pasted,
    expect: { result: undated }
  }),
  kind({
    name: 'an absurd publication date in metadata (0000-00-00)',
    yields: 'result: the date ignored (published null), nothing dated from it',
    make: () => withMeta('0000-00-00T00:00:00Z'),
    run: pasted,
    expect: { result: undated }
  }),
  kind({
    name: 'a publication date in metadata far in the future (2999)',
    yields: 'result: the date ignored (published null), nothing dated from it',
    make: () => withMeta('2999-06-01'),
    run: pasted,
    expect: { result: undated }
  }),
  kind({
    name: 'an impossible publication date in front matter (30 February)',
    yields: 'result: the date ignored (published null), nothing dated from it',
    make: () =>
      '---\ntitle: Cut off\ndate: 2021-02-30\n---\n' +
      'Russia said yesterday it would cut off contact with NATO.\n\nThe mission closed on 18 October 2021.',
    run: pasted,
    expect: { result: undated }
  }),
  kind({
    name: 'an absurd pubDate in a feed',
    yields: 'result: the date ignored (published null), nothing dated from it',
    make: () =>
      '<rss version="2.0"><channel><title>News</title><item><title>Cut off</title>' +
      '<pubDate>Mon, 99 Foo 99999 25:61:00 GMT</pubDate>' +
      '<description>Russia said yesterday it would cut off contact with NATO. The mission closed on 18 October 2021.</description>' +
      '</item></channel></rss>',
    run: pasted,
    expect: { result: undated }
  }),
  kind({
    name: 'an impossible user-given publication date (2021-02-30)',
    yields: 'RangeError: ““2021-02-30” is not a date (expected YYYY-MM-DD).”',
    make: () => 'Russia said yesterday it would cut off contact with NATO.',
    run: (text: string) => processText(text, { published: '2021-02-30' }),
    expect: {
      error: 'RangeError',
      message: /^“2021-02-30” is not a date \(expected YYYY-MM-DD\)\.$/
    }
  }),
  kind({
    name: 'a user-given publication date out of range (1700)',
    yields:
      'RangeError: ““1700-05-01” is outside the years 1800–2100 a publication date may have.”',
    make: () => 'Russia said yesterday it would cut off contact with NATO.',
    run: (text: string) => processText(text, { published: '1700-05-01' }),
    expect: {
      error: 'RangeError',
      message: /^“1700-05-01” is outside the years 1800–2100 a publication date may have\.$/
    }
  })
]
