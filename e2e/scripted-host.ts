/**
 * Chromium mode's Host: the dialogs a test scripts (the next file to open, where to save, which
 * articles to add), and a record of what main would have shown in the window's title bar and
 * taskbar. The handlers it serves are main's own; only the desktop around them is played.
 */
import type { Host } from '../src/main/ipc/host'

export interface DialogAnswers {
  /** The next File → Open answer (null: cancelled). */
  open?: string | null
  /** The next Save dialog's answer (null: cancelled). */
  save?: string | null
  /** The next Add Articles answer ([]: cancelled). */
  articles?: string[]
  /** The next Export save dialog's answer (null: cancelled). */
  export?: string | null
  /** The next Import open dialog's answer (null: cancelled). */
  import?: string | null
}

export class ScriptedHost implements Host {
  private answers: DialogAnswers = {}
  title = ''
  dirty = false
  progress: (number | null)[] = []
  recent: string[] = []
  closed = 0
  /** Which dialogs the app asked for, in order. */
  asked: string[] = []

  answer(answers: DialogAnswers): void {
    this.answers = { ...this.answers, ...answers }
  }

  private take<K extends keyof DialogAnswers>(
    key: K,
    cancelled: DialogAnswers[K]
  ): DialogAnswers[K] {
    this.asked.push(key)
    if (!(key in this.answers)) return cancelled
    const value = this.answers[key]
    delete this.answers[key]
    return value
  }

  chooseProjectToOpen(): Promise<string | null> {
    return Promise.resolve(this.take('open', null) ?? null)
  }

  chooseProjectSavePath(): Promise<string | null> {
    return Promise.resolve(this.take('save', null) ?? null)
  }

  chooseExportPath(): Promise<string | null> {
    return Promise.resolve(this.take('export', null) ?? null)
  }

  chooseImportFile(): Promise<string | null> {
    return Promise.resolve(this.take('import', null) ?? null)
  }

  chooseArticleFiles(): Promise<string[]> {
    return Promise.resolve(this.take('articles', []) ?? [])
  }

  showDocument(name: string, dirty: boolean): void {
    this.title = `${dirty ? '• ' : ''}${name} — Dateline`
    this.dirty = dirty
  }

  setProgress(fraction: number | null): void {
    this.progress.push(fraction)
  }

  noteRecentDocument(path: string): void {
    this.recent.push(path)
  }

  closeWindow(): void {
    this.closed += 1
  }
}
