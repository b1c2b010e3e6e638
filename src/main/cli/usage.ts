/** The CLI's usage text and shared error wording. */

export const USAGE = [
  'Usage: npm run -s cli -- extract FILE|URL... [--published YYYY-MM-DD]',
  '       npm run -s cli -- timex --jsonl FILE',
  '  extract  reads articles (text, Markdown, HTML, RSS/Atom feeds, web pages) and prints',
  '           the articles and their dated events as JSON; several inputs run in parallel',
  '  timex    reads JSON lines {"id", "dct", "text"} and prints one JSON line',
  '           {"id", "timexes": [{"start", "end", "text", "type", "value"}]} per document'
].join('\n')

export function describeReadError(file: string, error: NodeJS.ErrnoException): Error {
  const reason =
    error.code === 'ENOENT'
      ? 'no such file'
      : error.code === 'EISDIR'
        ? 'it is a folder'
        : error.message
  return new Error(`Cannot read ${file}: ${reason}.`)
}
