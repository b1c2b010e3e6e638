/** The handler table: what each request channel does. No Electron import; main and the e2e bridge share it. */
import type { AppInfo, EventChannel, EventChannels } from '../../shared/ipc'
import { runBatch } from '../core/batch'
import { loadSampleProject } from '../core/ingest/sample'
import { IngestError } from '../core/ingest'
import { mergeEvents } from '../core/merge/merge'
import { processFile, processText } from '../core/pipeline'
import { UserError, type HandlerTable } from './dispatch'

export interface HandlerDeps {
  /** Folder of the sample project (resources/sample). */
  sampleDir: string
  appInfo: AppInfo
  /** Sends a main → renderer event (progress of a batch). */
  emit: <E extends EventChannel>(channel: E, payload: EventChannels[E]) => void
  /** The batch worker's entry file (out/main/worker.js in the built app); the pool's default otherwise. */
  workerFile?: string
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
    'articles:ingestFiles': async (request) => {
      const result = await runBatch(request.paths, {
        published: request.published ?? null,
        ...(deps.workerFile ? { workerFile: deps.workerFile } : {}),
        onProgress: (p) => deps.emit('progress', p)
      })
      return {
        articles: result.articles,
        events: mergeEvents(result.events),
        failures: result.failures
      }
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
