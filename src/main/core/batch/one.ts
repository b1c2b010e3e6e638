/**
 * One input read in a worker thread, for main's single requests (a paste, a drop, a web address,
 * a re-dating, a merge): the same worker, heap cap and crash handling as a batch, and main stays
 * free.
 */
import type { PipelineResult } from '../pipeline'
import type { TaskInput } from './input'
import { runBatch } from './pool'
import type { BatchOptions } from './types'

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
  options: Pick<BatchOptions, 'published' | 'timeoutMs' | 'workerFile'> = {}
): Promise<PipelineResult> {
  const result = await runBatch([name], {
    ...options,
    workers: 1,
    inputs: [input]
  })
  const failure = result.failures[0]
  if (failure) throw new ReadFailure(failure.message)
  return { articles: result.articles, events: result.events }
}
