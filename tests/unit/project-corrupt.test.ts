/**
 * Damaged and foreign files: each is refused with a ProjectFileError whose code says what kind
 * of trouble it is and whose message names the file — and opening never changes the file.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  MAX_PROJECT_BYTES,
  parseProject,
  ProjectFileError,
  readProjectFile,
  serializeProject,
  type ProjectFileErrorCode
} from '../../src/main/core/project'
import type { Project } from '../../src/shared/model'
import { isRoot, sampleProject, tempDir } from './fixtures/project-helpers'

const dir = tempDir('corrupt')
let sample: Project
let sampleText: string
beforeAll(async () => {
  sample = await sampleProject()
  sampleText = serializeProject(sample)
})

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(dir, name)
  writeFileSync(target, content)
  return target
}

async function refusal(target: string): Promise<ProjectFileError> {
  const error: unknown = await readProjectFile(target).then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof ProjectFileError)) throw new Error(`expected a ProjectFileError: ${error}`)
  return error
}

/** Opens `content` as a file named `name`: the refusal, and a check the bytes are untouched. */
async function open(name: string, content: string | Uint8Array): Promise<ProjectFileError> {
  const target = file(name, content)
  const before = readFileSync(target)
  const error = await refusal(target)
  expect(readFileSync(target).equals(before), 'the file on disk is unchanged').toBe(true)
  return error
}

const cases: [string, () => string | Uint8Array, ProjectFileErrorCode, RegExp][] = [
  ['an empty file', () => '', 'CORRUPT', /^“x\.dateline” is damaged: it is empty\.$/],
  ['only whitespace', () => '  \n\t\n', 'CORRUPT', /^“x\.dateline” is damaged: it is empty\.$/],
  [
    'a file cut off in the middle',
    () => sampleText.slice(0, Math.floor(sampleText.length / 2)),
    'CORRUPT',
    /^“x\.dateline” is damaged: it ends in the middle \(JSON error at position \d+\)\.$/
  ],
  [
    'a file cut off one byte short',
    () => sampleText.trimEnd().slice(0, -1),
    'CORRUPT',
    /^“x\.dateline” is damaged: it ends in the middle/
  ],
  [
    'a file with junk after the project',
    () => `${sampleText}}`,
    'CORRUPT',
    /^“x\.dateline” is damaged: it is not valid JSON \(error at position \d+/
  ],
  [
    'a broken value inside',
    () => sampleText.replace('"approximate":false', '"approximate":flase'),
    'CORRUPT',
    /^“x\.dateline” is damaged: it is not valid JSON/
  ],
  [
    'a project with bytes that are not UTF-8',
    () => Buffer.concat([Buffer.from(sampleText.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3])]),
    'CORRUPT',
    /^“x\.dateline” is damaged: it contains bytes that are not text\.$/
  ],
  [
    'a file of zero bytes (what a crash leaves of an in-place write)',
    () => new Uint8Array(4096),
    'CORRUPT',
    /^“x\.dateline” is damaged: it holds only zero bytes\.$/
  ],
  [
    'binary bytes (a PNG)',
    () => Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
    'NOT_A_PROJECT',
    /^“x\.dateline” is not a Dateline project \(it is not a text file\)\.$/
  ],
  [
    'random bytes',
    () => Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256),
    'NOT_A_PROJECT',
    /^“x\.dateline” is not a Dateline project/
  ],
  [
    'prose',
    () => 'Dear diary,\nToday…\n',
    'NOT_A_PROJECT',
    /^“x\.dateline” is not a Dateline project\.$/
  ],
  ['a JSON array', () => JSON.stringify([sample]), 'NOT_A_PROJECT', /^“x\.dateline” is not a/],
  ['a JSON string', () => '"dateline"', 'NOT_A_PROJECT', /^“x\.dateline” is not a/],
  ['JSON null', () => 'null', 'NOT_A_PROJECT', /^“x\.dateline” is not a/],
  [
    'valid JSON of the wrong shape',
    () =>
      JSON.stringify({ format: 'dateline', schemaVersion: 2, title: 5, articles: {}, events: [] }),
    'INVALID',
    /^“x\.dateline” is not a valid Dateline project: title: .*; articles: .*\.$/
  ],
  [
    'events of the wrong shape',
    () => JSON.stringify({ ...sample, events: [{ id: 'e-1', title: 'Strike' }] }),
    'INVALID',
    /^“x\.dateline” is not a valid Dateline project: events\[0\]\.when: /
  ]
]

describe('opening a damaged or foreign file', () => {
  it.each(cases)('refuses %s', async (_, content, code, message) => {
    const error = await open('x.dateline', content())
    expect(error.code).toBe(code)
    expect(error.message).toMatch(message)
  })

  it('calls a text file by its own name', async () => {
    const error = await open('x.txt', 'Russia cuts off contact with NATO.\n')
    expect(error.message).toBe('“x.txt” is not a Dateline project.')
  })

  it('opens a project saved with a byte-order mark', async () => {
    const project = await readProjectFile(file('bom.dateline', `\ufeff${sampleText}`))
    expect(project).toEqual(sample)
  })

  it('says a missing file was not found', async () => {
    const error = await refusal(path.join(dir, 'gone.dateline'))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe(
      '“gone.dateline” was not found. It may have been moved, renamed or deleted.'
    )
  })

  it('says a folder is not a project', async () => {
    mkdirSync(path.join(dir, 'folder.dateline'))
    const error = await refusal(path.join(dir, 'folder.dateline'))
    expect(error.code).toBe('NOT_A_PROJECT')
    expect(error.message).toBe('“folder.dateline” is not a Dateline project (it is a folder).')
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe without waiting on it',
    async () => {
      const fifo = path.join(dir, 'pipe.dateline')
      execFileSync('mkfifo', [fifo])
      const error = await refusal(fifo)
      expect(error.code).toBe('NOT_A_PROJECT')
      expect(error.message).toMatch(
        /^“pipe\.dateline” is not a Dateline project \(it is not a regular file\)/
      )
    }
  )

  it('refuses a 2 GB file by its size, without reading it', async () => {
    const huge = file('huge.dateline', '{')
    truncateSync(huge, 2 * 1024 ** 3) // sparse: takes no disk space
    const started = performance.now()
    const error = await refusal(huge)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(error.code).toBe('UNREADABLE')
    expect(error.message).toMatch(
      /^“huge\.dateline” is too large to open \(2\.0 GB; Dateline opens projects up to \d+ MB\)\.$/
    )
    expect(MAX_PROJECT_BYTES).toBeLessThanOrEqual(1024 ** 3)
  })

  it.skipIf(isRoot || process.platform === 'win32')(
    'says a file it may not read is unreadable',
    async () => {
      const locked = file('locked.dateline', sampleText)
      chmodSync(locked, 0o000)
      const error = await refusal(locked)
      expect(error.code).toBe('UNREADABLE')
      expect(error.message).toBe('“locked.dateline” could not be read (permission denied).')
    }
  )

  it('parses text directly, naming the file it came from', () => {
    expect(parseProject(sampleText, '/somewhere/else/story.dateline')).toEqual(sample)
    expect(() => parseProject('{"format": "dateline", "schema', '/a/b/story.dateline')).toThrow(
      /^“story\.dateline” is damaged: it ends in the middle/
    )
  })
})
