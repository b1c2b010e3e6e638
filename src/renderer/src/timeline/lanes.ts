/**
 * Lanes: the events grouped by a key the user picks — the main actor, the category, the article
 * that tells them — or all in one lane. Each event sits in exactly one lane (its first actor, its
 * first source's article), so counts add up and nothing is drawn twice. Only the lanes that fit
 * are kept; the rest of the events go into a last lane, "Others".
 */
import type { Article, TimelineEvent } from '../../../shared/model'

export type LaneKey = 'none' | 'actor' | 'category' | 'article'

export const LANE_KEYS: readonly LaneKey[] = ['none', 'actor', 'category', 'article']

export interface Lane {
  key: string
  label: string
  events: readonly TimelineEvent[]
}

const NO_ACTOR = 'No actor named'
const OTHERS = 'Others'

export function laneKeyOf(event: TimelineEvent, by: LaneKey): string {
  if (by === 'actor') return event.actors[0] ?? NO_ACTOR
  if (by === 'category') return event.category || 'other'
  if (by === 'article') return event.sources[0]?.articleId ?? ''
  return ''
}

/**
 * The lanes for `events` grouped `by`, largest first (ties by name), at most `maxLanes` of them;
 * with more groups than that, the smallest are merged into "Others".
 */
export function buildLanes(
  events: readonly TimelineEvent[],
  by: LaneKey,
  articles: readonly Article[] = [],
  maxLanes = 8
): Lane[] {
  if (by === 'none') return [{ key: '', label: '', events }]
  const groups = new Map<string, TimelineEvent[]>()
  for (const e of events) {
    const key = laneKeyOf(e, by)
    let list = groups.get(key)
    if (!list) groups.set(key, (list = []))
    list.push(e)
  }
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  const label = (key: string): string =>
    by === 'article' ? (titles.get(key) ?? 'Unknown article') : key
  const sorted = [...groups].sort(
    ([a, ea], [b, eb]) => eb.length - ea.length || label(a).localeCompare(label(b))
  )
  const room = Math.max(1, maxLanes)
  const kept = sorted.length > room ? sorted.slice(0, room - 1) : sorted
  const lanes: Lane[] = kept.map(([key, list]) => ({ key, label: label(key), events: list }))
  if (sorted.length > room) {
    const rest = sorted.slice(room - 1).flatMap(([, list]) => list)
    lanes.push({ key: OTHERS, label: `${OTHERS} (${sorted.length - room + 1})`, events: rest })
  }
  return lanes
}
