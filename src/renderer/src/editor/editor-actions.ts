/**
 * What the toolbar, the keys and vis-timeline's gestures do: each asks the store for one edit
 * (so each is one undo step) and reports the outcome on the status line. The store refuses bad
 * edits with a RangeError; its message is shown to the user instead of reaching the console.
 */
import type { TimeValue } from '../../../shared/model'
import type { DocumentStore } from '../store/types'
import type { LaneKey } from '../timeline/lanes'
import { openEventForm, type EventFields } from './event-form'
import { OTHERS_LANE } from './items'
import { dayTime } from './time-value'
import type { EditorAction } from './toolbar'

export interface ActionContext {
  store: DocumentStore
  /** Where the form's dialog goes. */
  root: HTMLElement
  focus(): void
  say(message: string, kind?: 'info' | 'error'): void
  selection(): readonly string[]
  /** Selects after an edit (reported through onSelect). */
  select(ids: string[]): void
  laneBy(): LaneKey
  /** The middle of the visible window (ms), where the Add button adds. */
  windowMiddle(): number
}

export interface EditorActions {
  run(action: EditorAction): void
  add(day: TimeValue, lane?: string): void
  edit(id: string): void
  remove(ids: readonly string[]): void
  select(ids: string[]): void
  /** True while an action is changing the store (its own selection is about to follow). */
  readonly busy: boolean
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

export function createEditorActions(context: ActionContext): EditorActions {
  const { store } = context
  let busy = false

  /** Runs one store call; a refusal is shown and returned, never thrown. */
  function attempt(work: () => void): string | null {
    busy = true
    try {
      work()
      return null
    } catch (error) {
      context.say(message(error), 'error')
      return message(error)
    } finally {
      busy = false
    }
  }

  /** Categories already in use, for the form's suggestions. */
  function categories(): string[] {
    return [...new Set(store.project.events.map((e) => e.category))].sort()
  }

  function form(
    heading: string,
    submitLabel: string,
    initial: EventFields,
    save: (f: EventFields) => void
  ) {
    openEventForm(context.root, {
      heading,
      submitLabel,
      initial,
      categories: categories(),
      submit: (fields) => attempt(() => save(fields)),
      closed: context.focus
    })
  }

  const actions: EditorActions = {
    get busy() {
      return busy
    },

    select: (ids) => context.select(ids),

    add(day, lane) {
      // Double-clicked in a lane: the new event starts in it (an actor's lane, a category's).
      const by = context.laneBy()
      const inLane = lane !== undefined && lane !== OTHERS_LANE
      const isActor =
        inLane && by === 'actor' && store.project.events.some((e) => e.actors[0] === lane)
      const initial: EventFields = {
        title: '',
        when: day,
        actors: isActor ? [lane] : [],
        places: [],
        category: inLane && by === 'category' ? lane : ''
      }
      form('Add an event', 'Add', initial, (fields) => {
        const id = store.addEvent(fields)
        context.select([id])
        context.say(`Added “${fields.title}”.`)
      })
    },

    edit(id) {
      const event = store.event(id)
      if (!event) return
      context.select([id])
      const { title, when, actors, places, category } = event
      form('Edit the event', 'Save', { title, when, actors, places, category }, (fields) => {
        store.updateEvent(id, fields)
        context.say(`Saved “${fields.title}”.`)
      })
    },

    remove(ids) {
      if (ids.length === 0) return
      attempt(() => {
        store.deleteEvents([...ids])
        context.select(context.selection().filter((id) => !ids.includes(id)))
        context.say(`Deleted ${plural(ids.length, 'event')}. Ctrl+Z undoes it.`)
      })
    },

    run(action) {
      const selected = [...context.selection()]
      if (action === 'add') return actions.add(dayTime(context.windowMiddle()))
      if (action === 'edit' && selected.length === 1) return actions.edit(selected[0]!)
      if (action === 'delete') return actions.remove(selected)
      if (action === 'merge' && selected.length >= 2) {
        attempt(() => {
          const id = store.mergeEvents(selected)
          context.select([id])
          context.say(`Merged ${plural(selected.length, 'event')} into one.`)
        })
      } else if (action === 'split' && selected.length === 1) {
        attempt(() => {
          const ids = store.splitEvent(selected[0]!)
          context.select(ids)
          context.say(`Split into ${plural(ids.length, 'event')}, one per source.`)
        })
      }
    }
  }
  return actions
}
