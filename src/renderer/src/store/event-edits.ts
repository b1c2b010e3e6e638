/**
 * The event edits as pure functions: each takes events of the current document and returns the
 * new event objects, never touching the old ones. The store turns the result into a history step.
 */
import type { EventSource, TimelineEvent } from '../../../shared/model'
import { cleanCategory, cleanNames, cleanTitle, importanceOf, sameList } from './event-fields'
import { compareEvents } from './sorted-events'
import { checkedWhen, sameWhen, unionWhen } from './time-value'
import type { EventPatch, NewEvent } from './types'

/** The edited event and its menu label, or null when the patch changes nothing. */
export function patchEvent(
  event: TimelineEvent,
  patch: EventPatch
): { event: TimelineEvent; label: string } | null {
  // Everything is checked before anything is compared, so a bad field is refused even when the
  // other fields would have made the patch a no-op.
  const title = patch.title === undefined ? undefined : cleanTitle(patch.title)
  const when = patch.when === undefined ? undefined : checkedWhen(patch.when)
  const actors = patch.actors === undefined ? undefined : cleanNames(patch.actors)
  const places = patch.places === undefined ? undefined : cleanNames(patch.places)
  const category = patch.category === undefined ? undefined : cleanCategory(patch.category)

  const changes: Partial<TimelineEvent> = {}
  if (title !== undefined && title !== event.title) changes.title = title
  if (when && !sameWhen(when, event.when)) changes.when = when
  if (actors && !sameList(actors, event.actors)) changes.actors = actors
  if (places && !sameList(places, event.places)) changes.places = places
  if (category !== undefined && category !== event.category) changes.category = category
  const changed = Object.keys(changes)
  if (changed.length === 0) return null
  return {
    event: { ...event, ...changes, origin: event.origin === 'manual' ? 'manual' : 'edited' },
    label: changed.length === 1 && changes.when ? 'Move event' : 'Edit event'
  }
}

export function newEvent(input: NewEvent): TimelineEvent {
  return {
    id: `m-${crypto.randomUUID()}`,
    title: cleanTitle(input.title),
    when: checkedWhen(input.when),
    actors: cleanNames(input.actors ?? []),
    places: cleanNames(input.places ?? []),
    category: cleanCategory(input.category),
    importance: 1,
    sources: [],
    origin: 'manual'
  }
}

/** The same passage of the same article is one source, however many parts cite it. */
function unionSources(parts: readonly TimelineEvent[]): EventSource[] {
  const seen = new Set<string>()
  const out: EventSource[] = []
  for (const part of parts) {
    for (const source of part.sources) {
      const key = `${source.articleId}\u0000${source.start}\u0000${source.end}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(source)
    }
  }
  return out
}

/**
 * Two or more events joined into one. The main part — the most important, then the earliest —
 * gives its id, title and category and comes first in every list; the others follow in time order.
 */
export function mergedEvent(events: readonly TimelineEvent[]): TimelineEvent {
  const parts = events.slice().sort(compareEvents)
  let main = parts[0]
  if (!main || parts.length < 2) throw new RangeError('Merging needs at least two events')
  for (const part of parts) if (part.importance > main.importance) main = part
  const ordered = [main, ...parts.filter((part) => part !== main)]
  const sources = unionSources(ordered)
  return {
    id: main.id,
    title: main.title,
    when: unionWhen(
      main.when,
      ordered.map((part) => part.when)
    ),
    actors: cleanNames(ordered.flatMap((part) => part.actors)),
    places: cleanNames(ordered.flatMap((part) => part.places)),
    category: main.category,
    importance: Math.max(importanceOf(sources), ...parts.map((part) => part.importance)),
    sources,
    origin: parts.every((part) => part.origin === 'manual') ? 'manual' : 'edited'
  }
}

/**
 * One event per source: the first keeps the id (so a selection stays on it), the others get
 * `-s2`, `-s3`… skipping any id already in use, which an earlier split and merge may have left.
 */
export function splitEvents(event: TimelineEvent, taken: (id: string) => boolean): TimelineEvent[] {
  if (event.sources.length < 2) {
    throw new RangeError('Splitting needs an event told by more than one source')
  }
  let suffix = 2
  return event.sources.map((source, i) => {
    let id = event.id
    if (i > 0) {
      while (taken(`${event.id}-s${suffix}`)) suffix++
      id = `${event.id}-s${suffix++}`
    }
    return {
      id,
      title: event.title,
      when: event.when,
      actors: event.actors,
      places: event.places,
      category: event.category,
      importance: 1,
      sources: [source],
      origin: 'edited'
    }
  })
}
