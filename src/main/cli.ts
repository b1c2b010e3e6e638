/**
 * Command line over the parsing core (no Electron):
 *   npm run -s cli -- extract FILE... [--published YYYY-MM-DD]
 * prints {articles, events} as JSON.
 *   npm run -s cli -- timex --jsonl FILE
 * reads JSON lines {id, dct, text} and prints one line {id, timexes} per document, streaming.
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { extractEvents, makeArticle } from './core/events/extract'
import { tagTimexes } from './core/time/tagger'

const USAGE = [
  'Usage: npm run -s cli -- extract FILE... [--published YYYY-MM-DD]',
  '       npm run -s cli -- timex --jsonl FILE',
  '  extract  prints the articles and their dated events as JSON',
  '  timex    reads JSON lines {"id", "dct", "text"} and prints one JSON line',
  '           {"id", "timexes": [{"start", "end", "text", "type", "value"}]} per document'
].join('\n')

async function extract(files: string[], published: string | null): Promise<void> {
  if (files.length === 0) throw new Error(`No files given.\n${USAGE}`)
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new Error(`--published must be a date written YYYY-MM-DD, not "${published}".`)
  }
  const articles = []
  const events = []
  for (const file of files) {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'ENOENT'
          ? 'no such file'
          : error.code === 'EISDIR'
            ? 'it is a folder'
            : error.message
      throw new Error(`Cannot read ${file}: ${reason}.`)
    })
    if (bytes.includes(0))
      throw new Error(`${file}: this looks like a binary file, not an article.`)
    const article = makeArticle({
      text: bytes.toString('utf8'),
      published,
      source: path.basename(file)
    })
    articles.push(article)
    events.push(...extractEvents(article))
  }
  const output = {
    articles: articles.map(({ id, title, published: p, source }) => ({
      id,
      title,
      published: p,
      source
    })),
    events
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
}

/** Writes one chunk to stdout, waiting for it to drain when the consumer is slower than us. */
function writeOut(chunk: string): Promise<void> {
  if (process.stdout.write(chunk)) return Promise.resolve()
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()))
}

function describeReadError(file: string, error: NodeJS.ErrnoException): Error {
  const reason =
    error.code === 'ENOENT'
      ? 'no such file'
      : error.code === 'EISDIR'
        ? 'it is a folder'
        : error.message
  return new Error(`Cannot read ${file}: ${reason}.`)
}

/** Checks one parsed JSON line and returns the document it describes. */
function readDocument(
  parsed: unknown,
  where: string
): { id: unknown; dct: string | null; text: string } {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${where}: expected a JSON object {"id", "dct", "text"}.`)
  }
  const record = parsed as Record<string, unknown>
  const { id, dct, text } = record
  if (typeof text !== 'string') throw new Error(`${where}: "text" must be a string.`)
  if (dct !== undefined && dct !== null && typeof dct !== 'string') {
    throw new Error(`${where}: "dct" must be a string such as "1998-02-06", or null.`)
  }
  return { id: id ?? null, dct: dct ?? null, text }
}

async function timex(file: string | undefined, extra: string[]): Promise<void> {
  if (file === undefined) throw new Error(`timex needs --jsonl FILE.\n${USAGE}`)
  if (extra.length > 0) {
    throw new Error(`timex reads only --jsonl FILE; unexpected "${extra.join(' ')}".\n${USAGE}`)
  }
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw describeReadError(file, error)
  })
  if (info.isDirectory()) throw new Error(`Cannot read ${file}: it is a folder.`)
  const stream = createReadStream(file, { encoding: 'utf8' })
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  // readline does not reject its iterator when the input fails, so watch the stream ourselves.
  const failure: { error: Error | null } = { error: null }
  stream.on('error', (error: NodeJS.ErrnoException) => {
    failure.error = describeReadError(file, error)
    lines.close()
  })
  let lineNumber = 0
  try {
    for await (const raw of lines) {
      lineNumber += 1
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw
      if (line.trim() === '') continue
      const where = `${file}, line ${lineNumber}`
      let parsed: unknown
      try {
        parsed = JSON.parse(line)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(`${where}: not valid JSON (${reason}).`)
      }
      const doc = readDocument(parsed, where)
      const timexes = tagTimexes(doc.text, doc.dct).map(({ start, end, text, type, value }) => ({
        start,
        end,
        text,
        type,
        value
      }))
      await writeOut(`${JSON.stringify({ id: doc.id, timexes })}\n`)
    }
  } finally {
    lines.close()
    stream.destroy()
  }
  if (failure.error) throw failure.error
}

async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    process.stderr.write(`dateline: cannot write the output: ${error.message}\n`)
    process.exit(1)
  })
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      jsonl: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  const [command, ...rest] = positionals
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (command === 'timex') {
    if (values.published !== undefined) throw new Error('--published is for extract only.')
    await timex(values.jsonl, rest)
    return
  }
  if (command !== 'extract') throw new Error(`Unknown command "${command}".\n${USAGE}`)
  if (values.jsonl !== undefined) throw new Error('--jsonl is for timex only.')
  await extract(rest, values.published ?? null)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`dateline: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
