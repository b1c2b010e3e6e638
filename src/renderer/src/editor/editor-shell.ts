/**
 * The editor's elements: the toolbar's place, the stage vis-timeline draws in and the note shown
 * over it when there are too many events in view to edit. Built with DOM calls, text only.
 */
export interface EditorShell {
  root: HTMLElement
  /** vis-timeline's container; focusable, so the editor's keys work after a click. */
  host: HTMLElement
  /** Shows "Zoom in to edit: N events in view", or hides the note for null. */
  tooMany(count: number | null): void
}

export function createShell(onLatest: () => void): EditorShell {
  const root = document.createElement('div')
  root.className = 'ev-editor'
  const stage = document.createElement('div')
  stage.className = 'ev-stage'
  const host = document.createElement('div')
  host.className = 'ev-host'
  host.tabIndex = 0
  host.setAttribute('aria-label', 'Events to edit. Drag to change a date; double-click to edit.')
  // vis-timeline makes its container position: relative, so the container fills a frame that
  // is laid out absolutely (a definite height for vis-timeline's height: 100%).
  const frame = document.createElement('div')
  frame.className = 'ev-frame'
  frame.append(host)
  // vis-timeline cancels the pointer's default action, so a click on it would leave the focus
  // where it was (often the page): take it, so the editor's shortcuts work after a click.
  host.addEventListener('pointerdown', () => host.focus({ preventScroll: true }))

  const note = document.createElement('div')
  note.className = 'ev-note'
  note.hidden = true
  const text = document.createElement('p')
  const latest = document.createElement('button')
  latest.type = 'button'
  latest.textContent = 'Show the latest events'
  latest.addEventListener('click', onLatest)
  note.append(text, latest)
  stage.append(frame, note)
  root.append(stage)

  return {
    root,
    host,
    tooMany(count) {
      note.hidden = count === null
      if (count !== null)
        text.textContent = `Zoom in to edit: ${count.toLocaleString()} events in view.`
    }
  }
}
