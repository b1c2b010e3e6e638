/**
 * The PDF: page 1 with the title and the timeline SVG, the Sources section flowing over further
 * pages exactly as PDF_LAYOUT says, text in Latin, Latin Extended, Cyrillic and Greek drawn with
 * real glyphs, large SVGs, embedded images only from the SVG itself, deterministic bytes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  countPdfPages,
  makePdf,
  PAGE_SIZES,
  PDF_LAYOUT,
  PdfError,
  type PdfInput,
  type PdfSourceInput
} from '../../src/main/core/export'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import type { Project } from '../../src/shared/model'
import {
  contentStreams,
  drawnGlyphIds,
  embeddedFonts,
  pageSizes,
  pageTreeCount,
  pdfObjects
} from './fixtures/export-pdf-inspect'

const ROOT = path.resolve(__dirname, '../..')
const CREATED = new Date('2024-01-02T03:04:05Z')

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="500" viewBox="0 0 1200 500">
<style>text{font-family:'Dateline Noto Sans',sans-serif}.t{font-weight:700}</style>
<rect width="1200" height="500" fill="#fff"/>
<line x1="40" y1="250" x2="1160" y2="250" stroke="#333"/>
<text x="40" y="40" class="t" font-size="22">NATO–Russia relations</text>
<text x="60" y="230" font-size="13">Лавров meets Stoltenberg in Tromsø — Łódź, Αθήνα &amp; more</text>
</svg>`

function input(fields: Partial<PdfInput> = {}): PdfInput {
  return {
    svg: SVG,
    width: 1200,
    height: 500,
    title: 'NATO–Russia relations',
    pageSize: 'A4',
    orientation: 'landscape',
    sources: null,
    creationDate: CREATED,
    ...fields
  }
}

/** Sources whose entries take three one-line rows each: title, source and date, one quote. */
function shortSources(n: number): PdfSourceInput[] {
  return Array.from({ length: n }, (_, i) => ({
    title: `Article ${i + 1}`,
    source: 'VG',
    published: '2021-10-18',
    quotes: [`Quote number ${i + 1}.`]
  }))
}

/**
 * The pages for `n` such sources, from the layout's numbers: page 1 is the image; the sources
 * start on page 2 under the heading; a source goes to the next page when its rows would cross
 * the bottom margin.
 */
function expectedPages(
  n: number,
  pageSize: PdfInput['pageSize'],
  orientation: PdfInput['orientation']
): number {
  const [w, h] = PAGE_SIZES[pageSize]
  const height = orientation === 'landscape' ? Math.min(w, h) : Math.max(w, h)
  const L = PDF_LAYOUT
  const bottom = height - L.margin
  const block = L.sourceTitle.pitch + L.sourceMeta.pitch + L.quote.pitch
  const stride = block + L.sourceGap
  const fit = (top: number) => Math.floor((bottom - top - block) / stride) + 1
  const first = fit(L.margin + L.heading.pitch + L.headingGap)
  const others = fit(L.margin)
  return 2 + Math.ceil(Math.max(0, n - first) / others)
}

describe('makePdf', () => {
  it('makes a one-page PDF of the image when there are no sources', async () => {
    for (const sources of [null, []]) {
      const pdf = await makePdf(input({ sources }))
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
      expect(countPdfPages(pdf)).toBe(1)
      expect(pageTreeCount(pdf)).toBe(1)
    }
  })

  it.each([
    ['A4', 'portrait', 200],
    ['A4', 'landscape', 200],
    ['Letter', 'portrait', 120],
    ['A3', 'landscape', 333]
  ] as const)(
    'on %s %s, flows %i sources over the pages the layout computes',
    async (pageSize, orientation, n) => {
      const expected = expectedPages(n, pageSize, orientation)
      expect(expected).toBeGreaterThan(3) // they must spill over several pages
      const pdf = await makePdf(input({ pageSize, orientation, sources: shortSources(n) }))
      expect(countPdfPages(pdf)).toBe(expected)
      expect(pageTreeCount(pdf)).toBe(expected)
    }
  )

  it('breaks pages exactly at the layout’s boundaries (A4 portrait: 15 sources, then 16 a page)', async () => {
    const pages = async (n: number) =>
      countPdfPages(
        await makePdf(input({ pageSize: 'A4', orientation: 'portrait', sources: shortSources(n) }))
      )
    expect([await pages(15), await pages(16), await pages(31), await pages(32)]).toEqual([
      2, 3, 3, 4
    ])
    expect(expectedPages(15, 'A4', 'portrait')).toBe(2)
    expect(expectedPages(16, 'A4', 'portrait')).toBe(3)
  })

  it('sizes pages by paper and orientation', async () => {
    const sizes = async (pageSize: PdfInput['pageSize'], orientation: PdfInput['orientation']) =>
      pageSizes(await makePdf(input({ pageSize, orientation, sources: shortSources(1) })))
    expect(await sizes('A4', 'portrait')).toEqual([
      [595.28, 841.89],
      [595.28, 841.89]
    ])
    expect(await sizes('Letter', 'landscape')).toEqual([
      [792, 612],
      [792, 612]
    ])
    expect((await sizes('A3', 'portrait'))[0]).toEqual([841.89, 1190.55])
  })

  it('keeps a long source whole when it fits a page, and lets a longer one flow', async () => {
    const long = 'A sentence that goes on and on, with words. '.repeat(40)
    const sources: PdfSourceInput[] = [
      { title: 'Short', source: 'VG', published: null, quotes: ['One.'] },
      {
        title: 'Very long',
        source: 'NRK',
        published: '2021-10-19',
        quotes: Array.from({ length: 12 }, () => long)
      }
    ]
    const pdf = await makePdf(input({ pageSize: 'A4', orientation: 'portrait', sources }))
    expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(4)
    expect(countPdfPages(pdf)).toBe(pageTreeCount(pdf))
  })

  it('draws Cyrillic, Latin Extended and Greek with real glyphs: no empty box, no blank font', async () => {
    const pdf = await makePdf(
      input({
        title: 'Лавров — Tromsø, Łódź, Αθήνα',
        sources: [
          {
            title: 'Россия прекращает контакты с НАТО',
            source: 'VG — Verdens Gang',
            published: '2021-10-18',
            quotes: ['«Мы не видим смысла», сказал Сергей Лавров in Tromsø — Ærø, Œuvre, Ğ, ß.']
          }
        ]
      })
    )
    const glyphs = drawnGlyphIds(pdf)
    expect(glyphs.length).toBeGreaterThan(100)
    expect(glyphs).not.toContain(0) // glyph 0 is .notdef: a character the font lacks
    const fonts = embeddedFonts(pdf)
    // latin and cyrillic, regular and bold, latin-ext and greek: each a subset with outlines
    // (the woff2 files would embed empty ones; only the space has no outline).
    expect(fonts.length).toBeGreaterThanOrEqual(6)
    for (const font of fonts) {
      const empty = Array.from({ length: font.numGlyphs }, (_, i) => font.getGlyph(i)).filter(
        (g) => g.path.commands.length === 0
      )
      expect(empty.length).toBeLessThanOrEqual(1)
      expect(font.numGlyphs).toBeGreaterThan(1)
    }
  })

  it('keeps the image on page 1 under a title too long for it (three lines at most)', async () => {
    const pdf = await makePdf(input({ title: 'A title that does not end. '.repeat(200) }))
    expect(countPdfPages(pdf)).toBe(1)
    // The image's scale (the uniform `s 0 0 s 0 0 cm`): still the page's width over the SVG's.
    const scale = /^([-\d.]+) 0 0 \1 0 0 cm$/m.exec(contentStreams(pdf)[0]!)?.[1]
    expect(Number(scale)).toBeCloseTo((PAGE_SIZES.A4[1] - 2 * PDF_LAYOUT.margin) / 1200, 4)
  })

  it('converts an SVG with 2,000 elements', async () => {
    const marks = Array.from({ length: 1000 }, (_, i) => {
      const x = 20 + (i % 100) * 11.6
      const y = 40 + Math.floor(i / 100) * 45
      return `<circle cx="${x}" cy="${y}" r="4" fill="#3366cc"/><text x="${x}" y="${y + 14}" font-size="7">E${i} Лв</text>`
    })
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="500">${marks.join('')}</svg>`
    const started = performance.now()
    const pdf = await makePdf(input({ svg }))
    const ms = performance.now() - started
    expect(countPdfPages(pdf)).toBe(1)
    expect(drawnGlyphIds(pdf)).not.toContain(0)
    expect(ms).toBeLessThan(15_000)
  })

  it('embeds images carried in the SVG, never a file or URL it names', async () => {
    const png = new PNG({ width: 2, height: 2 })
    png.data.fill(200)
    // Opaque RGB, so the image is one PDF object (no soft mask).
    const bytes = PNG.sync.write(png, { colorType: 2 })
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dateline-pdf-')), 'secret.png')
    writeFileSync(file, bytes)
    const images = async (href: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100"><image x="0" y="0" width="50" height="50" xlink:href="${href}"/></svg>`
      const pdf = await makePdf(input({ svg, width: 100, height: 100 }))
      return pdfObjects(pdf).filter((o) => /\/Subtype \/Image/.test(o.dict)).length
    }
    expect(await images(`data:image/png;base64,${bytes.toString('base64')}`)).toBe(1)
    // svg-to-pdfkit would have PDFKit read these from disk; the PDF must not carry them.
    expect(await images(file)).toBe(0)
    expect(await images(`file://${file}`)).toBe(0)
    expect(await images('https://example.org/tracker.png')).toBe(0)
  })

  it('gives the same bytes for the same input and creation date', async () => {
    const sources = shortSources(30)
    const a = await makePdf(input({ sources }))
    const b = await makePdf(input({ sources }))
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    const c = await makePdf(input({ sources, creationDate: new Date('2025-01-01T00:00:00Z') }))
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false)
  })

  it('refuses what is not an SVG, and sizes that are not sizes, naming the problem', async () => {
    await expect(makePdf(input({ svg: 'not an image' }))).rejects.toThrow(PdfError)
    await expect(makePdf(input({ svg: '<svg><rect></svg' }))).rejects.toThrow(
      /could not be read as SVG/
    )
    await expect(makePdf(input({ width: 0 }))).rejects.toThrow(/width must be a positive number/)
    await expect(makePdf(input({ height: Number.NaN }))).rejects.toThrow(/height/)
    await expect(makePdf(input({ pageSize: 'A5' as never }))).rejects.toThrow(/pageSize/)
  })
})

describe('the PDF of the sample project', () => {
  let sample: Project
  beforeAll(async () => {
    sample = await loadSampleProject(path.join(ROOT, 'resources/sample'))
  })

  it('lists every article’s quotes under Sources', async () => {
    const sources: PdfSourceInput[] = sample.articles.map((article) => ({
      title: article.title,
      source: article.source,
      published: article.published,
      quotes: sample.events.flatMap((e) =>
        e.sources.filter((s) => s.articleId === article.id).map((s) => s.quote)
      )
    }))
    const pdf = await makePdf(input({ title: sample.title, sources }))
    expect(countPdfPages(pdf)).toBe(2)
    expect(drawnGlyphIds(pdf)).not.toContain(0)
  })
})
