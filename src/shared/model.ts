/**
 * The document model shared by main, preload and renderer. Everything here crosses IPC, so it is
 * plain JSON: ISO strings for dates, arrays for collections, no classes.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDay = string

/** How coarse a date is; the timeline draws a point for `day` and a band for the rest. */
export const GRANULARITIES = [
  'day',
  'week',
  'month',
  'quarter',
  'season',
  'half',
  'year',
  'decade',
  'century'
] as const
export type Granularity = (typeof GRANULARITIES)[number]

/** When something happened: a TIMEX3 value and the calendar interval it covers (inclusive). */
export interface TimeValue {
  /** TIMEX3 value, e.g. `2021-10-18`, `2021-09`, `2014`. */
  value: string
  start: IsoDay
  end: IsoDay
  granularity: Granularity
  /** True for vague or estimated dates ("mid-2014", "recently"). */
  approximate: boolean
}

export interface Article {
  id: string
  title: string
  /** Publication date; null when none is known (relative dates then stay unresolved). */
  published: IsoDay | null
  /** Where it came from: a publication name, a file name or a URL. */
  source: string
  text: string
}

/** Where in an article an event is told. Offsets are JavaScript string indices into `Article.text`. */
export interface EventSource {
  articleId: string
  quote: string
  start: number
  end: number
  /** The date expression as written, e.g. "two weeks ago". */
  dateText: string
}

/**
 * Who made an event: absent for one the extraction found and nobody has touched; 'edited' once a
 * person changed it; 'manual' for one a person added. Events with an origin are the user's work:
 * re-extracting their article keeps them.
 */
export type EventOrigin = 'edited' | 'manual'

export interface TimelineEvent {
  id: string
  title: string
  when: TimeValue
  actors: string[]
  places: string[]
  category: string
  /** Grows with the number of sources that tell the event. */
  importance: number
  sources: EventSource[]
  origin?: EventOrigin
}

/**
 * The version of the project file (.dateline). 1: the first (no `format`, no `origin`);
 * 2: adds `format: 'dateline'` and events' `origin`. Older files are migrated when opened
 * (src/main/core/project); newer ones are refused with a message.
 */
export const PROJECT_SCHEMA_VERSION = 2
export const PROJECT_FORMAT = 'dateline'

/** How the timeline was last shown: part of the document, so it reopens where the user left it. */
export interface ProjectView {
  /** The visible window, as ISO instants. */
  start: string
  end: string
  /** What the lanes group by. */
  lanes: 'none' | 'actor' | 'category' | 'article'
}

export interface Project {
  format: typeof PROJECT_FORMAT
  schemaVersion: typeof PROJECT_SCHEMA_VERSION
  title: string
  articles: Article[]
  events: TimelineEvent[]
  view?: ProjectView
}
