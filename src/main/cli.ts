/**
 * Command line over the parsing core (no Electron):
 *   npm run -s cli -- extract FILE... [--published YYYY-MM-DD]
 * prints {articles, events} as JSON.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { extractEvents, makeArticle } from './core/events/extract'

const USAGE = 'Usage: npm run -s cli -- extract FILE... [--published YYYY-MM-DD]'

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

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { published: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
  })
  const [command, ...rest] = positionals
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (command !== 'extract') throw new Error(`Unknown command "${command}".\n${USAGE}`)
  await extract(rest, values.published ?? null)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`dateline: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
