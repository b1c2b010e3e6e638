/** The API the preload exposes to the page as `window.dateline`. Nothing else is exposed. */
import type {
  AppInfo,
  BatchResponse,
  EventChannel,
  EventChannels,
  DataExportRequest,
  DocumentInfo,
  ExportResult,
  ExtractFileRequest,
  ExtractRequest,
  ExtractResponse,
  FetchRequest,
  ImageExportRequest,
  ImportResult,
  OpenedProject,
  PdfExportRequest,
  RecentDocument,
  RecoveryInfo,
  SaveRequest
} from './ipc'
import type { Article, IsoDay, Project, TimelineEvent } from './model'
import type { IpcResult } from './result'

export interface DatelineApi {
  appInfo(): Promise<IpcResult<AppInfo>>
  loadSample(): Promise<IpcResult<Project>>
  /** Pasted text, Markdown, HTML or a feed → articles and events. */
  extract(request: ExtractRequest): Promise<IpcResult<ExtractResponse>>
  /** A web page or feed, fetched by main. */
  fetchUrl(request: FetchRequest): Promise<IpcResult<ExtractResponse>>
  /** Open dialog for article files, then a batch read; null when cancelled. */
  openArticles(request: {
    published?: IsoDay | null
    merge?: boolean
  }): Promise<IpcResult<BatchResponse | null>>
  /** A file dropped on the window, as bytes. */
  extractFile(request: ExtractFileRequest): Promise<IpcResult<ExtractResponse>>
  mergeEvents(request: { events: TimelineEvent[] }): Promise<IpcResult<{ events: TimelineEvent[] }>>
  redateArticle(request: {
    article: Article
    published: IsoDay | null
  }): Promise<IpcResult<{ events: TimelineEvent[] }>>
  newProject(): Promise<IpcResult<DocumentInfo>>
  openProject(request: { recent?: string }): Promise<IpcResult<OpenedProject | null>>
  saveProject(request: SaveRequest): Promise<IpcResult<DocumentInfo | null>>
  recentProjects(): Promise<IpcResult<RecentDocument[]>>
  setDocumentState(state: { title: string; dirty: boolean }): Promise<IpcResult<DocumentInfo>>
  closeWindow(): Promise<IpcResult<Record<string, never>>>
  autosave(request: { project: Project }): Promise<IpcResult<Record<string, never>>>
  checkRecovery(): Promise<IpcResult<RecoveryInfo | null>>
  restoreRecovery(): Promise<IpcResult<OpenedProject>>
  discardRecovery(): Promise<IpcResult<Record<string, never>>>
  exportImage(request: ImageExportRequest): Promise<IpcResult<ExportResult | null>>
  exportPdf(request: PdfExportRequest): Promise<IpcResult<ExportResult | null>>
  exportData(request: DataExportRequest): Promise<IpcResult<ExportResult | null>>
  importTimeline(): Promise<IpcResult<ImportResult | null>>
  /** Subscribe to a main → renderer event; returns the function that unsubscribes. */
  on<E extends EventChannel>(event: E, listener: (payload: EventChannels[E]) => void): () => void
}

/** The names `window.dateline` carries, in order; the preload tests hold the API to this list. */
export const API_METHODS = [
  'appInfo',
  'loadSample',
  'extract',
  'fetchUrl',
  'openArticles',
  'extractFile',
  'mergeEvents',
  'redateArticle',
  'newProject',
  'openProject',
  'saveProject',
  'recentProjects',
  'setDocumentState',
  'closeWindow',
  'autosave',
  'checkRecovery',
  'restoreRecovery',
  'discardRecovery',
  'exportImage',
  'exportPdf',
  'exportData',
  'importTimeline',
  'on'
] as const satisfies readonly (keyof DatelineApi)[]

// Compile-time guard: the list names every method of the API.
export const apiListIsComplete: Exclude<
  keyof DatelineApi,
  (typeof API_METHODS)[number]
> extends never
  ? true
  : never = true
