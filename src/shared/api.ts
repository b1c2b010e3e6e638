/** The API the preload exposes to the page as `window.dateline`. Nothing else is exposed. */
import type {
  AppInfo,
  BatchResponse,
  EventChannel,
  EventChannels,
  ExtractRequest,
  ExtractResponse,
  FetchRequest,
  IngestFilesRequest
} from './ipc'
import type { Project } from './model'
import type { IpcResult } from './result'

export interface DatelineApi {
  appInfo(): Promise<IpcResult<AppInfo>>
  loadSample(): Promise<IpcResult<Project>>
  /** Pasted text, Markdown, HTML or a feed → articles and events. */
  extract(request: ExtractRequest): Promise<IpcResult<ExtractResponse>>
  /** A web page or feed, fetched by main. */
  fetchUrl(request: FetchRequest): Promise<IpcResult<ExtractResponse>>
  /** Files read in a worker pool; progress arrives as 'progress' events. */
  ingestFiles(request: IngestFilesRequest): Promise<IpcResult<BatchResponse>>
  /** Subscribe to a main → renderer event; returns the function that unsubscribes. */
  on<E extends EventChannel>(event: E, listener: (payload: EventChannels[E]) => void): () => void
}

/** The names `window.dateline` carries, in order; the preload tests hold the API to this list. */
export const API_METHODS = [
  'appInfo',
  'loadSample',
  'extract',
  'fetchUrl',
  'ingestFiles',
  'on'
] as const satisfies readonly (keyof DatelineApi)[]

// Compile-time guard: the list names every method of the API.
export const apiListIsComplete: Exclude<
  keyof DatelineApi,
  (typeof API_METHODS)[number]
> extends never
  ? true
  : never = true
