/** The handler table: what each request channel does. No Electron import; main and the e2e bridge share it. */
import type { AppInfo, BatchResponse, EventChannel, EventChannels } from '../../shared/ipc'
import type { TimelineEvent } from '../../shared/model'
import { readInWorker, ReadFailure, runBatch, type TaskInput } from '../core/batch'
import { loadSampleProject } from '../core/ingest/sample'
import type { PipelineResult } from '../core/pipeline'
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

/** From this many events a merge takes long enough (a few tenths of a second) to be shown. */
const SHOW_MERGE_FROM = 1000

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
      return read('The pasted text', request.published, {
        text: request.text,
        ...(request.kind ? { kind: request.kind } : {}),
        ...(request.source ? { source: request.source } : {}),
        ...(request.title ? { title: request.title } : {})
      })
    },
    'articles:fetch': async (request) => {
      return read(request.url, request.published ?? null, { url: request.url })
    },
    'articles:open': async (request) => {
      const files = await deps.host.chooseArticleFiles()
      if (files.length === 0) return null
      return readBatch(files, request.published ?? null, request.merge ?? true)
    },
    'articles:extractFile': async (request) => {
      const bytes = Buffer.from(request.base64, 'base64')
      return read(request.name, request.published, { bytes, name: request.name })
    },
    'events:merge': async (request) => ({ events: await merged(request.events) }),
    'articles:redate': async (request) => {
      const { events } = await read(request.article.title, request.published, {
        article: request.article
      })
      return { events }
    },
    ...createExportHandlers(deps.host),
    ...createProjectHandlers({
      host: deps.host,
      dataDir: deps.dataDir,
      ...(deps.session ? { session: deps.session } : {})
    })
  }

  /**
   * One input read in a worker, so that main stays free however large or hostile it is; what
   * could not be read is the user's to fix, and crosses IPC as BAD_INPUT with its sentence.
   */
  async function read(
    name: string,
    published: string | null,
    input: TaskInput
  ): Promise<PipelineResult> {
    try {
      return await readInWorker(name, input, {
        published,
        ...(deps.workerFile ? { workerFile: deps.workerFile } : {})
      })
    } catch (error) {
      if (error instanceof ReadFailure) throw new UserError('BAD_INPUT', error.message)
      throw error
    }
  }

  /**
   * Events merged in a worker: a large batch can take a while, and main must stay free. A merge
   * that may take more than a moment is shown in the window while it runs.
   */
  async function merged(events: TimelineEvent[]): Promise<TimelineEvent[]> {
    if (events.length === 0) return events
    const shown = events.length >= SHOW_MERGE_FROM
    const current = `${events.length.toLocaleString('en-US')} events`
    if (shown) deps.emit('progress', { done: 0, total: 1, current, stage: 'merging' })
    try {
      return (await read('the events to merge', null, { events })).events
    } finally {
      if (shown) deps.emit('progress', { done: 1, total: 1, current, stage: 'merging' })
    }
  }

  /** Files read in the worker pool; progress goes to the window and to the taskbar. */
  async function readBatch(
    paths: string[],
    published: string | null,
    merge: boolean
  ): Promise<BatchResponse> {
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
        events: merge ? await merged(result.events) : result.events,
        failures: result.failures
      }
    } finally {
      deps.host.setProgress(null)
    }
  }
}
