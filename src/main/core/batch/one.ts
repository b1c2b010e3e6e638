/**
 * One input read in a worker thread, for main's single requests (a paste, a drop, a web address,
 * a re-dating, a merge), so main stays free. Inputs up to WARM_MAX_BYTES go to a worker kept warm
 * between requests (./warm.ts); larger ones to a worker of their own, with a heap cap sized to
 * them, as in a batch.
 */
import type { PipelineResult } from '../pipeline'
import { inputSize, type TaskInput } from './input'
import { runBatch } from './pool'
import { defaultWorkerFile } from './spawn'
import type { BatchOptions } from './types'
import { WarmWorker } from './warm'

/** The largest input the warm worker takes; its heap cap leaves room for about 16 times this. */
export const WARM_MAX_BYTES = 4 * 1024 * 1024

/** One warm worker per worker file (the app has one; tests bring their own). */
const warm = new Map<string, WarmWorker>()

/** The warm worker for `workerFile` (for tests: how many it started, and to let it go). */
export function warmWorker(workerFile = defaultWorkerFile()): WarmWorker {
  let worker = warm.get(workerFile)
  if (!worker) warm.set(workerFile, (worker = new WarmWorker(workerFile)))
  return worker
}

/** The input could not be read: the message is the worker's sentence for the user. */
export class ReadFailure extends Error {
  override name = 'ReadFailure'
}

/**
 * Reads `input` in one worker; `name` names it in messages. Resolves with its articles and its
 * events, merged; rejects with a ReadFailure whose message says why it could not be read.
 */
export async function readInWorker(
  name: string,
  input: TaskInput,
  options: Pick<BatchOptions, 'published' | 'timeoutMs' | 'workerFile' | 'maxWorkerHeapMb'> = {}
): Promise<PipelineResult> {
  if (inputSize(input) <= WARM_MAX_BYTES && options.maxWorkerHeapMb === undefined) {
    const answer = await warmWorker(options.workerFile).read(name, input, {
      published: options.published ?? null,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
    })
    if (!answer.ok) throw new ReadFailure(answer.message)
    return answer.result
  }
  const result = await runBatch([name], {
    ...options,
    workers: 1,
    inputs: [input]
  })
  const failure = result.failures[0]
  if (failure) throw new ReadFailure(failure.message)
  return { articles: result.articles, events: result.events }
}
