/**
 * vis-timeline set up for the editor. Its own edits are all intercepted: each callback cancels
 * vis-timeline's change (callback(null)) and asks the store instead, whose notification then
 * updates the DataSet. The cancel comes first, since vis-timeline restores the item's old place
 * when told null, which would undo a DataSet update made before it.
 *
 * Axis and snapping run in UTC (a moment in UTC mode), as the app's days are UTC days: otherwise
 * a user west of Greenwich would see 18 Oct drawn from the evening of the 17th.
 */
import moment, { type MomentInput } from 'moment'
import {
  Timeline,
  type DataGroupCollectionType,
  type DataItemCollectionType,
  type TimelineItem,
  type TimelineOptions
} from 'vis-timeline/peer'
import type { TimeValue } from '../../../shared/model'
import type { DocumentStore } from '../store/types'
import type { LaneKey } from '../timeline/lanes'
import { DAY_MS } from './calendar-units'
import { draggedTime } from './drag'
import { itemInstants, renderItem, stackOrder, type EditorItem } from './items'
import type { ItemSync } from './item-sync'
import { FIRST_DAY, LAST_DAY, dayTime } from './time-value'
import { ZOOM_MIN } from './windows'

export interface VisHandlers {
  store: DocumentStore
  /** Double-click on an empty spot: `day` is the day clicked, `group` its lane. */
  add(day: TimeValue, group: string | undefined): void
  /** Double-click on an item. */
  edit(id: string): void
  say(message: string, kind?: 'info' | 'error'): void
}

export interface VisTimeline {
  readonly timeline: Timeline
  /** Shows the lanes of `key` as groups, or none. */
  setGroups(key: LaneKey): void
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

export function createVisTimeline(
  host: HTMLElement,
  sync: ItemSync,
  laneBy: LaneKey,
  [start, end]: [number, number],
  handlers: VisHandlers
): VisTimeline {
  const { store } = handlers
  const eventOf = (item: TimelineItem) => store.event(String(item.id))

  const options: TimelineOptions = {
    height: '100%',
    orientation: { axis: 'top', item: 'top' },
    // No delete button on the item: it covered the title a bar lets run past its end, and sat
    // next to the resize handle. Delete, Backspace and the toolbar's Delete remain.
    editable: {
      add: true,
      remove: false,
      updateTime: true,
      updateGroup: false,
      overrideItems: false
    },
    multiselect: true,
    // An item drags from the first press, selected or not; empty space pans.
    itemsAlwaysDraggable: { item: true, range: true },
    stack: true,
    // No grid snapping: onMoving snaps each item to its own granularity instead.
    snap: null,
    showCurrentTime: false,
    // A week at the closest: the events are days, and closer in the axis would count hours.
    zoomMin: ZOOM_MIN,
    min: new Date(FIRST_DAY * DAY_MS),
    max: new Date((LAST_DAY + 1) * DAY_MS),
    moment: (date?: MomentInput) => moment(date).utc(),
    template: (item?: EditorItem) => renderItem(item),
    order: stackOrder,
    groupOrder: 'order',
    margin: { axis: 8, item: { horizontal: 6, vertical: 6 } },
    tooltipOnItemUpdateTime: false,
    verticalScroll: true,
    // data-id on each item's element: lets tests (and the e2e suite) find an event's item.
    dataAttributes: ['id'],

    onMoving(item, callback) {
      const event = eventOf(item)
      if (!event) return callback(null)
      const when = draggedTime(event.when, item.start, item.end)
      callback({ ...item, ...itemInstants(when) })
    },
    onMove(item, callback) {
      callback(null)
      const event = eventOf(item)
      if (!event) return
      const when = draggedTime(event.when, item.start, item.end)
      if (when === event.when) return
      try {
        store.updateEvent(event.id, { when })
        // A move shifts both ends; a resize keeps one.
        const moved = when.start !== event.when.start && when.end !== event.when.end
        handlers.say(`${moved ? 'Moved' : 'Resized'} “${event.title}” to ${when.value}.`)
      } catch (error) {
        handlers.say(message(error), 'error')
      }
    },
    onAdd(item, callback) {
      callback(null)
      const at = new Date(item.start).getTime()
      handlers.add(dayTime(at), item.group === undefined ? undefined : String(item.group))
    },
    onUpdate(item, callback) {
      callback(null)
      handlers.edit(String(item.id))
    }
  }

  const items = sync.items as unknown as DataItemCollectionType
  const groups = sync.groups as unknown as DataGroupCollectionType
  const timeline =
    laneBy === 'none'
      ? new Timeline(host, items, options)
      : new Timeline(host, items, groups, options)
  // The window is set after construction, not as start/end options: with those, vis-timeline
  // stays hidden until its 200 ms "rangechanged" debounce has passed and something redraws.
  timeline.setWindow(new Date(start), new Date(end), { animation: false })
  return {
    timeline,
    setGroups(key) {
      // No groups: one lane; vis-timeline then ignores the items' group ids.
      timeline.setGroups(key === 'none' ? undefined : groups)
    }
  }
}
