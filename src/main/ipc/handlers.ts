/** The handler table: what each request channel does. No Electron import; main and the e2e bridge share it. */
import type { AppInfo, BatchResponse, EventChannel, EventChannels } from '../../shared/ipc'
import { runBatch } from '../core/batch'
import { loadSampleProject } from '../core/ingest/sample'
import { IngestError } from '../core/ingest'
import { mergeEvents } from '../core/merge/merge'
import { extractEvents } from '../core/events/extract'
import { processBytes, processFile, processText } from '../core/pipeline'
import type { DocumentSession } from '../document/session'
import { UserError, type HandlerTable } from './dispatch'
import { createExportHandlers } from './export-handlers'
import type { Host } from './host'
import { createProjectHandlers } from './project-handlers'

export interface HandlerDeps {
  /** Folder of the sample project (resources/sample). */
  sampleDir: string
  appInfo: AppInfo
  /** Sends a main → renderer event (progress of a batch). */
  emit: <E extends EventChannel>(channel: E, payload: EventChannels[E]) => void
  /** The batch worker's entry file (out/main/worker.js in the built app); the pool's default otherwise. */
  workerFile?: string
  /** Dialogs, the window, recent documents: Electron in the app, scripted in the e2e bridge. */
  host: Host
  /** The app's data folder (autosave, recent documents). */
  dataDir: string
  session?: DocumentSession
}

export function createHandlers(deps: HandlerDeps): HandlerTable {
  return {
    'app:info': () => deps.appInfo,
    'project:sample': async () => {
      try {
        return await loadSampleProject(deps.sampleDir)
      } catch (error) {
        throw new UserError(
          'NOT_FOUND',
          `The sample project could not be read from ${deps.sampleDir}: ${String(error)}`
        )
      }
    },
    'articles:extract': async (request) => {
      if (!request.text.trim())
        throw new UserError('BAD_INPUT', 'The article is empty: there is no text to read.')
      const result = await asUserErrors(async () =>
        processText(request.text, {
          published: request.published,
          ...(request.kind ? { kind: request.kind } : {}),
          ...(request.source ? { source: request.source } : {}),
          ...(request.title ? { title: request.title } : {})
        })
      )
      return { articles: result.articles, events: mergeEvents(result.events) }
    },
    'articles:fetch': async (request) => {
      const result = await asUserErrors(() =>
        processFile(request.url, { published: request.published ?? null })
      )
      return { articles: result.articles, events: mergeEvents(result.events) }
    },
    'articles:open': async (request) => {
      const files = await deps.host.chooseArticleFiles()
      if (files.length === 0) return null
      return readBatch(files, request.published ?? null)
    },
    'articles:extractFile': async (request) => {
      const bytes = Buffer.from(request.base64, 'base64')
      const result = await asUserErrors(async () =>
        processBytes(bytes, request.name, { published: request.published })
      )
      return { articles: result.articles, events: mergeEvents(result.events) }
    },
    'events:merge': (request) => ({ events: mergeEvents(request.events) }),
    'articles:redate': (request) => {
      const article = { ...request.article, published: request.published }
      return { events: mergeEvents(extractEvents(article)) }
    },
    ...createExportHandlers(deps.host),
    ...createProjectHandlers({
      host: deps.host,
      dataDir: deps.dataDir,
      ...(deps.session ? { session: deps.session } : {})
    })
  }

  /** Files read in the worker pool; progress goes to the window and to the taskbar. */
  async function readBatch(paths: string[], published: string | null): Promise<BatchResponse> {
    try {
      const result = await runBatch(paths, {
        published,
        ...(deps.workerFile ? { workerFile: deps.workerFile } : {}),
        onProgress: (p) => {
          deps.emit('progress', p)
          deps.host.setProgress(p.done >= p.total ? null : p.done / Math.max(1, p.total))
        }
      })
      return {
        articles: result.articles,
        events: mergeEvents(result.events),
        failures: result.failures
      }
    } finally {
      deps.host.setProgress(null)
    }
  }
}

/** Reading errors are the user's to fix: they cross IPC as BAD_INPUT with their own sentence. */
async function asUserErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof IngestError) throw new UserError('BAD_INPUT', error.message)
    throw error
  }
}
