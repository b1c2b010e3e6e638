/**
 * Faults the user does not cause and must survive, made real rather than simulated:
 * - a full disk and a disk gone read-only during Save (a small tmpfs, filled, then remounted
 *   read-only), through the same IPC handlers the window calls;
 * - a folder the user may not write in (a save run as an unprivileged user, since root may
 *   write anywhere);
 * - a batch worker that dies in the middle of Add Articles.
 * Each time: a clear message, the previous file byte for byte, and an app that goes on working.
 */
import { execFileSync, spawn } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Project } from '../../src/shared/model'
import { startMain } from './fixtures/main-handlers'
import { isRoot, ROOT, sampleProject, tempDir, tempFilesIn } from './fixtures/project-helpers'

const SEED = path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt')
let sample: Project
beforeAll(async () => {
  sample = await sampleProject()
})

/** A 1 MiB tmpfs, when this system lets the test mount one (root with CAP_SYS_ADMIN on Linux). */
function mountSmallDisk(): string | null {
  if (process.platform !== 'linux' || !isRoot) return null
  const dir = tempDir('small-disk')
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' })
    afterAll(() => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }))
    return dir
  } catch {
    return null
  }
}

/** Writes filler until the disk refuses: what is left is less than one more block. */
function fill(disk: string): string {
  const filler = path.join(disk, 'filler.bin')
  const block = Buffer.alloc(64 * 1024, 1)
  let size = 0
  try {
    for (;;) {
      writeFileSync(filler, block, { flag: 'a' })
      size += block.length
    }
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
  }
  expect(size).toBeGreaterThan(0)
  return filler
}

/** The sample with something changed, so a save that went through would show. */
function edited(label: string): Project {
  return { ...structuredClone(sample), title: `${sample.title} (${label})` }
}

const disk = mountSmallDisk()

/** A session that has saved the sample once on the small disk, and that file's bytes. */
async function savedOnce(name: string) {
  const main = startMain()
  const file = path.join(disk!, name)
  main.host.answer({ save: file })
  await main.value('project:save', { project: sample, saveAs: false })
  return { ...main, file, before: readFileSync(file) }
}

/** Save again, with a change: it must fail with exactly `message`. */
async function expectRefused(
  call: ReturnType<typeof startMain>['call'],
  message: string
): Promise<void> {
  const result = await call('project:save', { project: edited('refused'), saveAs: false })
  expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  if (!result.ok) expect(result.error.message).toBe(message)
}

describe.runIf(disk)('Save on a disk that fills up or turns read-only', () => {
  it('a full disk: a clear message, the previous file byte for byte, no temporary file', async () => {
    const { call, value, file, before } = await savedOnce('story.dateline')
    const filler = fill(disk!)

    await expectRefused(
      call,
      'Could not save “story.dateline”: the disk is full. The previous “story.dateline” is untouched.'
    )
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(tempFilesIn(disk!)).toEqual([])

    // Room again: the same session saves, and the file is the new version.
    rmSync(filler)
    await value('project:save', { project: edited('room again'), saveAs: false })
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toMatch(/\(room again\)$/)
  })

  it('a disk remounted read-only: a clear message and the previous file intact', async () => {
    const { call, file, before } = await savedOnce('readonly.dateline')
    execFileSync('mount', ['-o', 'remount,ro', disk!])
    try {
      await expectRefused(
        call,
        'Could not save “readonly.dateline”: the disk is read-only. The previous “readonly.dateline” is untouched.'
      )
      expect(readFileSync(file).equals(before)).toBe(true)
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', disk!])
    }
    expect(tempFilesIn(disk!)).toEqual([])
  })
})

it.runIf(!disk)('(full-disk tests) need a mountable tmpfs: root on Linux', () => {
  console.warn('Full-disk and read-only-disk tests skipped: cannot mount a tmpfs here.')
})

/** Runs a save in a child process as `uid` (root ignores permissions, so the test drops them). */
function saveAs(uid: number | undefined, target: string): Promise<string> {
  const script = path.join(ROOT, 'tests/unit/fixtures/project-writer.ts')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, target, '50', 'new'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      ...(uid === undefined ? {} : { uid, gid: uid })
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('close', () => resolve(out))
  })
}

describe.skipIf(process.platform === 'win32')(
  'Save into a folder the user may not write in',
  () => {
    it('says so, and leaves the previous file byte for byte', { timeout: 60_000 }, async () => {
      const parent = tempDir('no-write')
      // The user can reach the folder (mkdtemp makes it private to root) but not write in it.
      chmodSync(parent, 0o755)
      const folder = path.join(parent, 'shared')
      mkdirSync(folder)
      const target = path.join(folder, 'story.dateline')
      writeFileSync(target, JSON.stringify(sample))
      const before = readFileSync(target)
      chmodSync(folder, 0o555)
      try {
        // 65534 is "nobody" on Debian: a user with no rights on the folder.
        const output = await saveAs(isRoot ? 65534 : undefined, target)
        expect(output).toMatch(/^saving\nfailed /)
        expect(JSON.parse(output.slice(output.indexOf('failed ') + 7))).toBe(
          `Could not save “story.dateline”: Dateline is not allowed to write in the folder “${folder}”. The previous “story.dateline” is untouched.`
        )
        expect(readFileSync(target).equals(before)).toBe(true)
        expect(readdirSync(folder)).toEqual(['story.dateline'])
      } finally {
        chmodSync(folder, 0o755)
      }
    })
  }
)

describe('a batch worker that dies in the middle of Add Articles', () => {
  it(
    'fails only that file, reads the rest, and the app goes on',
    { timeout: 120_000 },
    async () => {
      const workerFile = path.join(ROOT, 'tests/unit/fixtures/crashing-worker.ts')
      const { host, value } = startMain(undefined, { workerFile })
      const docs = tempDir('crash-batch')
      const first = path.join(docs, 'first.txt')
      const crash = path.join(docs, 'crash-here.txt')
      const last = path.join(docs, 'last.txt')
      copyFileSync(SEED, first)
      copyFileSync(SEED, crash)
      writeFileSync(
        last,
        'Oslo talks\n\nThe foreign ministers met in Oslo on 12 May 2021 and agreed to meet again.'
      )
      host.answer({ articles: [first, crash, last] })
      const result = await value<{
        articles: { title: string }[]
        events: unknown[]
        failures: { file: string; message: string }[]
      }>('articles:open', { published: '2021-10-18' })
      expect(result.articles.map((a) => a.title)).toEqual([
        'Russia cuts off contact with NATO – VG',
        'Oslo talks'
      ])
      expect(result.events.length).toBeGreaterThan(5)
      expect(result.failures).toEqual([
        {
          file: crash,
          message: 'The batch worker stopped while reading this file: exit code 70.'
        }
      ])
      // Progress ended, the taskbar bar cleared.
      expect(host.progress.at(-1)).toBeNull()

      // The app lives on: another batch on fresh workers, and the rest of main, answer.
      host.answer({ articles: [last] })
      const again = await value<{ articles: unknown[]; failures: unknown[] }>('articles:open', {
        published: '2021-10-18'
      })
      expect(again.articles).toHaveLength(1)
      expect(again.failures).toEqual([])
      expect(await value('app:info')).toMatchObject({ name: 'Dateline' })
    }
  )
})

describe('a large paste is read off the main thread', () => {
  it(
    'main answers other requests while a 4 MB page is being read',
    { timeout: 120_000 },
    async () => {
      const { value } = startMain()
      const paragraph =
        '<p>NATO and Russia met in Brussels on 3 March 2020 and talked for hours.</p>\n'
      const html = `<html><body><article>${paragraph.repeat((4 * 1024 * 1024) / paragraph.length)}</article></body></html>`
      let read = false
      const extraction = value<{ events: unknown[] }>('articles:extract', {
        text: html,
        published: '2021-10-18'
      }).then((result) => {
        read = true
        return result
      })
      // Were the page read on main's thread, nothing else would be answered until it was done.
      expect(await value('app:info')).toMatchObject({ name: 'Dateline' })
      expect(read).toBe(false)
      expect((await extraction).events.length).toBeGreaterThan(0)
      expect(read).toBe(true)
    }
  )
})
