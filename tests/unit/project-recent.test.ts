/**
 * The recent-documents list: most recent first, no duplicates, at most `max`, files that are
 * gone left out, and a damaged list file read as an empty list rather than an error.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRecentList } from '../../src/main/core/project'
import { tempDir } from './fixtures/project-helpers'

const dir = tempDir('recent')
let lists = 0
const listFile = (): string => path.join(dir, `recent-${++lists}.json`)

/** A real document file (the list skips paths where there is none). */
function doc(name: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, '{}')
  return file
}

const paths = async (list: ReturnType<typeof createRecentList>): Promise<string[]> =>
  (await list.list()).map((entry) => entry.path)

describe('the recent-documents list', () => {
  it('lists the most recent first, each once, with its name and when it was opened', async () => {
    const [a, b, c] = [doc('a.dateline'), doc('b.dateline'), doc('c.dateline')]
    const recent = createRecentList(listFile())
    expect(await recent.list()).toEqual([])
    await recent.add(a)
    await recent.add(b)
    await recent.add(c)
    expect(await paths(recent)).toEqual([c, b, a])
    await recent.add(a)
    expect(await paths(recent)).toEqual([a, c, b])
    const [first] = await recent.list()
    expect(first).toEqual({ path: a, name: 'a', openedAt: expect.any(String) })
    expect(Math.abs(Date.parse(first!.openedAt) - Date.now())).toBeLessThan(5000)
  })

  it('keeps only the most recent `max`', async () => {
    const docs = Array.from({ length: 5 }, (_, i) => doc(`max-${i}.dateline`))
    const recent = createRecentList(listFile(), 3)
    for (const file of docs) await recent.add(file)
    expect(await paths(recent)).toEqual([docs[4], docs[3], docs[2]])
  })

  it('keeps ten by default', async () => {
    const recent = createRecentList(listFile())
    for (let i = 0; i < 12; i++) await recent.add(doc(`ten-${i}.dateline`))
    expect(await recent.list()).toHaveLength(10)
  })

  it('leaves out files that are gone, and forgets removed ones', async () => {
    const [kept, gone, dropped] = [
      doc('kept.dateline'),
      doc('gone.dateline'),
      doc('dropped.dateline')
    ]
    const recent = createRecentList(listFile())
    for (const file of [kept, gone, dropped]) await recent.add(file)
    rmSync(gone)
    expect(await paths(recent)).toEqual([dropped, kept])
    // Only hidden: a file on a disk that comes back reappears.
    expect(await recent.has(gone)).toBe(true)
    await recent.remove(dropped)
    expect(await recent.has(dropped)).toBe(false)
    expect(await paths(recent)).toEqual([kept])
  })

  it('stores absolute paths, so a relative one names the same document', async () => {
    const file = doc('relative.dateline')
    const recent = createRecentList(listFile())
    await recent.add(path.relative(process.cwd(), file))
    expect(await paths(recent)).toEqual([file])
    expect(await recent.has(file)).toBe(true)
  })

  it('does not lose an entry when adds overlap', async () => {
    const docs = Array.from({ length: 6 }, (_, i) => doc(`busy-${i}.dateline`))
    const recent = createRecentList(listFile())
    await Promise.all(docs.map((file) => recent.add(file)))
    expect(await paths(recent)).toEqual([...docs].reverse())
  })

  it.each([
    ['garbage', 'not json at all {'],
    ['an empty file', ''],
    ['JSON of another shape', '[1, 2, 3]'],
    ['null', 'null']
  ])(
    'reads a list file holding %s as empty, and replaces it on the next add',
    async (_, content) => {
      const file = listFile()
      writeFileSync(file, content)
      const recent = createRecentList(file)
      expect(await recent.list()).toEqual([])
      expect(await recent.has('/anything')).toBe(false)
      const added = doc('after-corrupt.dateline')
      await recent.add(added)
      expect(await paths(recent)).toEqual([added])
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ entries: [{ path: added }] })
    }
  )

  it('skips entries of the wrong shape and keeps the good ones', async () => {
    const good = doc('good.dateline')
    const file = listFile()
    const entries = [
      { path: good, name: 'good.dateline', openedAt: '2024-05-01T10:00:00.000Z' },
      { path: 42 },
      'text',
      { path: doc('bad-date.dateline'), name: 'x', openedAt: 'yesterday' }
    ]
    writeFileSync(file, JSON.stringify({ version: 1, entries }))
    expect(await createRecentList(file).list()).toEqual([entries[0]])
  })
})
