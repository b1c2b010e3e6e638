/**
 * The document's life outside the store: New, Open, Save, Save As, Open Recent, autosave a few
 * seconds after the last change, recovery after a crash, and the save-then-close the window asks
 * for. Main writes the files and keeps the path; this side keeps main told of the title and the
 * unsaved state, which give the window its title and the close prompt.
 */
import type { OpenedProject, RecoveryInfo } from '../../../shared/ipc'
import type { Project } from '../../../shared/model'
import { api, unwrap } from '../api'
import { emptyProject } from '../store'
import type { DocumentStore } from '../store/types'

/** How long after the last change the autosave waits. */
export const AUTOSAVE_DELAY_MS = 3000

export interface ControllerHooks {
  /** A new document is in the store (opened, new, restored): views rebuild. */
  loaded(name: string): void
  /** A short status line: "Saved", "Autosaved at 14:02". */
  status(message: string): void
  error(error: unknown): void
  /** Offers to restore unsaved work an earlier run left; resolves with the user's choice. */
  offerRecovery(info: RecoveryInfo): Promise<boolean>
  /** The document has unsaved changes and is about to be replaced: save them first? */
  askToSave(title: string): Promise<'save' | 'discard' | 'cancel'>
}

export class DocumentController {
  private timer: ReturnType<typeof setTimeout> | undefined
  private lastSent = ''
  private autosaving: Promise<void> = Promise.resolve()

  constructor(
    private readonly store: DocumentStore,
    private readonly hooks: ControllerHooks,
    private readonly delayMs = AUTOSAVE_DELAY_MS
  ) {
    store.subscribe((change) => {
      this.tellMain()
      if (change.kind === 'load' || change.kind === 'saved') return
      this.scheduleAutosave()
    })
  }

  /** Replaces the document with `project` as a new, unsaved-nowhere document. */
  async newDocument(project?: Project): Promise<void> {
    if (!(await this.settleUnsaved())) return
    await unwrap(api().newProject())
    this.cancelAutosave()
    this.store.load(project ?? emptyProject())
    this.hooks.loaded(this.store.project.title)
  }

  async open(recent?: string): Promise<void> {
    if (!(await this.settleUnsaved())) return
    const opened = await unwrap(api().openProject(recent === undefined ? {} : { recent }))
    if (opened) this.show(opened, false)
  }

  /** Saves; with `saveAs` or no file yet, main asks where. False when the user cancelled. */
  async save(saveAs = false): Promise<boolean> {
    const project = this.store.project
    const saved = await unwrap(api().saveProject({ project, saveAs }))
    if (!saved) return false
    this.cancelAutosave()
    // Only what was sent counts as saved: an edit made while main was writing stays unsaved.
    if (this.store.project === project) this.store.markSaved()
    this.lastSent = ''
    this.tellMain()
    this.hooks.status(`Saved “${saved.name}”`)
    return true
  }

  /**
   * Before the document is replaced (New, Open, the sample): unsaved changes are saved, or
   * let go, as the user says. False when the user cancelled (or cancelled the save dialog).
   */
  private async settleUnsaved(): Promise<boolean> {
    if (!this.store.dirty) return true
    const choice = await this.hooks.askToSave(this.store.project.title)
    if (choice === 'cancel') return false
    return choice === 'discard' || (await this.save(false))
  }

  /** The window asked to close and the user chose Save: close once it is saved. */
  async saveAndClose(): Promise<void> {
    if (await this.save(false)) await unwrap(api().closeWindow())
  }

  /** At start: if an earlier run left unsaved work, offer it back. True when restored. */
  async recoverIfAny(): Promise<boolean> {
    const info = await unwrap(api().checkRecovery())
    if (!info) return false
    if (!(await this.hooks.offerRecovery(info))) {
      await unwrap(api().discardRecovery())
      return false
    }
    this.show(await unwrap(api().restoreRecovery()), true)
    return true
  }

  /** Writes the autosave now if one is pending (used before risky steps and by tests). */
  async flushAutosave(): Promise<void> {
    if (this.timer !== undefined) {
      this.cancelAutosave()
      this.autosaving = this.autosave()
    }
    await this.autosaving
  }

  private show(opened: OpenedProject, unsaved: boolean): void {
    this.cancelAutosave()
    // Restored work is on no disk yet: it stays marked unsaved (and its autosave stays).
    this.store.load(opened.project, { unsaved })
    this.hooks.loaded(opened.name)
    this.lastSent = ''
    this.tellMain()
  }

  private tellMain(): void {
    const state = { title: this.store.project.title, dirty: this.store.dirty }
    const key = JSON.stringify(state)
    if (key === this.lastSent) return
    this.lastSent = key
    void api()
      .setDocumentState(state)
      .catch(() => undefined)
  }

  private scheduleAutosave(): void {
    this.cancelAutosave()
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.autosaving = this.autosave()
    }, this.delayMs)
  }

  private cancelAutosave(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private async autosave(): Promise<void> {
    if (!this.store.dirty) return
    try {
      await unwrap(api().autosave({ project: this.store.project }))
      this.hooks.status(`Autosaved at ${new Date().toLocaleTimeString()}`)
    } catch (error) {
      this.hooks.error(error)
    }
  }
}
