/**
 * Hostile project files, opened with readProjectFile (what main's File › Open runs): truncated,
 * wrong types, unknown versions, a million events, prototype keys, things that are not files.
 * Opening must never change a file, so every kind that leaves a file checks its bytes after.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { readProjectFile, serializeProject } from '../../../src/main/core/project'
import { loadSampleProject } from '../../../src/main/core/ingest/sample'
import type { Project } from '../../../src/shared/model'
import { freshDir, kind, writeIn, type HostileKind } from './corpus'

const SAMPLE_DIR = path.resolve(__dirname, '../../../resources/sample')

let sample: Promise<Project> | null = null
/** The real sample project (an article and its extracted events), loaded once. */
function sampleProject(): Promise<Project> {
  return (sample ??= loadSampleProject(SAMPLE_DIR))
}

interface OnDisk {
  file: string
  digest: string
}

function digestOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** A project file written from what `content` makes of the sample project and its text. */
function projectFile(
  name: string,
  content: (sample: Project, text: string) => string | Uint8Array
): () => Promise<OnDisk> {
  return async () => {
    const project = await sampleProject()
    const file = writeIn(freshDir('project'), name, content(project, serializeProject(project)))
    return { file, digest: digestOf(file) }
  }
}

const open = ({ file }: OnDisk) => readProjectFile(file)

/** Opening, whatever came of it, left the file exactly as it was. */
const unchanged = ({ file, digest }: OnDisk) =>
  expect(digestOf(file), `${path.basename(file)} is unchanged`).toBe(digest)

/** The project text of `count` events, built as one join: a million take a second. */
function manyEvents(count: number): string {
  const parts: string[] = []
  for (let i = 0; i < count; i++) {
    parts.push(
      `{"id":"e-${i}","title":"Event ${i}","when":{"value":"2021-10-18","start":"2021-10-18","end":"2021-10-18","granularity":"day","approximate":false},"actors":[],"places":[],"category":"other","importance":1,"sources":[]}`
    )
  }
  return (
    '{"format":"dateline","schemaVersion":2,"title":"Many","articles":[],"events":[' +
    parts.join(',') +
    ']}'
  )
}

/** The sample with its first event's `when` changed. */
function firstWhen(project: Project, when: Record<string, unknown>): string {
  const [first, ...rest] = project.events
  return JSON.stringify({
    ...project,
    events: [{ ...first, when: { ...first!.when, ...when } }, ...rest]
  })
}

export const PROJECT_KINDS: HostileKind[] = [
  kind({
    name: 'project truncated in the middle',
    yields:
      'CORRUPT: “cut.dateline” is damaged: it ends in the middle (JSON error at position …). File unchanged.',
    make: projectFile('cut.dateline', (_, text) => text.slice(0, Math.floor(text.length / 2))),
    run: open,
    expect: {
      error: 'CORRUPT',
      message:
        /^“cut\.dateline” is damaged: it ends in the middle \(JSON error at position \d+\)\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'project truncated to nothing',
    yields: 'CORRUPT: “zero.dateline” is damaged: it is empty. File unchanged.',
    make: projectFile('zero.dateline', () => ''),
    run: open,
    expect: { error: 'CORRUPT', message: /^“zero\.dateline” is damaged: it is empty\.$/ },
    after: unchanged
  }),
  kind({
    name: 'project truncated inside a UTF-8 character',
    yields:
      'CORRUPT: “mid.dateline” is damaged: it contains bytes that are not text. File unchanged.',
    make: projectFile('mid.dateline', (_, text) => {
      const bytes = Buffer.from(text)
      const multi = bytes.findIndex((b) => b >= 0xc0) // the first byte of a multi-byte character
      return bytes.subarray(0, multi + 1)
    }),
    run: open,
    expect: {
      error: 'CORRUPT',
      message: /^“mid\.dateline” is damaged: it contains bytes that are not text\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'project with wrong types',
    yields:
      'INVALID: “types.dateline” is not a valid Dateline project: title: …; articles: …. File unchanged.',
    make: projectFile('types.dateline', (p) => JSON.stringify({ ...p, title: 5, articles: {} })),
    run: open,
    expect: {
      error: 'INVALID',
      message:
        /^“types\.dateline” is not a valid Dateline project: title: Invalid input: expected string, received number; articles: Invalid input: expected array, received object\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'project with a date of the wrong type',
    yields:
      'INVALID: “numdate.dateline” is not a valid Dateline project: events[0].when.start: Invalid input: expected string, received number.',
    make: projectFile('numdate.dateline', (p) => firstWhen(p, { start: 20211018 })),
    run: open,
    expect: {
      error: 'INVALID',
      message:
        /^“numdate\.dateline” is not a valid Dateline project: events\[0\]\.when\.start: Invalid input: expected string, received number\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'project with absurd event dates (year 99999, 30 February)',
    yields:
      'INVALID: “absurd.dateline” is not a valid Dateline project: events[0].when.start: must be a real date as YYYY-MM-DD, got "99999-01-01"; events[0].when.end: … got "2021-02-30".',
    make: projectFile('absurd.dateline', (p) =>
      firstWhen(p, { start: '99999-01-01', end: '2021-02-30' })
    ),
    run: open,
    expect: {
      error: 'INVALID',
      message:
        /^“absurd\.dateline” is not a valid Dateline project: events\[0\]\.when\.start: must be a real date as YYYY-MM-DD, got "99999-01-01"; events\[0\]\.when\.end: must be a real date as YYYY-MM-DD, got "2021-02-30"\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'project with an unknown version',
    yields:
      'TOO_NEW: “v99.dateline” was made by a newer Dateline (file version 99; this one reads up to 2). Update Dateline to open it.',
    make: projectFile('v99.dateline', (p) => JSON.stringify({ ...p, schemaVersion: 99 })),
    run: open,
    expect: {
      error: 'TOO_NEW',
      message:
        /^“v99\.dateline” was made by a newer Dateline \(file version 99; this one reads up to 2\)\. Update Dateline to open it\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'project whose version is a string',
    yields:
      'NOT_A_PROJECT: “vstr.dateline” is not a Dateline project (it has no Dateline file version).',
    make: projectFile('vstr.dateline', (p) => JSON.stringify({ ...p, schemaVersion: '2' })),
    run: open,
    expect: {
      error: 'NOT_A_PROJECT',
      message: /^“vstr\.dateline” is not a Dateline project \(it has no Dateline file version\)\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'project with a million events',
    yields: 'result: opens with all 1,000,000 events, in order. File unchanged.',
    make: projectFile('million.dateline', () => manyEvents(1_000_000)),
    run: open,
    expect: {
      result: (p: Project) => {
        expect(p.events).toHaveLength(1_000_000)
        expect(p.events[0]!.id).toBe('e-0')
        expect(p.events[999_999]!.id).toBe('e-999999')
        expect(p.events[999_999]!.when.start).toBe('2021-10-18')
      }
    },
    after: unchanged,
    timeout: 120_000
  }),
  kind({
    name: 'project with a million and one events',
    yields:
      'INVALID: “toomany.dateline” is not a valid Dateline project: events: Too big: expected array to have <=1000000 items. File unchanged.',
    make: projectFile('toomany.dateline', () => manyEvents(1_000_001)),
    run: open,
    expect: {
      error: 'INVALID',
      message:
        /^“toomany\.dateline” is not a valid Dateline project: events: Too big: expected array to have <=1000000 items\.$/
    },
    after: unchanged,
    timeout: 120_000
  }),
  kind({
    name: 'project with a __proto__ key',
    yields:
      'INVALID: “proto.dateline” is not a valid Dateline project: Unrecognized key: "__proto__". No object polluted.',
    make: projectFile(
      'proto.dateline',
      (_, text) => `{"__proto__":{"polluted":true},${text.slice(1)}`
    ),
    run: open,
    expect: {
      error: 'INVALID',
      message:
        /^“proto\.dateline” is not a valid Dateline project: Unrecognized key: "__proto__"\.$/
    },
    after: (input: OnDisk) => {
      unchanged(input)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  }),
  kind({
    name: 'project with a 20 MB title',
    yields:
      'INVALID: “title.dateline” is not a valid Dateline project: title: Too big: expected string to have <=10000 characters.',
    make: projectFile('title.dateline', (p) => JSON.stringify({ ...p, title: 'x'.repeat(20e6) })),
    run: open,
    expect: {
      error: 'INVALID',
      message:
        /^“title\.dateline” is not a valid Dateline project: title: Too big: expected string to have <=10000 characters\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'project nested a million brackets deep',
    yields:
      'INVALID: “brackets.dateline” is not a valid Dateline project: title: Invalid input: expected string, received array; … (no stack overflow)',
    make: projectFile(
      'brackets.dateline',
      () => `{"format":"dateline","schemaVersion":2,"title":${'['.repeat(1e6)}${']'.repeat(1e6)}}`
    ),
    run: open,
    expect: {
      error: 'INVALID',
      message:
        /^“brackets\.dateline” is not a valid Dateline project: title: Invalid input: expected string, received array;/
    },
    after: unchanged
  }),
  kind({
    name: 'project with duplicate event ids',
    yields:
      'INVALID: “dup.dateline” is not a valid Dateline project: events[1].id: repeats an id used before ("e-…").',
    make: projectFile('dup.dateline', (p) =>
      JSON.stringify({ ...p, events: [p.events[0], p.events[0]] })
    ),
    run: open,
    expect: {
      error: 'INVALID',
      message:
        /^“dup\.dateline” is not a valid Dateline project: events\[1\]\.id: repeats an id used before \("e-[0-9a-f]+"\)\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'a binary file named .dateline',
    yields: 'NOT_A_PROJECT: “photo.dateline” is not a Dateline project (it is not a text file).',
    make: projectFile('photo.dateline', () =>
      Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')
    ),
    run: open,
    expect: {
      error: 'NOT_A_PROJECT',
      message: /^“photo\.dateline” is not a Dateline project \(it is not a text file\)\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'another program’s JSON named .dateline',
    yields:
      'NOT_A_PROJECT: “package.dateline” is not a Dateline project (it has no Dateline file version).',
    make: projectFile('package.dateline', () => '{"name":"my-app","version":"1.0.0"}'),
    run: open,
    expect: {
      error: 'NOT_A_PROJECT',
      message:
        /^“package\.dateline” is not a Dateline project \(it has no Dateline file version\)\.$/
    },
    after: unchanged
  }),
  kind({
    name: 'truncated project with an odd file name',
    yields:
      'CORRUPT: “odd "name" ø⏎–.dateline” is damaged: it ends in the middle (…). File unchanged.',
    make: projectFile('odd "name" ø\n–.dateline', (_, text) => text.slice(0, 100)),
    run: open,
    expect: {
      error: 'CORRUPT',
      message: /^“odd "name" ø\n–\.dateline” is damaged: it ends in the middle/
    },
    after: unchanged
  }),
  kind({
    name: 'a named pipe (FIFO) named .dateline',
    yields:
      'NOT_A_PROJECT: “pipe.dateline” is not a Dateline project (it is not a regular file). (no hang)',
    make: () => {
      const file = path.join(freshDir('project'), 'pipe.dateline')
      execFileSync('mkfifo', [file])
      return { file, digest: '' }
    },
    run: open,
    expect: {
      error: 'NOT_A_PROJECT',
      message: /^“pipe\.dateline” is not a Dateline project \(it is not a regular file\)\.$/
    }
  }),
  kind({
    name: 'a folder named .dateline',
    yields: 'NOT_A_PROJECT: “folder.dateline” is not a Dateline project (it is a folder).',
    make: () => {
      const file = path.join(freshDir('project'), 'folder.dateline')
      mkdirSync(file)
      return { file, digest: '' }
    },
    run: open,
    expect: {
      error: 'NOT_A_PROJECT',
      message: /^“folder\.dateline” is not a Dateline project \(it is a folder\)\.$/
    }
  })
]
