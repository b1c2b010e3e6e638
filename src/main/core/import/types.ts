import type { TimelineEvent } from '../../../shared/model'

/**
 * A row or event that was not imported, and why. `row` is the spreadsheet row for a CSV (the
 * header is row 1) and the position in the events list (from 1) for TimelineJS JSON.
 */
export interface SkippedRow {
  row: number
  reason: string
}

export interface ImportedTimeline {
  /** The user's own events (origin 'manual'), with no sources. */
  events: TimelineEvent[]
  skipped: SkippedRow[]
  /** The file's title (TimelineJS's title slide), when it has one. */
  title?: string
}
