/**
 * Keeps vis-timeline's DataSets a window onto the store: the items are the events overlapping
 * the visible window plus a margin (so a short pan finds them already loaded), never more than
 * ITEM_CAP of them, and none at all when more than VIEW_CAP are in view. The store stays the
 * source of truth: this only copies from it, after a pan (by diffing what is loaded against what
 * should be) and after a change (only the changed ids).
 */
import { DataSet } from 'vis-data/peer'
import type { DocumentStore } from '../store/types'
import type { LaneKey } from '../timeline/lanes'
import { itemOf, laneSet, sameItem, type EditorGroup, type EditorItem, type LaneSet } from './items'
import { WindowIndex } from './window-index'
import { ZOOM_MIN } from './windows'

/**
 * The most events in view that can be edited. vis-timeline restacks and repositions every item
 * in view on each frame of a pan, forcing a layout each time: measured on the 100,000-event
 * bench data in headless Chromium on a shared 2-core machine, ~200 in view pan at 60 fps,
 * ~550 (most of them long bars) at 15–20 fps. Beyond this the user is asked to zoom in, which a
 * view of that many items needs anyway to pick one out.
 */
export const VIEW_CAP = 600

/**
 * The most items handed to vis-timeline: those in view plus a margin on each side, so a short
 * pan finds its items loaded. vis-timeline draws only those near its window; the others cost
 * bookkeeping only.
 */
export const ITEM_CAP = 1_500

/**
 * A window this narrow (vis-timeline's closest zoom, or about: the window it reports is
 * rounded) takes up to ITEM_CAP events in view.
 */
const NARROW = ZOOM_MIN * 1.05

/** Margins tried around the window, in window widths: the widest that keeps under the cap. */
const MARGINS = [1, 0.25, 0]

export interface FillResult {
  /** Events overlapping the visible window. */
  inView: number
  /** Too many to edit: the DataSet was emptied and the user is asked to zoom in. */
  over: boolean
}

export class ItemSync {
  readonly items = new DataSet<EditorItem, 'id'>()
  readonly groups = new DataSet<EditorGroup, 'id'>()
  private readonly index: WindowIndex
  private lanes: LaneSet
  /** The span whose events are loaded: [a, b) in ms, or null while over the cap. */
  private span: [number, number] | null = null

  constructor(
    private readonly store: DocumentStore,
    laneBy: LaneKey
  ) {
    this.index = new WindowIndex(() => store.project.events)
    this.lanes = laneSet(store.project.events, laneBy, store.project.articles)
    this.groups.add(this.lanes.groups)
  }

  get laneBy(): LaneKey {
    return this.lanes.by
  }

  get eventCount(): number {
    return this.index.size
  }

  /** Where to open when the document has no saved view: the latest `n` events. */
  latest(n: number): [number, number] | null {
    return this.index.latest(n)
  }

  /** A new document: everything is read again; the caller then fills a window. */
  reset(): void {
    this.index.rebuild()
    this.items.clear()
    this.span = null
    this.relane(this.lanes.by)
  }

  /** Loads the events of the window [a, b) plus a margin, changing only what differs. */
  fill(a: number, b: number): FillResult {
    const width = b - a
    // Zoomed in to a few days, zooming further would not thin out the long events that all
    // overlap it: then up to ITEM_CAP are shown, slower to pan but still editable.
    const inView = this.index.query(a, b, width <= NARROW ? ITEM_CAP : VIEW_CAP)
    let wanted: string[] | null = null
    for (const margin of MARGINS) {
      if (inView.ids === null) break
      const span: [number, number] = [a - margin * width, b + margin * width]
      wanted = margin === 0 ? inView.ids : this.index.query(span[0], span[1], ITEM_CAP).ids
      if (wanted) {
        this.span = span
        break
      }
    }
    if (!wanted) {
      this.span = null
      this.items.clear()
      return { inView: inView.count, over: true }
    }
    const keep = new Set(wanted)
    const drop = this.items.getIds().filter((id) => !keep.has(String(id)))
    this.items.remove(drop)
    const add: EditorItem[] = []
    for (const id of wanted) {
      if (this.items.get(id)) continue
      const event = this.store.event(id)
      if (event) add.push(itemOf(event, this.lanes.laneOf(event)))
    }
    this.items.add(add)
    return { inView: inView.count, over: false }
  }

  /**
   * After the store changed `ids` (added, updated or removed): the index and lanes follow, and
   * the DataSet gets exactly those items added, updated or removed. (The caller fills again
   * afterwards: that recounts the window and trims back to the cap if many were added.)
   */
  apply(ids: readonly string[]): void {
    const { store } = this
    this.index.update(ids, (id) => store.event(id))
    const regrouped = this.relane(this.lanes.by)
    const span = this.span
    const put: EditorItem[] = []
    const drop: string[] = []
    for (const id of ids) {
      const event = store.event(id)
      const item = event && span ? itemOf(event, this.lanes.laneOf(event)) : null
      const overlaps = item && span && item.start.getTime() < span[1] && end(item) > span[0]
      const current = this.items.get(id)
      if (item && overlaps) {
        if (!current || !sameItem(current, item)) put.push(item)
      } else if (current) drop.push(id)
    }
    this.items.remove(drop)
    const changed = new Set(ids)
    this.items.update([...put, ...regrouped.filter((item) => !changed.has(item.id))])
  }

  /** Groups by another key: the groups are replaced and every loaded item moves to its lane. */
  setLaneBy(key: LaneKey): void {
    this.items.update(this.relane(key))
  }

  /**
   * Recomputes the lanes (their counts, and which are kept, change with the events) and updates
   * the groups DataSet where they differ. Returns the loaded items whose lane changed.
   */
  private relane(key: LaneKey): EditorItem[] {
    const { project } = this.store
    this.lanes = laneSet(project.events, key, project.articles)
    const next = new Map(this.lanes.groups.map((g) => [g.id, g]))
    this.groups.remove(this.groups.getIds().filter((id) => !next.has(String(id))))
    const changed = this.lanes.groups.filter((g) => {
      const old = this.groups.get(g.id)
      return !old || old.label !== g.label || old.order !== g.order
    })
    this.groups.update(changed)
    const moved: EditorItem[] = []
    for (const item of this.items.get()) {
      const event = this.store.event(item.id)
      const lane = event ? this.lanes.laneOf(event) : undefined
      if (event && lane !== item.group) moved.push(itemOf(event, lane))
    }
    return moved
  }
}

const end = (item: EditorItem): number => (item.end ?? item.start).getTime()
