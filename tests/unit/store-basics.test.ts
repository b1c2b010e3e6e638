/** The store's frame: creation, loading, lookups, notifications, dirty flag, view and history. */
import { describe, expect, it, vi } from 'vitest'
import { createDocumentStore, HISTORY_LIMIT, type Change } from '../../src/renderer/src/store'
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION, type ProjectView } from '../../src/shared/model'
import { byStartThenId, day, expectConsistent, sample } from './store-fixtures'

const VIEW: ProjectView = {
  start: '2021-01-01T00:00:00.000Z',
  end: '2022-01-01T00:00:00.000Z',
  lanes: 'actor'
}

function record(store: ReturnType<typeof createDocumentStore>): Change[] {
  const changes: Change[] = []
  store.subscribe((change) => changes.push(change))
  return changes
}

describe('creating and loading', () => {
  it('starts with an empty untitled timeline, clean and without history', () => {
    const store = createDocumentStore()
    expect(store.project).toEqual({
      format: PROJECT_FORMAT,
      schemaVersion: PROJECT_SCHEMA_VERSION,
      title: 'Untitled timeline',
      articles: [],
      events: []
    })
    expect(store.dirty).toBe(false)
    expect([store.canUndo, store.canRedo, store.undoLabel, store.redoLabel]).toEqual([
      false,
      false,
      null,
      null
    ])
    expect(store.undo()).toBe(false)
    expect(store.redo()).toBe(false)
  })

  it('keeps the sample sorted by start then id, with the same event objects, found by id', async () => {
    const project = await sample()
    const store = createDocumentStore(project)
    expectConsistent(store)
    expect(store.project.events).toHaveLength(project.events.length)
    expect(new Set(store.project.events)).toEqual(new Set(project.events))
    expect(store.project.events).toEqual([...project.events].sort(byStartThenId))
    expect(store.project.articles).toBe(project.articles)
    expect(store.event('no-such-event')).toBeUndefined()
  })

  it('takes an already sorted document as it is', async () => {
    const sorted = await sample()
    const project = { ...sorted, events: [...sorted.events].sort(byStartThenId) }
    expect(createDocumentStore(project).project).toBe(project)
  })

  it('refuses a document with two events under one id and keeps the open one', async () => {
    const store = createDocumentStore(await sample())
    const before = store.project
    const twice = { ...before, events: [...before.events, { ...before.events[0]! }] }
    expect(() => store.load(twice)).toThrow(/Two events share the id/)
    expect(store.project).toBe(before)
  })

  it('load replaces the document, clears history and counts as saved', async () => {
    const store = createDocumentStore()
    store.setTitle('Draft')
    const changes = record(store)
    const project = await sample()
    store.load(project)
    expect(store.project.title).toBe(project.title)
    expect(store.canUndo).toBe(false)
    expect(store.dirty).toBe(false)
    expect(changes).toEqual([{ kind: 'load' }, { kind: 'saved' }])
    expectConsistent(store)
  })

  it('load of restored work keeps it unsaved, even after undoing edits made since', async () => {
    const store = createDocumentStore()
    const changes = record(store)
    store.load(await sample(), { unsaved: true })
    expect(store.dirty).toBe(true)
    expect(changes).toEqual([{ kind: 'load' }, { kind: 'saved' }])
    store.setTitle('Restored and renamed')
    store.undo()
    expect(store.dirty).toBe(true)
    store.markSaved()
    expect(store.dirty).toBe(false)
  })
})

describe('notifications', () => {
  it('tells each listener until it unsubscribes', () => {
    const store = createDocumentStore()
    const first: Change[] = []
    const second: Change[] = []
    const stop = store.subscribe((c) => first.push(c))
    store.subscribe((c) => second.push(c))
    store.setTitle('One')
    stop()
    store.setTitle('Two')
    expect(first).toEqual([{ kind: 'title' }, { kind: 'saved' }])
    expect(second).toEqual([{ kind: 'title' }, { kind: 'saved' }, { kind: 'title' }])
  })

  it('a listener that throws does not keep the others from hearing', () => {
    const store = createDocumentStore()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const heard: Change[] = []
    store.subscribe(() => {
      throw new Error('broken panel')
    })
    store.subscribe((c) => heard.push(c))
    store.setTitle('Still works')
    expect(heard).toEqual([{ kind: 'title' }, { kind: 'saved' }])
    expect(error).toHaveBeenCalledTimes(2)
    error.mockRestore()
  })

  it('names the events an edit, its undo and its redo touched', () => {
    const store = createDocumentStore()
    const id = store.addEvent({ title: 'Talks', when: day('2021-10-18') })
    const changes = record(store)
    store.updateEvent(id, { title: 'Talks in Brussels' })
    store.undo()
    store.redo()
    expect(changes).toEqual([
      { kind: 'events', ids: [id] },
      { kind: 'events', ids: [id] },
      { kind: 'events', ids: [id] }
    ])
  })
})

describe('dirty flag', () => {
  it('follows edits, undo back to the saved state and markSaved', () => {
    const store = createDocumentStore()
    const changes = record(store)
    store.setTitle('A')
    expect(store.dirty).toBe(true)
    store.undo()
    expect(store.dirty).toBe(false)
    store.redo()
    expect(store.dirty).toBe(true)
    store.markSaved()
    expect(store.dirty).toBe(false)
    store.undo()
    expect(store.dirty).toBe(true)
    store.redo()
    expect(store.dirty).toBe(false)
    const saved = changes.filter((c) => c.kind === 'saved').length
    // Five flips (edit, undo, redo, undo, redo) and one markSaved.
    expect(saved).toBe(6)
  })

  it('markSaved tells listeners even when nothing flipped', () => {
    const store = createDocumentStore()
    const changes = record(store)
    store.markSaved()
    expect(changes).toEqual([{ kind: 'saved' }])
  })

  it('stays dirty once the saved state can no longer be reached', () => {
    const store = createDocumentStore()
    store.setTitle('A')
    store.undo()
    store.setTitle('B')
    expect(store.dirty).toBe(true)
    expect(store.canRedo).toBe(false)
  })
})

describe('view', () => {
  it('changes the document without history and without making it dirty', async () => {
    const store = createDocumentStore(await sample())
    const changes = record(store)
    const before = store.project
    store.setView(VIEW)
    expect(store.project).not.toBe(before)
    expect(store.project.view).toBe(VIEW)
    expect(store.project.events).toBe(before.events)
    expect(store.dirty).toBe(false)
    expect(store.canUndo).toBe(false)
    expect(changes).toEqual([])
  })

  it('is kept by the next edit and is not undone', async () => {
    const store = createDocumentStore(await sample())
    const id = store.project.events[0]!.id
    store.setView(VIEW)
    store.updateEvent(id, { title: 'Renamed' })
    expect(store.project.view).toBe(VIEW)
    const later: ProjectView = { ...VIEW, lanes: 'category' }
    store.setView(later)
    store.undo()
    expect(store.project.view).toBe(later)
    expect(store.event(id)?.title).not.toBe('Renamed')
    expect(store.dirty).toBe(false)
    store.redo()
    expect(store.project.view).toBe(later)
    expect(store.dirty).toBe(true)
  })

  it('a view change between an undo and a new edit does not confuse the saved state', () => {
    const store = createDocumentStore()
    store.setTitle('A')
    store.undo()
    store.setView(VIEW)
    store.setTitle('B')
    store.undo()
    expect(store.project.title).toBe('Untitled timeline')
    expect(store.dirty).toBe(false)
  })
})

describe('history', () => {
  it('labels the steps for the menu and moves them between undo and redo', () => {
    const store = createDocumentStore()
    const id = store.addEvent({ title: 'Talks', when: day('2021-10-18') })
    expect(store.undoLabel).toBe('Add event')
    store.updateEvent(id, { when: day('2021-10-19') })
    expect(store.undoLabel).toBe('Move event')
    store.updateEvent(id, { title: 'Talks again', when: day('2021-10-20') })
    expect(store.undoLabel).toBe('Edit event')
    store.undo()
    expect([store.undoLabel, store.redoLabel]).toEqual(['Move event', 'Edit event'])
    store.undo()
    expect([store.undoLabel, store.redoLabel]).toEqual(['Add event', 'Move event'])
  })

  it('a new edit after undo clears redo', () => {
    const store = createDocumentStore()
    store.setTitle('A')
    store.setTitle('B')
    store.undo()
    expect(store.canRedo).toBe(true)
    store.setTitle('C')
    expect(store.canRedo).toBe(false)
    expect(store.redo()).toBe(false)
    expect(store.project.title).toBe('C')
  })

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const store = createDocumentStore()
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) store.setTitle(`T${i}`)
    let undone = 0
    while (store.undo()) undone++
    expect(undone).toBe(HISTORY_LIMIT)
    expect(store.project.title).toBe('T4')
    expect(store.dirty).toBe(true)
    let redone = 0
    while (store.redo()) redone++
    expect(redone).toBe(HISTORY_LIMIT)
    expect(store.project.title).toBe(`T${HISTORY_LIMIT + 4}`)
  })
})

describe('title', () => {
  it('is trimmed, one step, and refused when empty', () => {
    const store = createDocumentStore()
    const changes = record(store)
    store.setTitle('  NATO and Russia  ')
    expect(store.project.title).toBe('NATO and Russia')
    expect(store.undoLabel).toBe('Rename timeline')
    expect(changes[0]).toEqual({ kind: 'title' })
    expect(() => store.setTitle('   ')).toThrow(RangeError)
    store.setTitle('NATO and Russia')
    store.undo()
    expect(store.project.title).toBe('Untitled timeline')
    expect(store.canUndo).toBe(false)
  })

  it('undo and redo give back the very snapshots', async () => {
    const store = createDocumentStore(await sample())
    store.addEvent({ title: 'Kept', when: day('2022-01-01') })
    const before = store.project
    store.setTitle('Renamed')
    const after = store.project
    expect(after.events).toBe(before.events)
    store.undo()
    expect(store.project).toBe(before)
    store.redo()
    expect(store.project).toBe(after)
  })
})
