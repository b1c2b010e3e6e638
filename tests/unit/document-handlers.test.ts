/**
 * The document's IPC handlers, through the checking dispatcher as the window calls them, with a
 * scripted desktop (dialogs, title bar): where saves go, what Open refuses, the recent list and
 * autosave with recovery. Real files in a temp folder; the project is the sample story.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import type { DocumentInfo, OpenedProject } from '../../src/shared/ipc'
import type { Project } from '../../src/shared/model'
import { ROOT, startMain, tempDir } from './fixtures/main-handlers'

let sample: Project

beforeAll(async () => {
  sample = await loadSampleProject(path.join(ROOT, 'resources/sample'))
})

/** Main's handlers (on `dataDir`, a new one by default) and a folder for the documents. */
function start(dataDir?: string) {
  return { ...startMain(dataDir), docs: tempDir('docs') }
}

describe('Save and Save As', () => {
  it('asks where only for the first save and for Save As; the file opens back equal', async () => {
    const { host, docs, value } = start()
    const first = path.join(docs, 'nato') // the dialog's answer, without the extension
    host.answer({ save: first })
    const saved = await value<DocumentInfo>('project:save', { project: sample, saveAs: false })
    expect(saved).toEqual({ path: `${first}.dateline`, name: 'nato' })
    expect(host.asked).toEqual(['save'])
    expect(host.title).toBe('nato — Dateline')

    const edited = { ...sample, title: 'NATO and Russia, edited' }
    await value('project:save', { project: edited, saveAs: false })
    expect(host.asked).toEqual(['save']) // no second dialog: same file
    host.answer({ open: `${first}.dateline` })
    const opened = await value<OpenedProject>('project:open', {})
    expect(opened.project).toEqual(edited)

    const copy = path.join(docs, 'copy.dateline')
    host.answer({ save: copy })
    expect(await value('project:save', { project: sample, saveAs: true })).toMatchObject({
      path: copy
    })
    expect(host.asked).toEqual(['save', 'open', 'save'])
    expect(JSON.parse(readFileSync(`${first}.dateline`, 'utf8')).title).toBe(edited.title)
    expect(readdirSync(docs).sort()).toEqual(['copy.dateline', 'nato.dateline'])
  })

  it('a cancelled save dialog writes nothing and answers null', async () => {
    const { host, docs, value } = start()
    host.answer({ save: null })
    expect(await value('project:save', { project: sample, saveAs: false })).toBeNull()
    expect(readdirSync(docs)).toEqual([])
  })

  it('refuses a project that breaks the schema, naming the field, and writes nothing', async () => {
    const { host, docs, call } = start()
    host.answer({ save: path.join(docs, 'bad.dateline') })
    const broken = {
      ...sample,
      events: [{ ...sample.events[0]!, when: { ...sample.events[0]!.when, start: '2021-02-30' } }]
    }
    const result = await call('project:save', { project: broken, saveAs: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } })
    if (!result.ok) expect(result.error.message).toContain('start')
    expect(host.asked).toEqual([])
    expect(readdirSync(docs)).toEqual([])
  })

  it('a save that fails says why and leaves the previous file whole', async () => {
    const { host, docs, value, call } = start()
    const file = path.join(docs, 'story.dateline')
    host.answer({ save: file })
    await value('project:save', { project: sample, saveAs: false })
    const before = readFileSync(file)
    // Save As onto a path whose folder is a file: the write cannot happen.
    writeFileSync(path.join(docs, 'not-a-folder'), 'x')
    host.answer({ save: path.join(docs, 'not-a-folder', 'story.dateline') })
    const result = await call('project:save', { project: sample, saveAs: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    if (!result.ok) expect(result.error.message).toMatch(/Could not save “story.dateline”/)
    expect(readFileSync(file)).toEqual(before)
  })
})

describe('Open', () => {
  it('a damaged file gives a clear message and changes nothing', async () => {
    const { host, docs, call, value } = start()
    const good = path.join(docs, 'good.dateline')
    host.answer({ save: good })
    await value('project:save', { project: sample, saveAs: false })
    const damaged = path.join(docs, 'damaged.dateline')
    const text = readFileSync(good, 'utf8')
    writeFileSync(damaged, text.slice(0, Math.floor(text.length / 2)))
    host.answer({ open: damaged })
    const result = await call('project:open', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    if (!result.ok) expect(result.error.message).toContain('damaged.dateline')
    expect(readFileSync(damaged, 'utf8')).toBe(text.slice(0, Math.floor(text.length / 2)))
    // The window still shows the document it had.
    expect(host.title).toBe('good — Dateline')
  })

  it('a cancelled open dialog answers null', async () => {
    const { host, value } = start()
    host.answer({ open: null })
    expect(await value('project:open', {})).toBeNull()
  })

  it('opens a recent document only if it is on the recent list', async () => {
    const { host, docs, call, value } = start()
    const file = path.join(docs, 'kept.dateline')
    host.answer({ save: file })
    await value('project:save', { project: sample, saveAs: false })
    expect((await value<{ path: string }[]>('project:recent')).map((r) => r.path)).toEqual([file])
    expect(host.recent).toEqual([file])
    const opened = await value<OpenedProject>('project:open', { recent: file })
    expect(opened.project.title).toBe(sample.title)
    const refused = await call('project:open', { recent: '/etc/passwd' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })
})

describe('document state, autosave and recovery', () => {
  it('the title bar shows the name and the unsaved mark', async () => {
    const { host, value } = start()
    await value('document:state', { title: 'Elections 2024', dirty: true })
    expect(host.title).toBe('• Elections 2024 — Dateline')
    await value('document:state', { title: 'Elections 2024', dirty: false })
    expect(host.title).toBe('Elections 2024 — Dateline')
  })

  it('autosave survives a restart; restore gives it back unsaved; discard forgets it', async () => {
    const { dataDir, value } = start()
    expect(await value('autosave:check')).toBeNull()
    const work = { ...sample, title: 'Work in progress' }
    await value('autosave:write', { project: work })

    // A new main process on the same data folder, as after a crash.
    const again = start(dataDir)
    expect(await again.value('autosave:check')).toMatchObject({
      title: 'Work in progress',
      events: sample.events.length,
      path: null
    })
    const restored = await again.value<OpenedProject>('autosave:restore')
    expect(restored.project).toEqual(work)
    expect(again.host.title).toBe('• Work in progress — Dateline')
    await again.value('autosave:discard')
    expect(await again.value('autosave:check')).toBeNull()
  })

  it('saving and New drop the autosave', async () => {
    const { host, docs, value } = start()
    await value('autosave:write', { project: sample })
    host.answer({ save: path.join(docs, 'x.dateline') })
    await value('project:save', { project: sample, saveAs: false })
    expect(await value('autosave:check')).toBeNull()
    await value('autosave:write', { project: sample })
    expect(await value('project:new')).toEqual({ path: null, name: 'Untitled timeline' })
    expect(await value('autosave:check')).toBeNull()
  })
})

describe('articles from the window', () => {
  it('a dropped file is read from its bytes, UTF-16 included', async () => {
    const { value } = start()
    const text = readFileSync(
      path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt'),
      'utf8'
    )
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const result = await value<{ articles: { source: string }[]; events: { title: string }[] }>(
      'articles:extractFile',
      { name: 'vg.txt', base64: utf16.toString('base64'), published: '2021-10-18' }
    )
    expect(result.articles).toHaveLength(1)
    expect(result.events.map((e) => e.title)).toContain('Lavrov meets Stoltenberg in New York')
  })

  it('a binary file dropped gets a clear error', async () => {
    const { call } = start()
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))
    const result = await call('articles:extractFile', {
      name: 'photo.txt',
      base64: bytes.toString('base64'),
      published: null
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('re-dating an article reads its relative dates again, offsets unchanged', async () => {
    const { value } = start()
    const article = sample.articles[0]!
    const { events } = await value<{ events: Project['events'] }>('articles:redate', {
      article,
      published: '2021-10-25'
    })
    const expelled = events.find((e) => /expel/i.test(e.title))!
    // "two weeks ago" from 2021-10-25 instead of 2021-10-18.
    expect(expelled.when.start >= '2021-10-10').toBe(true)
    for (const e of events) {
      for (const s of e.sources) expect(article.text.slice(s.start, s.end)).toBe(s.quote)
    }
  })

  it('Add Articles reads the chosen files in the pool, with progress on the taskbar', async () => {
    const { host, value, docs } = start()
    const seed = path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt')
    const empty = path.join(docs, 'empty.txt')
    writeFileSync(empty, '')
    host.answer({ articles: [seed, empty] })
    const result = await value<{ articles: unknown[]; failures: { file: string }[] }>(
      'articles:open',
      { published: '2021-10-18' }
    )
    expect(result.articles).toHaveLength(1)
    expect(result.failures.map((f) => f.file)).toEqual([empty])
    // Fractions while reading, then cleared.
    expect(host.progress.some((p) => p !== null && p > 0 && p < 1)).toBe(true)
    expect(host.progress.at(-1)).toBeNull()
  })

  it('Add Articles merges the batch, or leaves it to the window when asked (merge: false)', async () => {
    const { host, value, docs } = start()
    const a = path.join(docs, 'reuters.txt')
    const b = path.join(docs, 'ap.txt')
    writeFileSync(
      a,
      'NATO expels diplomats\n\nNATO expelled eight Russian diplomats on 6 October 2021.\n'
    )
    writeFileSync(
      b,
      'Alliance acts\n\nOn 6 October 2021 NATO expelled eight Russian diplomats from Brussels.\n'
    )
    type Read = { events: { sources: unknown[] }[] }
    host.answer({ articles: [a, b] })
    const merged = await value<Read>('articles:open', { published: '2021-10-18' })
    expect(merged.events.map((e) => e.sources.length)).toEqual([2])
    host.answer({ articles: [a, b] })
    const apart = await value<Read>('articles:open', { published: '2021-10-18', merge: false })
    expect(apart.events.map((e) => e.sources.length)).toEqual([1, 1])
  })

  it('Add Articles with a cancelled dialog answers null', async () => {
    const { host, value } = start()
    host.answer({ articles: [] })
    expect(await value('articles:open', {})).toBeNull()
  })
})
