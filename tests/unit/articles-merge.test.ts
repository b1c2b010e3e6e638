/**
 * Adding an article to a document that already tells the same story: the new events meet the
 * document's extracted events on their dates, main's merge joins them, and the store swaps them
 * in one undoable step — no duplicate "Russia annexed Crimea", and the user's edits untouched.
 */
import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../src/main/core/events/extract'
import { mergeEvents } from '../../src/main/core/merge/merge'
import { extractedMeeting } from '../../src/renderer/src/articles/actions'
import { createDocumentStore } from '../../src/renderer/src/store'
import { finlandArticle, sample, secondTelling } from './store-fixtures'

describe('extractedMeeting', () => {
  it('picks the extracted events whose dates overlap a new one, and never the user’s', async () => {
    const base = await sample()
    const finland = extractEvents(finlandArticle())
    expect(finland.length).toBeGreaterThan(0)
    // Nothing in the NATO–Russia story happened in May 2022.
    expect(extractedMeeting(base.events, finland)).toEqual([])
    const again = extractEvents(await secondTelling())
    const meeting = extractedMeeting(base.events, again)
    expect(meeting.length).toBe(base.events.length)
    const edited = base.events.map((e, i) => (i === 0 ? { ...e, origin: 'edited' as const } : e))
    expect(extractedMeeting(edited, again).map((e) => e.id)).not.toContain(base.events[0]!.id)
  })
})

describe('adding a second telling of the story', () => {
  it('merges instead of duplicating, in one step that undo takes back whole', async () => {
    const base = await sample()
    const store = createDocumentStore(base)
    const before = store.project
    const article = await secondTelling()
    const incoming = extractEvents(article)
    const nearby = extractedMeeting(store.project.events, incoming)
    const merged = mergeEvents([...nearby, ...incoming])
    store.addArticles(
      [article],
      merged,
      nearby.map((e) => e.id)
    )

    const titles = store.project.events.map((e) => e.title)
    expect(new Set(titles).size).toBe(titles.length)
    const crimea = store.project.events.filter((e) => /Crimea/.test(e.title))
    expect(crimea).toHaveLength(1)
    expect(new Set(crimea[0]!.sources.map((s) => s.articleId))).toEqual(
      new Set([base.articles[0]!.id, article.id])
    )
    expect(crimea[0]!.importance).toBe(2)
    expect(store.project.events.length).toBe(base.events.length)

    expect(store.undoLabel).toBe('Add article')
    store.undo()
    expect(store.project.events).toEqual(before.events)
    expect(store.project.articles).toEqual(before.articles)
  })

  it('leaves an event the user edited alone, and adds the new telling beside it', async () => {
    const base = await sample()
    const store = createDocumentStore(base)
    const crimea = store.project.events.find((e) => /Crimea/.test(e.title))!
    store.updateEvent(crimea.id, { title: 'Russia annexes Crimea (my wording)' })
    const article = await secondTelling()
    const incoming = extractEvents(article)
    const nearby = extractedMeeting(store.project.events, incoming)
    store.addArticles(
      [article],
      mergeEvents([...nearby, ...incoming]),
      nearby.map((e) => e.id)
    )
    const mine = store.event(crimea.id)!
    expect(mine.title).toBe('Russia annexes Crimea (my wording)')
    expect(mine.origin).toBe('edited')
    expect(mine.sources.every((s) => s.articleId === base.articles[0]!.id)).toBe(true)
  })
})
