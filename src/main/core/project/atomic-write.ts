/**
 * Replace a file so that, whatever happens (a crash, a kill, a full disk, power loss), the path
 * holds either the whole old content or the whole new one. The new bytes go to a temporary file in
 * the same folder (rename is only atomic within one file system), are flushed to disk, and the
 * temporary file is renamed over the target; then the folder is flushed so the rename itself
 * survives a power cut.
 */
import { randomBytes } from 'node:crypto'
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { describeWriteFailure } from './write-failure'

export class AtomicWriteError extends Error {
  override name = 'AtomicWriteError'
  constructor(
    message: string,
    /** The system's error code (ENOSPC, EACCES, …), when there was one. */
    readonly code: string | undefined,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const target = await resolveTarget(file)
  const existing = await stat(target).catch(() => null)
  const tmp = tempPathFor(target)
  let handle: FileHandle | null = null
  let renamed = false
  try {
    // 'wx': never reuse a file that happens to be there (another save's, or a planted link).
    handle = await open(tmp, 'wx', 0o666)
    // Keep the document's permissions (a file shared read-only with a group stays so).
    if (existing?.isFile()) await handle.chmod(existing.mode & 0o7777)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = null
    await renameOver(tmp, target)
    renamed = true
    await syncFolder(path.dirname(target))
  } catch (error) {
    await handle?.close().catch(() => undefined)
    if (!renamed) await unlink(tmp).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    throw new AtomicWriteError(
      describeWriteFailure({ file: target, code, error, existed: !!existing, renamed }),
      code,
      { cause: error }
    )
  }
}

/**
 * Saving through a symbolic link updates the file it points to; renaming over the link would
 * replace the link itself with a plain file.
 */
async function resolveTarget(file: string): Promise<string> {
  const absolute = path.resolve(file)
  try {
    return await realpath(absolute)
  } catch {
    return absolute // not there yet (a new file), or a dangling link: write where we were told
  }
}

/**
 * `.name.<pid>.<random>.tmp` beside the target: hidden, unique across processes and saves, and
 * short enough for a 255-byte file-name limit however long the document's name is.
 */
export function tempPathFor(target: string): string {
  const base = path.basename(target).slice(0, 100)
  return path.join(
    path.dirname(target),
    `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  )
}

/** Tells whether `name` (a bare file name) is one of our temporary files for `target`'s name. */
export function isTempFileFor(target: string, name: string): boolean {
  const base = path.basename(target).slice(0, 100)
  return name.startsWith(`.${base}.`) && /\.\d+\.[0-9a-f]{12}\.tmp$/.test(name)
}

/**
 * On Windows a rename over a file fails for a moment while another program (a virus scanner, the
 * search indexer, a sync client) has it open; it succeeds a little later.
 */
async function renameOver(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const busy = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY'
      if (process.platform !== 'win32' || !busy || attempt >= 10) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)))
    }
  }
}

/** Some systems cannot open or flush a folder (Windows, some network file systems). */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'EPERM', 'EISDIR', 'EACCES', 'ENOTSUP'])

async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | null = null
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
