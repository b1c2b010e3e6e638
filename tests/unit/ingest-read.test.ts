/**
 * How ingestFile reads a file whose size changed between stat and read: a file that grew is read
 * to its end, one that shrank to its new end, and an unchanged one in a single read. stat is
 * wrapped so that a test can make it lie, as a file changing at the wrong moment would.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

const statSize = new Map<string, number>()
const reads: number[] = []
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>()
  const statSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    const info = (real.statSync as (...a: unknown[]) => fs.Stats)(file, ...rest)
    const size = statSize.get(String(file))
    return size === undefined ? info : Object.assign(Object.create(info) as fs.Stats, { size })
  }) as typeof real.statSync
  const readSync = ((...args: Parameters<typeof real.readSync>) => {
    const n = real.readSync(...args)
    reads.push(n)
    return n
  }) as typeof real.readSync
  return { ...real, default: { ...real, statSync, readSync }, statSync, readSync }
})

const { ingestFile } = await import('../../src/main/core/ingest')

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-read-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  statSize.clear()
  reads.length = 0
})

const article = (words: number): string =>
  `Talks resume\n\n${'The talks resumed on 4 October 2021 in Oslo. '.repeat(words)}\n`

function write(name: string, text: string): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
  return file
}

describe('ingestFile reads what the file holds when it is read', () => {
  it('reads an unchanged file in one read, with no probe for more', async () => {
    const text = article(100)
    const file = write('same.txt', text)
    const [read] = await ingestFile(file)
    expect(read!.text).toBe(text)
    expect(reads).toEqual([Buffer.byteLength(text)])
  })

  it('reads a file that grew after stat to its end', async () => {
    const text = article(2000)
    const file = write('grew.txt', text)
    statSize.set(file, 100)
    const [read] = await ingestFile(file)
    expect(read!.text).toBe(text)
    expect(reads.at(-1)).toBe(0) // read on until the end said so
  })

  it('reads a file that shrank after stat to its new end', async () => {
    const text = article(50)
    const file = write('shrank.txt', text)
    statSize.set(file, Buffer.byteLength(text) + 5000)
    const [read] = await ingestFile(file)
    expect(read!.text).toBe(text)
    expect(reads).toEqual([Buffer.byteLength(text), 0]) // short of stat's size: probed
  })
})
