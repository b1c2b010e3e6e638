/**
 * The batch worker entry: runs processFile (or processInput, for pasted text and dropped bytes)
 * for one task at a time and posts the result back.
 * electron-vite builds it to out/main/worker.js (second main-process input in
 * electron.vite.config.ts); in development and tests the pool loads this .ts through tsx.
 */
import { parentPort } from 'node:worker_threads'
import { processFile } from '../pipeline'
import { describeFailure } from './failure'
import { processInput } from './input'
import type { TaskMessage, WorkerMessage } from './protocol'

const port = parentPort
if (port === null) {
  throw new Error('batch/worker.ts only runs as a worker thread; use runBatch().')
}

const post = (message: WorkerMessage): void => port.postMessage(message)

async function run(task: TaskMessage): Promise<void> {
  try {
    const { articles, events } = task.input
      ? await processInput(task.input, task.published)
      : await processFile(task.file, {
          published: task.published,
          ...(task.timeoutMs ? { timeoutMs: task.timeoutMs } : {})
        })
    post({ type: 'done', id: task.id, articles, events })
  } catch (error) {
    // A bad file is an answer, not a crash: the worker stays up for the next task.
    post({ type: 'failed', id: task.id, message: describeFailure(task.file, error) })
  }
}

// One task at a time, in the order they come, as 'ready' promises: the pool may send the next
// task while this one is running, and reading a web page awaits its fetch.
let queue = Promise.resolve()
port.on('message', (task: TaskMessage) => {
  queue = queue.then(() => run(task))
})
post({ type: 'ready', inOrder: true })
