/**
 * The batch pool: input order, failures for bad files and dying workers, progress, cancel.
 * (a)–(c) run the real worker (worker.ts through tsx); (d)–(e) a hand-written .mjs worker that
 * speaks the same message protocol and misbehaves on demand, chosen by the file's name.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  CANCELLED,
  runBatch,
  runSequential,
  type BatchProgress
} from '../../src/main/core/batch/index'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURE = path.resolve(
  ROOT,
  '../shared/fixtures/articles/vg-russia-cuts-off-contact-with-nato.txt'
)
const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-batch-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const file = (name: string, text: string | Buffer): string => {
  const target = path.join(dir, name)
  writeFileSync(target, text)
  return target
}
const copy = (name: string): string => {
  const target = path.join(dir, name)
  copyFileSync(FIXTURE, target)
  return target
}

const GOOD = [
  copy('nato-1.txt'),
  file(
    'strike.txt',
    'Dock workers end strike\n\nThe strike began on 4 October 2021 and ended two days later, the union said.\n'
  ),
  copy('nato-2.txt'),
  file(
    'budget.txt',
    'Budget passes\n\nParliament approved the budget on Friday. Talks had started in September.\n'
  ),
  file(
    'storm.txt',
    'Storm hits coast\n\nThe storm reached the coast on 12 October 2021. Last year a similar storm cut power for a week.\n'
  ),
  copy('nato-3.txt')
]

/**
 * The test worker. 'crash' exits the thread, 'throw' throws outside any handler, 'oom' fills
 * the heap, 'slow' never answers, 'wait-N' answers after N ms; anything else answers at once
 * with one article named after the file.
 */
const FAKE_WORKER = file(
  'fake-worker.mjs',
  `import path from 'node:path'
import { parentPort } from 'node:worker_threads'

const answer = (task) => {
  const name = path.basename(task.file)
  const article = { id: name, title: name, published: task.published, source: name, text: '' }
  parentPort.postMessage({ type: 'done', id: task.id, articles: [article], events: [] })
}

parentPort.on('message', (task) => {
  const name = path.basename(task.file)
  if (name.includes('crash')) process.exit(1)
  if (name.includes('throw')) setTimeout(() => { throw new Error('worker blew up') })
  else if (name.includes('oom')) { const hog = []; for (;;) hog.push(new Array(100000).fill(hog.length)) }
  else if (name.includes('slow')) return
  else if (name.startsWith('wait-')) setTimeout(() => answer(task), Number(name.split('-')[1]))
  else answer(task)
})
parentPort.postMessage({ type: 'ready' })
`
)

const names = (articles: { source: string }[]): string[] => articles.map((a) => a.source)

describe('runBatch with the real worker', () => {
  it('(a) returns articles in input order and the same events as runSequential', async () => {
    const batch = await runBatch(GOOD, { workers: 2, published: '2021-10-18' })
    const sequential = await runSequential(GOOD, { published: '2021-10-18' })
    expect(batch.failures).toEqual([])
    expect(names(batch.articles)).toEqual(GOOD.map((f) => path.basename(f)))
    expect(batch.events.length).toBeGreaterThan(6)
    expect(batch).toEqual(sequential)
  })

  it('(b) reports a missing and a binary file by name and processes the rest', async () => {
    const missing = path.join(dir, 'missing.txt')
    const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    const [first, second, third] = GOOD
    const files = [first!, missing, second!, binary, third!]
    const batch = await runBatch(files, { workers: 2, published: '2021-10-18' })
    expect(names(batch.articles)).toEqual([first!, second!, third!].map((f) => path.basename(f)))
    expect(batch.failures).toEqual([
      { file: missing, message: expect.stringContaining('was not found') },
      { file: binary, message: expect.stringContaining('binary file') }
    ])
    // The in-thread runner words the same failures the same way.
    expect((await runSequential(files, { published: '2021-10-18' })).failures).toEqual(
      batch.failures
    )
  })

  it('(c) reports progress: done never goes down and ends at total', async () => {
    const seen: BatchProgress[] = []
    await runBatch(GOOD, { workers: 2, onProgress: (p) => seen.push(p) })
    expect(seen.length).toBeGreaterThanOrEqual(GOOD.length)
    expect(seen.every((p) => p.total === GOOD.length)).toBe(true)
    expect(seen.every((p) => GOOD.includes(p.current))).toBe(true)
    const done = seen.map((p) => p.done)
    expect(done).toEqual([...done].sort((x, y) => x - y))
    expect(seen.at(-1)?.done).toBe(GOOD.length)
  })
})

describe('runBatch with a misbehaving worker', () => {
  const run = (files: string[], extra: Parameters<typeof runBatch>[1] = {}) =>
    runBatch(
      files.map((name) => path.join(dir, name)),
      { workers: 2, workerFile: FAKE_WORKER, ...extra }
    )

  it('keeps input order when files finish out of order', async () => {
    const order = ['wait-80', 'wait-0', 'wait-40', 'plain', 'wait-20']
    expect(names((await run(order)).articles)).toEqual(order)
  })

  it('(d) fails only the file a worker died on, replaces the worker and goes on', async () => {
    const files = ['a', 'crash-1', 'b', 'throw-1', 'c', 'crash-2', 'd', 'e']
    const seen: BatchProgress[] = []
    const result = await run(files, { onProgress: (p) => seen.push(p) })
    expect(names(result.articles)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(result.failures).toEqual([
      { file: path.join(dir, 'crash-1'), message: expect.stringContaining('exit code 1') },
      { file: path.join(dir, 'throw-1'), message: expect.stringContaining('worker blew up') },
      { file: path.join(dir, 'crash-2'), message: expect.stringContaining('exit code 1') }
    ])
    expect(seen.at(-1)?.done).toBe(files.length)
  })

  it('(d) fails the file a worker ran out of heap on', async () => {
    const result = await run(['a', 'oom', 'b'], { maxWorkerHeapMb: 32 })
    expect(names(result.articles)).toEqual(['a', 'b'])
    expect(result.failures).toEqual([
      { file: path.join(dir, 'oom'), message: expect.stringMatching(/memory/i) }
    ])
  })

  it('fails every file, without hanging, when the worker file cannot start', async () => {
    const broken = file('broken-worker.mjs', 'throw new Error("cannot load")\n')
    const result = await run(['a', 'b', 'c'], { workerFile: broken })
    expect(result.articles).toEqual([])
    expect(result.failures.map((f) => f.message)).toEqual(
      Array(3).fill(expect.stringContaining('Could not start a batch worker'))
    )
  })

  it('(e) cancel: terminates the workers and resolves with what is done', async () => {
    const controller = new AbortController()
    const files = ['a', 'b', 'slow-1', 'slow-2', 'c', 'd']
    const result = await run(files, {
      signal: controller.signal,
      // Abort once both workers are stuck on a slow file.
      onProgress: (p) => {
        if (p.current.endsWith('slow-2')) controller.abort()
      }
    })
    expect(names(result.articles)).toEqual(['a', 'b'])
    expect(result.failures).toEqual(
      ['slow-1', 'slow-2', 'c', 'd'].map((name) => ({
        file: path.join(dir, name),
        message: CANCELLED
      }))
    )
  })

  it('(e) an already aborted signal cancels everything, in both runners', async () => {
    const signal = AbortSignal.abort()
    const batch = await run(['a', 'b'], { signal })
    expect(batch.failures.map((f) => f.message)).toEqual([CANCELLED, CANCELLED])
    const sequential = await runSequential(GOOD, { signal })
    expect(sequential.failures).toHaveLength(GOOD.length)
  })

  it('rejects a worker count that is not a whole number ≥ 1', async () => {
    await expect(run(['a'], { workers: 0 })).rejects.toThrow(RangeError)
  })
})
