/**
 * Turning one edit into one step of history: the new snapshot (events replaced in their sorted
 * places, other fields shared) and, per touched id, the event before and after — what undo and
 * redo need to fix the id map and to tell the views, without looking at untouched events.
 */
import type { Article, Project, TimelineEvent } from '../../../shared/model'
import type { Step, StepKind } from './history'
import { replaceEvents } from './sorted-events'
import type { Change } from './types'

/** One edit as the store commits it: events out and in (a changed event is both), new fields. */
export interface Edit {
  label: string
  what: StepKind
  remove?: readonly TimelineEvent[]
  add?: readonly TimelineEvent[]
  title?: string
  articles?: Article[]
}

/**
 * The step `edit` makes from `before`, or null when it changes nothing. `beforeKey` is the
 * content key of `before` (see Step); `present` tells which ids the document already uses.
 */
export function stepOf(
  edit: Edit,
  before: Project,
  beforeKey: Project,
  present: (id: string) => boolean
): Step | null {
  // An object both leaving and entering is no change (an edit may hand back an untouched one).
  const entering = new Set(edit.add)
  const leaving = new Set(edit.remove)
  const remove = (edit.remove ?? []).filter((event) => !entering.has(event))
  const add = (edit.add ?? []).filter((event) => !leaving.has(event))
  const eventsBefore = new Map<string, TimelineEvent | undefined>()
  const eventsAfter = new Map<string, TimelineEvent | undefined>()
  for (const event of remove) {
    eventsBefore.set(event.id, event)
    eventsAfter.set(event.id, undefined)
  }
  for (const event of add) {
    // The edits pick free ids; this guards the id map against one that did not.
    const clash =
      eventsAfter.get(event.id) ?? (eventsBefore.has(event.id) ? undefined : present(event.id))
    if (clash) throw new Error(`store: an edit would give two events the id "${event.id}"`)
    eventsAfter.set(event.id, event)
    if (!eventsBefore.has(event.id)) eventsBefore.set(event.id, undefined)
  }
  const title = edit.title ?? before.title
  const articles = edit.articles ?? before.articles
  if (eventsAfter.size === 0 && title === before.title && articles === before.articles) return null
  const events = eventsAfter.size > 0 ? replaceEvents(before.events, remove, add) : before.events
  return {
    label: edit.label,
    what: edit.what,
    before,
    after: { ...before, title, articles, events },
    beforeKey,
    eventsBefore,
    eventsAfter
  }
}

/** What a step tells the views, the same whether it is done, undone or redone. */
export function changeOf(step: Step): Change {
  const ids = [...step.eventsAfter.keys()]
  const { what } = step
  if (what.kind === 'events') return { kind: 'events', ids }
  if (what.kind === 'articles') return { kind: 'articles', articleIds: [...what.articleIds], ids }
  return { kind: 'title' }
}
