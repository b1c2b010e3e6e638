/**
 * Older files open as the current version; newer ones and files without a version are refused
 * with a message that names the file.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  migrateProject,
  migrations,
  OLDEST_PROJECT_VERSION,
  ProjectFileError,
  readProjectFile
} from '../../src/main/core/project'
import { PROJECT_SCHEMA_VERSION, type Project } from '../../src/shared/model'
import { sampleProject, tempDir } from './fixtures/project-helpers'

const dir = tempDir('migrate')
let sample: Project
beforeAll(async () => {
  sample = await sampleProject()
})

/** Writes `data` as JSON to a file in the temp folder; returns its path. */
function writeJson(name: string, data: unknown): string {
  const file = path.join(dir, name)
  writeFileSync(file, JSON.stringify(data, null, 2))
  return file
}

/** The sample as the first Dateline wrote it: no `format`, version 1, no origins. */
function asVersion1(project: Project): Record<string, unknown> {
  const { format: _format, ...rest } = structuredClone(project)
  for (const event of rest.events) delete event.origin
  return { ...rest, schemaVersion: 1 }
}

async function openError(file: string): Promise<ProjectFileError> {
  const error: unknown = await readProjectFile(file).then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof ProjectFileError)) throw new Error(`expected a ProjectFileError: ${error}`)
  return error
}

describe('migration', () => {
  it('has a step from every older version to the next', () => {
    for (let v = OLDEST_PROJECT_VERSION; v < PROJECT_SCHEMA_VERSION; v++) {
      expect(migrations[v], `migration from version ${v}`).toBeTypeOf('function')
    }
  })

  it('opens a version 1 file as the current version, with identical articles and events', async () => {
    const v1 = asVersion1(sample)
    expect(v1).not.toHaveProperty('format')
    const file = writeJson('old.dateline', v1)
    const before = readFileSync(file)
    const project = await readProjectFile(file)
    expect(project.format).toBe('dateline')
    expect(project.schemaVersion).toBe(PROJECT_SCHEMA_VERSION)
    expect(project.title).toBe(sample.title)
    expect(project.articles).toEqual(sample.articles)
    expect(project.events).toEqual(sample.events)
    expect(project.events.some((event) => 'origin' in event)).toBe(false)
    // Opening never rewrites the file: it stays version 1 until the user saves.
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('migrates without changing its input', () => {
    const v1 = asVersion1(sample)
    const copy = structuredClone(v1)
    const v2 = migrateProject(v1, 1)
    expect(v1).toEqual(copy)
    expect(v2).toMatchObject({ format: 'dateline', schemaVersion: 2, title: sample.title })
  })

  it('checks what the migration produced against the current schema', async () => {
    const v1 = asVersion1(sample) as { events: { when: { start: string } }[] }
    v1.events[2]!.when.start = '2014-02-30'
    const error = await openError(writeJson('old-bad.dateline', v1))
    expect(error.code).toBe('INVALID')
    expect(error.message).toMatch(
      /^“old-bad\.dateline” is not a valid Dateline project: events\[2\]\.when\.start: must be a real date/
    )
  })

  it('refuses a file from a newer Dateline, saying which version and what to do', async () => {
    const error = await openError(writeJson('future.dateline', { ...sample, schemaVersion: 7 }))
    expect(error.code).toBe('TOO_NEW')
    expect(error.message).toBe(
      `“future.dateline” was made by a newer Dateline (file version 7; this one reads up to ${PROJECT_SCHEMA_VERSION}). Update Dateline to open it.`
    )
  })

  it.each<[string, unknown]>([
    ['no schemaVersion', { format: 'dateline', title: 'x', articles: [], events: [] }],
    ['a schemaVersion in words', { format: 'dateline', schemaVersion: '2', articles: [] }],
    ['a fractional schemaVersion', { format: 'dateline', schemaVersion: 1.5 }],
    ['schemaVersion 0', { format: 'dateline', schemaVersion: 0 }],
    ['another app’s format', { format: 'timelinejs', schemaVersion: 2 }],
    ['a version 2 file that does not name its format', { schemaVersion: 2, title: 'x' }],
    ['a JSON array', [sample]],
    ['some other JSON object', { name: 'package', version: '1.0.0' }]
  ])('calls a file with %s not a Dateline project', async (_, data) => {
    const error = await openError(writeJson('other.json', data))
    expect(error.code).toBe('NOT_A_PROJECT')
    expect(error.message).toMatch(/^“other\.json” is not a Dateline project/)
  })
})
