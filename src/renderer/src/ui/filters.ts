/**
 * Search and filters: a text box that matches words of the title and quotes, actors and places;
 * the categories to show; one lane to show. They combine into one predicate for the timeline, so
 * selection and zoom are untouched when they change.
 */
import type { TimelineEvent } from '../../../shared/model'
import { laneKeyOf, type LaneKey } from '../timeline/lanes'

export interface FilterState {
  query: string
  /** Categories hidden by the user (all shown when empty). */
  hiddenCategories: ReadonlySet<string>
  /** Show only this lane (by the current lane key); null for all. */
  lane: string | null
  laneBy: LaneKey
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/** The event's searchable text, folded (case and accents ignored). */
function haystack(e: TimelineEvent): string {
  return fold(
    [e.title, ...e.actors, ...e.places, e.category, ...e.sources.map((s) => s.quote)].join('\n')
  )
}

/** The predicate for a state, or null when it keeps everything. */
export function makeFilter(state: FilterState): ((e: TimelineEvent) => boolean) | null {
  const words = fold(state.query).split(/\s+/).filter(Boolean)
  const hidden = state.hiddenCategories
  const lane = state.lane
  if (words.length === 0 && hidden.size === 0 && lane === null) return null
  const cache = new WeakMap<TimelineEvent, string>()
  return (e) => {
    if (hidden.has(e.category)) return false
    if (lane !== null && laneKeyOf(e, state.laneBy) !== lane) return false
    if (words.length === 0) return true
    let text = cache.get(e)
    if (text === undefined) cache.set(e, (text = haystack(e)))
    return words.every((w) => text.includes(w))
  }
}

/** Category checkboxes for the categories present, most frequent first, all checked. */
export function renderCategories(
  box: HTMLFieldSetElement,
  events: readonly TimelineEvent[],
  onChange: (hidden: Set<string>) => void,
  /** Categories hidden before (kept hidden when the events change). */
  wasHidden: ReadonlySet<string> = new Set()
): void {
  const counts = new Map<string, number>()
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1)
  const legend = box.querySelector('legend')
  box.replaceChildren(...(legend ? [legend] : []))
  const hidden = new Set([...wasHidden].filter((c) => counts.has(c)))
  for (const [category, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    const label = document.createElement('label')
    const input = document.createElement('input')
    input.type = 'checkbox'
    input.checked = !hidden.has(category)
    input.value = category
    input.addEventListener('change', () => {
      if (input.checked) hidden.delete(category)
      else hidden.add(category)
      onChange(new Set(hidden))
    })
    label.append(input, `${category} (${n.toLocaleString()})`)
    box.append(label)
  }
}
