/**
 * Documents for the store tests, built from real data: the sample project (the seed article run
 * through the real pipeline), a second article carrying the same story so main's merge gives
 * events told by two articles, and a small article of its own. Plus checks every test repeats.
 */
import { expect } from 'vitest'
import { extractEvents, makeArticle } from '../../src/main/core/events/extract'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import { mergeEvents } from '../../src/main/core/merge/merge'
import type { Article, Project, TimelineEvent, TimeValue } from '../../src/shared/model'
import type { DocumentStore } from '../../src/renderer/src/store'

let samplePromise: Promise<Project> | undefined

/** The sample project (cached: the store never mutates what it is given). */
export function sample(): Promise<Project> {
  samplePromise ??= loadSampleProject('resources/sample')
  return samplePromise
}

/** The seed article as another outlet printed it: same text, another source, so another id. */
export async function secondTelling(): Promise<Article> {
  const [seed] = (await sample()).articles
  return makeArticle({
    text: seed!.text,
    published: seed!.published,
    title: 'Russia breaks off with NATO',
    source: 'NRK'
  })
}

/** A short article of its own, about something else. */
export function finlandArticle(): Article {
  return makeArticle({
    text:
      'Finland applies to join NATO\n\n' +
      'Finland formally applied to join NATO on 18 May 2022, together with Sweden. ' +
      'The Finnish parliament had voted for membership on 17 May 2022.',
    published: '2022-05-19',
    title: 'Finland applies to join NATO',
    source: 'YLE'
  })
}

/** The sample's article and its second telling, events merged by main: most have two sources. */
export async function twoArticles(): Promise<{ project: Project; a: Article; b: Article }> {
  const base = await sample()
  const a = base.articles[0]!
  const b = await secondTelling()
  return {
    project: {
      ...base,
      articles: [a, b],
      events: mergeEvents([...base.events, ...extractEvents(b)])
    },
    a,
    b
  }
}

export function day(iso: string, approximate = false): TimeValue {
  return { value: iso, start: iso, end: iso, granularity: 'day', approximate }
}

/** A hand-made event for the cases real data does not give (ties, collisions, manual parts). */
export function handEvent(id: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    when: day('2021-10-18'),
    actors: [],
    places: [],
    category: 'other',
    importance: 1,
    sources: [],
    ...overrides
  }
}

export function byStartThenId(a: TimelineEvent, b: TimelineEvent): number {
  if (a.when.start !== b.when.start) return a.when.start < b.when.start ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The store's invariants: events sorted by start then id, ids unique, each found by its id. */
export function expectConsistent(store: DocumentStore): void {
  const { events } = store.project
  for (let i = 1; i < events.length; i++) {
    expect(byStartThenId(events[i - 1]!, events[i]!)).toBeLessThan(0)
  }
  for (const event of events) expect(store.event(event.id)).toBe(event)
}

/**
 * Runs `edit`, then checks undo gives back the very state before it (the same object, and deep
 * equal to a copy taken before, so nothing was mutated) and redo the very state after it.
 */
export function expectUndoRedo(
  store: DocumentStore,
  edit: () => void
): { before: Project; after: Project } {
  const before = store.project
  const copy = structuredClone(before)
  edit()
  const after = store.project
  expect(after).not.toBe(before)
  expect(before).toEqual(copy)
  expectConsistent(store)
  const gone = after.events.filter((e) => !before.events.includes(e)).map((e) => e.id)
  expect(store.undo()).toBe(true)
  expect(store.project).toBe(before)
  expect(store.project).toEqual(copy)
  expectConsistent(store)
  for (const id of gone) expect(store.event(id)).toBe(before.events.find((e) => e.id === id))
  expect(store.redo()).toBe(true)
  expect(store.project).toBe(after)
  expectConsistent(store)
  return { before, after }
}
