/**
 * Batch processing of many files: runBatch on worker threads, runSequential in-thread.
 * No Electron here. The Electron main process passes `workerFile` = the path of
 * out/main/worker.js (path.join(outDir, 'worker.js') next to its own index.js).
 */
export { runBatch } from './pool'
export { readInWorker, ReadFailure } from './one'
export type { TaskInput } from './input'
export { runSequential, type SequentialOptions } from './sequential'
export { defaultWorkerFile } from './spawn'
export {
  CANCELLED,
  type BatchFailure,
  type BatchOptions,
  type BatchProgress,
  type BatchResult
} from './types'
