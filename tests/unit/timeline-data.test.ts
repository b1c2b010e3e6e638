/**
 * The timeline's data side, without a browser: the per-lane time index against a brute-force
 * scan, aggregation counts, lanes, presets, ISO day parsing and the search filter.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../src/shared/model'
import { bucketize } from '../../src/renderer/src/timeline/density'
import { bitReverse, LaneIndex } from '../../src/renderer/src/timeline/event-index'
import { buildLanes } from '../../src/renderer/src/timeline/lanes'
import { buildPresets } from '../../src/renderer/src/timeline/presets'
import { DAY, dayMs } from '../../src/renderer/src/timeline/time'
import { makeFilter } from '../../src/renderer/src/ui/filters'

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

function event(
  id: string,
  start: string,
  end = start,
  extra: Partial<TimelineEvent> = {}
): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    when: {
      value: start,
      start,
      end,
      granularity: start === end ? 'day' : 'month',
      approximate: false
    },
    actors: [],
    places: [],
    category: 'statement',
    importance: 1,
    sources: [{ articleId: 'a1', quote: `Quote ${id}.`, start: 0, end: 1, dateText: start }],
    ...extra
  }
}

describe('LaneIndex', () => {
  it('finds exactly the events overlapping a window, as a full scan would', () => {
    const base = Date.UTC(2000, 0, 1)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 })), {
          maxLength: 200
        }),
        fc.integer({ min: -100, max: 3500 }),
        fc.integer({ min: 0, max: 800 }),
        (spans, from, length) => {
          const events = spans.map(([s, len], i) =>
            event(String(i), iso(base + s * DAY), iso(base + (s + len) * DAY))
          )
          const index = new LaneIndex(events, 0)
          const a = base + from * DAY
          const b = a + length * DAY
          const found: string[] = []
          index.forEachIn(a, b, (item) => found.push(item.event.id))
          const expected = events
            .filter((e) => dayMs(e.when.start) <= b && dayMs(e.when.end) + DAY > a)
            .map((e) => e.id)
          expect(found.sort()).toEqual(expected.sort())
          expect(index.countIn(a, b)).toBe(expected.length)
        }
      ),
      { numRuns: 200 }
    )
  })

  it('orders equally important events so any leading run is spread over time', () => {
    const events = Array.from({ length: 64 }, (_, i) =>
      event(String(i), iso(Date.UTC(2000, 0, 1) + i * 30 * DAY))
    )
    const first8 = new LaneIndex(events, 0).byImportance.slice(0, 8).map((i) => Number(i.event.id))
    // One from each eighth of the story.
    expect(new Set(first8.map((n) => Math.floor(n / 8))).size).toBe(8)
    expect(bitReverse(1, 3)).toBe(4)
    expect(bitReverse(6, 3)).toBe(3)
  })

  it('keeps the most important events first', () => {
    const events = [
      event('a', '2001-01-01'),
      event('b', '2002-01-01', '2002-01-01', { importance: 3 }),
      event('c', '2003-01-01', '2003-01-01', { importance: 2 })
    ]
    expect(new LaneIndex(events, 0).byImportance.map((i) => i.event.id)).toEqual(['b', 'c', 'a'])
  })

  it('leaves out an event whose days cannot be read, instead of breaking the view', () => {
    const index = new LaneIndex([event('ok', '2001-01-01'), event('bad', '2001-02-30')], 0)
    expect(index.items.map((i) => i.event.id)).toEqual(['ok'])
  })
})

describe('bucketize', () => {
  it('counts every event in view once, in the bucket under its middle', () => {
    // Days, and bands of up to two years, some reaching into the window from either side.
    const events = Array.from({ length: 500 }, (_, i) => {
      const start = Date.UTC(2010, 0, 1) + ((i * 7919) % 3650) * DAY
      const length = i % 5 === 0 ? ((i * 31) % 730) * DAY : 0
      return event(String(i), iso(start), iso(start + length))
    })
    const index = new LaneIndex(events, 0)
    const a = Date.UTC(2011, 0, 1)
    const b = Date.UTC(2016, 0, 1)
    const x = (t: number): number => 10 + ((t - a) / (b - a)) * 600
    const buckets = bucketize(index, a, b, x, 10, 610, 3)
    const total = buckets.counts.reduce((s, c) => s + c, 0)
    expect(total).toBe(index.countIn(a, b))
    expect(buckets.counts.length).toBe(200)
    expect(buckets.max).toBe(Math.max(...buckets.counts))
  })
})

describe('buildLanes', () => {
  const events = [
    event('1', '2001-01-01', '2001-01-01', { actors: ['NATO', 'Russia'], category: 'diplomacy' }),
    event('2', '2001-01-02', '2001-01-02', { actors: ['NATO'], category: 'military' }),
    event('3', '2001-01-03', '2001-01-03', { actors: ['Russia'], category: 'diplomacy' }),
    event('4', '2001-01-04', '2001-01-04', { actors: [], category: 'statement' })
  ]

  it('puts each event in the lane of its first actor, largest lane first', () => {
    const lanes = buildLanes(events, 'actor')
    expect(lanes.map((l) => [l.label, l.events.map((e) => e.id)])).toEqual([
      ['NATO', ['1', '2']],
      ['No actor named', ['4']],
      ['Russia', ['3']]
    ])
  })

  it('merges the smallest groups into Others when there are too many', () => {
    const lanes = buildLanes(events, 'category', [], 2)
    expect(lanes.map((l) => l.label)).toEqual(['diplomacy', 'Others (2)'])
    expect(lanes.reduce((n, l) => n + l.events.length, 0)).toBe(events.length)
  })

  it('names article lanes by the article title', () => {
    const lanes = buildLanes(events, 'article', [
      { id: 'a1', title: 'Russia cuts off contact', published: null, source: 'VG', text: '' }
    ])
    expect(lanes.map((l) => l.label)).toEqual(['Russia cuts off contact'])
  })
})

describe('presets', () => {
  it('offers the whole story, decades, years with events and the last 30 days', () => {
    const extent: [Date, Date] = [new Date(Date.UTC(1998, 5, 1)), new Date(Date.UTC(2021, 9, 19))]
    const labels = buildPresets(extent, new Set([1998, 2014, 2016, 2021])).map((p) => p.label)
    expect(labels).toEqual([
      'The whole story',
      'The 1990s',
      'The 2010s',
      'The 2020s',
      '1998',
      '2014',
      '2016',
      '2021',
      'The last 30 days of the story'
    ])
  })
})

describe('dayMs', () => {
  it('reads ISO days, years before 100 included, and refuses impossible ones', () => {
    expect(dayMs('2021-10-18')).toBe(Date.UTC(2021, 9, 18))
    expect(new Date(dayMs('0044-03-15')).getUTCFullYear()).toBe(44)
    for (const bad of ['2021-02-30', '2021-13-01', '21-10-18', '2021/10/18', '', 'abcd-ef-gh'])
      expect(dayMs(bad)).toBeNaN()
  })
})

describe('makeFilter', () => {
  const events = [
    event('1', '2014-01-01', '2014-01-01', { title: 'Russia annexed Crimea', actors: ['Russia'] }),
    event('2', '2016-01-01', '2016-01-01', {
      title: 'Lavrov meets Stoltenberg',
      places: ['New York'],
      category: 'meeting'
    })
  ]

  it('matches every word in title, actors, places and quotes, ignoring case and accents', () => {
    const keep = makeFilter({
      query: 'CRIMÉA russia',
      hiddenCategories: new Set(),
      lane: null,
      laneBy: 'none'
    })!
    expect(events.filter(keep).map((e) => e.id)).toEqual(['1'])
    const place = makeFilter({
      query: 'new york',
      hiddenCategories: new Set(),
      lane: null,
      laneBy: 'none'
    })!
    expect(events.filter(place).map((e) => e.id)).toEqual(['2'])
  })

  it('hides categories and keeps one lane; keeps everything when nothing is set', () => {
    const noMeetings = makeFilter({
      query: '',
      hiddenCategories: new Set(['meeting']),
      lane: null,
      laneBy: 'none'
    })!
    expect(events.filter(noMeetings).map((e) => e.id)).toEqual(['1'])
    const russia = makeFilter({
      query: '',
      hiddenCategories: new Set(),
      lane: 'Russia',
      laneBy: 'actor'
    })!
    expect(events.filter(russia).map((e) => e.id)).toEqual(['1'])
    expect(
      makeFilter({ query: '  ', hiddenCategories: new Set(), lane: null, laneBy: 'none' })
    ).toBeNull()
  })
})
