/**
 * The batch worker entry: runs processFile (or processInput, for pasted text and dropped bytes)
 * for each task in turn and posts the results back, several to a message when they come fast.
 * electron-vite builds it to out/main/worker.js (second main-process input in
 * electron.vite.config.ts); in development and tests the pool loads this .ts through tsx.
 */
import { parentPort } from 'node:worker_threads'
import { processFile } from '../pipeline'
import { describeFailure } from './failure'
import { processInput } from './input'
import { packEvents } from './packed-events'
import type { ResultMessage, TaskMessage, TasksMessage, WorkerMessage } from './protocol'

const port = parentPort
if (port === null) {
  throw new Error('batch/worker.ts only runs as a worker thread; use runBatch().')
}

/**
 * Results wait at most this long to be posted, so progress stays live; within it they go
 * together, which for small articles saves most of the cost of a message per file.
 */
const FLUSH_MS = 10

const post = (message: WorkerMessage): void => port.postMessage(message)

async function run(task: TaskMessage): Promise<ResultMessage> {
  try {
    const { articles, events } = task.input
      ? await processInput(task.input, task.published)
      : await processFile(task.file, {
          published: task.published,
          ...(task.timeoutMs ? { timeoutMs: task.timeoutMs } : {})
        })
    // Packed: a fraction of the cost of cloning the event objects, here and in the pool.
    return { type: 'done', id: task.id, articles, packed: packEvents(events, articles) }
  } catch (error) {
    // A bad file is an answer, not a crash: the worker stays up for the next task.
    return { type: 'failed', id: task.id, message: describeFailure(task.file, error) }
  }
}

// Tasks are read one at a time, in the order they came; the pool may send more while these run.
const queue: TaskMessage[] = []
let unsent: ResultMessage[] = []
let lastPost = performance.now()
let running = false

function flush(): void {
  if (unsent.length === 0) return
  post(unsent.length === 1 ? unsent[0]! : { type: 'results', results: unsent })
  unsent = []
  lastPost = performance.now()
}

const isWeb = (task: TaskMessage): boolean =>
  task.input ? 'url' in task.input : /^https?:\/\//i.test(task.file)

async function drain(): Promise<void> {
  running = true
  for (let task = queue.shift(); task; task = queue.shift()) {
    // A web page may take its whole timeout: what is done goes out before it starts.
    if (isWeb(task)) flush()
    unsent.push(await run(task))
    if (queue.length === 0 || performance.now() - lastPost >= FLUSH_MS) flush()
  }
  running = false
}

port.on('message', (message: TaskMessage | TasksMessage) => {
  if (message.type === 'tasks') queue.push(...message.tasks)
  else queue.push(message)
  if (!running) void drain()
})
post({ type: 'ready', inOrder: true, batches: true })
