/**
 * Atomic saves: the file always holds a whole version, a failed save leaves the previous file
 * byte for byte and no temporary file behind, and the failure says so in words.
 */
import { spawn } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  lstatSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  AtomicWriteError,
  ProjectFileError,
  readProjectFile,
  writeFileAtomic,
  writeProjectFile
} from '../../src/main/core/project'
import { tempPathFor } from '../../src/main/core/project/atomic-write'
import { describeWriteFailure } from '../../src/main/core/project/write-failure'
import type { Project } from '../../src/shared/model'
import { isRoot, ROOT, sampleProject, tempDir, tempFilesIn } from './fixtures/project-helpers'

const dir = tempDir('atomic')
let sample: Project
beforeAll(async () => {
  sample = await sampleProject()
})

async function failure(promise: Promise<unknown>): Promise<AtomicWriteError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof AtomicWriteError))
    throw new Error(`expected an AtomicWriteError: ${error}`)
  return error
}

describe('writeFileAtomic', () => {
  it('writes a new file, then replaces it, leaving no temporary file', async () => {
    const target = path.join(dir, 'doc.txt')
    await writeFileAtomic(target, 'first version\n')
    expect(readFileSync(target, 'utf8')).toBe('first version\n')
    await writeFileAtomic(target, new TextEncoder().encode('second, longer version\n'))
    expect(readFileSync(target, 'utf8')).toBe('second, longer version\n')
    await writeFileAtomic(target, '3')
    expect(readFileSync(target, 'utf8')).toBe('3')
    expect(tempFilesIn(dir)).toEqual([])
  })

  it.skipIf(process.platform === 'win32')(
    'keeps the permissions of the file it replaces',
    async () => {
      const target = path.join(dir, 'private.txt')
      writeFileSync(target, 'old')
      chmodSync(target, 0o640)
      await writeFileAtomic(target, 'new')
      expect(statSync(target).mode & 0o777).toBe(0o640)
      expect(readFileSync(target, 'utf8')).toBe('new')
    }
  )

  it.skipIf(process.platform === 'win32')(
    'saves through a symbolic link to the file it names',
    async () => {
      const real = path.join(dir, 'real.txt')
      const link = path.join(dir, 'link.txt')
      writeFileSync(real, 'old')
      symlinkSync(real, link)
      await writeFileAtomic(link, 'new')
      expect(lstatSync(link).isSymbolicLink()).toBe(true)
      expect(readFileSync(real, 'utf8')).toBe('new')
    }
  )

  it('ends overlapping saves with one whole version, not a mix', async () => {
    const target = path.join(dir, 'busy.txt')
    const versions = Array.from({ length: 8 }, (_, i) => `${i}`.repeat(100_000 + i))
    await Promise.all(versions.map((text) => writeFileAtomic(target, text)))
    expect(versions).toContain(readFileSync(target, 'utf8'))
    expect(tempFilesIn(dir)).toEqual([])
  })

  it('leaves what is there untouched when a folder is in the way', async () => {
    const target = path.join(dir, 'in-the-way')
    mkdirSync(target)
    writeFileSync(path.join(target, 'inside.txt'), 'kept')
    const error = await failure(writeFileAtomic(target, 'new'))
    expect(error.message).toBe(
      'Could not save “in-the-way”: a folder of that name is in the way. The previous “in-the-way” is untouched.'
    )
    expect(readdirSync(target)).toEqual(['inside.txt'])
    expect(tempFilesIn(dir)).toEqual([])
  })

  it('says so when the folder does not exist', async () => {
    const missing = path.join(dir, 'no-such-folder')
    const error = await failure(writeFileAtomic(path.join(missing, 'doc.txt'), 'new'))
    expect(error.code).toBe('ENOENT')
    expect(error.message).toBe(
      `Could not save “doc.txt”: the folder “${missing}” does not exist. Nothing was written.`
    )
  })

  it.skipIf(isRoot || process.platform === 'win32')(
    'leaves the previous file byte for byte in a read-only folder',
    async () => {
      const folder = path.join(dir, 'read-only')
      mkdirSync(folder)
      const target = path.join(folder, 'doc.txt')
      writeFileSync(target, 'the previous version')
      chmodSync(folder, 0o555)
      try {
        const error = await failure(writeFileAtomic(target, 'new'))
        expect(error.message).toMatch(/not allowed to write in the folder .* is untouched\.$/)
        expect(readFileSync(target, 'utf8')).toBe('the previous version')
        expect(tempFilesIn(folder)).toEqual([])
      } finally {
        chmodSync(folder, 0o755)
      }
    }
  )

  it.skipIf(process.platform === 'win32')(
    'cleans up after a write that fails halfway (a file-size limit), even as root',
    async () => {
      // The child saves a ~6 MB project under `ulimit -f` (1 MiB): the write fails with EFBIG
      // after the temporary file has grown, which a permission test cannot show as root.
      const target = path.join(dir, 'limited.dateline')
      await writeProjectFile(target, sample)
      const before = readFileSync(target)
      const script = path.join(ROOT, 'tests/unit/fixtures/project-writer.ts')
      const command = `ulimit -f 2048 && exec "$0" --import tsx "$@"`
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(
          '/bin/sh',
          ['-c', command, process.execPath, script, target, '10000', 'big'],
          {
            cwd: ROOT,
            stdio: ['ignore', 'pipe', 'inherit']
          }
        )
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
        child.on('error', reject)
        child.on('close', () => resolve(out))
      })
      expect(output).toMatch(/^saving\nfailed /)
      const message = JSON.parse(output.slice(output.indexOf('failed ') + 7)) as string
      expect(message).toBe(
        'Could not save “limited.dateline”: the file is larger than this system allows. The previous “limited.dateline” is untouched.'
      )
      expect(readFileSync(target).equals(before)).toBe(true)
      expect(tempFilesIn(dir)).toEqual([])
    }
  )

  it('tells a full disk and a read-only disk apart', () => {
    const base = {
      file: '/docs/story.dateline',
      error: new Error('x'),
      existed: true,
      renamed: false
    }
    expect(describeWriteFailure({ ...base, code: 'ENOSPC' })).toBe(
      'Could not save “story.dateline”: the disk is full. The previous “story.dateline” is untouched.'
    )
    expect(describeWriteFailure({ ...base, code: 'EROFS', existed: false })).toBe(
      'Could not save “story.dateline”: the disk is read-only. Nothing was written.'
    )
    expect(describeWriteFailure({ ...base, code: 'EACCES' })).toBe(
      'Could not save “story.dateline”: Dateline is not allowed to write in the folder “/docs”. The previous “story.dateline” is untouched.'
    )
    expect(describeWriteFailure({ ...base, code: 'EIO', renamed: true })).toMatch(
      /^“story\.dateline” was saved, but the system could not confirm it reached the disk/
    )
  })

  it('makes temporary names that fit a file system however long the name is', () => {
    const long = path.join(dir, `${'n'.repeat(250)}.dateline`)
    const tmp = path.basename(tempPathFor(long))
    expect(Buffer.byteLength(tmp)).toBeLessThanOrEqual(255)
    expect(tmp).toMatch(/^\.n+\.\d+\.[0-9a-f]{12}\.tmp$/)
    expect(tempPathFor(long)).not.toBe(tempPathFor(long))
  })
})

describe('writeProjectFile', () => {
  it('saves a project that opens as the same project', async () => {
    const target = path.join(dir, 'story.dateline')
    await writeProjectFile(target, sample)
    expect(await readProjectFile(target)).toEqual(sample)
    const edited = structuredClone(sample)
    edited.title = 'Edited'
    edited.events[0]!.origin = 'edited'
    await writeProjectFile(target, edited)
    expect(await readProjectFile(target)).toEqual(edited)
    // One event per line: readable, and a change to one event is a one-line diff.
    const lines = readFileSync(target, 'utf8').split('\n')
    expect(lines.filter((line) => line.startsWith('    {"id":"e-'))).toHaveLength(
      sample.events.length
    )
    expect(tempFilesIn(dir)).toEqual([])
  })

  it('refuses to save a project it could not open again, leaving the file alone', async () => {
    const target = path.join(dir, 'keep.dateline')
    await writeProjectFile(target, sample)
    const before = readFileSync(target)
    const broken = structuredClone(sample)
    broken.events[1]!.when.end = '2014-13-01'
    const error: unknown = await writeProjectFile(target, broken).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProjectFileError)
    expect((error as ProjectFileError).code).toBe('INVALID')
    expect((error as Error).message).toMatch(
      /^Could not save “keep\.dateline”: the project is not valid \(events\[1\]\.when\.end: must be a real date.*\)\. The file on disk is untouched\.$/
    )
    expect(readFileSync(target).equals(before)).toBe(true)
  })
})
