/**
 * The open document's store: the one place the renderer changes the project. Both views (the D3
 * timeline and the vis-timeline editor) read from it and write through it, so a change made in
 * one shows in the other at once, and every change can be undone.
 */
import type {
  Article,
  EventOrigin,
  IsoDay,
  Project,
  ProjectView,
  TimeValue,
  TimelineEvent
} from '../../../shared/model'

/** What a person may change on an event through the editor or the form. */
export interface EventPatch {
  title?: string
  when?: TimeValue
  actors?: string[]
  places?: string[]
  category?: string
}

/** A new event a person adds by hand (origin 'manual', no sources, importance 1). */
export interface NewEvent {
  title: string
  when: TimeValue
  actors?: string[]
  places?: string[]
  category?: string
}

/** What one notification says changed, so a view can redraw only what it must. */
export type Change =
  /** A whole new document (opened, new, restored): views rebuild everything. */
  | { kind: 'load' }
  /** Events changed: `ids` were added, updated or removed (look them up to tell which). */
  | { kind: 'events'; ids: string[] }
  /** Articles were added, removed or re-dated; their events are in `ids`. */
  | { kind: 'articles'; articleIds: string[]; ids: string[] }
  /** The title changed. */
  | { kind: 'title' }
  /** The saved state changed (saved, or back to / away from the saved revision). */
  | { kind: 'saved' }

export interface DocumentStore {
  /** The current document. Never mutated in place: every change makes a new object. */
  readonly project: Project
  /** Looked up by id in the current document. */
  event(id: string): TimelineEvent | undefined
  /** Changes since the document was loaded or last saved (undoing back to it clears it). */
  readonly dirty: boolean
  /** The document was written to disk as it is now. */
  markSaved(): void
  subscribe(listener: (change: Change) => void): () => void

  /**
   * Replaces the document; history is cleared and the document counts as saved, unless
   * `unsaved` (work restored after a crash, on no disk yet).
   */
  load(project: Project, options?: { unsaved?: boolean }): void

  // ── Undoable edits: each is one step of history ───────────────────────────────────────────
  /** Marks the event 'edited' (a 'manual' one stays 'manual'). */
  updateEvent(id: string, patch: EventPatch): void
  /** Returns the new event's id. */
  addEvent(event: NewEvent): string
  deleteEvents(ids: string[]): void
  /**
   * Joins two or more events into one: the most important one's title and category, the union
   * of actors, places and sources, the earliest start and latest end. Returns the merged id.
   */
  mergeEvents(ids: string[]): string
  /** One event per source of an event told by several sources. Returns the new ids. */
  splitEvent(id: string): string[]
  setTitle(title: string): void
  /**
   * Articles and the events read from them (already merged with each other by main). Extracted
   * events named in `replacing` leave in the same step: main merged them into `events` (the same
   * happening told by an article already in the document).
   */
  addArticles(articles: Article[], events: TimelineEvent[], replacing?: readonly string[]): void
  /**
   * Removes an article and the events only it tells. Events it shares with other articles lose
   * its sources. Edited and manual events stay when `keepEdited` (losing the article's sources).
   */
  removeArticle(articleId: string, keepEdited: boolean): void
  /**
   * An article's publication date set or corrected, with its events read again under that date:
   * its extracted events are replaced by `events`; edited and manual ones stay.
   */
  redateArticle(articleId: string, published: IsoDay | null, events: TimelineEvent[]): void

  /** The view is part of the document but not an edit: no history, not dirty. */
  setView(view: ProjectView): void

  undo(): boolean
  redo(): boolean
  readonly canUndo: boolean
  readonly canRedo: boolean
  /** What undo would undo, for the menu ("Move event", "Delete 3 events"), or null. */
  readonly undoLabel: string | null
  readonly redoLabel: string | null
}

export type { EventOrigin }
