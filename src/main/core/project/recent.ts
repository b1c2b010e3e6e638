/**
 * The recent-documents list (File → Open Recent), kept as JSON in one file in the app's data
 * folder. The list is a convenience: a damaged list file reads as an empty list and is replaced
 * on the next add, never an error that stops the app from starting.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-write'
import { createSerialQueue } from './serial-queue'

export interface RecentEntry {
  path: string
  /** The file name, for the menu. */
  name: string
  /** ISO instant it was last opened or saved. */
  openedAt: string
}

export interface RecentList {
  /** Most recent first, leaving out files that are no longer there. */
  list(): Promise<RecentEntry[]>
  add(file: string): Promise<void>
  remove(file: string): Promise<void>
  has(file: string): Promise<boolean>
}

const entrySchema = z.object({
  path: z.string().min(1),
  name: z.string(),
  openedAt: z.iso.datetime()
})

/** Paths on Windows and (by default) macOS name the same file whatever their letter case. */
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin'

function samePath(a: string, b: string): boolean {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b
}

export function createRecentList(file: string, max = 10): RecentList {
  const serial = createSerialQueue()

  /** Whatever valid entries the file holds; [] when it is missing or damaged. */
  async function load(): Promise<RecentEntry[]> {
    let data: unknown
    try {
      data = JSON.parse(await readFile(file, 'utf8'))
    } catch {
      return []
    }
    const entries = (data as { entries?: unknown } | null)?.entries
    if (!Array.isArray(entries)) return []
    return entries.flatMap((entry) => {
      const parsed = entrySchema.safeParse(entry)
      return parsed.success ? [parsed.data] : []
    })
  }

  async function save(entries: RecentEntry[]): Promise<void> {
    await writeFileAtomic(file, `${JSON.stringify({ version: 1, entries }, null, 2)}\n`)
  }

  return {
    list: () =>
      serial(async () => {
        // Missing files are hidden, not forgotten: a disk that is not plugged in comes back.
        const entries = await load()
        const present = await Promise.all(entries.map((entry) => isFile(entry.path)))
        return entries.filter((_, i) => present[i])
      }),

    add: (target) =>
      serial(async () => {
        const absolute = path.resolve(target)
        const rest = (await load()).filter((entry) => !samePath(entry.path, absolute))
        const entry = {
          path: absolute,
          name: path.basename(absolute, path.extname(absolute)),
          openedAt: new Date().toISOString()
        }
        await save([entry, ...rest].slice(0, Math.max(0, max)))
      }),

    remove: (target) =>
      serial(async () => {
        const absolute = path.resolve(target)
        const entries = await load()
        const rest = entries.filter((entry) => !samePath(entry.path, absolute))
        if (rest.length !== entries.length) await save(rest)
      }),

    has: (target) =>
      serial(async () => {
        const absolute = path.resolve(target)
        return (await load()).some((entry) => samePath(entry.path, absolute))
      })
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
