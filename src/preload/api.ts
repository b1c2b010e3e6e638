/**
 * Builds the page-facing API from two transport functions. No Electron import, so the e2e bridge
 * builds the very same object over Playwright's transport.
 */
import type { DatelineApi } from '../shared/api'
import { EVENT_CHANNELS, type EventChannel, type RequestChannel } from '../shared/ipc'
import type { IpcResult } from '../shared/result'

export type Invoke = (channel: RequestChannel, request: unknown) => Promise<IpcResult<unknown>>
export type Subscribe = (channel: EventChannel, listener: (payload: unknown) => void) => () => void

export function createApi(invoke: Invoke, subscribe: Subscribe): DatelineApi {
  const call = <T>(channel: RequestChannel, request: unknown): Promise<IpcResult<T>> =>
    invoke(channel, request) as Promise<IpcResult<T>>
  return {
    appInfo: () => call('app:info', {}),
    loadSample: () => call('project:sample', {}),
    extract: (request) => call('articles:extract', request),
    fetchUrl: (request) => call('articles:fetch', request),
    openArticles: (request) => call('articles:open', request),
    extractFile: (request) => call('articles:extractFile', request),
    mergeEvents: (request) => call('events:merge', request),
    redateArticle: (request) => call('articles:redate', request),
    newProject: () => call('project:new', {}),
    openProject: (request) => call('project:open', request),
    saveProject: (request) => call('project:save', request),
    recentProjects: () => call('project:recent', {}),
    setDocumentState: (state) => call('document:state', state),
    closeWindow: () => call('window:close', {}),
    autosave: (request) => call('autosave:write', request),
    checkRecovery: () => call('autosave:check', {}),
    restoreRecovery: () => call('autosave:restore', {}),
    discardRecovery: () => call('autosave:discard', {}),
    exportImage: (request) => call('export:image', request),
    exportPdf: (request) => call('export:pdf', request),
    exportData: (request) => call('export:data', request),
    importTimeline: () => call('import:open', {}),
    on: (event, listener) => {
      if (!(EVENT_CHANNELS as readonly string[]).includes(event)) {
        throw new Error(`Unknown event channel: ${String(event)}`)
      }
      if (typeof listener !== 'function') throw new Error('Listener must be a function')
      return subscribe(event, listener as (payload: unknown) => void)
    }
  }
}
