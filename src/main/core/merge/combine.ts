/**
 * Builds one event from the members of a merge group (already in their deterministic order):
 * the first member's id, the most precise date, the most informative title, actors and places
 * united in first-seen order, the most frequent real category, every source once, and an
 * importance equal to the number of distinct articles telling it. Applied to a single event it
 * normalises it the same way, and applying it twice changes nothing.
 */
import type { EventSource, Granularity, TimelineEvent, TimeValue } from '../../../shared/model'
import { dayNumber } from './days'
import { analyse, fold } from './tokens'

const MAX_TITLE = 80
const UNCLASSIFIED = 'unclassified'

const GRANULARITY_RANK: Record<Granularity, number> = {
  day: 0,
  week: 1,
  month: 2,
  season: 3,
  quarter: 4,
  half: 5,
  year: 6,
  decade: 7,
  century: 8
}

function granularityRank(g: Granularity): number {
  return GRANULARITY_RANK[g] ?? 9
}

function span(when: TimeValue): number {
  const s = dayNumber(when.start)
  const e = dayNumber(when.end)
  return Number.isFinite(s) && Number.isFinite(e) ? e - s : Number.POSITIVE_INFINITY
}

/** Counts in first-seen order. */
function tally<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) {
    const k = key(item)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return counts
}

/** Finest granularity first, then a firm date over an approximate one, then the commonest value. */
function pickWhen(members: readonly TimelineEvent[]): TimeValue {
  const counts = tally(members, (m) => m.when.value)
  let best = members[0]!.when
  for (const m of members.slice(1)) {
    const w = m.when
    const order =
      granularityRank(w.granularity) - granularityRank(best.granularity) ||
      span(w) - span(best) ||
      Number(w.approximate) - Number(best.approximate) ||
      (counts.get(best.value) ?? 0) - (counts.get(w.value) ?? 0)
    if (order < 0) best = w
  }
  return { ...best }
}

/** Repeated titles first, then whole (not cut with "…") and short enough, then the most words. */
function pickTitle(members: readonly TimelineEvent[]): string {
  const counts = tally(members, (m) => fold(m.title.trim()))
  const rank = (title: string): number[] => {
    const tokens = analyse(title)
    return [
      counts.get(fold(title.trim())) ?? 0,
      title.endsWith('…') ? 0 : 1,
      title.length <= MAX_TITLE ? 1 : 0,
      new Set([...tokens.words, ...tokens.names]).size,
      Math.min(title.length, MAX_TITLE)
    ]
  }
  let best = members[0]!.title
  let bestRank = rank(best)
  for (const m of members.slice(1)) {
    const r = rank(m.title)
    const i = r.findIndex((v, k) => v !== bestRank[k])
    if (i >= 0 && r[i]! > bestRank[i]!) {
      best = m.title
      bestRank = r
    }
  }
  return best
}

/** Case, diacritics, dots and a leading "the" do not make a different name. */
export function nameKeyOf(name: string): string {
  return fold(name)
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function unionNames(lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const list of lists) {
    for (const name of list) {
      const key = nameKeyOf(name)
      if (!key || seen.has(key)) continue
      seen.add(key)
      out.push(name)
    }
  }
  return out
}

function pickCategory(members: readonly TimelineEvent[]): string {
  const real = members.filter((m) => m.category && m.category !== UNCLASSIFIED)
  if (real.length === 0) return members[0]!.category
  let best = ''
  let bestCount = 0
  for (const [category, count] of tally(real, (m) => m.category)) {
    if (count > bestCount) {
      best = category
      bestCount = count
    }
  }
  return best
}

function unionSources(members: readonly TimelineEvent[]): EventSource[] {
  const seen = new Set<string>()
  const out: EventSource[] = []
  for (const m of members) {
    for (const s of m.sources) {
      const key = `${s.articleId}\u0000${s.start}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({ ...s })
    }
  }
  return out
}

/** One event for a group of members; `members` must be non-empty and in merge order. */
export function combine(members: readonly TimelineEvent[]): TimelineEvent {
  const first = members[0]
  if (!first) throw new Error('combine: no members')
  const sources = unionSources(members)
  return {
    id: first.id,
    title: pickTitle(members),
    when: pickWhen(members),
    actors: unionNames(members.map((m) => m.actors)),
    places: unionNames(members.map((m) => m.places)),
    category: pickCategory(members),
    importance: Math.max(1, new Set(sources.map((s) => s.articleId)).size),
    sources
  }
}
