/**
 * Autosave: what a crash leaves behind can be found, described and restored; discarded work is
 * gone; a damaged copy is moved aside (not deleted) and not offered.
 */
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAutosave, ProjectFileError, serializeProject } from '../../src/main/core/project'
import type { Project } from '../../src/shared/model'
import { sampleProject, tempDir } from './fixtures/project-helpers'

const root = tempDir('autosave')
let sample: Project
beforeAll(async () => {
  sample = await sampleProject()
})

let folders = 0
/** Each test gets its own autosave folder, not yet created (as on a first run). */
function freshFolder(): string {
  return path.join(root, `data-${++folders}`, 'autosave')
}

describe('autosave', () => {
  it('has nothing to recover before anything was written', async () => {
    const autosave = createAutosave(freshFolder())
    expect(await autosave.check()).toBeNull()
    await expect(autosave.read()).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no unsaved work to recover.'
    })
  })

  it('writes, describes and restores the work, then forgets it when discarded', async () => {
    const folder = freshFolder()
    const autosave = createAutosave(folder)
    const before = Date.now()
    await autosave.write(sample, { path: '/home/me/nato.dateline' })

    const info = await autosave.check()
    expect(info).toEqual({
      savedAt: expect.any(String),
      title: sample.title,
      path: '/home/me/nato.dateline',
      events: sample.events.length,
      articles: sample.articles.length
    })
    const savedAt = Date.parse(info!.savedAt)
    expect(savedAt).toBeGreaterThanOrEqual(before - 1000)
    expect(savedAt).toBeLessThanOrEqual(Date.now())
    expect(await autosave.read()).toEqual({ project: sample, path: '/home/me/nato.dateline' })

    // A later autosave of a document never saved replaces the first.
    const edited = { ...structuredClone(sample), title: 'Untitled', events: sample.events.slice(2) }
    await autosave.write(edited, { path: null })
    expect(await autosave.check()).toMatchObject({
      title: 'Untitled',
      path: null,
      events: sample.events.length - 2
    })
    expect(await autosave.read()).toEqual({ project: edited, path: null })

    await autosave.discard()
    expect(await autosave.check()).toBeNull()
    expect(readdirSync(folder)).toEqual([])
    await autosave.discard() // nothing left to discard: still fine
  })

  it('does not let a write still in flight outlive the discard that follows it', async () => {
    const autosave = createAutosave(freshFolder())
    const writing = autosave.write(sample, { path: null })
    await autosave.discard()
    await writing
    expect(await autosave.check()).toBeNull()
  })

  it('moves a damaged autosave aside, keeping its bytes, and offers nothing', async () => {
    const folder = freshFolder()
    const autosave = createAutosave(folder)
    await autosave.write(sample, { path: null })
    const file = path.join(folder, 'autosave.dateline')
    truncateSync(file, 300) // a disk that filled up, a crash the atomic write could not prevent
    const damaged = readFileSync(file)

    expect(await autosave.check()).toBeNull()
    const names = readdirSync(folder).sort()
    expect(names).toHaveLength(2)
    expect(names[0]).toMatch(/^autosave\.damaged-[\dT-]+Z\.dateline$/)
    expect(names[1]).toMatch(/^autosave\.damaged-[\dT-]+Z\.json$/)
    expect(readFileSync(path.join(folder, names[0]!)).equals(damaged)).toBe(true)
    expect(await autosave.check()).toBeNull()

    // The next autosave starts afresh beside the damaged one.
    await autosave.write(sample, { path: null })
    expect(await autosave.check()).toMatchObject({ title: sample.title })
  })

  it('still offers the work when only its description is missing or damaged', async () => {
    const folder = freshFolder()
    const autosave = createAutosave(folder)
    await autosave.write(sample, { path: '/docs/a.dateline' })
    writeFileSync(path.join(folder, 'autosave.json'), '{"savedAt": 12')
    const info = await autosave.check()
    expect(info).toMatchObject({ title: sample.title, path: null, events: sample.events.length })
    expect(Number.isNaN(Date.parse(info!.savedAt))).toBe(false)
    rmSync(path.join(folder, 'autosave.json'))
    expect(await autosave.read()).toEqual({ project: sample, path: null })
  })

  it('forgets a description whose project is gone', async () => {
    const folder = freshFolder()
    const autosave = createAutosave(folder)
    await autosave.write(sample, { path: null })
    rmSync(path.join(folder, 'autosave.dateline'))
    expect(await autosave.check()).toBeNull()
    expect(readdirSync(folder)).toEqual([])
  })

  it('stores the project as an ordinary project file', async () => {
    const folder = freshFolder()
    await createAutosave(folder).write(sample, { path: null })
    expect(readFileSync(path.join(folder, 'autosave.dateline'), 'utf8')).toBe(
      serializeProject(sample)
    )
  })

  it('refuses to autosave a project that is not valid', async () => {
    const autosave = createAutosave(freshFolder())
    const broken = { ...sample, events: [{ ...sample.events[0]!, importance: -1 }] }
    await expect(autosave.write(broken, { path: null })).rejects.toBeInstanceOf(ProjectFileError)
    expect(await autosave.check()).toBeNull()
  })
})
