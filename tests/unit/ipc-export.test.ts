/**
 * Export and import through main's handlers, as the window calls them: the scripted save or open
 * dialog answers, main writes (or reads) the file, and what lands on disk is what was asked for.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { countPdfPages } from '../../src/main/core/export'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import type { ExportResult, ImportResult } from '../../src/shared/ipc'
import type { Project } from '../../src/shared/model'
import { ROOT, startMain, tempDir } from './fixtures/main-handlers'

let sample: Project

beforeAll(async () => {
  sample = await loadSampleProject(path.join(ROOT, 'resources/sample'))
})

/** Main's handlers and a folder for what they write. */
function start() {
  return { ...startMain(), dir: tempDir('export') }
}

describe('exports', () => {
  it('writes each data format where the dialog says, adding the extension', async () => {
    const { host, dir, value } = start()
    for (const format of ['json', 'csv', 'timelinejs', 'ics'] as const) {
      host.answer({ export: path.join(dir, `story-${format}`) })
      const result = await value<ExportResult>('export:data', {
        format,
        project: sample,
        name: sample.title
      })
      expect(result.bytes).toBeGreaterThan(100)
      expect(readFileSync(result.path).byteLength).toBe(result.bytes)
    }
    expect(readdirSync(dir).sort()).toEqual([
      'story-csv.csv',
      'story-ics.ics',
      'story-json.json',
      'story-timelinejs.timeline.json'
    ])
    const timelineJs = JSON.parse(
      readFileSync(path.join(dir, 'story-timelinejs.timeline.json'), 'utf8')
    )
    expect(timelineJs.events).toHaveLength(sample.events.length)
    expect(readFileSync(path.join(dir, 'story-csv.csv'), 'utf8')).toContain(
      'Lavrov meets Stoltenberg in New York'
    )
    expect(readFileSync(path.join(dir, 'story-ics.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/)
  })

  it('suggests the title as the file name, and a cancelled dialog writes nothing', async () => {
    const { host, dir, value } = start()
    host.answer({ export: null })
    const result = await value('export:data', {
      format: 'csv',
      project: sample,
      name: 'NATO/Russia: 2014–2021'
    })
    expect(result).toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('writes PNG bytes and SVG text as given, and makes a PDF from the SVG', async () => {
    const { host, dir, value } = start()
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
    host.answer({ export: path.join(dir, 'a.png') })
    await value('export:image', { format: 'png', data: png.toString('base64'), name: 'a' })
    expect(readFileSync(path.join(dir, 'a.png'))).toEqual(png)

    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">' +
      '<rect width="400" height="200" fill="#fff"/><text x="10" y="20">Tromsø — Лавров</text></svg>'
    host.answer({ export: path.join(dir, 'a.svg') })
    await value('export:image', { format: 'svg', data: svg, name: 'a' })
    expect(readFileSync(path.join(dir, 'a.svg'), 'utf8')).toBe(svg)

    host.answer({ export: path.join(dir, 'a.pdf') })
    const pdf = await value<ExportResult>('export:pdf', {
      svg,
      width: 400,
      height: 200,
      title: 'NATO–Russia relations',
      pageSize: 'A4',
      orientation: 'landscape',
      sources: null,
      name: 'a'
    })
    const bytes = readFileSync(pdf.path)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(countPdfPages(bytes)).toBe(1)
  })
})

describe('import', () => {
  it('reads a TimelineJS file into the user’s own events', async () => {
    const { host, dir, value } = start()
    const file = path.join(dir, 'knightlab.json')
    writeFileSync(
      file,
      JSON.stringify({
        title: { text: { headline: 'Arctic diplomacy' } },
        events: [
          {
            start_date: { year: 2021, month: 10, day: 25 },
            text: {
              headline: 'Barents Council meets in Tromsø',
              text: '<p>Lavrov <b>attends</b></p>'
            },
            group: 'meeting'
          },
          { start_date: { year: 2014 }, text: { headline: 'Crimea annexed' } },
          { start_date: { year: 2021, month: 2, day: 30 }, text: { headline: 'Impossible day' } }
        ]
      })
    )
    host.answer({ import: file })
    const result = await value<ImportResult>('import:open', {})
    expect(result.events.map((e) => e.title).sort()).toEqual([
      'Barents Council meets in Tromsø',
      'Crimea annexed'
    ])
    expect(result.events.every((e) => e.origin === 'manual')).toBe(true)
    const tromso = result.events.find((e) => e.title.includes('Tromsø'))!
    expect(tromso.when).toMatchObject({
      start: '2021-10-25',
      end: '2021-10-25',
      granularity: 'day'
    })
    expect(result.skipped).toHaveLength(1)
    expect(result.skipped[0]!.reason).toMatch(/30|date/i)
  })

  it('a file that is no timeline gives a clear message naming it', async () => {
    const { host, dir, call } = start()
    const file = path.join(dir, 'notes.csv')
    writeFileSync(file, 'just,some\nwords,here\n')
    host.answer({ import: file })
    const result = await call('import:open', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    if (!result.ok) expect(result.error.message).toContain('notes.csv')
  })
})
