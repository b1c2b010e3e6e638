/**
 * Types shared by the ingestion layer: the article it produces, its error class, and the small
 * slice of the DOM that html.ts and published.ts use.
 *
 * The DOM interfaces are our own rather than lib.dom's because the main-process tsconfig has no
 * DOM lib; linkedom's documents are cast to them once, where they are made (html.ts).
 */
import type { IsoDay } from '../../../shared/model'

export type { IsoDay }

/** Where a publication date came from; 'user' means the caller gave it and it won. */
export type PublishedFrom =
  'metadata' | 'json-ld' | 'time-element' | 'dateline' | 'front-matter' | 'feed' | 'user'

export interface IngestedArticle {
  /** Never '': falls back to the first line, then the file name or URL. */
  title: string
  /** Plain text; paragraphs separated by a blank line. Never markup. */
  text: string
  /** Null when no date was found; never silently today. */
  published: IsoDay | null
  publishedFrom: PublishedFrom | null
  /** Publication or site name, else the file name or URL host. */
  source: string
  byline?: string
  url?: string
}

export type IngestErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'NO_CONTENT'
  | 'BAD_FEED'
  | 'HTTP_STATUS'
  | 'TIMEOUT'
  | 'UNSUPPORTED_TYPE'
  | 'NETWORK'
  | 'BAD_URL'

/** Every failure of the ingestion layer; `message` is a sentence meant for a person. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'IngestError'
  }
}

/** What a reader gets besides the text: names for messages and fallbacks. */
export interface ReadContext {
  /** Names the input in error messages: a file name, a URL, or "The pasted text". */
  name: string
  /** Used when the content names no publication (a file name, a URL host). */
  fallbackSource: string
  /** Used as the title when the content has none and no first line either. */
  fallbackTitle: string
  url?: string
  /**
   * The caller gives the publication date, which replaces any found: readers then skip looking
   * for one (a dateline scan for text, meta tags and JSON-LD for HTML).
   */
  dateGiven?: boolean
}

/** A date found in a document, with where it was found. */
export interface FoundDate {
  published: IsoDay
  from: PublishedFrom
}

// ---- The part of the DOM we use (linkedom implements all of it). ----

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
export const CDATA_SECTION_NODE = 4

export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly parentNode: DomNode | null
  readonly firstChild: DomNode | null
  readonly nextSibling: DomNode | null
}

export interface DomElement extends DomNode {
  readonly tagName: string
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  closest(selector: string): DomElement | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  remove(): void
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null
  readonly title: string
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  cloneNode(deep: boolean): DomDocument
}
