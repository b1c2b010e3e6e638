/**
 * Events as vis-timeline items and lanes as its groups. A single day is a point (a dot and its
 * title) at the middle of its day; anything coarser (or a span of days) is a range whose end is
 * the day after its last day, since vis-timeline's ends are exclusive instants. Points rather
 * than boxes: a box hangs from the axis by a line that crosses every row above it, and costs
 * vis-timeline two more elements to lay out on each frame of a pan.
 *
 * Titles come from article text, and vis-timeline writes string content with innerHTML (through
 * its XSS filter, which still lets markup through): so items are drawn by `renderItem`, which
 * builds DOM and sets the title as textContent, and group labels are elements too.
 */
import type { Article, TimeValue, TimelineEvent } from '../../../shared/model'
import { buildLanes, laneKeyOf, type LaneKey } from '../timeline/lanes'
import { DAY_MS } from './calendar-units'
import { instantsOf, isPoint } from './time-value'

export interface EditorItem {
  id: string
  /** The plain title; never handed to vis-timeline as markup (see renderItem). */
  content: string
  start: Date
  end?: Date
  type: 'point' | 'range'
  group?: string
  className: string
}

export interface EditorGroup {
  id: string
  content: HTMLElement
  /** The label as text, to tell whether a group changed without reading the element. */
  label: string
  order: number
}

/** The events outside the kept lanes share the last one, as on the D3 timeline. */
export const OTHERS_LANE = 'Others'

export function itemOf(event: TimelineEvent, group: string | undefined): EditorItem {
  const classes = ['ev', `ev-${event.origin ?? 'extracted'}`]
  if (event.when.approximate) classes.push('ev-approximate')
  if (event.sources.length > 1) classes.push('ev-merged')
  const { start, end } = itemInstants(event.when)
  // Every key is always present: DataSet.update merges, so a key left out would keep its old
  // value (a range turned into a day would keep its end, a lane switched off its group).
  return {
    id: event.id,
    content: event.title,
    start,
    end,
    type: end ? 'range' : 'point',
    group,
    className: classes.join(' ')
  }
}

/** Where an item with this time is drawn: a day at its middle, a range from its first instant. */
export function itemInstants(when: TimeValue): { start: Date; end: Date | undefined } {
  const [t0, t1] = instantsOf(when)
  return isPoint(when)
    ? { start: new Date(t0 + DAY_MS / 2), end: undefined }
    : { start: new Date(t0), end: new Date(t1) }
}

/** Whether vis-timeline must be told about a change (it redraws every item it is given). */
export function sameItem(a: EditorItem, b: EditorItem): boolean {
  return (
    a.content === b.content &&
    a.start.getTime() === b.start.getTime() &&
    a.end?.getTime() === b.end?.getTime() &&
    a.type === b.type &&
    a.group === b.group &&
    a.className === b.className
  )
}

const MARKS: Record<string, [string, string]> = {
  'ev-edited': ['✎', 'Edited by you'],
  'ev-manual': ['+', 'Added by you']
}

/**
 * vis-timeline's `template`: the item's face as DOM. The title goes in as text; a small mark
 * tells the user's own work (edited or added) from what extraction found.
 */
export function renderItem(item: EditorItem | undefined): HTMLElement {
  const face = document.createElement('span')
  face.className = 'ev-face'
  if (!item) return face
  for (const [cls, [glyph, label]] of Object.entries(MARKS)) {
    if (!item.className.split(' ').includes(cls)) continue
    const mark = document.createElement('span')
    mark.className = 'ev-mark'
    mark.textContent = glyph
    mark.title = label
    mark.setAttribute('aria-label', label)
    face.append(mark)
  }
  const title = document.createElement('span')
  title.className = 'ev-title'
  title.textContent = item.content
  face.title = item.content // the whole title on hover, when a short range clips it
  face.append(title)
  return face
}

/** The lanes for a key: vis groups in order, and which lane each event goes to. */
export interface LaneSet {
  by: LaneKey
  groups: EditorGroup[]
  laneOf(event: TimelineEvent): string | undefined
}

export function laneSet(
  events: readonly TimelineEvent[],
  by: LaneKey,
  articles: readonly Article[]
): LaneSet {
  if (by === 'none') return { by, groups: [], laneOf: () => undefined }
  const lanes = buildLanes(events, by, articles)
  const kept = new Set(lanes.map((lane) => lane.key).filter((key) => key !== OTHERS_LANE))
  const groups = lanes.map((lane, order) => {
    const content = document.createElement('span')
    content.className = 'ev-lane'
    content.textContent = `${lane.label || 'Unnamed'} · ${lane.events.length.toLocaleString()}`
    content.title = lane.label
    return { id: lane.key, content, label: content.textContent, order }
  })
  return {
    by,
    groups,
    laneOf: (event) => {
      const key = laneKeyOf(event, by)
      return kept.has(key) ? key : OTHERS_LANE
    }
  }
}

const RANK_LIMITS = [7, 31, 92, 366].map((days) => days * DAY_MS)

/**
 * vis-timeline's stacking order: single days first (nearest the axis), then ranges from the
 * shortest to the longest, each by start. Otherwise the year-long ranges, which start first,
 * would take the top rows of every view and push the day events out of sight. Coarse classes,
 * not exact lengths: vis-timeline's stacking is fast while items come mostly in start order.
 */
export function stackOrder(a: EditorItem, b: EditorItem): number {
  return rank(a) - rank(b) || a.start.getTime() - b.start.getTime()
}

function rank(item: EditorItem): number {
  if (!item.end) return 0
  const length = item.end.getTime() - item.start.getTime()
  const i = RANK_LIMITS.findIndex((limit) => length <= limit)
  return i < 0 ? RANK_LIMITS.length + 1 : i + 1
}
