/** The API the preload exposes to the page as `window.dateline`. Nothing else is exposed. */
import type { EventChannel, EventChannels, ExtractRequest, ExtractResponse, AppInfo } from './ipc'
import type { Project } from './model'
import type { IpcResult } from './result'

export interface DatelineApi {
  appInfo(): Promise<IpcResult<AppInfo>>
  loadSample(): Promise<IpcResult<Project>>
  extract(request: ExtractRequest): Promise<IpcResult<ExtractResponse>>
  /** Subscribe to a main → renderer event; returns the function that unsubscribes. */
  on<E extends EventChannel>(event: E, listener: (payload: EventChannels[E]) => void): () => void
}

/** The names `window.dateline` carries, in order; the preload tests hold the API to this list. */
export const API_METHODS = [
  'appInfo',
  'loadSample',
  'extract',
  'on'
] as const satisfies readonly (keyof DatelineApi)[]
