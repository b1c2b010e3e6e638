/**
 * Why a project could not be opened. The code is for the program (what to offer next: drop a
 * vanished file from the recent list, suggest an update); the message is for the person, and
 * always names the file.
 */
import path from 'node:path'

export type ProjectFileErrorCode =
  /** No file at that path. */
  | 'NOT_FOUND'
  /** The file is there but cannot be read: permissions, an I/O error, far too large. */
  | 'UNREADABLE'
  /** Not a Dateline project at all: another kind of file, a folder, another app's JSON. */
  | 'NOT_A_PROJECT'
  /** A Dateline project that is damaged: empty, cut short, not valid JSON. */
  | 'CORRUPT'
  /** Made by a newer Dateline, with a file version this one does not know. */
  | 'TOO_NEW'
  /** Well-formed JSON of a known version whose content breaks the rules (schema.ts). */
  | 'INVALID'

export class ProjectFileError extends Error {
  override name = 'ProjectFileError'
  constructor(
    readonly code: ProjectFileErrorCode,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** `“name.dateline”`: how messages refer to a file (its name, not the whole path). */
export function quoteName(fileOrName: string): string {
  return `“${path.basename(fileOrName)}”`
}
