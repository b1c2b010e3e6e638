/**
 * The handlers for the document: project files (New, Open, Save, Save As, Open Recent), the
 * window's title and unsaved mark, and autosave with recovery. No Electron import: the desktop
 * comes in as a Host, so the e2e bridge runs these very handlers with scripted dialogs.
 *
 * Main alone decides which file a save writes: the current document's, or one the user picks in
 * the save dialog. The renderer never names a path, except a recent document's, which must be on
 * the recent list main keeps.
 */
import path from 'node:path'
import type { Project } from '../../shared/model'
import {
  AtomicWriteError,
  createAutosave,
  createRecentList,
  ProjectFileError,
  readProjectFile,
  writeProjectFile
} from '../core/project'
import { DocumentSession, withProjectExtension } from '../document/session'
import { UserError, type Handler } from './dispatch'
import type { Host } from './host'

export interface ProjectDeps {
  host: Host
  /** The app's data folder: autosave and the recent list live here. */
  dataDir: string
  session?: DocumentSession
}

type ProjectChannel =
  | 'project:new'
  | 'project:open'
  | 'project:save'
  | 'project:recent'
  | 'document:state'
  | 'window:close'
  | 'autosave:write'
  | 'autosave:check'
  | 'autosave:restore'
  | 'autosave:discard'

export type ProjectHandlers = { [C in ProjectChannel]: Handler<C> }

export function createProjectHandlers(deps: ProjectDeps): ProjectHandlers {
  const { host } = deps
  const session = deps.session ?? new DocumentSession()
  const autosave = createAutosave(path.join(deps.dataDir, 'autosave'))
  const recent = createRecentList(path.join(deps.dataDir, 'recent-documents.json'))

  const show = (): void => host.showDocument(session.name(), session.dirty, session.path)

  async function open(file: string): Promise<Project> {
    try {
      return await readProjectFile(file)
    } catch (error) {
      if (error instanceof ProjectFileError) {
        // A recent document that is gone or damaged leaves the list; the open one is untouched.
        if (error.code === 'NOT_FOUND') await recent.remove(file)
        throw new UserError(error.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'BAD_INPUT', error.message)
      }
      throw error
    }
  }

  async function remember(file: string): Promise<void> {
    await recent.add(file)
    host.noteRecentDocument(file)
  }

  return {
    'project:new': async () => {
      session.reset()
      await autosave.discard()
      show()
      return session.info()
    },
    'project:open': async (request) => {
      let file: string | null
      if (request.recent !== undefined) {
        if (!(await recent.has(request.recent))) {
          throw new UserError('BAD_INPUT', 'That document is not on the list of recent documents.')
        }
        file = request.recent
      } else {
        file = await host.chooseProjectToOpen()
      }
      if (file === null) return null
      const project = await open(file)
      session.path = file
      session.title = project.title
      session.dirty = false
      await remember(file)
      await autosave.discard()
      show()
      return { ...session.info(), project }
    },
    'project:save': async (request) => {
      let file = request.saveAs ? null : session.path
      if (file === null) {
        session.title = request.project.title
        const chosen = await host.chooseProjectSavePath(session.suggestedFileName())
        if (chosen === null) return null
        file = withProjectExtension(chosen)
      }
      try {
        await writeProjectFile(file, request.project)
      } catch (error) {
        // The core's messages already say what failed and that the previous file is whole.
        if (error instanceof AtomicWriteError || error instanceof ProjectFileError) {
          throw new UserError('BAD_INPUT', error.message)
        }
        throw new UserError(
          'BAD_INPUT',
          `Could not save “${path.basename(file)}”: ${messageOf(error)}`
        )
      }
      session.path = file
      session.title = request.project.title
      session.dirty = false
      await remember(file)
      await autosave.discard()
      show()
      return session.info()
    },
    'project:recent': async () => recent.list(),
    'document:state': (request) => {
      session.title = request.title
      session.dirty = request.dirty
      show()
      return session.info()
    },
    'window:close': () => {
      session.dirty = false
      host.closeWindow()
      return {}
    },
    'autosave:write': async (request) => {
      await autosave.write(request.project, { path: session.path })
      return {}
    },
    'autosave:check': async () => autosave.check(),
    'autosave:restore': async () => {
      const saved = await autosave.check()
      if (!saved) throw new UserError('NOT_FOUND', 'There is no unsaved work to restore.')
      const { project, path: file } = await autosave.read()
      session.path = file
      session.title = project.title
      // Restored work was never saved: it stays unsaved until the user saves it.
      session.dirty = true
      show()
      return { ...session.info(), project }
    },
    'autosave:discard': async () => {
      await autosave.discard()
      return {}
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
