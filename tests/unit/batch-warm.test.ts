/**
 * The warm worker for main's single reads: reused between reads, one read at a time, replaced
 * when it dies (only that read fails, with the batch's sentence), let go when idle, and never
 * given an input too large for its heap cap.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  readInWorker,
  ReadFailure,
  WARM_MAX_BYTES,
  warmWorker
} from '../../src/main/core/batch/one'
import { WarmWorker } from '../../src/main/core/batch/warm'

const ROOT = path.resolve(__dirname, '../..')
const WORKER = path.join(ROOT, 'src/main/core/batch/worker.ts')
const CRASHING = path.join(ROOT, 'tests/unit/fixtures/crashing-worker.ts')
const SEED = readFileSync(
  path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt'),
  'utf8'
)
const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-warm-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const text = (t: string) => ({ text: t, kind: 'text' as const, source: 'Pasted text' })
const published = '2021-10-18'

describe('the warm worker', () => {
  it('reads one input after another in the same worker', async () => {
    const warm = new WarmWorker(WORKER)
    try {
      const first = await warm.read('seed', text(SEED), { published })
      const second = await warm.read('short', text('NATO met in Brussels on 14 June 2021.'), {
        published
      })
      expect(first.ok && first.result.events.some((e) => /Crimea/.test(e.title))).toBe(true)
      expect(second.ok && second.result.events.map((e) => e.when.start)).toEqual(['2021-06-14'])
      expect(warm.started).toBe(1)
    } finally {
      await warm.close()
    }
  })

  it('answers reads asked at once in order, each with its own result', async () => {
    const warm = new WarmWorker(WORKER)
    try {
      const days = ['3 March 2020', '4 April 2020', '5 May 2020']
      const answers = await Promise.all(
        days.map((d, i) => warm.read(`n${i}`, text(`The council met on ${d}.`), { published }))
      )
      expect(answers.map((a) => (a.ok ? a.result.events[0]?.when.start : a.message))).toEqual([
        '2020-03-03',
        '2020-04-04',
        '2020-05-05'
      ])
      expect(warm.started).toBe(1)
    } finally {
      await warm.close()
    }
  })

  it('a worker that dies fails only that read; the next read gets a new worker', async () => {
    const warm = new WarmWorker(CRASHING)
    try {
      const crashed = await warm.read('crash-here.txt', text(SEED), { published })
      expect(crashed).toEqual({
        ok: false,
        message: expect.stringMatching(/^The batch worker stopped while reading this file: .*70/)
      })
      const after = await warm.read('fine.txt', text(SEED), { published })
      expect(after.ok).toBe(true)
      expect(warm.started).toBe(2)
    } finally {
      await warm.close()
    }
  })

  it('is let go when idle, and started again for the next read', async () => {
    const warm = new WarmWorker(WORKER, 50)
    try {
      await warm.read('a', text('The council met on 3 March 2020.'), { published })
      await new Promise((resolve) => setTimeout(resolve, 300))
      const again = await warm.read('b', text('The council met on 4 April 2020.'), { published })
      expect(again.ok).toBe(true)
      expect(warm.started).toBe(2)
    } finally {
      await warm.close()
    }
  })

  it('closing it while a read runs fails that read instead of leaving it waiting', async () => {
    const warm = new WarmWorker(WORKER)
    const reading = warm.read('seed', text(SEED.repeat(20)), { published })
    // One turn of the event loop: the read has started, the new worker cannot have answered.
    await new Promise((resolve) => setImmediate(resolve))
    await warm.close()
    expect(await reading).toEqual({ ok: false, message: expect.stringContaining('stopped') })
  })

  it('a worker file that cannot start fails the read with that sentence', async () => {
    const broken = path.join(dir, 'broken-worker.mjs')
    writeFileSync(broken, 'throw new Error("cannot load")\n')
    const warm = new WarmWorker(broken)
    const answer = await warm.read('a', text('x'), { published })
    expect(answer).toEqual({
      ok: false,
      message: expect.stringContaining('Could not start a batch worker')
    })
  })
})

describe('readInWorker', () => {
  it('sends small inputs to the warm worker and large ones to a worker of their own', async () => {
    const shared = warmWorker(WORKER)
    const before = shared.started
    await readInWorker('small', text(SEED), { published, workerFile: WORKER })
    await readInWorker('small again', text(SEED), { published, workerFile: WORKER })
    const afterSmall = shared.started
    expect(afterSmall - before).toBeLessThanOrEqual(1)
    const big = `${'Filler words without any date at all. '.repeat(Math.ceil(WARM_MAX_BYTES / 36))}`
    const result = await readInWorker('big', text(`${big}\n\nThe council met on 3 March 2020.`), {
      published,
      workerFile: WORKER
    })
    expect(result.events.map((e) => e.when.start)).toEqual(['2020-03-03'])
    expect(shared.started).toBe(afterSmall)
    await shared.close()
  })

  it('a failed read is a ReadFailure with the worker’s sentence', async () => {
    await expect(
      readInWorker('empty paste', text('   '), { published, workerFile: WORKER })
    ).rejects.toThrow(ReadFailure)
    await warmWorker(WORKER).close()
  })
})
