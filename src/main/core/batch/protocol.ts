/**
 * Messages between the pool and its workers. Plain JSON objects only (no classes, no Errors), so
 * structured cloning is cheap and a worker can be written in any language that speaks it — the
 * tests use a hand-written .mjs worker.
 *
 *   worker → pool  { type: 'ready', inOrder?, batches? }      once, when it can take tasks
 *   pool → worker  { type: 'task', id, file, published, input? } one at a time per worker, or
 *                                                             two if the worker is inOrder
 *                  { type: 'tasks', tasks: [task…] }           to a worker that takes batches
 *   worker → pool  { type: 'done', id, articles, events }     or, packed (./packed-events.ts):
 *                  { type: 'done', id, articles, packed }     or
 *                  { type: 'failed', id, message }            for every task, or
 *                  { type: 'results', results: [done|failed…] } several at once, in task order
 *
 * inOrder: true promises that the worker reads its tasks one at a time, in the order they came,
 * and answers them in that order. The pool then sends it its next file before the current one
 * is done (see pool.ts); without it, a worker gets a task only when it has answered the last.
 *
 * batches: true (with inOrder) says the worker also takes a list of tasks in one message and may
 * answer several in one: for articles of a few kilobytes a message each way per file cost a
 * fifth of the time (see pool.ts).
 */
import type { Article, IsoDay, TimelineEvent } from '../../../shared/model'
import type { TaskInput } from './input'
import { isPackedEvents, unpackEvents, type PackedEvents } from './packed-events'

export interface TaskMessage {
  type: 'task'
  /** The file's index in the input list. */
  id: number
  file: string
  published: IsoDay | null
  timeoutMs?: number
  /** What to read instead of the file (pasted text, dropped bytes…); `file` is then its name. */
  input?: TaskInput
}

export interface TasksMessage {
  type: 'tasks'
  tasks: TaskMessage[]
}

export type DoneMessage = { type: 'done'; id: number; articles: Article[] } & (
  { events: TimelineEvent[] } | { packed: PackedEvents }
)
export type FailedMessage = { type: 'failed'; id: number; message: string }
export type ResultMessage = DoneMessage | FailedMessage

export type WorkerMessage =
  | { type: 'ready'; inOrder?: boolean; batches?: boolean }
  | ResultMessage
  | { type: 'results'; results: ResultMessage[] }

/** A light shape check: a worker file is code we load by path, so do not trust it blindly. */
export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Record<string, unknown>
  if (m['type'] === 'ready') return true
  if (m['type'] === 'results') {
    return Array.isArray(m['results']) && m['results'].length > 0 && m['results'].every(isResult)
  }
  return isResult(value)
}

function isResult(value: unknown): value is ResultMessage {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Record<string, unknown>
  if (typeof m['id'] !== 'number') return false
  if (m['type'] === 'done') {
    return (
      Array.isArray(m['articles']) && (Array.isArray(m['events']) || isPackedEvents(m['packed']))
    )
  }
  return m['type'] === 'failed' && typeof m['message'] === 'string'
}

/** A result message as the outcome of its file: its articles and events, or why it failed. */
export function outcomeOf(
  result: ResultMessage
): { articles: Article[]; events: TimelineEvent[] } | { message: string } {
  if (result.type === 'failed') return { message: result.message }
  try {
    const events = 'packed' in result ? unpackEvents(result.packed, result.articles) : result.events
    return { articles: result.articles, events }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return { message: `The batch worker's result for this file could not be read: ${why}.` }
  }
}
