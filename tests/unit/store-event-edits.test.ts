/** Editing, adding, deleting, merging and splitting events, each undone and redone. */
import { describe, expect, it } from 'vitest'
import { createDocumentStore, type Change } from '../../src/renderer/src/store'
import type { EventSource, Project, TimelineEvent } from '../../src/shared/model'
import {
  day,
  expectConsistent,
  expectUndoRedo,
  handEvent,
  sample,
  twoArticles
} from './store-fixtures'

function record(store: ReturnType<typeof createDocumentStore>): Change[] {
  const changes: Change[] = []
  store.subscribe((change) => changes.push(change))
  return changes
}

function project(events: TimelineEvent[]): Project {
  return { ...createDocumentStore().project, events }
}

const sourceKey = (s: EventSource): string => `${s.articleId}|${s.start}|${s.end}`

/** Two events quoting different passages (events from one sentence share their source). */
function apart(events: readonly TimelineEvent[]): [TimelineEvent, TimelineEvent] {
  const [p] = events
  const keys = new Set(p!.sources.map(sourceKey))
  const q = events.find((e) => e.sources.every((s) => !keys.has(sourceKey(s))))
  expect(q).toBeDefined()
  return [p!, q!]
}

/** Each event's sources, as a sorted list of sorted keys: how a set of events is told. */
const tellings = (events: readonly TimelineEvent[]): string[] =>
  events.map((e) => e.sources.map(sourceKey).sort().join(' + ')).sort()

describe('updateEvent', () => {
  it('trims the title, marks the event edited and keeps the others as they were', async () => {
    const store = createDocumentStore(await sample())
    const target = store.project.events[3]!
    const changes = record(store)
    const { before, after } = expectUndoRedo(store, () =>
      store.updateEvent(target.id, { title: '  Russia suspends its NATO mission  ' })
    )
    const edited = store.event(target.id)!
    expect(edited).toEqual({
      ...target,
      title: 'Russia suspends its NATO mission',
      origin: 'edited'
    })
    expect(after.events.filter((e) => e !== edited)).toEqual(
      before.events.filter((e) => e !== target)
    )
    after.events.forEach((e, i) => e.id !== target.id && expect(e).toBe(before.events[i]))
    expect(store.undoLabel).toBe('Edit event')
    expect(changes.filter((c) => c.kind === 'events')).toEqual([
      { kind: 'events', ids: [target.id] },
      { kind: 'events', ids: [target.id] },
      { kind: 'events', ids: [target.id] }
    ])
  })

  it('moving an event re-sorts it; only the date changed reads "Move event"', async () => {
    const store = createDocumentStore(await sample())
    const first = store.project.events[0]!
    expectUndoRedo(store, () => store.updateEvent(first.id, { when: day('2021-12-01') }))
    expect(store.undoLabel).toBe('Move event')
    expect(store.project.events.at(-1)).toBe(store.event(first.id))
    expect(store.event(first.id)?.when).toEqual(day('2021-12-01'))
  })

  it('dedupes actors and places, trimmed, empties dropped; an empty category is "other"', async () => {
    const store = createDocumentStore(await sample())
    const id = store.project.events[0]!.id
    store.updateEvent(id, {
      actors: ['  NATO ', 'NATO', '', 'Russia', '   '],
      places: ['Brussels', ' Brussels', 'Moscow'],
      category: '  '
    })
    const event = store.event(id)!
    expect(event.actors).toEqual(['NATO', 'Russia'])
    expect(event.places).toEqual(['Brussels', 'Moscow'])
    expect(event.category).toBe('other')
  })

  it('a manual event stays manual', () => {
    const store = createDocumentStore()
    const id = store.addEvent({ title: 'Call', when: day('2021-10-18') })
    store.updateEvent(id, { title: 'Phone call' })
    expect(store.event(id)?.origin).toBe('manual')
  })

  it('a patch that changes nothing is no step and no notification', async () => {
    const store = createDocumentStore(await sample())
    const event = store.project.events[2]!
    const changes = record(store)
    store.updateEvent(event.id, {
      title: ` ${event.title} `,
      when: { ...event.when },
      actors: [...event.actors],
      places: [...event.places],
      category: event.category
    })
    store.updateEvent(event.id, {})
    expect(store.canUndo).toBe(false)
    expect(store.event(event.id)).toBe(event)
    expect(changes).toEqual([])
  })

  it.each([
    ['an empty title', { title: '   ' }, /title/],
    ['an end before the start', { when: { ...day('2021-10-18'), end: '2021-10-17' } }, /before/],
    ['a day that does not exist', { when: day('2021-02-29') }, /YYYY-MM-DD/],
    ['a month that does not exist', { when: day('2021-13-01') }, /YYYY-MM-DD/],
    ['a short year', { when: day('21-10-18') }, /YYYY-MM-DD/],
    [
      'an unknown granularity',
      { when: { ...day('2021-10-18'), granularity: 'hour' } },
      /granularity/
    ]
  ])('refuses %s with a RangeError and changes nothing', async (_, patch, message) => {
    const store = createDocumentStore(await sample())
    const before = store.project
    const id = before.events[0]!.id
    expect(() => store.updateEvent(id, patch as never)).toThrow(RangeError)
    expect(() => store.updateEvent(id, patch as never)).toThrow(message)
    expect(store.project).toBe(before)
    expect(store.canUndo).toBe(false)
  })

  it('refuses an unknown id', () => {
    expect(() => createDocumentStore().updateEvent('nope', { title: 'x' })).toThrow(RangeError)
  })
})

describe('addEvent', () => {
  it('adds a manual event in its place in time', async () => {
    const store = createDocumentStore(await sample())
    const changes = record(store)
    let id = ''
    expectUndoRedo(store, () => {
      id = store.addEvent({ title: ' Russia closes its mission ', when: day('2021-11-01') })
    })
    expect(id).toMatch(/^m-[0-9a-f-]{36}$/)
    expect(store.event(id)).toEqual({
      id,
      title: 'Russia closes its mission',
      when: day('2021-11-01'),
      actors: [],
      places: [],
      category: 'other',
      importance: 1,
      sources: [],
      origin: 'manual'
    })
    expect(store.undoLabel).toBe('Add event')
    expect(changes[0]).toEqual({ kind: 'events', ids: [id] })
    store.undo()
    expect(store.event(id)).toBeUndefined()
    expect(changes.filter((c) => c.kind === 'events').at(-1)).toEqual({ kind: 'events', ids: [id] })
  })

  it('keeps given actors, places and category, cleaned; ids are unique', () => {
    const store = createDocumentStore()
    const a = store.addEvent({
      title: 'Summit',
      when: day('2022-06-28'),
      actors: ['NATO', ' NATO'],
      places: ['Madrid'],
      category: 'meeting'
    })
    const b = store.addEvent({ title: 'Summit', when: day('2022-06-28') })
    expect(a).not.toBe(b)
    expect(store.event(a)).toMatchObject({
      actors: ['NATO'],
      places: ['Madrid'],
      category: 'meeting'
    })
  })

  it('refuses an empty title or a bad date', () => {
    const store = createDocumentStore()
    expect(() => store.addEvent({ title: '', when: day('2021-10-18') })).toThrow(RangeError)
    expect(() => store.addEvent({ title: 'x', when: day('2021-10-32') })).toThrow(RangeError)
    expect(store.canUndo).toBe(false)
  })
})

describe('deleteEvents', () => {
  it('deletes several events in one step, each id once', async () => {
    const store = createDocumentStore(await sample())
    const ids = store.project.events.slice(2, 5).map((e) => e.id)
    const changes = record(store)
    expectUndoRedo(store, () => store.deleteEvents([...ids, ids[0]!]))
    expect(store.undoLabel).toBe('Delete 3 events')
    for (const id of ids) expect(store.event(id)).toBeUndefined()
    expect(changes[0]).toEqual({ kind: 'events', ids })
  })

  it('says "Delete event" for one, does nothing for none, refuses unknown ids', async () => {
    const store = createDocumentStore(await sample())
    const before = store.project
    store.deleteEvents([])
    expect(store.canUndo).toBe(false)
    expect(() => store.deleteEvents([before.events[0]!.id, 'nope'])).toThrow(RangeError)
    expect(store.project).toBe(before)
    store.deleteEvents([before.events[0]!.id])
    expect(store.undoLabel).toBe('Delete event')
  })
})

describe('mergeEvents', () => {
  it('joins two sample events: earliest main part, union of the rest, a widened date', async () => {
    const store = createDocumentStore(await sample())
    const nato = store.project.events.find((e) => e.title.startsWith('NATO suspended'))!
    const lavrov = store.project.events.find((e) => e.title.startsWith('Lavrov meets'))!
    const changes = record(store)
    let id = ''
    expectUndoRedo(store, () => {
      id = store.mergeEvents([lavrov.id, nato.id])
    })
    expect(id).toBe(nato.id)
    const merged = store.event(id)!
    expect(merged).toEqual({
      id: nato.id,
      title: nato.title,
      // 2014 and 2016 are both years: the union is 2014–2016, dated by its first day.
      when: {
        value: '2014-01-01',
        start: '2014-01-01',
        end: '2016-12-31',
        granularity: 'year',
        approximate: true
      },
      actors: [...new Set([...nato.actors, ...lavrov.actors])],
      places: [...new Set([...nato.places, ...lavrov.places])],
      category: nato.category,
      importance: 1,
      sources: [...nato.sources, ...lavrov.sources],
      origin: 'edited'
    })
    expect(store.event(lavrov.id)).toBeUndefined()
    expect(store.undoLabel).toBe('Merge 2 events')
    expect(changes[0]).toEqual({ kind: 'events', ids: [lavrov.id, nato.id].sort() })
  })

  it('the most important part leads; its date stands when it covers the union', () => {
    const year = handEvent('b-year', {
      title: 'A year of talks',
      when: {
        value: '2021',
        start: '2021-01-01',
        end: '2021-12-31',
        granularity: 'year',
        approximate: false
      },
      importance: 3,
      category: 'diplomacy'
    })
    const early = handEvent('a-day', { when: day('2021-03-04'), category: 'meeting' })
    const store = createDocumentStore(project([early, year]))
    const id = store.mergeEvents([early.id, year.id])
    expect(id).toBe('b-year')
    expect(store.event(id)).toMatchObject({
      title: 'A year of talks',
      category: 'diplomacy',
      importance: 3,
      origin: 'edited'
    })
    expect(store.event(id)?.when).toBe(year.when)
  })

  it('counts distinct articles for importance and keeps a shared date as it is', async () => {
    const { project: two } = await twoArticles()
    const store = createDocumentStore(two)
    const [p, q] = apart(store.project.events.filter((e) => e.importance === 2))
    const id = store.mergeEvents([p.id, q.id])
    const merged = store.event(id)!
    expect(merged.importance).toBe(2)
    expect(merged.sources).toEqual([...p.sources, ...q.sources])
    const sameDate = store.project.events.find(
      (e) => e !== merged && e.when.value === merged.when.value
    )
    if (sameDate) {
      const again = store.mergeEvents([id, sameDate.id])
      expect(store.event(again)?.when).toEqual(merged.when)
    }
  })

  it('tells a passage once when two merged events quote the same sentence', async () => {
    const store = createDocumentStore(await sample())
    const nato = store.project.events.find((e) => e.title.startsWith('NATO suspended'))!
    const crimea = store.project.events.find((e) => e.title === 'Russia annexed Crimea')!
    expect(crimea.sources).toEqual(nato.sources)
    const id = store.mergeEvents([nato.id, crimea.id])
    expect(store.event(id)?.sources).toEqual(nato.sources)
    // The same year, once firm and once approximate: the main part (equal importance and start,
    // so the first by id) covers the union and keeps its date.
    const main = nato.id < crimea.id ? nato : crimea
    expect(id).toBe(main.id)
    expect(store.event(id)?.when).toBe(main.when)
  })

  it('events that were all manual stay manual', () => {
    const store = createDocumentStore()
    const a = store.addEvent({ title: 'A', when: day('2021-01-01') })
    const b = store.addEvent({ title: 'B', when: day('2021-01-01') })
    const id = store.mergeEvents([a, b])
    expect(store.event(id)).toMatchObject({ origin: 'manual', importance: 1, sources: [] })
    expect(id).toBe(a < b ? a : b)
  })

  it('refuses fewer than two different events or an unknown one', async () => {
    const store = createDocumentStore(await sample())
    const [a, b] = store.project.events
    expect(() => store.mergeEvents([a!.id])).toThrow(RangeError)
    expect(() => store.mergeEvents([a!.id, a!.id])).toThrow(/at least two/)
    expect(() => store.mergeEvents([a!.id, 'nope'])).toThrow(RangeError)
    expect(store.canUndo).toBe(false)
    expect(b).toBeDefined()
  })
})

describe('splitEvent', () => {
  it('gives one event per source: the first keeps the id, the rest get -s2, -s3…', async () => {
    const { project: two } = await twoArticles()
    const store = createDocumentStore(two)
    const told = store.project.events.find((e) => e.sources.length >= 2)!
    const changes = record(store)
    let ids: string[] = []
    expectUndoRedo(store, () => {
      ids = store.splitEvent(told.id)
    })
    expect(ids).toEqual([told.id, ...told.sources.slice(1).map((_, i) => `${told.id}-s${i + 2}`)])
    ids.forEach((id, i) =>
      expect(store.event(id)).toEqual({
        id,
        title: told.title,
        when: told.when,
        actors: told.actors,
        places: told.places,
        category: told.category,
        importance: 1,
        sources: [told.sources[i]],
        origin: 'edited'
      })
    )
    expect(store.undoLabel).toBe('Split event')
    expect(changes[0]).toEqual({ kind: 'events', ids })
  })

  it('skips ids already in use', () => {
    const src = (start: number): EventSource => ({
      articleId: 'a-1',
      quote: `quote ${start}`,
      start,
      end: start + 5,
      dateText: 'today'
    })
    const store = createDocumentStore(
      project([handEvent('x', { sources: [src(0), src(10), src(20)] }), handEvent('x-s2')])
    )
    expect(store.splitEvent('x')).toEqual(['x', 'x-s3', 'x-s4'])
    expectConsistent(store)
  })

  it('refuses an event told by one source', async () => {
    const store = createDocumentStore(await sample())
    expect(() => store.splitEvent(store.project.events[0]!.id)).toThrow(/more than one source/)
    expect(() => store.splitEvent('nope')).toThrow(RangeError)
  })

  it('splitting a merge gives back events told by the same sources', async () => {
    const { project: two } = await twoArticles()
    const store = createDocumentStore(two)
    const parts = apart(store.project.events)
    const id = store.mergeEvents(parts.map((e) => e.id))
    const split = store.splitEvent(id).map((i) => store.event(i)!)
    const singles = parts.flatMap((e) => e.sources.map((s) => ({ ...e, sources: [s] })))
    expect(tellings(split)).toEqual(tellings(singles))
    expectConsistent(store)
  })

  it('merging a split gives back the event, now edited and counted by articles', async () => {
    const { project: two } = await twoArticles()
    const store = createDocumentStore(two)
    const told = store.project.events.find((e) => e.sources.length === 2)!
    const id = store.mergeEvents(store.splitEvent(told.id))
    expect(store.event(id)).toEqual({ ...told, importance: 2, origin: 'edited' })
    store.undo()
    store.undo()
    expect(store.event(told.id)).toBe(told)
  })
})
