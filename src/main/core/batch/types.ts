/**
 * The public shapes of a batch run. Plain JSON throughout, so a result can go straight over IPC
 * to the renderer and be saved in a project.
 */
import type { Article, IsoDay, TimelineEvent } from '../../../shared/model'
import type { TaskInput } from './input'

/** Same shape as `Progress` in src/shared/ipc.ts, so main can forward it unchanged. */
export interface BatchProgress {
  done: number
  total: number
  /** The file (as given in the input list) that just started or just finished. */
  current: string
}

export interface BatchFailure {
  /** The file as given in the input list. */
  file: string
  /** A sentence a person can act on; 'cancelled' for files the run never finished. */
  message: string
}

export interface BatchResult {
  /** In input file order, whatever order the workers finished in. */
  articles: Article[]
  events: TimelineEvent[]
  failures: BatchFailure[]
}

export interface BatchOptions {
  /** The publication date for every file; see `FileOptions.published` in ../pipeline. */
  published?: IsoDay | null
  /** For web addresses among the inputs: how long to wait for each page. */
  timeoutMs?: number
  /** Worker threads; default min(os.availableParallelism(), files.length), at least 1. */
  workers?: number
  /**
   * The worker entry. Default: the built worker.js next to the bundle (out/main/worker.js) if it
   * exists, else src/main/core/batch/worker.ts loaded through tsx. A .ts/.mts file is always
   * loaded through tsx (a devDependency, so only in development and tests).
   */
  workerFile?: string
  /**
   * Caps each worker's V8 heap (maxOldGenerationSizeMb). A worker that exceeds it dies with
   * ERR_WORKER_OUT_OF_MEMORY and only its current file fails, instead of the whole app.
   */
  maxWorkerHeapMb?: number
  /**
   * For each file, by index, what to read instead of it: pasted text, dropped bytes or an article
   * to read again. The file is then only a name, in progress events and failures.
   */
  inputs?: readonly (TaskInput | undefined)[]
  onProgress?: (progress: BatchProgress) => void
  /**
   * Cancels the run: workers are terminated and the promise resolves (it does not reject) with
   * what is done; every unfinished file is a failure with the message 'cancelled'.
   */
  signal?: AbortSignal
}

/** The message for files a cancelled run did not finish. */
export const CANCELLED = 'cancelled'
