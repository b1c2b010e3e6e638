/**
 * The in-thread runner: processFile for each file in turn, in this thread. For a single file
 * (where starting a worker costs more than it saves) and as the benchmark baseline.
 */
import { processFile } from '../pipeline'
import { describeFailure } from './failure'
import { CANCELLED, type BatchOptions, type BatchResult } from './types'

export type SequentialOptions = Pick<
  BatchOptions,
  'published' | 'timeoutMs' | 'onProgress' | 'signal'
>

/** Same contract as runBatch (order, failures, progress, cancel), without threads. */
export async function runSequential(
  files: string[],
  options: SequentialOptions = {}
): Promise<BatchResult> {
  const result: BatchResult = { articles: [], events: [], failures: [] }
  const total = files.length
  for (const [done, file] of files.entries()) {
    // Cancel is checked between files: one file's processFile cannot be interrupted in-thread.
    if (options.signal?.aborted) {
      for (const rest of files.slice(done)) result.failures.push({ file: rest, message: CANCELLED })
      break
    }
    options.onProgress?.({ done, total, current: file })
    try {
      const { articles, events } = await processFile(file, {
        published: options.published ?? null,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
      })
      result.articles.push(...articles)
      result.events.push(...events)
    } catch (error) {
      result.failures.push({ file, message: describeFailure(file, error) })
    }
    options.onProgress?.({ done: done + 1, total, current: file })
  }
  return result
}
