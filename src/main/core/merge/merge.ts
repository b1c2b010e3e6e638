/**
 * Merges the events that several articles tell into one event with all their sources.
 *
 * `mergeEvents` is pure (no I/O, no Electron) and deterministic: the input is put in a total order
 * (when.start, when.end, id, …) and processed with a sweep line over time, so an event is only
 * compared with the events whose dates are still "open" at its start: the day before and the day
 * itself for day-precise events, plus the months and years that contain it. That keeps the work
 * near-linear in the number of events for news (a few dozen open events at any day), where
 * comparing all pairs of 100,000 events would not finish.
 *
 * Grouping is greedy with complete-link constraints: an event joins the most similar group (see
 * `similarity.ts` for the score and threshold) only if it is compatible with every member (no
 * shared article, dates within reach, numbers and actors not contradicting), and it can join two
 * groups into one when both fit. Passes repeat until one merges nothing, so the result is a fixed
 * point: merging it again returns it unchanged.
 */
import type { TimelineEvent } from '../../../shared/model'
import { combine } from './combine'
import { dayNumber } from './days'
import { compare, profile, Vocabulary, type Profile } from './similarity'
import { NameLexicon } from './tokens'

/** How many events of one article are filed in the shared lists before it gets lists of its own. */
const BIG_ARTICLE = 64

export function mergeEvents(events: TimelineEvent[]): TimelineEvent[] {
  // Names are learnt from the quotes: merging keeps every source, so every pass (and a later call
  // on the output) learns the same names, which keeps the result a fixed point.
  const lexicon = new NameLexicon()
  for (const e of events) for (const s of e.sources) lexicon.add(s.quote)
  const state: PassState = {
    vocab: new Vocabulary(lexicon),
    profiles: new WeakMap(),
    built: new WeakSet()
  }
  let current: readonly TimelineEvent[] = events
  let fresh: readonly boolean[] = events.map(() => true)
  for (;;) {
    const next = mergePass(current, fresh, state)
    if (next.events.length === current.length) return next.events
    current = next.events
    fresh = next.fresh
  }
}

/** What the passes of one call share, so a later pass redoes no work for unchanged events. */
interface PassState {
  vocab: Vocabulary
  profiles: WeakMap<TimelineEvent, Profile>
  /** Events built by `combine` in an earlier pass: combining one of them alone changes nothing. */
  built: WeakSet<TimelineEvent>
}

interface Group {
  members: number[]
  articles: Set<string>
  alive: boolean
}

/** Indices of `events` in their canonical order: by date, then id, then content. */
function canonicalOrder(events: readonly TimelineEvent[]): number[] {
  const keys = events.map((e) => {
    const start = dayNumber(e.when.start)
    const end = dayNumber(e.when.end)
    return {
      start: Number.isFinite(start) ? start : Number.POSITIVE_INFINITY,
      end: Number.isFinite(end) ? end : Number.POSITIVE_INFINITY
    }
  })
  const json = new Map<number, string>()
  const jsonOf = (i: number): string => {
    let s = json.get(i)
    if (s === undefined) {
      s = JSON.stringify(events[i])
      json.set(i, s)
    }
    return s
  }
  const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return events
    .map((_, i) => i)
    .sort((i, j) => {
      const a = events[i]!
      const b = events[j]!
      const ka = keys[i]!
      const kb = keys[j]!
      return (
        (ka.start === kb.start ? 0 : ka.start < kb.start ? -1 : 1) ||
        (ka.end === kb.end ? 0 : ka.end < kb.end ? -1 : 1) ||
        text(a.when.start, b.when.start) ||
        text(a.when.end, b.when.end) ||
        text(a.id, b.id) ||
        text(a.title, b.title) ||
        text(jsonOf(i), jsonOf(j))
      )
    })
}

/**
 * One sweep. `fresh` marks the events that may merge with anything; two events not fresh were
 * both left alone by the previous pass, which proves they are not similar (their profiles did not
 * change), so they are not compared again.
 */
function mergePass(
  events: readonly TimelineEvent[],
  fresh: readonly boolean[],
  state: PassState
): { events: TimelineEvent[]; fresh: boolean[] } {
  const profiles: Profile[] = events.map((e) => {
    let p = state.profiles.get(e)
    if (!p) {
      p = profile(e, state.vocab)
      state.profiles.set(e, p)
    }
    return p
  })
  const order = canonicalOrder(events)
  const groups: Group[] = []
  const groupOf = new Int32Array(events.length).fill(-1)

  const startGroup = (idx: number): void => {
    groupOf[idx] = groups.length
    groups.push({ members: [idx], articles: new Set(profiles[idx]!.articles), alive: true })
  }
  const shares = (a: readonly string[], b: readonly string[]): boolean =>
    a.some((id) => b.includes(id))
  const disjointArticles = (a: Set<string>, b: Iterable<string>): boolean => {
    for (const id of b) if (a.has(id)) return false
    return true
  }

  // compatible[m] holds compare(current event, m).compatible when stamp[m] is the current step.
  const stamp = new Int32Array(events.length).fill(-1)
  const compatible = new Uint8Array(events.length)
  // The open events, filed by their first article: an event is never compared with events of its
  // own articles (they cannot join it), so a thousand same-day events from one article cost one
  // skipped list instead of a million comparisons.
  let active = new Map<string, number[]>()
  // The same open events by entity token, and those with none. Two events that both name
  // entities but share none are never similar (see `compare`: the name penalty keeps the score
  // under the threshold), so an event with entities need only look at these lists.
  let byEntity = new Map<number, number[]>()
  let plain: number[] = []
  // An article with more than BIG_ARTICLE open events files the rest by article as well, so an
  // event of that article skips them in one step (a flood of same-day events from one text).
  const filed = new Map<string, number>()
  let bigByEntity = new Map<number, Map<string, number[]>>()
  let bigPlain = new Map<string, number[]>()
  const open = new Uint8Array(events.length)
  const seen = new Int32Array(events.length).fill(-1)
  const file = <K>(map: Map<K, number[]>, key: K, m: number): void => {
    const list = map.get(key)
    if (list) list.push(m)
    else map.set(key, [m])
  }
  const fileActive = (m: number): void => {
    const q = profiles[m]!
    open[m] = 1
    const key = q.articles[0] ?? ''
    file(active, key, m)
    const count = (filed.get(key) ?? 0) + 1
    filed.set(key, count)
    if (count <= BIG_ARTICLE) {
      if (q.entities.length === 0) plain.push(m)
      for (const t of q.entities) file(byEntity, t, m)
      return
    }
    if (q.entities.length === 0) file(bigPlain, key, m)
    for (const t of q.entities) {
      let lists = bigByEntity.get(t)
      if (!lists) bigByEntity.set(t, (lists = new Map()))
      file(lists, key, m)
    }
  }
  /** Keeps, in each list, the events still open; drops the lists left empty. */
  const stillOpen = <K>(map: Map<K, number[]>): Map<K, number[]> => {
    const kept = new Map<K, number[]>()
    for (const [key, list] of map) {
      const rest = list.filter((m) => open[m] === 1)
      if (rest.length > 0) kept.set(key, rest)
    }
    return kept
  }
  let sweepDay = Number.NEGATIVE_INFINITY
  for (const [step, idx] of order.entries()) {
    const p = profiles[idx]!
    if (!p.valid) {
      startGroup(idx) // no usable date: kept as it is, never merged
      continue
    }
    if (p.startDay !== sweepDay) {
      // Everything before this start is sorted in; drop what ended before it (a day of slack
      // for day-precise dates told a day apart).
      sweepDay = p.startDay
      for (const list of active.values()) {
        for (const m of list) if (profiles[m]!.endDay < sweepDay - 1) open[m] = 0
      }
      active = stillOpen(active)
      byEntity = stillOpen(byEntity)
      plain = plain.filter((m) => open[m] === 1)
      bigPlain = stillOpen(bigPlain)
      const big = new Map<number, Map<string, number[]>>()
      for (const [t, lists] of bigByEntity) {
        const kept = stillOpen(lists)
        if (kept.size > 0) big.set(t, kept)
      }
      bigByEntity = big
    }

    const best = new Map<number, number>()
    const isFresh = fresh[idx] === true
    /** Compares once per step; `compatible[m]` keeps the answer for the complete-link check. */
    const comparable = (m: number): boolean => open[m] === 1 && (isFresh || fresh[m] === true)
    const stampCompatible = (m: number): void => {
      stamp[m] = step
      compatible[m] = compare(p, profiles[m]!).compatible ? 1 : 0
    }
    const consider = (m: number): void => {
      if (seen[m] === step || !comparable(m)) return
      seen[m] = step
      if (shares(profiles[m]!.articles, p.articles)) return
      const c = compare(p, profiles[m]!)
      stamp[m] = step
      compatible[m] = c.compatible ? 1 : 0
      if (!c.similar) return
      const g = groupOf[m]!
      if ((best.get(g) ?? Number.NEGATIVE_INFINITY) < c.score) best.set(g, c.score)
    }
    /** Events filed under one of this event's articles share it: never in a group it can join. */
    const considerOthers = (lists: Map<string, number[]> | undefined): void => {
      for (const [key, list] of lists ?? []) {
        if (p.articles.includes(key)) continue
        for (const m of list) consider(m)
      }
    }
    if (p.entities.length === 0) considerOthers(active)
    else {
      for (const t of p.entities) {
        for (const m of byEntity.get(t) ?? []) consider(m)
        considerOthers(bigByEntity.get(t))
      }
      for (const m of plain) consider(m)
      considerOthers(bigPlain)
    }

    // Complete link: the event must be compatible with every member, not just the closest one.
    // A member not looked at above (no shared entity) is compared now; one no longer open ended
    // too early to be compatible, and one of this event's own articles fails the article check.
    const memberFits = (m: number): boolean => {
      if (stamp[m] !== step) {
        if (!comparable(m)) return false
        stampCompatible(m)
      }
      return compatible[m] === 1
    }
    const fits = (group: Group): boolean =>
      disjointArticles(group.articles, p.articles) && group.members.every(memberFits)
    const groupsFit = (a: Group, b: Group): boolean =>
      disjointArticles(a.articles, b.articles) &&
      a.members.every((x) => b.members.every((y) => compare(profiles[x]!, profiles[y]!).compatible))

    let target: Group | undefined
    const candidates = [...best.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])
    for (const [g] of candidates) {
      const group = groups[g]!
      if (!group.alive || !fits(group)) continue
      if (!target) {
        target = group
        group.members.push(idx)
        for (const id of p.articles) group.articles.add(id)
        groupOf[idx] = g
      } else if (groupsFit(target, group)) {
        // The event bridges two groups told by different articles: one event after all.
        const into = groupOf[idx]!
        for (const m of group.members) {
          target.members.push(m)
          groupOf[m] = into
        }
        for (const id of group.articles) target.articles.add(id)
        group.alive = false
        group.members = []
      }
    }
    if (!target) startGroup(idx)
    fileActive(idx)
  }

  const rank = new Int32Array(events.length)
  order.forEach((idx, r) => {
    rank[idx] = r
  })
  const alive = groups.filter((g) => g.alive)
  const merged = alive.map((g) => {
    const members = g.members.sort((a, b) => rank[a]! - rank[b]!).map((m) => events[m]!)
    const only = members.length === 1 ? members[0]! : undefined
    if (only && state.built.has(only)) return only
    const event = combine(members)
    state.built.add(event)
    return event
  })
  const sorted = canonicalOrder(merged)
  return {
    events: sorted.map((i) => merged[i]!),
    fresh: sorted.map((i) => alive[i]!.members.length > 1)
  }
}
