/**
 * The ProjectFileErrors for a file that cannot be opened as a project at all — not there, not
 * allowed, a folder, too large, not ours — worded for the person who picked it.
 */
import { ProjectFileError, quoteName } from './errors'

export function openError(file: string, error: unknown): ProjectFileError {
  const name = quoteName(file)
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new ProjectFileError(
      'NOT_FOUND',
      `${name} was not found. It may have been moved, renamed or deleted.`,
      { cause: error }
    )
  }
  if (code === 'EISDIR') return notAProject(file, 'it is a folder')
  return unreadable(file, error)
}

export function unreadable(file: string, error: unknown): ProjectFileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EIO'
        ? 'the disk reported an error'
        : error instanceof Error
          ? error.message
          : String(error)
  return new ProjectFileError('UNREADABLE', `${quoteName(file)} could not be read (${why}).`, {
    cause: error
  })
}

export function notAProject(file: string, why?: string): ProjectFileError {
  const detail = why ? ` (${why})` : ''
  return new ProjectFileError(
    'NOT_A_PROJECT',
    `${quoteName(file)} is not a Dateline project${detail}.`
  )
}

export function tooLarge(file: string, size: number, limit: number): ProjectFileError {
  return new ProjectFileError(
    'UNREADABLE',
    `${quoteName(file)} is too large to open (${formatSize(size)}; ` +
      `Dateline opens projects up to ${formatSize(limit)}).`
  )
}

/** Whether bytes that are not valid UTF-8 still begin like a project: then it is damaged. */
export function startsLikeJsonObject(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart()
  // 'ï»¿' is the UTF-8 byte-order mark read as Latin-1.
  return head.startsWith('{') || head.startsWith('ï»¿{')
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`
  return `${Math.ceil(bytes / 1024)} KB`
}
