/**
 * Why a file could not be imported at all. (A bad row is not an error: it is skipped, with its
 * reason, and the rest is imported.) The code is for the program; the message is for the person
 * and always names the file.
 */
export type ImportErrorCode =
  /** Nothing in the file (or only white space). */
  | 'EMPTY'
  /** Neither JSON nor CSV, or JSON that does not parse. */
  | 'UNREADABLE'
  /** JSON, but not a TimelineJS file: no events list (or a Dateline project, which is opened). */
  | 'NOT_A_TIMELINE'
  /** A TimelineJS file or CSV with no events in it. */
  | 'NO_EVENTS'
  /** A CSV without the columns it needs: Headline (TimelineJS) or title (Dateline). */
  | 'MISSING_COLUMN'
  /** More than MAX_IMPORT_ROWS events. */
  | 'TOO_MANY_ROWS'

export class ImportError extends Error {
  override name = 'ImportError'
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** The most events one import takes: far more than any timeline someone reads. */
export const MAX_IMPORT_ROWS = 100_000
