/**
 * The renderer's document store (see types.ts for the contract). Every edit builds a new Project
 * that shares the events it did not change, keeps `events` sorted by start then id, updates the
 * id map for the events it touched and becomes one step of history.
 */
import {
  PROJECT_FORMAT,
  PROJECT_SCHEMA_VERSION,
  type Article,
  type IsoDay,
  type Project,
  type ProjectView,
  type TimelineEvent
} from '../../../shared/model'
import { addArticlesEdit, redateArticleEdit, removeArticleEdit } from './article-edits'
import { mergedEvent, newEvent, patchEvent, splitEvents } from './event-edits'
import { changeOf, stepOf, type Edit } from './edit-step'
import { History, type Step, type StepKind } from './history'
import { Listeners } from './listeners'
import { sortedEvents } from './sorted-events'
import type { Change, DocumentStore, EventPatch, NewEvent } from './types'

/** A saved state no document is ever identical to: the mark of a document never saved. */
const UNSAVED: Project = Object.freeze(emptyProject())

export function emptyProject(): Project {
  return {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    title: 'Untitled timeline',
    articles: [],
    events: []
  }
}

const EVENTS: StepKind = { kind: 'events' }

/** "event", "3 events": the menu says "Delete event" for one. */
function counted(n: number, noun: string): string {
  return n === 1 ? noun : `${n} ${noun}s`
}

/** The document in store order, with its id map; two events under one id cannot be edited. */
function prepare(project: Project): { project: Project; byId: Map<string, TimelineEvent> } {
  const events = sortedEvents(project.events)
  const byId = new Map<string, TimelineEvent>()
  for (const event of events) {
    if (byId.has(event.id)) throw new RangeError(`Two events share the id "${event.id}"`)
    byId.set(event.id, event)
  }
  return { project: events === project.events ? project : { ...project, events }, byId }
}

/** A snapshot shown with today's view: the view is not history, so undo leaves it alone. */
function withView(project: Project, view: ProjectView | undefined): Project {
  if (project.view === view) return project
  if (view) return { ...project, view }
  const { view: _dropped, ...rest } = project
  return rest
}

class Store implements DocumentStore {
  private current: Project
  private byId: Map<string, TimelineEvent>
  /**
   * The snapshot whose content is shown. It differs from `current` only by the view, so a view
   * change leaves `dirty` alone; `dirty` compares it with the saved one by identity.
   */
  private contentKey: Project
  private savedKey: Project
  private readonly history = new History()
  private readonly listeners = new Listeners<Change>()

  constructor(initial: Project) {
    const { project, byId } = prepare(initial)
    this.current = this.contentKey = this.savedKey = project
    this.byId = byId
  }

  get project(): Project {
    return this.current
  }

  event(id: string): TimelineEvent | undefined {
    return this.byId.get(id)
  }

  get dirty(): boolean {
    return this.contentKey !== this.savedKey
  }

  markSaved(): void {
    this.savedKey = this.contentKey
    this.listeners.emit({ kind: 'saved' })
  }

  subscribe(listener: (change: Change) => void): () => void {
    return this.listeners.add(listener)
  }

  load(project: Project, options: { unsaved?: boolean } = {}): void {
    const prepared = prepare(project)
    const wasDirty = this.dirty
    this.current = this.contentKey = prepared.project
    // Restored work is on no disk: nothing it could be "back to", so it stays unsaved.
    this.savedKey = options.unsaved ? UNSAVED : prepared.project
    this.byId = prepared.byId
    this.history.clear()
    this.listeners.emit({ kind: 'load' })
    if (wasDirty !== this.dirty) this.listeners.emit({ kind: 'saved' })
  }

  // ── Event edits ─────────────────────────────────────────────────────────────────────────────

  updateEvent(id: string, patch: EventPatch): void {
    const event = this.need(id)
    const result = patchEvent(event, patch)
    if (result)
      this.commit({ label: result.label, what: EVENTS, remove: [event], add: [result.event] })
  }

  addEvent(input: NewEvent): string {
    const event = newEvent(input)
    this.commit({ label: 'Add event', what: EVENTS, add: [event] })
    return event.id
  }

  deleteEvents(ids: string[]): void {
    const events = this.needAll(ids)
    if (events.length === 0) return
    this.commit({
      label: `Delete ${counted(events.length, 'event')}`,
      what: EVENTS,
      remove: events
    })
  }

  mergeEvents(ids: string[]): string {
    const events = this.needAll(ids)
    if (events.length < 2) throw new RangeError('Merging needs at least two different events')
    const merged = mergedEvent(events)
    this.commit({
      label: `Merge ${events.length} events`,
      what: EVENTS,
      remove: events,
      add: [merged]
    })
    return merged.id
  }

  splitEvent(id: string): string[] {
    const event = this.need(id)
    const parts = splitEvents(event, (candidate) => this.byId.has(candidate))
    this.commit({ label: 'Split event', what: EVENTS, remove: [event], add: parts })
    return parts.map((part) => part.id)
  }

  setTitle(title: string): void {
    const trimmed = typeof title === 'string' ? title.trim() : ''
    if (trimmed === '') throw new RangeError('A timeline needs a title')
    this.commit({ label: 'Rename timeline', what: { kind: 'title' }, title: trimmed })
  }

  // ── Article edits ───────────────────────────────────────────────────────────────────────────

  addArticles(
    articles: Article[],
    events: TimelineEvent[],
    replacing: readonly string[] = []
  ): void {
    const edit = addArticlesEdit(
      this.current,
      articles,
      events,
      (id) => this.byId.get(id),
      replacing
    )
    const added = edit.articles.slice(this.current.articles.length)
    const label =
      added.length > 0
        ? `Add ${counted(added.length, 'article')}`
        : `Add ${counted(edit.add.length, 'event')}`
    this.commit({ label, what: { kind: 'articles', articleIds: added.map((a) => a.id) }, ...edit })
  }

  removeArticle(articleId: string, keepEdited: boolean): void {
    const edit = removeArticleEdit(this.current, articleId, keepEdited)
    this.commit({
      label: 'Remove article',
      what: { kind: 'articles', articleIds: [articleId] },
      ...edit
    })
  }

  redateArticle(articleId: string, published: IsoDay | null, events: TimelineEvent[]): void {
    const edit = redateArticleEdit(this.current, articleId, published, events, (id) =>
      this.byId.get(id)
    )
    this.commit({
      label: 'Change publication date',
      what: { kind: 'articles', articleIds: [articleId] },
      ...edit
    })
  }

  setView(view: ProjectView): void {
    if (this.current.view !== view) this.current = { ...this.current, view }
  }

  // ── History ─────────────────────────────────────────────────────────────────────────────────

  undo(): boolean {
    const step = this.history.undo()
    if (!step) return false
    const wasDirty = this.dirty
    this.show(withView(step.before, this.current.view), step.beforeKey, step.eventsBefore)
    this.notify(step, wasDirty)
    return true
  }

  redo(): boolean {
    const step = this.history.redo()
    if (!step) return false
    const wasDirty = this.dirty
    this.show(withView(step.after, this.current.view), step.after, step.eventsAfter)
    this.notify(step, wasDirty)
    return true
  }

  get canUndo(): boolean {
    return this.history.undoLabel !== null
  }

  get canRedo(): boolean {
    return this.history.redoLabel !== null
  }

  get undoLabel(): string | null {
    return this.history.undoLabel
  }

  get redoLabel(): string | null {
    return this.history.redoLabel
  }

  // ── Internals ───────────────────────────────────────────────────────────────────────────────

  private need(id: string): TimelineEvent {
    const event = this.byId.get(id)
    if (!event) throw new RangeError(`No event with id "${id}"`)
    return event
  }

  /** The events of `ids`, each once, in the order asked. */
  private needAll(ids: readonly string[]): TimelineEvent[] {
    return [...new Set(ids)].map((id) => this.need(id))
  }

  /** Makes an edit the current state and a step of history; false when it changes nothing. */
  private commit(edit: Edit): boolean {
    const step = stepOf(edit, this.current, this.contentKey, (id) => this.byId.has(id))
    if (!step) return false
    const wasDirty = this.dirty
    this.history.push(step)
    this.show(step.after, step.after, step.eventsAfter)
    this.notify(step, wasDirty)
    return true
  }

  /** Shows a snapshot: the project, its content key, and the touched ids' objects in the map. */
  private show(
    project: Project,
    key: Project,
    events: ReadonlyMap<string, TimelineEvent | undefined>
  ): void {
    for (const [id, event] of events) {
      if (event) this.byId.set(id, event)
      else this.byId.delete(id)
    }
    this.current = project
    this.contentKey = key
  }

  private notify(step: Step, wasDirty: boolean): void {
    this.listeners.emit(changeOf(step))
    if (wasDirty !== this.dirty) this.listeners.emit({ kind: 'saved' })
  }
}

/** The store of one open document, starting with `initial` or an empty untitled timeline. */
export function createDocumentStore(initial?: Project): DocumentStore {
  return new Store(initial ?? emptyProject())
}
