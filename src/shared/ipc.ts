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

export interface IngestFilesRequest {
  /** Absolute paths of the files to read. */
  paths: string[]
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
  'articles:ingestFiles': { request: IngestFilesRequest; response: BatchResponse }
}

export type RequestChannel = keyof RequestChannels
export type RequestOf<C extends RequestChannel> = RequestChannels[C]['request']
export type ResponseOf<C extends RequestChannel> = RequestChannels[C]['response']

export const REQUEST_CHANNELS = [
  'app:info',
  'project:sample',
  'articles:extract',
  'articles:fetch',
  'articles:ingestFiles'
] as const satisfies readonly RequestChannel[]

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['zoom-in', 'zoom-out', 'zoom-fit', 'open-sample'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export interface Progress {
  done: number
  total: number
  current: string
}

/** Main → renderer event channels. */
export interface EventChannels {
  progress: Progress
  'menu:command': MenuCommand
}

export type EventChannel = keyof EventChannels

export const EVENT_CHANNELS = [
  'progress',
  'menu:command'
] as const satisfies readonly EventChannel[]

// Compile-time guard: the runtime lists above name every channel of the registry.
type MissingRequest = Exclude<RequestChannel, (typeof REQUEST_CHANNELS)[number]>
type MissingEvent = Exclude<EventChannel, (typeof EVENT_CHANNELS)[number]>
export const registryIsComplete: [MissingRequest, MissingEvent] extends [never, never]
  ? true
  : never = true
