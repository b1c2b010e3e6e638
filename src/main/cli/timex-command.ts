/** `timex --jsonl FILE`: one JSON line of TIMEX3 expressions per input document, streamed. */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { tagTimexes } from '../core/time/tagger'
import { describeReadError, USAGE } from './usage'

/** Writes one chunk to stdout, waiting for it to drain when the consumer is slower than us. */
function writeOut(chunk: string): Promise<void> {
  if (process.stdout.write(chunk)) return Promise.resolve()
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()))
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

export async function timex(file: string | undefined, extra: string[]): Promise<void> {
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
