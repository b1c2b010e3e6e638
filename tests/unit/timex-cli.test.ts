import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '../..')
const AQUAINT = path.resolve(ROOT, '../shared/data/tempeval3/aquaint.jsonl')
const TYPES = ['DATE', 'TIME', 'DURATION', 'SET']
const cli = (...args: string[]) =>
  run(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/main/cli.ts', ...args],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }
  )

interface Doc {
  id: string
  dct: string | null
  text: string
}
interface Out {
  id: string
  timexes: Record<string, unknown>[]
}

describe('cli timex', () => {
  it('tags every AQUAINT document and prints one JSON line per document, in order', async () => {
    const docs = readFileSync(AQUAINT, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Doc)
    expect(docs.length).toBeGreaterThan(0)

    const { stdout } = await cli('timex', '--jsonl', AQUAINT)
    expect(stdout.endsWith('\n')).toBe(true)
    const outs = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Out)
    expect(outs.map((o) => o.id)).toEqual(docs.map((d) => d.id))

    let total = 0
    outs.forEach((out, i) => {
      const text = docs[i]!.text
      expect(Object.keys(out).sort()).toEqual(['id', 'timexes'])
      for (const t of out.timexes) {
        expect(Object.keys(t).sort()).toEqual(['end', 'start', 'text', 'type', 'value'])
        const { start, end } = t as { start: number; end: number }
        expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true)
        expect(0 <= start && start < end && end <= text.length).toBe(true)
        expect(t['text']).toBe(text.slice(start, end))
        expect(TYPES).toContain(t['type'])
        expect(typeof t['value']).toBe('string')
        total += 1
      }
    })
    expect(total).toBeGreaterThan(0)
  })

  it('skips blank lines, ignores extra fields and accepts a null dct', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-timex-'))
    const file = path.join(dir, 'docs.jsonl')
    const lines = [
      JSON.stringify({ id: 'a', dct: '1998-02-06', title: 'x', text: 'It rained on Friday.' }),
      '',
      '   ',
      JSON.stringify({ id: 'b', dct: null, text: 'Nothing here.' }),
      ''
    ]
    writeFileSync(file, lines.join('\n'))
    const { stdout } = await cli('timex', '--jsonl', file)
    const outs = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Out)
    expect(outs.map((o) => o.id)).toEqual(['a', 'b'])
  })

  it('names the line of a malformed JSON line and exits with code 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-timex-'))
    const file = path.join(dir, 'bad.jsonl')
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', dct: '1998-02-06', text: 'Friday.' }),
        '',
        '{"id": "b", "dct": "1998-02-06", "text": ',
        JSON.stringify({ id: 'c', dct: null, text: 'Monday.' })
      ].join('\n')
    )
    await expect(cli('timex', '--jsonl', file)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/line 3\b.*not valid JSON/)
    })

    const notText = path.join(dir, 'not-text.jsonl')
    writeFileSync(notText, `${JSON.stringify({ id: 'a', dct: null, text: 42 })}\n`)
    await expect(cli('timex', '--jsonl', notText)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/line 1\b.*"text" must be a string/)
    })
  })

  it('refuses a missing file or a missing --jsonl with a clear message', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-timex-'))
    const missing = path.join(dir, 'missing.jsonl')
    await expect(cli('timex', '--jsonl', missing)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`Cannot read ${missing}: no such file`)
    })
    await expect(cli('timex', '--jsonl', dir)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('it is a folder')
    })
    await expect(cli('timex')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--jsonl FILE')
    })
  })
})
