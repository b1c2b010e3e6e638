/**
 * Command line over the parsing core (no Electron):
 *   npm run -s cli -- extract FILE|URL... [--published YYYY-MM-DD]
 * prints {articles, events} as JSON.
 *   npm run -s cli -- timex --jsonl FILE
 * reads JSON lines {id, dct, text} and prints one line {id, timexes} per document, streaming.
 */
import { parseArgs } from 'node:util'
import { extract } from './cli/extract-command'
import { timex } from './cli/timex-command'
import { USAGE } from './cli/usage'

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
  if (!(await extract(rest, values.published ?? null))) process.exitCode = 1
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`dateline: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
