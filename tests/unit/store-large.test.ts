/**
 * A 100,000-event document: edits and undos must work at that size (how fast is the bench's
 * business; here the state after 50 edits and 50 undos must be exactly right).
 */
import { describe, expect, it } from 'vitest'
import { createDocumentStore } from '../../src/renderer/src/store'
import type { Article, Project, TimelineEvent } from '../../src/shared/model'
import { byStartThenId, day, sample } from './store-fixtures'

const SIZE = 100_000
const ARTICLES = 10

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const isoDay = (n: number): string =>
  new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)

/** The sample's events and article many times over, spread over 25 years, in no order. */
async function bigProject(): Promise<Project> {
  const base = await sample()
  const seed = base.articles[0]!
  const articles: Article[] = Array.from({ length: ARTICLES }, (_, k) => ({
    ...seed,
    id: `a-${k}`
  }))
  const next = random(42)
  const events: TimelineEvent[] = []
  for (let i = 0; i < SIZE; i++) {
    const model = base.events[i % base.events.length]!
    const start = isoDay(Math.floor(next() * 9000))
    events.push({
      ...model,
      id: `e-${i}`,
      when: { ...model.when, value: start, start, end: start, granularity: 'day' },
      sources: model.sources.map((s) => ({ ...s, articleId: `a-${i % ARTICLES}` }))
    })
  }
  return { ...base, articles, events }
}

/** Sorted and every event found by id, checked without 100,000 expect calls. */
function check(store: ReturnType<typeof createDocumentStore>): void {
  const { events } = store.project
  let sorted = true
  let found = true
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && byStartThenId(events[i - 1]!, events[i]!) >= 0) sorted = false
    if (store.event(events[i]!.id) !== events[i]) found = false
  }
  expect(sorted).toBe(true)
  expect(found).toBe(true)
}

describe('a 100,000-event document', () => {
  it('takes 50 edits, 50 undos and 50 redos and ends exactly where it should', async () => {
    const store = createDocumentStore(await bigProject())
    check(store)
    const initial = store.project
    const next = random(7)
    /** `n` different events' ids, anywhere in the document. */
    const pick = (n: number): string[] => {
      const ids = new Set<string>()
      const { events } = store.project
      while (ids.size < n) ids.add(events[Math.floor(next() * events.length)]!.id)
      return [...ids]
    }
    const added: string[] = []
    for (let i = 0; i < 50; i++) {
      switch (i % 5) {
        case 0:
          store.updateEvent(pick(1)[0]!, { when: day(isoDay(Math.floor(next() * 9000))) })
          break
        case 1:
          store.updateEvent(pick(1)[0]!, { title: `Edited ${i}` })
          break
        case 2:
          added.push(store.addEvent({ title: `Added ${i}`, when: day(isoDay(i * 100)) }))
          break
        case 3:
          store.deleteEvents(pick(3))
          break
        default:
          store.mergeEvents(pick(2))
      }
    }
    check(store)
    const final = store.project
    expect(final.events.length).toBe(SIZE + 10 - 30 - 10)
    for (const id of added) expect(store.event(id)?.origin).toBe('manual')
    for (let i = 0; i < 50; i++) expect(store.undo()).toBe(true)
    expect(store.project).toBe(initial)
    expect(store.dirty).toBe(false)
    check(store)
    for (const id of added) expect(store.event(id)).toBeUndefined()
    for (let i = 0; i < 50; i++) expect(store.redo()).toBe(true)
    expect(store.project).toBe(final)
    check(store)
  })

  it('removes an article telling a tenth of the events, and undoes it', async () => {
    const store = createDocumentStore(await bigProject())
    const initial = store.project
    store.removeArticle('a-3', false)
    expect(store.project.events).toHaveLength(SIZE - SIZE / ARTICLES)
    expect(store.project.events.some((e) => e.sources.some((s) => s.articleId === 'a-3'))).toBe(
      false
    )
    check(store)
    store.undo()
    expect(store.project).toBe(initial)
    check(store)
  })
})
