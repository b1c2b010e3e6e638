/**
 * The editor's toolbar: Add, Edit, Delete, Merge and Split, each with its shortcut in its
 * tooltip and disabled when it does not apply to the selection, and a status line (aria-live) for
 * what happened, how many are selected and what went wrong. Errors from the store are shown here,
 * never thrown at the user's console.
 */
export type EditorAction = 'add' | 'edit' | 'delete' | 'merge' | 'split'

const BUTTONS: readonly [EditorAction, string, string][] = [
  ['add', 'Add', 'Add an event (N, or double-click an empty spot)'],
  ['edit', 'Edit', 'Edit the selected event (Enter, or double-click it)'],
  ['delete', 'Delete', 'Delete the selected events (Delete or Backspace)'],
  ['merge', 'Merge', 'Merge the selected events into one (M; select with Ctrl+click)'],
  ['split', 'Split', 'Split the selected event into one per source (S)']
]

/** The keys of the shortcuts named above. */
export const SHORTCUTS: Readonly<Record<string, EditorAction>> = {
  n: 'add',
  Enter: 'edit',
  Delete: 'delete',
  Backspace: 'delete',
  m: 'merge',
  s: 'split'
}

export interface Toolbar {
  readonly element: HTMLElement
  /** Which actions apply now. */
  enable(enabled: Record<EditorAction, boolean>): void
  /** The status line: the state (selection, events in view), replaced by a message until the next one. */
  say(message: string, kind?: 'info' | 'error'): void
}

export function createToolbar(run: (action: EditorAction) => void): Toolbar {
  const element = document.createElement('div')
  element.className = 'ev-toolbar'
  const group = document.createElement('div')
  group.className = 'ev-actions'
  group.setAttribute('role', 'toolbar')
  group.setAttribute('aria-label', 'Edit events')
  const buttons = new Map<EditorAction, HTMLButtonElement>()
  for (const [action, label, tip] of BUTTONS) {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = label
    button.title = tip
    button.dataset['action'] = action
    button.addEventListener('click', () => run(action))
    buttons.set(action, button)
    group.append(button)
  }
  const status = document.createElement('p')
  status.className = 'ev-status'
  status.setAttribute('role', 'status')
  status.setAttribute('aria-live', 'polite')
  element.append(group, status)
  return {
    element,
    enable(enabled) {
      for (const [action, button] of buttons) button.disabled = !enabled[action]
    },
    say(message, kind = 'info') {
      status.textContent = message
      status.classList.toggle('is-error', kind === 'error')
    }
  }
}

/**
 * The editor's keys, heard on its root so they act only while the focus is in the editor (and
 * never while typing in the form). Escape clears the selection.
 */
export function bindShortcuts(
  root: HTMLElement,
  run: (action: EditorAction) => void,
  clear: () => void
): void {
  root.addEventListener('keydown', (event) => {
    const target = event.target as Element
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (target.closest('dialog, input, select, textarea')) return
    // On a toolbar button, Enter and Space press the button; the other shortcuts still apply.
    if (target.closest('button') && (event.key === 'Enter' || event.key === ' ')) return
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
    if (key === 'Escape') return clear()
    const action = SHORTCUTS[key]
    if (!action) return
    event.preventDefault()
    event.stopPropagation() // the app's own keys (zoom, pan) are for the D3 timeline
    run(action)
  })
}
