/**
 * Undo and redo as snapshots: each step keeps the document before and after it. Unchanged events
 * are shared between snapshots, so a step costs one events array, and going back is swapping a
 * reference. A step also remembers the events it touched (old and new object per id), so undoing
 * it updates the id map and tells the views what changed in O(touched), whatever the size.
 */
import type { Project, TimelineEvent } from '../../../shared/model'

/** The history's depth: the oldest step is dropped beyond it. */
export const HISTORY_LIMIT = 200

/** Which part of the document a step changed, for the notification it sends either way. */
export type StepKind =
  { kind: 'events' } | { kind: 'title' } | { kind: 'articles'; articleIds: string[] }

export interface Step {
  label: string
  what: StepKind
  before: Project
  after: Project
  /**
   * What counted as the document's content before the step, for the dirty flag: usually
   * `before`, but an earlier view change (which is not content) may have made `before` a copy.
   */
  beforeKey: Project
  /** Per touched event id, its object before and after the step (undefined: absent). */
  eventsBefore: ReadonlyMap<string, TimelineEvent | undefined>
  eventsAfter: ReadonlyMap<string, TimelineEvent | undefined>
}

export class History {
  private done: Step[] = []
  private undone: Step[] = []

  constructor(private readonly limit = HISTORY_LIMIT) {}

  /** A new edit: it is the step to undo next, and what was undone can no longer be redone. */
  push(step: Step): void {
    this.done.push(step)
    if (this.done.length > this.limit) this.done.shift()
    this.undone = []
  }

  /** The step to undo, moved to the redo side; undefined when there is none. */
  undo(): Step | undefined {
    const step = this.done.pop()
    if (step) this.undone.push(step)
    return step
  }

  redo(): Step | undefined {
    const step = this.undone.pop()
    if (step) this.done.push(step)
    return step
  }

  clear(): void {
    this.done = []
    this.undone = []
  }

  get undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null
  }

  get redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null
  }

  get undoDepth(): number {
    return this.done.length
  }
}
