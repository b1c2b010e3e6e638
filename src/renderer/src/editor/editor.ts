/**
 * The editor view: the events on vis-timeline, where they can be dragged to another date,
 * resized, added, edited, deleted, merged and split. Every change goes through the store, and the
 * view is redrawn from the store's notifications (only the ids that changed), so the D3 timeline
 * and the editor always show the same document and every edit can be undone.
 *
 * vis-timeline is created on the first show() (a hidden container has no size to lay out in) and
 * is only ever given the events in and near its window (see item-sync.ts).
 */
import type { DocumentStore } from '../store/types'
import type { LaneKey } from '../timeline/lanes'
import { createEditorActions } from './editor-actions'
import { createShell } from './editor-shell'
import { ItemSync } from './item-sync'
import { PendingChanges } from './pending-changes'
import { bindShortcuts, createToolbar } from './toolbar'
import { createVisTimeline, type VisTimeline } from './vis-timeline'
import { LATEST, around, openingWindow, windowsAround } from './windows'

export interface EditorView {
  /** Shows the editor (creating vis-timeline the first time) and brings it up to date. */
  show(): void
  /** Hides it; store changes made meanwhile are applied on the next show(). */
  hide(): void
  setLaneBy(key: LaneKey): void
  setWindow(start: Date, end: Date): void
  /** Selects events (not reported back through onSelect); one out of view is brought into it. */
  select(ids: string[]): void
  selected(): string[]
  destroy(): void
}

export interface EditorOptions {
  /** The selection changed by the user or by an edit (a merge selects the merged event). */
  onSelect?(ids: string[]): void
  laneBy?: LaneKey
  /** The user panned or zoomed (not called for setWindow). */
  onWindowChange?(start: Date, end: Date): void
}

export function createEditor(
  container: HTMLElement,
  store: DocumentStore,
  options: EditorOptions = {}
): EditorView {
  const shell = createShell(() => {
    const span = sync?.latest(LATEST)
    if (span) view.setWindow(...(around(span).map((t) => new Date(t)) as [Date, Date]))
  })
  const { root, host } = shell

  let laneBy: LaneKey = options.laneBy ?? store.project.view?.lanes ?? 'none'
  let sync: ItemSync | null = null
  let vis: VisTimeline | null = null
  let visible = false
  let selection: string[] = []
  let pendingWindow: [number, number] | null = null
  const pending = new PendingChanges()
  let inView = 0
  let over = false
  let fillQueued = false
  let creating = false

  const toolbar = createToolbar((action) => {
    actions.run(action)
    // Back to the timeline for the next key (a button that got disabled would drop the focus
    // to the page), unless the action opened the form.
    if (!root.querySelector('dialog[open]')) host.focus({ preventScroll: true })
  })
  root.prepend(toolbar.element)
  container.append(root)

  const actions = createEditorActions({
    store,
    root,
    focus: () => host.focus(),
    say: (message, kind) => toolbar.say(message, kind),
    selection: () => selection,
    select: (ids) => {
      selection = ids
      reselect()
      options.onSelect?.(ids)
      refresh(false)
    },
    laneBy: () => laneBy,
    windowMiddle: () => {
      const w = vis?.timeline.getWindow()
      return w ? (w.start.getTime() + w.end.getTime()) / 2 : Date.now()
    }
  })

  /** Where the editor opens: a window asked for (setWindow before it existed), or a default. */
  function initialWindow(items: ItemSync): [number, number] {
    return pendingWindow ?? openingWindow(store.project, (n) => items.latest(n))
  }

  function create(): void {
    creating = false
    if (vis || !visible) return
    const items = (sync = new ItemSync(store, laneBy))
    const window = initialWindow(items)
    pendingWindow = null
    const filled = items.fill(...window) // before vis exists: it gets its items with its window
    vis = createVisTimeline(host, items, laneBy, window, {
      store,
      add: (day, group) => actions.add(day, group),
      edit: (id) => actions.edit(id),
      say: (message, kind) => toolbar.say(message, kind)
    })
    vis.timeline.on('select', (props: { items: (string | number)[] }) => {
      selection = props.items.map(String)
      options.onSelect?.(selection)
      refresh(false)
    })
    vis.timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      scheduleFill()
      if (props.byUser) options.onWindowChange?.(props.start, props.end)
    })
    shown(filled.inView, filled.over)
  }

  function fill(): void {
    if (!vis || !sync) return
    const w = vis.timeline.getWindow()
    const result = sync.fill(w.start.getTime(), w.end.getTime())
    shown(result.inView, result.over)
  }

  function shown(count: number, tooMany: boolean): void {
    inView = count
    over = tooMany
    shell.tooMany(over ? count : null)
    reselect()
    refresh(true)
  }

  function scheduleFill(): void {
    if (fillQueued) return
    fillQueued = true
    queueMicrotask(() => {
      fillQueued = false
      fill()
    })
  }

  /** vis-timeline forgets the selection of items it no longer holds: tell it again. */
  function reselect(): void {
    if (vis && sync) vis.timeline.setSelection(selection.filter((id) => sync!.items.get(id)))
  }

  /** The toolbar's buttons and status; `state` replaces a message with the selection and count. */
  function refresh(state: boolean): void {
    const one = selection.length === 1 ? store.event(selection[0]!) : undefined
    toolbar.enable({
      add: vis !== null,
      edit: one !== undefined,
      delete: selection.length > 0,
      merge: selection.length >= 2,
      split: one !== undefined && one.sources.length >= 2
    })
    if (!state && selection.length === 0) return
    const count = over ? '' : `${inView.toLocaleString()} event${inView === 1 ? '' : 's'} in view`
    const picked = selection.length ? `${selection.length} selected` : ''
    toolbar.say([picked, count].filter(Boolean).join(' · '))
  }

  function applyPending(): void {
    const change = sync && vis ? pending.take() : null
    if (!change || !sync || !vis) return
    if (change.load) {
      sync.reset()
      if (selection.length) options.onSelect?.((selection = []))
      const [a, b] = initialWindow(sync)
      vis.timeline.setWindow(new Date(a), new Date(b), { animation: false })
      return fill()
    }
    sync.apply(change.ids)
    const kept = selection.filter((id) => store.event(id))
    // An action (merge, delete…) selects what follows it itself: no report of the interim.
    if (kept.length !== selection.length && !actions.busy) options.onSelect?.(kept)
    selection = kept
    fill() // recounts, and trims back to the cap if the change added many
  }

  const unsubscribe = store.subscribe((change) => {
    // Never shown: the first show() reads the document afresh.
    if (sync && pending.note(change) && visible) applyPending()
  })

  bindShortcuts(
    root,
    (action) => actions.run(action),
    () => {
      if (selection.length) actions.select([])
    }
  )

  const view: EditorView = {
    show() {
      container.hidden = false
      visible = true
      if (!vis) {
        // Created once the caller's current task is done, so a setWindow() or setLaneBy()
        // right after this first show() is how it opens (no wasted first fill).
        if (!creating) queueMicrotask(create)
        creating = true
        return
      }
      vis.timeline.redraw() // the size may have changed while hidden
      applyPending()
    },
    hide() {
      visible = false
      container.hidden = true
    },
    setLaneBy(key) {
      if (key === laneBy) return
      laneBy = key
      if (!sync || !vis) return
      sync.setLaneBy(key)
      vis.setGroups(key)
    },
    setWindow(start, end) {
      if (!(end.getTime() > start.getTime())) return
      if (!vis) pendingWindow = [start.getTime(), end.getTime()]
      else {
        vis.timeline.setWindow(start, end, { animation: false })
        fill()
      }
    },
    select(ids) {
      selection = ids.filter((id) => store.event(id))
      const first = store.event(selection[0] ?? '')
      if (vis && sync && first && selection.length === 1 && !sync.items.get(first.id)) {
        // Out of view, or zoomed too far out to be loaded: centre on it, narrower if need be.
        const w = vis.timeline.getWindow()
        for (const [a, b] of windowsAround(first, w.end.getTime() - w.start.getTime())) {
          vis.timeline.setWindow(new Date(a), new Date(b), { animation: false })
          fill()
          if (sync.items.get(first.id)) break
        }
      }
      reselect()
      refresh(true)
    },
    selected: () => [...selection],
    destroy() {
      unsubscribe()
      vis?.timeline.destroy()
      vis = null
      sync = null
      root.remove()
    }
  }
  return view
}
