/** The CLI's usage text and shared error wording. */
import { describeFailure } from '../core/batch/failure'

export const USAGE = [
  'Usage: npm run -s cli -- extract FILE|URL... [--published YYYY-MM-DD]',
  '       npm run -s cli -- timex --jsonl FILE',
  '  extract  reads articles (text, Markdown, HTML, RSS/Atom feeds, web pages) and prints',
  '           the articles and their dated events as JSON; several inputs run in parallel',
  '  timex    reads JSON lines {"id", "dct", "text"} and prints one JSON line',
  '           {"id", "timexes": [{"start", "end", "text", "type", "value"}]} per document'
].join('\n')

/** The same wording the batch uses for a file that cannot be read. */
export function describeReadError(file: string, error: NodeJS.ErrnoException): Error {
  return new Error(describeFailure(file, error))
}
