import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '../..')
const SEED = path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt')
const cli = (...args: string[]) =>
  run(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/main/cli.ts', ...args],
    { cwd: ROOT }
  )

describe('cli extract', () => {
  it('prints the seed article and its dated events as JSON', async () => {
    const { stdout } = await cli('extract', SEED, '--published', '2021-10-18')
    const out = JSON.parse(stdout) as {
      articles: { published: string }[]
      events: { when: { value: string } }[]
    }
    expect(out.articles).toEqual([
      expect.objectContaining({ published: '2021-10-18', source: path.basename(SEED) })
    ])
    const values = out.events.map((e) => e.when.value)
    expect(values).toEqual(expect.arrayContaining(['2014', '2016', '2021-10-04', '2021-10-18']))
  })

  it('refuses a binary file and a bad date with a clear message and exit code 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-cli-'))
    const binary = path.join(dir, 'image.png')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    await expect(cli('extract', binary)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('binary file')
    })
    await expect(cli('extract', SEED, '--published', 'yesterday')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('YYYY-MM-DD')
    })
    await expect(cli('extract', path.join(dir, 'missing.txt'))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('was not found')
    })
  })
})
