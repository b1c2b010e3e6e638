/**
 * Autosave: a copy of the open document, written a few seconds after each change, so a crash
 * loses seconds of work rather than hours. The app discards it after a successful save, on New
 * and on a clean quit — so anything left at the next start is work a crash interrupted, and the
 * app offers to restore it.
 *
 * Two files in `dir`: the project (autosave.dateline, the ordinary file format) and beside it a
 * small autosave.json with what the recovery prompt shows. Operations run one at a time, in
 * the order they were asked for: a discard must not be overtaken by a write still in flight,
 * or the next start would offer to "recover" work that was saved.
 */
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { Project } from '../../../shared/model'
import { writeFileAtomic } from './atomic-write'
import { ProjectFileError } from './errors'
import { readProjectFile, writeProjectFile } from './project-file'
import { createSerialQueue } from './serial-queue'

export interface AutosaveInfo {
  /** ISO instant of the autosave. */
  savedAt: string
  title: string
  /** The document's file, or null for one never saved. */
  path: string | null
  events: number
  articles: number
}

export interface Autosave {
  write(project: Project, meta: { path: string | null }): Promise<void>
  /** What there is to recover, or null (nothing, or only a damaged copy, now moved aside). */
  check(): Promise<AutosaveInfo | null>
  read(): Promise<{ project: Project; path: string | null }>
  discard(): Promise<void>
}

const PROJECT_FILE = 'autosave.dateline'
const META_FILE = 'autosave.json'

const metaSchema = z.object({
  savedAt: z.iso.datetime(),
  title: z.string(),
  path: z.string().nullable(),
  events: z.number(),
  articles: z.number()
})

export function createAutosave(dir: string): Autosave {
  const projectFile = path.join(dir, PROJECT_FILE)
  const metaFile = path.join(dir, META_FILE)
  const serial = createSerialQueue()

  async function readMeta(): Promise<AutosaveInfo | null> {
    try {
      return metaSchema.parse(JSON.parse(await readFile(metaFile, 'utf8')))
    } catch {
      return null // missing or damaged: the project itself is what matters
    }
  }

  /** Keeps a damaged autosave for whoever wants to dig into it, out of the way of the next. */
  async function moveAside(): Promise<void> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    for (const file of [projectFile, metaFile]) {
      const { name, ext } = path.parse(file)
      await rename(file, path.join(dir, `${name}.damaged-${stamp}${ext}`)).catch(() => undefined)
    }
  }

  /** The autosaved project and its meta, or null when there is none or it is damaged. */
  async function load(): Promise<{ project: Project; meta: AutosaveInfo | null } | null> {
    try {
      return { project: await readProjectFile(projectFile), meta: await readMeta() }
    } catch (error) {
      if (error instanceof ProjectFileError && error.code === 'NOT_FOUND') {
        await rm(metaFile, { force: true }) // a meta without its project is nothing to recover
        return null
      }
      await moveAside()
      return null
    }
  }

  return {
    write: (project, meta) =>
      serial(async () => {
        await mkdir(dir, { recursive: true })
        await writeProjectFile(projectFile, project)
        const info: AutosaveInfo = {
          savedAt: new Date().toISOString(),
          title: project.title,
          path: meta.path,
          events: project.events.length,
          articles: project.articles.length
        }
        await writeFileAtomic(metaFile, `${JSON.stringify(info, null, 2)}\n`)
      }),

    check: () =>
      serial(async () => {
        const found = await load()
        if (!found) return null
        const { project, meta } = found
        // The counts come from the project actually there: a crash between the two writes can
        // leave the meta one autosave behind.
        return {
          savedAt: meta?.savedAt ?? (await stat(projectFile)).mtime.toISOString(),
          title: project.title,
          path: meta?.path ?? null,
          events: project.events.length,
          articles: project.articles.length
        }
      }),

    read: () =>
      serial(async () => {
        let project: Project
        try {
          project = await readProjectFile(projectFile)
        } catch (error) {
          if (error instanceof ProjectFileError && error.code === 'NOT_FOUND') {
            throw new ProjectFileError('NOT_FOUND', 'There is no unsaved work to recover.', {
              cause: error
            })
          }
          throw error
        }
        return { project, path: (await readMeta())?.path ?? null }
      }),

    discard: () =>
      serial(async () => {
        await rm(projectFile, { force: true })
        await rm(metaFile, { force: true })
      })
  }
}
