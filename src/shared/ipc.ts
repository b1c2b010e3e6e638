/**
 * The one registry of IPC channels. Each request channel names its request and response type;
 * each event channel names its payload. Main, preload and renderer all type themselves from here.
 * No runtime dependencies: validation schemas live in main (src/main/ipc/schemas.ts) and are
 * checked against these types at compile time.
 */
import type { Article, IsoDay, Project, TimelineEvent } from './model'

/** What pasted text is: 'auto' sniffs HTML, feeds and Markdown. */
export type TextKind = 'auto' | 'text' | 'markdown' | 'html' | 'feed'

export interface ExtractRequest {
  text: string
  /** Publication date, `YYYY-MM-DD`, or null when unknown (then the article's own, if any). */
  published: IsoDay | null
  title?: string
  source?: string
  kind?: TextKind
}

export interface FetchRequest {
  url: string
  published?: IsoDay | null
}

export interface ExtractResponse {
  articles: Article[]
  events: TimelineEvent[]
}

export interface BatchFailure {
  file: string
  message: string
}

export interface BatchResponse extends ExtractResponse {
  /** The inputs that could not be read, each with a sentence saying why. */
  failures: BatchFailure[]
}

/** A dropped or pasted file's bytes, base64: main decodes them (BOMs, UTF-16, Latin-1) and reads them. */
export interface ExtractFileRequest {
  /** The file's name, for its kind (.txt, .md, .html, feeds) and as the article's source. */
  name: string
  base64: string
  published: IsoDay | null
}

/** The document the window shows: where it is saved (null before the first save) and its name. */
export interface DocumentInfo {
  path: string | null
  /** The file name without folder, or the project's title when it has no file yet. */
  name: string
}

export interface OpenedProject extends DocumentInfo {
  project: Project
}

export interface SaveRequest {
  project: Project
  /** Always ask where to save (Save As…); otherwise only when the document has no file yet. */
  saveAs: boolean
}

export interface RecentDocument {
  path: string
  name: string
  /** ISO instant. */
  openedAt: string
}

/** Unsaved work an earlier run left behind (it ended without saving or discarding it). */
export interface RecoveryInfo {
  /** ISO instant of the last autosave. */
  savedAt: string
  title: string
  path: string | null
  events: number
  articles: number
}

export type ImageFormat = 'png' | 'svg'
export type DataFormat = 'json' | 'csv' | 'timelinejs' | 'ics'
export type ExportFormat = ImageFormat | 'pdf' | DataFormat

export interface ImageExportRequest {
  format: ImageFormat
  /** PNG: base64 bytes; SVG: the document's text. */
  data: string
  /** A file name to suggest, without extension. */
  name: string
}

export interface PdfSource {
  title: string
  source: string
  published: IsoDay | null
  quotes: string[]
}

export interface PdfExportRequest {
  svg: string
  width: number
  height: number
  title: string | null
  pageSize: 'A4' | 'Letter' | 'A3'
  orientation: 'landscape' | 'portrait'
  sources: PdfSource[] | null
  name: string
}

export interface DataExportRequest {
  format: DataFormat
  project: Project
  name: string
}

export interface ExportResult {
  path: string
  bytes: number
}

/** What an imported TimelineJS or CSV file gave: events (the user's own) and the rows skipped. */
export interface ImportResult {
  file: string
  title: string | null
  events: TimelineEvent[]
  skipped: { row: number; reason: string }[]
}

export interface AppInfo {
  name: string
  version: string
  platform: string
}

/** Renderer → main request channels. */
export interface RequestChannels {
  'app:info': { request: Record<string, never>; response: AppInfo }
  'project:sample': { request: Record<string, never>; response: Project }
  'articles:extract': { request: ExtractRequest; response: ExtractResponse }
  'articles:fetch': { request: FetchRequest; response: ExtractResponse }
  /** Shows the open dialog for article files and reads them; null when the user cancels. */
  /**
   * The chosen files read in the pool; their events merged as one batch unless `merge` is false
   * (the window then merges them itself, with the document's events they meet, in one go).
   */
  'articles:open': {
    request: { published?: IsoDay | null; merge?: boolean }
    response: BatchResponse | null
  }
  'articles:extractFile': { request: ExtractFileRequest; response: ExtractResponse }
  /** Events merged where they tell the same happening (the pipeline's cross-article merge). */
  'events:merge': { request: { events: TimelineEvent[] }; response: { events: TimelineEvent[] } }
  /** An article's events read again under a new publication date (same text, same offsets). */
  'articles:redate': {
    request: { article: Article; published: IsoDay | null }
    response: { events: TimelineEvent[] }
  }
  'project:new': { request: Record<string, never>; response: DocumentInfo }
  /** Shows the open dialog, or opens `recent` (which must be on the recent list). */
  'project:open': { request: { recent?: string }; response: OpenedProject | null }
  'project:save': { request: SaveRequest; response: DocumentInfo | null }
  'project:recent': { request: Record<string, never>; response: RecentDocument[] }
  /** The document's title and unsaved state, for the window title and the close prompt. */
  'document:state': { request: { title: string; dirty: boolean }; response: DocumentInfo }
  /** Closes the window without asking again (after the renderer saved or the user said so). */
  'window:close': { request: Record<string, never>; response: Record<string, never> }
  'autosave:write': { request: { project: Project }; response: Record<string, never> }
  'autosave:check': { request: Record<string, never>; response: RecoveryInfo | null }
  'autosave:restore': { request: Record<string, never>; response: OpenedProject }
  'autosave:discard': { request: Record<string, never>; response: Record<string, never> }
  /** Each export shows the save dialog in main and writes there; null when the user cancels. */
  'export:image': { request: ImageExportRequest; response: ExportResult | null }
  'export:pdf': { request: PdfExportRequest; response: ExportResult | null }
  'export:data': { request: DataExportRequest; response: ExportResult | null }
  /** Shows the open dialog for a TimelineJS JSON or CSV file and reads it. */
  'import:open': { request: Record<string, never>; response: ImportResult | null }
}

export type RequestChannel = keyof RequestChannels
export type RequestOf<C extends RequestChannel> = RequestChannels[C]['request']
export type ResponseOf<C extends RequestChannel> = RequestChannels[C]['response']

export const REQUEST_CHANNELS = [
  'app:info',
  'project:sample',
  'articles:extract',
  'articles:fetch',
  'articles:open',
  'articles:extractFile',
  'articles:redate',
  'events:merge',
  'project:new',
  'project:open',
  'project:save',
  'project:recent',
  'document:state',
  'window:close',
  'autosave:write',
  'autosave:check',
  'autosave:restore',
  'autosave:discard',
  'export:image',
  'export:pdf',
  'export:data',
  'import:open'
] as const satisfies readonly RequestChannel[]

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'zoom-in',
  'zoom-out',
  'zoom-fit',
  'open-sample',
  'new',
  'open',
  'save',
  'save-as',
  /** The window is closing with unsaved changes and the user chose Save: save, then close. */
  'save-and-close',
  'undo',
  'redo',
  'add-articles',
  'paste-article',
  'toggle-editor',
  'export',
  'import'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export interface Progress {
  done: number
  total: number
  /** Reading: the file that just started or ended. Merging: what is merged ("2,140 events"). */
  current: string
  /** What main is doing; reading when absent. Merging has no steps: done is 0, then total. */
  stage?: 'reading' | 'merging'
}

/** Main → renderer event channels. */
export interface EventChannels {
  progress: Progress
  'menu:command': MenuCommand
  /** File → Open Recent → a document: its path. */
  'menu:open-recent': string
}

export type EventChannel = keyof EventChannels

export const EVENT_CHANNELS = [
  'progress',
  'menu:command',
  'menu:open-recent'
] as const satisfies readonly EventChannel[]

// Compile-time guard: the runtime lists above name every channel of the registry.
type MissingRequest = Exclude<RequestChannel, (typeof REQUEST_CHANNELS)[number]>
type MissingEvent = Exclude<EventChannel, (typeof EVENT_CHANNELS)[number]>
export const registryIsComplete: [MissingRequest, MissingEvent] extends [never, never]
  ? true
  : never = true
