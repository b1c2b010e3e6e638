/**
 * `extract FILE|URL... [--published YYYY-MM-DD]`: every input through the pipeline (in a worker
 * pool when there are several), the same events told by several articles merged, JSON out.
 * A bad input is reported on stderr and skipped; the exit code is 1 if any input failed.
 */
import { runBatch, runSequential } from '../core/batch'
import { mergeEvents } from '../core/merge/merge'
import { USAGE } from './usage'

export async function extract(inputs: string[], published: string | null): Promise<boolean> {
  if (inputs.length === 0) throw new Error(`No files given.\n${USAGE}`)
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new Error(`--published must be a date written YYYY-MM-DD, not "${published}".`)
  }
  const showProgress = process.stderr.isTTY && inputs.length > 1
  const onProgress = showProgress
    ? (p: { done: number; total: number; current: string }) =>
        process.stderr.write(`\r\x1b[K[${p.done}/${p.total}] ${p.current}`)
    : undefined
  const result =
    inputs.length > 1
      ? await runBatch(inputs, { published, onProgress })
      : await runSequential(inputs, { published })
  if (showProgress) process.stderr.write('\r\x1b[K')
  for (const f of result.failures) process.stderr.write(`dateline: ${f.message}\n`)
  const output = {
    articles: result.articles.map(({ id, title, published: p, source }) => ({
      id,
      title,
      published: p,
      source
    })),
    events: mergeEvents(result.events)
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
  return result.failures.length === 0
}
