/** Adding, removing and re-dating articles; the user's events survive what extraction redoes. */
import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../src/main/core/events/extract'
import { createDocumentStore, type Change } from '../../src/renderer/src/store'
import type { TimelineEvent } from '../../src/shared/model'
import {
  day,
  expectConsistent,
  expectUndoRedo,
  finlandArticle,
  sample,
  secondTelling,
  twoArticles
} from './store-fixtures'

function record(store: ReturnType<typeof createDocumentStore>): Change[] {
  const changes: Change[] = []
  store.subscribe((change) => changes.push(change))
  return changes
}

const cites = (event: TimelineEvent, articleId: string): boolean =>
  event.sources.some((s) => s.articleId === articleId)

/** An event as extraction tells it, whatever id it ended up under. */
const content = (e: TimelineEvent): string =>
  JSON.stringify([e.title, e.when, e.sources, e.actors, e.places, e.category])

describe('addArticles', () => {
  it('appends an article and its events, sorted in', async () => {
    const store = createDocumentStore(await sample())
    const finland = finlandArticle()
    const events = extractEvents(finland)
    const changes = record(store)
    const { before } = expectUndoRedo(store, () => store.addArticles([finland], events))
    expect(store.project.articles).toEqual([...before.articles, finland])
    for (const event of events) expect(store.event(event.id)).toBe(event)
    expect(store.undoLabel).toBe('Add article')
    expect(changes[0]).toEqual({
      kind: 'articles',
      articleIds: [finland.id],
      ids: events.map((e) => e.id)
    })
  })

  it('says how many articles were added', async () => {
    const store = createDocumentStore(await sample())
    const second = await secondTelling()
    const finland = finlandArticle()
    store.addArticles([second, finland], [...extractEvents(second), ...extractEvents(finland)])
    expect(store.undoLabel).toBe('Add 2 articles')
    expect(store.project.articles).toHaveLength(3)
    expectConsistent(store)
  })

  it('skips a file added twice, and its events', async () => {
    const store = createDocumentStore(await sample())
    const finland = finlandArticle()
    store.addArticles([finland], extractEvents(finland))
    const once = store.project
    store.addArticles([finland], extractEvents(finland))
    expect(store.project).toBe(once)
    store.undo()
    expect(store.canUndo).toBe(false)
  })

  it('of a batch, adds only the new articles; an event merged across both keeps the new sources', async () => {
    const base = await sample()
    const seed = base.articles[0]!
    const store = createDocumentStore(base)
    const finland = finlandArticle()
    const [vote, applied] = extractEvents(finland)
    const told = store.project.events[0]!
    const acrossBoth = {
      ...applied!,
      id: 'e-across',
      sources: [...told.sources, ...applied!.sources],
      importance: 2
    }
    store.addArticles([seed, finland], [...extractEvents(seed), vote!, acrossBoth])
    expect(store.project.articles).toEqual([seed, finland])
    expect(store.project.events).toHaveLength(base.events.length + 2)
    expect(store.event(vote!.id)).toBe(vote)
    expect(store.event('e-across')).toEqual({
      ...acrossBoth,
      sources: applied!.sources,
      importance: 1
    })
    expectConsistent(store)
  })

  it("an incoming id already in use is renamed, or dropped when it is the user's event", async () => {
    const store = createDocumentStore(await sample())
    const [kept, edited] = store.project.events
    store.updateEvent(edited!.id, { title: 'Edited by hand' })
    const finland = finlandArticle()
    const [vote, applied] = extractEvents(finland)
    store.addArticles(
      [finland],
      [
        { ...vote!, id: kept!.id },
        { ...applied!, id: edited!.id }
      ]
    )
    expect(store.event(`${kept!.id}-2`)).toEqual({ ...vote!, id: `${kept!.id}-2` })
    expect(store.event(kept!.id)).toBe(kept)
    expect(store.event(edited!.id)?.title).toBe('Edited by hand')
    expect(store.project.events.filter((e) => cites(e, finland.id))).toHaveLength(1)
    expectConsistent(store)
  })
})

describe('removeArticle', () => {
  it('shared events stay, without the removed article and counted again', async () => {
    const { project, a, b } = await twoArticles()
    const store = createDocumentStore(project)
    const changes = record(store)
    expectUndoRedo(store, () => store.removeArticle(b.id, false))
    expect(store.project.articles).toEqual([a])
    expect(store.project.events).toHaveLength(project.events.filter((e) => cites(e, a.id)).length)
    for (const event of project.events) {
      const now = store.event(event.id)
      expect(now?.sources).toEqual(event.sources.filter((s) => s.articleId !== b.id))
      expect(now?.importance).toBe(1)
      expect(now?.origin).toBeUndefined()
    }
    expect(store.undoLabel).toBe('Remove article')
    expect(changes[0]).toEqual({
      kind: 'articles',
      articleIds: [b.id],
      ids: project.events.filter((e) => cites(e, b.id)).map((e) => e.id)
    })
  })

  it('events only the article tells go; the others are the same objects', async () => {
    const store = createDocumentStore(await sample())
    const before = store.project
    const finland = finlandArticle()
    store.addArticles([finland], extractEvents(finland))
    store.removeArticle(finland.id, true)
    expect(store.project.events).toEqual(before.events)
    store.project.events.forEach((e, i) => expect(e).toBe(before.events[i]))
    expect(store.project.articles).toEqual(before.articles)
  })

  it("keeps the user's events when asked, without the article's sources", async () => {
    const project = await sample()
    const seed = project.articles[0]!
    for (const keepEdited of [true, false]) {
      const store = createDocumentStore(project)
      const edited = store.project.events[4]!
      store.updateEvent(edited.id, { title: 'Kept by hand' })
      const manual = store.addEvent({ title: 'Added by hand', when: day('2021-10-20') })
      const manualEvent = store.event(manual)
      expectUndoRedo(store, () => store.removeArticle(seed.id, keepEdited))
      expect(store.project.articles).toEqual([])
      expect(store.event(manual)).toBe(manualEvent)
      if (keepEdited) {
        expect(store.project.events).toHaveLength(2)
        expect(store.event(edited.id)).toEqual({
          ...edited,
          title: 'Kept by hand',
          origin: 'edited',
          sources: [],
          importance: 1
        })
      } else {
        expect(store.project.events).toEqual([manualEvent])
      }
    }
  })

  it('refuses an unknown article', () => {
    expect(() => createDocumentStore().removeArticle('a-none', true)).toThrow(RangeError)
  })
})

describe('redateArticle', () => {
  it("replaces the article's extracted events, keeps the edited one, in one step", async () => {
    const project = await sample()
    const seed = project.articles[0]!
    const store = createDocumentStore(project)
    const initial = store.project
    const redated = { ...seed, published: '2021-11-01' }
    const events = extractEvents(redated)
    const edited = store.project.events.find((e) => events.some((n) => n.id === e.id))!
    store.updateEvent(edited.id, { title: 'Checked by hand' })
    const mine = store.event(edited.id)!
    const changes = record(store)
    expectUndoRedo(store, () => store.redateArticle(seed.id, '2021-11-01', events))
    expect(store.project.articles).toEqual([redated])
    expect(store.event(edited.id)).toBe(mine)
    const others = events.filter((e) => e.id !== edited.id)
    expect(store.project.events).toHaveLength(others.length + 1)
    for (const event of others) expect(store.event(event.id)).toBe(event)
    expect(store.undoLabel).toBe('Change publication date')
    expect(changes[0]?.kind).toBe('articles')
    expect(changes[0]).toMatchObject({ articleIds: [seed.id] })
    store.undo()
    store.undo()
    expect(store.project).toBe(initial)
    expect(store.canUndo).toBe(false)
  })

  it('strips the article from events it shared and keeps every re-read event under its own id', async () => {
    const { project, a, b } = await twoArticles()
    const store = createDocumentStore(project)
    const events = extractEvents({ ...b, published: '2021-11-01' })
    store.redateArticle(b.id, '2021-11-01', events)
    expectConsistent(store)
    expect(store.project.articles[1]?.published).toBe('2021-11-01')
    const fromA = store.project.events.filter((e) => cites(e, a.id))
    const fromB = store.project.events.filter((e) => cites(e, b.id))
    expect(fromA.every((e) => !cites(e, b.id) && e.importance === 1)).toBe(true)
    expect(fromA.flatMap((e) => e.sources)).toEqual(
      expect.arrayContaining(
        project.events.flatMap((e) => e.sources.filter((s) => s.articleId === a.id))
      )
    )
    expect(fromB.map(content).sort()).toEqual(events.map(content).sort())
    expect(store.project.events).toHaveLength(fromA.length + events.length)
  })

  it('accepts an unknown date, leaves manual events alone, refuses bad input', async () => {
    const project = await sample()
    const seed = project.articles[0]!
    const store = createDocumentStore(project)
    const manual = store.addEvent({ title: 'Mine', when: day('2021-10-01') })
    const mine = store.event(manual)
    const events = extractEvents({ ...seed, published: null })
    store.redateArticle(seed.id, null, events)
    expect(store.project.articles[0]?.published).toBeNull()
    expect(store.event(manual)).toBe(mine)
    expect(() => store.redateArticle(seed.id, '2021-02-30', [])).toThrow(RangeError)
    expect(() => store.redateArticle('a-none', '2021-10-01', [])).toThrow(RangeError)
    expect(store.undoLabel).toBe('Change publication date')
  })
})
