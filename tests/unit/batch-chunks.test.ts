/**
 * The pool with a worker that takes batches ('ready' with inOrder and batches): files go out in
 * chunks and come back several to a message. The test worker answers only when its queue is
 * empty (the most a real worker may hold back), records in each article the size of the chunk it
 * came in, and dies on any file named "crash…". Results, failures and progress must be what
 * one-at-a-time dispatch gives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CANCELLED, runBatch, type BatchProgress } from '../../src/main/core/batch/index'

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-batch-chunks-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const CHUNK_WORKER = path.join(dir, 'chunk-worker.mjs')
writeFileSync(
  CHUNK_WORKER,
  `import path from 'node:path'
import { parentPort } from 'node:worker_threads'

const queue = []
let held = []
let timer = null
const name = (task) => path.basename(task.file)

function work() {
  timer = null
  const task = queue.shift()
  if (!task) return
  if (name(task.task).startsWith('crash')) process.exit(1)
  if (name(task.task).startsWith('bad')) {
    held.push({ type: 'failed', id: task.task.id, message: 'bad file ' + name(task.task) })
  } else {
    const article = { id: name(task.task), title: String(task.chunk), published: null, source: task.task.file, text: '' }
    held.push({ type: 'done', id: task.task.id, articles: [article], events: [] })
  }
  if (queue.length === 0) {
    parentPort.postMessage(held.length === 1 ? held[0] : { type: 'results', results: held })
    held = []
  }
  timer = setTimeout(work, 1)
}

parentPort.on('message', (message) => {
  const tasks = message.type === 'tasks' ? message.tasks : [message]
  for (const task of tasks) queue.push({ task, chunk: tasks.length })
  if (!timer) timer = setTimeout(work, 1)
})
parentPort.postMessage({ type: 'ready', inOrder: true, batches: true })
`
)

/** Files of `bytes` bytes each, so the pool can size its chunks from the disk. */
function files(bytes: number, ...names: string[]): string[] {
  return names.map((n) => {
    const file = path.join(dir, n)
    writeFileSync(file, 'x'.repeat(bytes))
    return file
  })
}
const run = (inputs: string[], extra: Parameters<typeof runBatch>[1] = {}) =>
  runBatch(inputs, { workerFile: CHUNK_WORKER, ...extra })
const letters = (n: number): string[] => Array.from({ length: n }, (_, i) => `f${i}`)

describe('runBatch with a worker that takes batches', () => {
  it('sends small files in chunks, and returns everything in input order', async () => {
    const inputs = files(100, ...letters(40))
    const result = await run(inputs, { workers: 1 })
    expect(result.failures).toEqual([])
    expect(result.articles.map((a) => a.source)).toEqual(inputs)
    const chunkSizes = result.articles.map((a) => Number(a.title))
    expect(Math.max(...chunkSizes)).toBeGreaterThan(1)
    // The chunks shrink towards the end, so that the workers finish together.
    expect(chunkSizes.at(-1)).toBeLessThan(chunkSizes[0]!)
  })

  it('puts a large file in a chunk of its own', async () => {
    const small = files(100, 's1', 's2')
    const [large] = files(400 * 1024, 'large')
    const inputs = [...small, large!, ...files(100, 's3')]
    const result = await run(inputs, { workers: 1 })
    expect(result.articles.find((a) => a.id === 'large')?.title).toBe('1')
  })

  it('reports each file started once, then ended once, in order', async () => {
    const inputs = files(100, 'a', 'b', 'c', 'd')
    const seen: BatchProgress[] = []
    await run(inputs, { workers: 1, onProgress: (p) => seen.push({ ...p }) })
    const events = seen.map((p) => `${path.basename(p.current)}:${p.done}`)
    expect(events).toEqual(['a:0', 'a:1', 'b:1', 'b:2', 'c:2', 'c:3', 'd:3', 'd:4'])
  })

  it('a worker that dies holding several files fails only the one that kills it', async () => {
    const inputs = files(100, 'a', 'b', 'crash-1', 'c', 'bad-1', 'd', 'crash-2', 'e')
    const seen: BatchProgress[] = []
    const result = await run(inputs, { workers: 1, onProgress: (p) => seen.push({ ...p }) })
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(result.failures).toEqual([
      { file: inputs[2], message: expect.stringContaining('exit code 1') },
      { file: inputs[4], message: 'bad file bad-1' },
      { file: inputs[6], message: expect.stringContaining('exit code 1') }
    ])
    expect(seen.at(-1)?.done).toBe(inputs.length)
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((x, y) => x - y))
  })

  it('queues nothing behind a web address', async () => {
    const inputs = [...files(100, 'a', 'b'), 'https://example.com/c', ...files(100, 'd', 'e')]
    const result = await run(inputs, { workers: 1 })
    const chunkOf = Object.fromEntries(result.articles.map((a) => [a.id, a.title]))
    expect(chunkOf['c']).toBe('1')
  })

  it('cancel: resolves with what is done, the rest cancelled, without waiting for the chunk', async () => {
    const inputs = files(100, ...letters(50))
    const controller = new AbortController()
    const result = await run(inputs, {
      workers: 1,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 3) controller.abort()
      }
    })
    expect(result.articles.map((a) => a.source)).toEqual(inputs.slice(0, 3))
    expect(result.failures).toEqual(inputs.slice(3).map((file) => ({ file, message: CANCELLED })))
  })

  it('shares the files between two workers, all in input order', async () => {
    const inputs = files(100, ...letters(60))
    const result = await run(inputs, { workers: 2 })
    expect(result.articles.map((a) => a.source)).toEqual(inputs)
    expect(result.failures).toEqual([])
  })
})
