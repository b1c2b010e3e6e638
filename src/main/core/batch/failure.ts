/**
 * One wording for a file that could not be processed, shared by the worker and the in-thread
 * runner so both report the same failure for the same file.
 */

/** Turns what processFile threw into a sentence; Node's raw errno messages are reworded. */
export function describeFailure(file: string, error: unknown): string {
  const errno = error as NodeJS.ErrnoException | null
  const target = typeof errno?.path === 'string' ? errno.path : file
  switch (errno?.code) {
    case 'ENOENT':
      return `Cannot read ${target}: no such file.`
    case 'EISDIR':
      return `Cannot read ${target}: it is a folder.`
    case 'EACCES':
    case 'EPERM':
      return `Cannot read ${target}: permission denied.`
  }
  if (error instanceof Error) return error.message
  return `${file}: ${String(error)}`
}
