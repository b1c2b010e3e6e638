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
 *
 * A worker that also takes batches ('ready' with batches: true) is sent its files in chunks of up
 * to CHUNK_BYTES (smaller towards the end, so the workers finish together), two chunks at a time,
 * and answers several files per message. If such a worker dies with more than one file in hand,
 * it may have finished some of them without saying so yet: those files are suspects, each read
 * again on its own in a fresh worker, so that only the file that kills a worker fails.
 */
import { statSync } from 'node:fs'
import os from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { Article, TimelineEvent } from '../../../shared/model'
import { inputSize, type TaskInput } from './input'
import { isWorkerMessage, outcomeOf, type TaskMessage } from './protocol'
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
  /** Whether it takes chunks of files (its 'ready' message said batches: true). */
  batches: boolean
  /** For a batch worker, the last file of each chunk it holds, in order. */
  chunkEnds: number[]
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

/** A chunk for a batch worker holds files up to this many bytes (at least one file)… */
const CHUNK_BYTES = 256 * 1024
/** …and at most this many files. */
const CHUNK_FILES = 64
/** Near the end a chunk is at most this share of the bytes left per worker, for an even finish. */
const CHUNKS_PER_WORKER_LEFT = 4

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
  const sizes = inputSizes(files, options.inputs)
  const limits = {
    maxOldGenerationSizeMb: options.maxWorkerHeapMb ?? defaultHeapMb(sizes)
  }
  const published = options.published ?? null
  const { signal, onProgress } = options

  return new Promise((resolve) => {
    const outcomes = new Array<Outcome | undefined>(total)
    const started: Worker[] = []
    const live = new Set<Slot>()
    /** Files given back by a worker that died with them queued: handed out before `next`. */
    const returned: number[] = []
    /** Files a batch worker held when it died, not known to be done: each read again alone. */
    const suspects: number[] = []
    /** The suspects not settled yet, handed out or not: nothing is queued with or behind them. */
    const solo = new Set<number>()
    /** Bytes of the files not handed out yet, to size the chunks. */
    let left = sizes.reduce((sum, size) => sum + size, 0)
    let next = 0
    let done = 0
    let over = false

    const report = (index: number): void =>
      onProgress?.({ done, total, current: files[index] ?? '' })

    function settle(index: number, outcome: Outcome): void {
      if (outcomes[index] !== undefined) return
      solo.delete(index)
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

    const hasWork = (): boolean => suspects.length > 0 || returned.length > 0 || next < total
    const peekWork = (): number => suspects[0] ?? returned[0] ?? next
    function takeWork(): number {
      const index = suspects.shift() ?? returned.shift() ?? next++
      left -= sizes[index] ?? 0
      return index
    }
    /** A file read with nothing queued behind it: a web address, or a suspect. */
    const alone = (index: number): boolean => !mayQueueBehind(files[index] ?? '') || solo.has(index)

    function taskFor(index: number): TaskMessage {
      const task: TaskMessage = {
        type: 'task',
        id: index,
        file: files[index] ?? '',
        published,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
      }
      const input = options.inputs?.[index]
      if (input) task.input = input
      return task
    }

    function post(slot: Slot, index: number): void {
      slot.worker.postMessage(taskFor(index))
    }

    /** Hands a batch worker chunks until it holds two (or a file that must be read alone). */
    function dispatchChunks(slot: Slot): void {
      while (slot.chunkEnds.length < 2 && hasWork()) {
        const last = slot.tasks.at(-1)
        if (last !== undefined && alone(last)) return
        if (slot.tasks.length > 0 && alone(peekWork())) return
        const budget = Math.max(1, Math.min(CHUNK_BYTES, left / (count * CHUNKS_PER_WORKER_LEFT)))
        const chunk: TaskMessage[] = []
        let bytes = 0
        while (hasWork() && chunk.length < CHUNK_FILES) {
          // A file that would take the chunk over its budget starts the next one.
          const size = sizes[peekWork()] ?? 0
          if (chunk.length > 0 && (alone(peekWork()) || bytes + size > budget)) break
          const single = alone(peekWork())
          const index = takeWork()
          bytes += size
          chunk.push(taskFor(index))
          slot.tasks.push(index)
          if (slot.tasks.length === 1) {
            report(index)
            if (over) return
          }
          if (single) break
        }
        slot.chunkEnds.push(chunk.at(-1)!.id)
        slot.worker.postMessage({ type: 'tasks', tasks: chunk })
      }
    }

    // onProgress may abort the run (and so finish it) from inside any step below, hence the
    // `over` checks after each report and before starting a thread.
    /** Fills the worker up to its capacity; a file is reported started when it is its first. */
    function dispatch(slot: Slot): void {
      if (over) return
      if (slot.batches) dispatchChunks(slot)
      while (!slot.batches && slot.tasks.length < slot.capacity && hasWork()) {
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
        slot.batches = message.inOrder === true && message.batches === true
        dispatch(slot)
        return
      }
      for (const result of message.type === 'results' ? message.results : [message]) {
        if (over || result.id !== slot.tasks[0]) return
        slot.tasks.shift()
        if (slot.chunkEnds[0] === result.id) slot.chunkEnds.shift()
        settle(result.id, outcomeOf(result))
        // The worker is on its queued file now, if it had one.
        const started = slot.tasks[0]
        if (started !== undefined && !over) report(started)
      }
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
      for (const index of slot.tasks) left += sizes[index] ?? 0
      if (slot.batches && queued.length > 0) {
        // It may have read some of them and not said so yet: each is read again, alone.
        for (const index of slot.tasks) {
          if (!suspects.includes(index)) suspects.push(index)
          solo.add(index)
        }
      } else {
        // A file it had queued was never started: it goes back, to be handed out first.
        returned.unshift(...queued)
        if (current !== undefined) {
          left -= sizes[current] ?? 0
          settle(current, { message: `The batch worker stopped while reading this file: ${why}.` })
        }
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
      const slot: Slot = {
        worker,
        ready: false,
        tasks: [],
        capacity: 1,
        batches: false,
        chunkEnds: [],
        crash: null
      }
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
 * Roughly how many bytes each input is: a file's size on disk, an input's own size. Web addresses
 * count at the fetch's 10 MB cap; a file that cannot be seen counts 0 (it fails in its worker).
 */
function inputSizes(files: string[], inputs?: readonly (TaskInput | undefined)[]): number[] {
  return files.map((file, index) => {
    const input = inputs?.[index]
    if (input) return inputSize(input)
    if (WEB.test(file)) return 10 * 1024 * 1024
    try {
      return statSync(file).size
    } catch {
      return 0
    }
  })
}

/**
 * A worker's heap cap, sized to the largest input: small enough that a pool of workers reading
 * ordinary articles stays well under a gigabyte, large enough for the biggest file it will read
 * (text takes about 2 bytes a character in memory, and the tagger and events several times that).
 */
function defaultHeapMb(sizes: number[]): number {
  let largest = 0
  for (const size of sizes) largest = Math.max(largest, size)
  return Math.min(4096, 256 + Math.ceil((largest / (1024 * 1024)) * 16))
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
