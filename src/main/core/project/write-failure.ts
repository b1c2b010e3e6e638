/**
 * What to tell a person when a save failed: what went wrong, in words, and — the part that
 * matters most after a failed save — that the file they had is still there as it was.
 */
import path from 'node:path'

export interface WriteFailure {
  file: string
  code: string | undefined
  error: unknown
  /** Whether there was a file at the path before the save. */
  existed: boolean
  /** Whether the new file had already replaced it (only the final folder flush failed). */
  renamed: boolean
}

export function describeWriteFailure(failure: WriteFailure): string {
  const name = `“${path.basename(failure.file)}”`
  const folder = `“${path.dirname(failure.file)}”`
  if (failure.renamed) {
    return (
      `${name} was saved, but the system could not confirm it reached the disk ` +
      `(${reasonOf(failure.error)}). Save again to be sure.`
    )
  }
  const untouched = failure.existed ? `The previous ${name} is untouched.` : `Nothing was written.`
  return `Could not save ${name}: ${whatWentWrong(failure, folder)}. ${untouched}`
}

function whatWentWrong(failure: WriteFailure, folder: string): string {
  switch (failure.code) {
    case 'ENOSPC':
      return 'the disk is full'
    case 'EDQUOT':
      return 'your disk quota is used up'
    case 'EFBIG':
      return 'the file is larger than this system allows'
    case 'EROFS':
      return 'the disk is read-only'
    case 'EACCES':
    case 'EPERM':
      return `Dateline is not allowed to write in the folder ${folder}`
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder ${folder} does not exist`
    case 'EISDIR':
      return 'a folder of that name is in the way'
    case 'ENAMETOOLONG':
      return 'the name is too long'
    case 'EIO':
      return 'the disk reported an error'
    default:
      return reasonOf(failure.error)
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
