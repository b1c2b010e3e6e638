/**
 * One worker kept warm for main's single reads (a paste, a dropped file, a web address, a
 * re-dating, a merge): starting a worker and loading the pipeline costs about 0.2 s, which every
 * paste and every file of a drop paid when each read started a worker of its own. The worker
 * reads one input at a time; it is let go after IDLE_MS without work, and replaced if it dies,
 * in which case only the read it was on fails, with the same sentence a batch gives.
 *
 * It never keeps the process alive (unref), and inputs too large for its heap cap go to a
 * worker of their own (see one.ts).
 */
import type { Worker } from 'node:worker_threads'
import type { PipelineResult } from '../pipeline'
import type { TaskInput } from './input'
import { isWorkerMessage, outcomeOf, type ResultMessage, type TaskMessage } from './protocol'
import { startWorker } from './spawn'

/** How long the worker waits for the next read before it is let go. */
const IDLE_MS = 15_000
/** Its heap cap: what the pool gives a worker for a 4 MB input (256 + 16 per MB), the largest it takes (see one.ts). */
export const WARM_HEAP_MB = 320

type Answer = { ok: true; result: PipelineResult } | { ok: false; message: string }

interface Pending {
  id: number
  resolve: (answer: Answer) => void
}

export class WarmWorker {
  private worker: Worker | null = null
  private ready = false
  private crash: string | null = null
  private pending: Pending | null = null
  /** A task asked for before the worker said it was ready. */
  private queued: TaskMessage | null = null
  /** A read is running; the others wait in `waiting`. */
  private busy = false
  private waiting: (() => void)[] = []
  private idle: NodeJS.Timeout | null = null
  private nextId = 0
  /** How many workers it has started (for tests and diagnostics). */
  started = 0

  constructor(
    private readonly workerFile: string,
    private readonly idleMs = IDLE_MS
  ) {}

  /** Reads `input` (named `name` in messages); one read at a time, in the order asked. */
  async read(
    name: string,
    input: TaskInput,
    options: { published: string | null; timeoutMs?: number }
  ): Promise<Answer> {
    await this.turn()
    try {
      return await this.run({
        type: 'task',
        id: this.nextId++,
        file: name,
        published: options.published,
        input,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
      })
    } finally {
      this.release()
    }
  }

  /** Lets the worker go now (it is let go when idle anyway); a read still running fails. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    const pending = this.pending
    this.pending = null
    this.queued = null
    pending?.resolve({ ok: false, message: 'The batch worker was stopped before it finished.' })
    if (worker) await worker.terminate().catch(() => undefined)
  }

  private turn(): Promise<void> {
    if (!this.busy) {
      this.busy = true
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else {
      this.busy = false
      this.scheduleIdle()
    }
  }

  private scheduleIdle(): void {
    if (this.idle) clearTimeout(this.idle)
    this.idle = setTimeout(() => void this.close(), this.idleMs)
    this.idle.unref()
  }

  private run(task: TaskMessage): Promise<Answer> {
    if (this.idle) clearTimeout(this.idle)
    const worker = this.worker ?? this.spawn()
    return new Promise((resolve) => {
      this.pending = { id: task.id, resolve }
      if (this.ready) worker.postMessage(task)
      else this.queued = task
    })
  }

  private spawn(): Worker {
    const worker = startWorker(this.workerFile, { maxOldGenerationSizeMb: WARM_HEAP_MB })
    worker.unref()
    this.worker = worker
    this.ready = false
    this.crash = null
    this.started += 1
    worker.on('message', (message: unknown) => {
      if (worker !== this.worker) return
      if (!isWorkerMessage(message)) {
        this.crash ??= 'it sent a message the pool does not understand'
        void worker.terminate()
        return
      }
      if (message.type === 'ready') {
        this.ready = true
        const task = this.queued
        this.queued = null
        if (task) worker.postMessage(task)
        return
      }
      const results: ResultMessage[] = message.type === 'results' ? message.results : [message]
      for (const result of results) this.answer(result)
    })
    worker.on('messageerror', (error) => {
      this.crash ??= `its result could not be read (${error.message})`
      void worker.terminate()
    })
    worker.on('error', (error) => {
      this.crash ??= error instanceof Error ? error.message : String(error)
    })
    worker.on('exit', (code) => {
      if (worker !== this.worker) return
      this.worker = null
      const pending = this.pending
      this.pending = null
      this.queued = null
      const why = this.crash ?? `exit code ${code}`
      pending?.resolve({
        ok: false,
        message: this.ready
          ? `The batch worker stopped while reading this file: ${why}.`
          : `Could not start a batch worker (${this.workerFile}): ${why}.`
      })
    })
    return worker
  }

  private answer(result: ResultMessage): void {
    const pending = this.pending
    if (!pending || pending.id !== result.id) return
    this.pending = null
    const outcome = outcomeOf(result)
    pending.resolve(
      'message' in outcome ? { ok: false, message: outcome.message } : { ok: true, result: outcome }
    )
  }
}
