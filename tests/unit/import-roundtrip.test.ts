/**
 * Round trips between the exports and the imports: what Dateline writes, it reads back the same.
 * On the sample project (the real pipeline on the seed article), on every kind of date the app
 * makes, on a TimelineJS file made by hand, and on generated events (fast-check).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportCsv, exportTimelineJs, timelineJsOf } from '../../src/main/core/export'
import { importTimeline } from '../../src/main/core/import'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import { eventSchema } from '../../src/main/core/project'
import type { Project, TimelineEvent } from '../../src/shared/model'
import {
  csvEventsArb,
  csvView,
  everyKindOfDate,
  makeEvent,
  projectOf,
  sortedByJson,
  timelineEventsArb,
  timelineView
} from './fixtures/export-events'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURES = path.join(__dirname, 'fixtures')

let sample: Project
beforeAll(async () => {
  sample = await loadSampleProject(path.join(ROOT, 'resources/sample'))
})

function expectValidEvents(events: TimelineEvent[]): void {
  for (const event of events) expect(eventSchema.safeParse(event).error).toBeUndefined()
}

describe('TimelineJS export → import', () => {
  it('gives back the sample project’s events: titles, dates and categories', () => {
    const back = importTimeline(exportTimelineJs(sample), 'sample.timeline.json')
    expect(back.skipped).toEqual([])
    expect(back.title).toBe(sample.title)
    expect(sortedByJson(back.events.map(timelineView))).toEqual(
      sortedByJson(sample.events.map(timelineView))
    )
    expectValidEvents(back.events)
  })

  it('keeps every whole-unit date: value, days, granularity and the approximate mark', () => {
    const events = everyKindOfDate().filter((e) => !e.title.startsWith('Merged'))
    const back = importTimeline(exportTimelineJs(projectOf(events)), 'kinds.json')
    expect(back.skipped).toEqual([])
    expect(sortedByJson(back.events.map(timelineView))).toEqual(
      sortedByJson(events.map(timelineView))
    )
  })

  it('keeps the days of merged spans, and their granularity when their ends fall on it', () => {
    const merged = everyKindOfDate().filter((e) => e.title.startsWith('Merged'))
    const back = importTimeline(exportTimelineJs(projectOf(merged)), 'merged.json')
    const byTitle = new Map(back.events.map((e) => [e.title, e.when]))
    // Years 2014–2016 and March–April come back whole, approximate mark included.
    expect(byTitle.get('Merged over three years')).toEqual(merged[0]!.when)
    expect(byTitle.get('Merged over two months')).toEqual(merged[1]!.when)
    expect(byTitle.get('Merged days')).toEqual(merged[2]!.when)
    // A span of days valued by a coarser unit cannot say so in TimelineJS: its days survive, its
    // granularity becomes that of its precision (the rule the editor applies to a typed span).
    const odd = makeEvent({
      title: 'Month-valued span of days',
      when: {
        value: '2021-03',
        start: '2021-03-05',
        end: '2021-04-20',
        granularity: 'month',
        approximate: false
      }
    })
    const [oddBack] = importTimeline(exportTimelineJs(projectOf([odd])), 'odd.json').events
    expect(oddBack!.when).toEqual({ ...odd.when, value: '2021-03-05', granularity: 'day' })
  })

  it('holds for generated day, month and year events (property)', () => {
    fc.assert(
      fc.property(timelineEventsArb, (fields) => {
        const events = fields.map((f) => makeEvent(f))
        const back = importTimeline(exportTimelineJs(projectOf(events)), 'generated.json')
        expect(back.skipped).toEqual([])
        expect(sortedByJson(back.events.map(timelineView))).toEqual(
          sortedByJson(events.map(timelineView))
        )
      }),
      { numRuns: 200 }
    )
  })
})

describe('CSV export → import', () => {
  it('gives back the sample project’s events, actors and places included', () => {
    const back = importTimeline(exportCsv(sample), 'sample.csv')
    expect(back.skipped).toEqual([])
    expect(back.title).toBeUndefined()
    expect(sortedByJson(back.events.map(csvView))).toEqual(sortedByJson(sample.events.map(csvView)))
    expectValidEvents(back.events)
  })

  it('keeps every kind of date exactly, merged spans included', () => {
    const events = everyKindOfDate()
    const back = importTimeline(exportCsv(projectOf(events)), 'kinds.csv')
    expect(sortedByJson(back.events.map(csvView))).toEqual(sortedByJson(events.map(csvView)))
  })

  it('holds for generated events with any text: quotes, line breaks, formulas, Unicode (property)', () => {
    fc.assert(
      fc.property(csvEventsArb, (fields) => {
        const events = fields.map((f) => makeEvent(f))
        if (events.length === 0) {
          expect(() => importTimeline(exportCsv(projectOf(events)), 'empty.csv')).toThrow(
            /no events/
          )
          return
        }
        const back = importTimeline(exportCsv(projectOf(events)), 'generated.csv')
        expect(back.skipped).toEqual([])
        expect(sortedByJson(back.events.map(csvView))).toEqual(sortedByJson(events.map(csvView)))
      }),
      { numRuns: 200 }
    )
  })
})

describe('a TimelineJS file → import → export', () => {
  const file = readFileSync(path.join(FIXTURES, 'export-timelinejs-knightlab.json'), 'utf8')

  it('gives the same TimelineJS JSON when done again (export∘import is stable)', () => {
    const first = importTimeline(file, 'cold-war.json')
    const once = exportTimelineJs(projectOf(first.events, first.title ?? '', []))
    const second = importTimeline(once, 'cold-war.timeline.json')
    const twice = exportTimelineJs(projectOf(second.events, second.title ?? '', []))
    expect(twice).toBe(once)
    // The export writes events in date order; the file had its own.
    expect(sortedByJson(second.events)).toEqual(sortedByJson(first.events))
  })

  it('keeps each event’s dates, display date, headline (as text) and group', () => {
    const imported = importTimeline(file, 'cold-war.json')
    const out = timelineJsOf(projectOf(imported.events, imported.title ?? '', []))
    expect(out.title).toEqual({ text: { headline: 'The End of the Cold War', text: '' } })
    const byHeadline = new Map(out.events.map((e) => [e.text.headline, e]))
    expect(byHeadline.get('The Berlin Wall falls')).toMatchObject({
      start_date: { year: 1989, month: 11, day: 9 },
      group: 'Germany'
    })
    // Its clock time is kept: TimelineJS dates have hours and minutes, and so does TIMEX3.
    expect(byHeadline.get('German reunification')).toMatchObject({
      start_date: { year: 1990, month: 10, day: 3, hour: 0, minute: 0 }
    })
    // Written by hand as December 1991 to the 26th: the days are kept, the label is TimelineJS's.
    expect(byHeadline.get('Dissolution of the Soviet Union &amp; the CIS')).toMatchObject({
      start_date: { year: 1991, month: 12, day: 1 },
      end_date: { year: 1991, month: 12, day: 26 },
      group: 'USSR'
    })
    expect(byHeadline.get('Perestroika')).toMatchObject({
      start_date: { year: 1985 },
      end_date: { year: 1991 }
    })
    expect(byHeadline.get('Talks in Vienna — first quarter')).toMatchObject({
      start_date: { year: 1989, month: 1 },
      end_date: { year: 1989, month: 3 },
      display_date: 'Q1 1989',
      group: 'Diplomacy'
    })
    // No headline: the start of the text, as text; no group: 'other'.
    expect(
      byHeadline.get(
        'A year of treaties: Two Plus Four, CFE, and the Charter of Paris for a New Europe.'
      )
    ).toMatchObject({ start_date: { year: 1990 }, group: 'other' })
    expect(out.events).toHaveLength(6)
  })
})
