/**
 * runBatch: processFile for many files on a pool of worker threads. Workers are reused and take
 * the next file as soon as they are free; results come back in input order. A file that throws
 * is a failure; a worker that dies (process.exit, uncaught error, heap limit) is a failure for
 * the file it was on and is replaced. Every file ends as a result or a failure, so the promise
 * always settles, and every worker is terminated before it does.
 *
 * A worker that says it takes tasks in order (its 'ready' message, see protocol.ts) is given its
 * next file while it still works on the current one, so it never sits idle waiting for the pool:
 * answering a worker and waking it again takes a few hundred microseconds, and for articles of a
 * few kilobytes that was a fifth of a worker's time. A file queued behind the one a worker died
 * on goes back, to be handed out again.
 */
import { statSync } from 'node:fs'
import os from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { Article, TimelineEvent } from '../../../shared/model'
import { inputSize, type TaskInput } from './input'
import { isWorkerMessage, type TaskMessage } from './protocol'
import { defaultWorkerFile, startWorker } from './spawn'
import { CANCELLED, type BatchOptions, type BatchResult } from './types'

type Outcome = { articles: Article[]; events: TimelineEvent[] } | { message: string }

interface Slot {
  worker: Worker
  /** Set by the worker's 'ready' message; a worker that dies before it could not start at all. */
  ready: boolean
  /** Input indexes of the files it has been given, in order: it is working on the first. */
  tasks: number[]
  /** How many files it may hold: 2 if its 'ready' message said it takes tasks in order, else 1. */
  capacity: number
  /** Why it died, from its 'error' event (which Node emits just before 'exit'). */
  crash: string | null
}

/**
 * Whether a worker may be given a second file behind `current`: not behind a web address, which
 * can take its whole timeout while the queued file could have gone to a free worker.
 */
function mayQueueBehind(current: string): boolean {
  return !WEB.test(current)
}

const WEB = /^https?:\/\//i

/**
 * Resolves with every file's outcome; never rejects once started (an invalid `workers` count
 * rejects with a RangeError). Cancelling via `signal` resolves too: see BatchOptions.signal.
 * Progress: one event when a file starts (done unchanged) and one when it ends (done + 1); on a
 * normal end the last event has done === total. A cancelled or aborted run sends no final event.
 * With `workers: 1` the file is still processed in a worker thread, so a benchmark compares like
 * with like; for in-thread work use runSequential.
 */
export function runBatch(files: string[], options: BatchOptions = {}): Promise<BatchResult> {
  const total = files.length
  const wanted = options.workers ?? os.availableParallelism()
  if (!Number.isInteger(wanted) || wanted < 1) {
    return Promise.reject(new RangeError(`workers must be a whole number ≥ 1, not ${wanted}.`))
  }
  if (total === 0) return Promise.resolve({ articles: [], events: [], failures: [] })
  const count = Math.min(wanted, total)
  const workerFile = options.workerFile ?? defaultWorkerFile()
  const limits = {
    maxOldGenerationSizeMb: options.maxWorkerHeapMb ?? defaultHeapMb(files, options.inputs)
  }
  const published = options.published ?? null
  const { signal, onProgress } = options

  return new Promise((resolve) => {
    const outcomes = new Array<Outcome | undefined>(total)
    const started: Worker[] = []
    const live = new Set<Slot>()
    /** Files given back by a worker that died with them queued: handed out before `next`. */
    const returned: number[] = []
    let next = 0
    let done = 0
    let over = false

    const report = (index: number): void =>
      onProgress?.({ done, total, current: files[index] ?? '' })

    function settle(index: number, outcome: Outcome): void {
      if (outcomes[index] !== undefined) return
      outcomes[index] = outcome
      done += 1
      report(index)
    }

    /** Ends the run; files without an outcome get `reason` (null only when all are done). */
    function finish(reason: string | null): void {
      if (over) return
      over = true
      signal?.removeEventListener('abort', onAbort)
      for (let i = 0; i < total; i++) outcomes[i] ??= { message: reason ?? CANCELLED }
      // Wait for the threads to be gone, so nothing keeps the process alive after we resolve.
      const stopping = started.map((worker) => worker.terminate().catch(() => undefined))
      void Promise.all(stopping).then(() => resolve(collect(files, outcomes)))
    }

    function onAbort(): void {
      finish(CANCELLED)
    }

    const hasWork = (): boolean => returned.length > 0 || next < total
    const takeWork = (): number => returned.shift() ?? next++

    function post(slot: Slot, index: number): void {
      const task: TaskMessage = {
        type: 'task',
        id: index,
        file: files[index] ?? '',
        published,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
      }
      const input = options.inputs?.[index]
      if (input) task.input = input
      slot.worker.postMessage(task)
    }

    // onProgress may abort the run (and so finish it) from inside any step below, hence the
    // `over` checks after each report and before starting a thread.
    /** Fills the worker up to its capacity; a file is reported started when it is its first. */
    function dispatch(slot: Slot): void {
      if (over) return
      while (slot.tasks.length < slot.capacity && hasWork()) {
        const current = slot.tasks[0]
        if (current !== undefined && !mayQueueBehind(files[current] ?? '')) return
        const index = takeWork()
        slot.tasks.push(index)
        if (slot.tasks.length === 1) {
          report(index)
          if (over) return
        }
        post(slot, index)
      }
      if (slot.tasks.length > 0) return
      // Nothing left to hand out: let this thread go now rather than idle until the end.
      live.delete(slot)
      void slot.worker.terminate()
      if (done === total) finish(null)
    }

    function onMessage(slot: Slot, message: unknown): void {
      if (over) return
      if (!isWorkerMessage(message)) {
        slot.crash ??= 'it sent a message the pool does not understand'
        void slot.worker.terminate() // reported by onExit, like any other death
        return
      }
      if (message.type === 'ready') {
        slot.ready = true
        slot.capacity = message.inOrder === true ? 2 : 1
        dispatch(slot)
        return
      }
      if (message.id !== slot.tasks[0]) return
      slot.tasks.shift()
      settle(
        message.id,
        message.type === 'done'
          ? { articles: message.articles, events: message.events }
          : { message: message.message }
      )
      // The worker is on its queued file now, if it had one.
      const started = slot.tasks[0]
      if (started !== undefined && !over) report(started)
      dispatch(slot)
    }

    function onExit(slot: Slot, code: number): void {
      if (over || !live.delete(slot)) return // ended by us: retired or finishing
      const why = slot.crash ?? `exit code ${code}`
      if (!slot.ready) {
        // The worker file itself is broken; a replacement would die the same way, file by file.
        finish(`Could not start a batch worker (${workerFile}): ${why}.`)
        return
      }
      const [current, ...queued] = slot.tasks
      // A file it had queued was never started: it goes back, to be handed out first.
      returned.unshift(...queued)
      if (current !== undefined) {
        settle(current, { message: `The batch worker stopped while reading this file: ${why}.` })
      }
      if (hasWork()) spawn()
      else if (done === total) finish(null)
    }

    function spawn(): void {
      if (over) return
      let worker: Worker
      try {
        worker = startWorker(workerFile, limits)
      } catch (error) {
        finish(`Could not start a batch worker (${workerFile}): ${messageOf(error)}.`)
        return
      }
      started.push(worker)
      const slot: Slot = { worker, ready: false, tasks: [], capacity: 1, crash: null }
      live.add(slot)
      worker.on('message', (message: unknown) => onMessage(slot, message))
      worker.on('messageerror', (error) => {
        slot.crash ??= `its result could not be read (${error.message})`
        void worker.terminate()
      })
      worker.on('error', (error) => {
        slot.crash ??= messageOf(error)
      })
      worker.on('exit', (code) => onExit(slot, code))
    }

    if (signal?.aborted) {
      finish(CANCELLED)
      return
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    for (let i = 0; i < count && !over; i++) spawn()
  })
}

/** Flattens outcomes in input order: deterministic output whatever the completion order. */
function collect(files: string[], outcomes: (Outcome | undefined)[]): BatchResult {
  const result: BatchResult = { articles: [], events: [], failures: [] }
  outcomes.forEach((outcome, index) => {
    if (outcome === undefined) return
    if ('message' in outcome) {
      result.failures.push({ file: files[index] ?? '', message: outcome.message })
    } else {
      result.articles.push(...outcome.articles)
      result.events.push(...outcome.events)
    }
  })
  return result
}

/**
 * A worker's heap cap, sized to the largest input: small enough that a pool of workers reading
 * ordinary articles stays well under a gigabyte, large enough for the biggest file it will read
 * (text takes about 2 bytes a character in memory, and the tagger and events several times that).
 * Web addresses are capped at 10 MB by the fetch.
 */
function defaultHeapMb(files: string[], inputs?: readonly (TaskInput | undefined)[]): number {
  let largest = 0
  for (const [index, file] of files.entries()) {
    const input = inputs?.[index]
    if (input) largest = Math.max(largest, inputSize(input))
    else if (/^https?:\/\//i.test(file)) largest = Math.max(largest, 10 * 1024 * 1024)
    else {
      try {
        largest = Math.max(largest, statSync(file).size)
      } catch {
        // a missing file fails in its worker, with its own message
      }
    }
  }
  return Math.min(4096, 256 + Math.ceil((largest / (1024 * 1024)) * 16))
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
