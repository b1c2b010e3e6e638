/**
 * Store changes the editor has not shown yet: gathered while it is hidden (or not yet created)
 * and shown together on the next show(), so a hidden editor costs nothing per edit. A whole new
 * document supersedes any edits gathered before it.
 */
import type { Change } from '../store/types'

export type Pending = { load: true } | { load: false; ids: string[] }

export class PendingChanges {
  private readonly ids = new Set<string>()
  private changed = false
  private loaded = false

  /** Notes a change; false for kinds that do not concern the editor (title, saved state). */
  note(change: Change): boolean {
    if (change.kind === 'load') {
      this.loaded = true
      this.ids.clear()
    } else if (change.kind === 'events' || change.kind === 'articles') {
      for (const id of change.ids) this.ids.add(id)
      this.changed = true // articles may rename lanes even when no event changed
    } else return false
    return true
  }

  /** What to show, and forgets it; null when nothing is waiting. */
  take(): Pending | null {
    const taken: Pending | null = this.loaded
      ? { load: true }
      : this.changed
        ? { load: false, ids: [...this.ids] }
        : null
    this.ids.clear()
    this.changed = this.loaded = false
    return taken
  }
}
