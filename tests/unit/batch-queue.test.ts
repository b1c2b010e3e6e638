/**
 * The pool with a worker that takes tasks in order ('ready' with inOrder: true): it is sent its
 * next file while it works on the current one. Results, failures and progress must be what
 * one-at-a-time dispatch gives. The test worker handles its tasks strictly one after another,
 * answers each after a short wait, and reports in each article how many tasks it held then.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runBatch, type BatchProgress } from '../../src/main/core/batch/index'

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-batch-queue-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const QUEUE_WORKER = path.join(dir, 'queue-worker.mjs')
writeFileSync(
  QUEUE_WORKER,
  `import path from 'node:path'
import { parentPort } from 'node:worker_threads'

const tasks = []
let busy = false
const name = (task) => path.basename(task.file)

function next() {
  const task = tasks[0]
  if (!task || busy) return
  busy = true
  if (name(task).includes('crash')) process.exit(1)
  setTimeout(() => {
    const held = tasks.length
    tasks.shift()
    const article = { id: name(task), title: String(held), published: null, source: task.file, text: '' }
    parentPort.postMessage({ type: 'done', id: task.id, articles: [article], events: [] })
    busy = false
    next()
  }, 5)
}

parentPort.on('message', (task) => {
  tasks.push(task)
  next()
})
parentPort.postMessage({ type: 'ready', inOrder: true })
`
)

const files = (...names: string[]): string[] => names.map((n) => path.join(dir, n))
const run = (inputs: string[], extra: Parameters<typeof runBatch>[1] = {}) =>
  runBatch(inputs, { workerFile: QUEUE_WORKER, ...extra })

describe('runBatch with a worker that takes tasks in order', () => {
  it('keeps a second file queued, and returns everything in input order', async () => {
    const inputs = files('a', 'b', 'c', 'd', 'e', 'f', 'g')
    const result = await run(inputs, { workers: 2 })
    expect(result.failures).toEqual([])
    expect(result.articles.map((a) => a.source)).toEqual(inputs)
    // With one worker every file but the last had the next one queued behind it.
    const single = await run(inputs, { workers: 1 })
    expect(single.articles.map((a) => a.title)).toEqual(['2', '2', '2', '2', '2', '2', '1'])
  })

  it('reports each file started once, then ended once, in order per worker', async () => {
    const inputs = files('a', 'b', 'c', 'd', 'e')
    const seen: BatchProgress[] = []
    await run(inputs, { workers: 1, onProgress: (p) => seen.push({ ...p }) })
    const events = seen.map((p) => `${path.basename(p.current)}:${p.done}`)
    expect(events).toEqual(['a:0', 'a:1', 'b:1', 'b:2', 'c:2', 'c:3', 'd:3', 'd:4', 'e:4', 'e:5'])
  })

  it('fails only the file a worker died on; the file queued behind it is read by another', async () => {
    const inputs = files('a', 'crash-1', 'b', 'c', 'crash-2', 'd')
    const result = await run(inputs, { workers: 1 })
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(result.failures).toEqual([
      { file: inputs[1], message: expect.stringContaining('exit code 1') },
      { file: inputs[4], message: expect.stringContaining('exit code 1') }
    ])
  })

  it('queues nothing behind a web address, which may take its whole timeout', async () => {
    const inputs = ['https://example.com/a', ...files('b', 'c'), 'http://example.com/d']
    const result = await run(inputs, { workers: 1 })
    expect(result.articles.map((a) => a.title)).toEqual(['1', '2', '2', '1'])
  })
})
