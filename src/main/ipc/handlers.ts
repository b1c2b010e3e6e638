/** The handler table: what each request channel does. No Electron import; main and the e2e bridge share it. */
import type { AppInfo } from '../../shared/ipc'
import { extractEvents, makeArticle } from '../core/events/extract'
import { loadSampleProject } from '../core/ingest/sample'
import { UserError, type HandlerTable } from './dispatch'

export interface HandlerDeps {
  /** Folder of the sample project (resources/sample). */
  sampleDir: string
  appInfo: AppInfo
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
    'articles:extract': (request) => {
      if (!request.text.trim())
        throw new UserError('BAD_INPUT', 'The article is empty: there is no text to read.')
      const article = makeArticle(request)
      return { article, events: extractEvents(article) }
    }
  }
}
