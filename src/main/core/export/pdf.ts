/**
 * The timeline as a PDF: page 1 has the title and the timeline image (the renderer's SVG, drawn
 * as vectors, scaled to fit the page inside the margins with its proportions kept); then, when
 * sources are given, a "Sources" section flows over as many pages as it needs.
 *
 * Text is laid out here, line by line, rather than by PDFKit's flowing text: each line mixes
 * fonts (see pdf-fonts.ts), every line advances by a fixed pitch, and a page break falls exactly
 * where the arithmetic of PDF_LAYOUT says, so the page count is predictable (and tested).
 * A source's heading is kept with its first quote, and a source that fits on a page is not split.
 *
 * The output is deterministic for a given input and creation date: PDFKit derives the file ID
 * from the document info, and nothing else in the file depends on the clock.
 */
import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import { FONT_SUBSETS, fontName, registerFonts, type FontSubset } from './pdf-fonts'
import { LineWriter } from './pdf-line-writer'
import { splitSvgTextRuns, SUBSET_FAMILY_PREFIX } from './svg-text-runs'

export interface PdfSourceInput {
  title: string
  source: string
  published: string | null
  quotes: string[]
}

export interface PdfInput {
  svg: string
  /** The SVG's size in CSS pixels (its width and height attributes). */
  width: number
  height: number
  title: string | null
  pageSize: 'A4' | 'Letter' | 'A3'
  orientation: 'landscape' | 'portrait'
  sources: PdfSourceInput[] | null
  /** The document's creation date (its info dictionary); now when not given. */
  creationDate?: Date
}

/** Page sizes in points (1/72 in), portrait. */
export const PAGE_SIZES = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
  A3: [841.89, 1190.55]
} as const

/** Every measure of the layout, in points. */
export const PDF_LAYOUT = {
  margin: 40,
  title: { size: 18, pitch: 24, bold: true, color: '#111111' },
  /** Space between the title and the image. */
  titleGap: 10,
  heading: { size: 14, pitch: 20, bold: true, color: '#111111' },
  headingGap: 6,
  sourceTitle: { size: 9, pitch: 13, bold: true, color: '#111111' },
  sourceMeta: { size: 9, pitch: 13, bold: false, color: '#555555' },
  quote: { size: 9, pitch: 13, bold: false, color: '#222222' },
  quoteIndent: 12,
  /** Space after each source. */
  sourceGap: 8
} as const

const TITLE_LINES = 3

export class PdfError extends Error {
  override name = 'PdfError'
}

export async function makePdf(input: PdfInput): Promise<Uint8Array> {
  checkInput(input)
  const [short, long] = PAGE_SIZES[input.pageSize]
  const size = input.orientation === 'landscape' ? [long, short] : [short, long]
  const doc = new PDFDocument({
    size,
    margin: PDF_LAYOUT.margin,
    autoFirstPage: false,
    info: {
      Title: input.title ?? 'Timeline',
      Creator: 'Dateline',
      Producer: 'Dateline',
      CreationDate: input.creationDate ?? new Date()
    }
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  registerFonts(doc)
  const writer = new LineWriter(doc, PDF_LAYOUT.margin)

  writer.newPage()
  if (input.title?.trim()) {
    // At most three lines, so a pasted essay cannot push the image off the page.
    const lines = writer.lines(input.title, PDF_LAYOUT.title, 0)
    const shown = lines.length > TITLE_LINES ? lines.slice(0, TITLE_LINES) : lines
    if (shown !== lines) shown[TITLE_LINES - 1] = `${shown[TITLE_LINES - 1]!.slice(0, -2)}…`
    writer.draw(shown, PDF_LAYOUT.title, 0)
    writer.y += PDF_LAYOUT.titleGap
  }
  drawSvg(doc, input, writer.y)

  if (input.sources && input.sources.length > 0) {
    writer.newPage()
    writer.paragraph('Sources', PDF_LAYOUT.heading)
    writer.y += PDF_LAYOUT.headingGap
    input.sources.forEach((source, i) => writeSource(writer, source, i + 1))
  }

  doc.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}

function checkInput(input: PdfInput): void {
  for (const key of ['width', 'height'] as const) {
    const value = input[key]
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`PDF ${key} must be a positive number, got ${String(value)}`)
  }
  if (!(input.pageSize in PAGE_SIZES))
    throw new RangeError(`PDF pageSize must be A4, Letter or A3, got ${String(input.pageSize)}`)
  if (input.orientation !== 'landscape' && input.orientation !== 'portrait')
    throw new RangeError(
      `PDF orientation must be landscape or portrait, got ${String(input.orientation)}`
    )
  if (typeof input.svg !== 'string' || !input.svg.includes('<svg'))
    throw new PdfError('The timeline image is not an SVG document')
}

/** The image below `top`, as large as the page allows, centred across the page. */
function drawSvg(doc: PDFKit.PDFDocument, input: PdfInput, top: number): void {
  const { margin } = PDF_LAYOUT
  const areaWidth = doc.page.width - 2 * margin
  const areaHeight = doc.page.height - margin - top
  const scale = Math.min(areaWidth / input.width, areaHeight / input.height)
  const left = margin + (areaWidth - input.width * scale) / 2
  const problems: string[] = []
  doc.save()
  try {
    // One SVG pixel is one point before this scale, so the image fills exactly the computed box.
    doc.translate(left, top).scale(scale)
    SVGtoPDF(doc, splitSvgTextRuns(input.svg), 0, 0, {
      width: input.width,
      height: input.height,
      assumePt: true,
      fontCallback: (family, bold, italic, options) => {
        // Every text is Noto Sans, as in the exported image; svg-to-pdfkit slants italic.
        options.fauxItalic = italic
        const subset = family.startsWith(SUBSET_FAMILY_PREFIX)
          ? family.slice(SUBSET_FAMILY_PREFIX.length)
          : 'latin'
        return fontName(isSubset(subset) ? subset : 'latin', bold)
      },
      // Only images carried in the SVG itself: an href naming a file or URL would have PDFKit
      // read that file from disk, so it is refused (and the image left out).
      imageCallback: (href) =>
        /^data:image\/(?:png|jpe?g);base64,/i.test(href.trim()) ? href : '',
      warningCallback: (message) => problems.push(message)
    })
  } catch (error) {
    throw new PdfError(`The timeline image could not be drawn: ${String(error)}`, { cause: error })
  } finally {
    doc.restore()
  }
  const unreadable = problems.find((p) => /^parseXml: parsing error|does not look like/.test(p))
  if (unreadable) throw new PdfError(`The timeline image could not be read as SVG (${unreadable})`)
}

function isSubset(name: string): name is FontSubset {
  return (FONT_SUBSETS as string[]).includes(name)
}

function writeSource(writer: LineWriter, source: PdfSourceInput, n: number): void {
  const { sourceTitle, sourceMeta, quote, quoteIndent, sourceGap } = PDF_LAYOUT
  const title = writer.lines(`${n}. ${source.title || 'Untitled article'}`, sourceTitle, 0)
  const metaText = [source.source, source.published].filter(Boolean).join(', ')
  const meta = metaText ? writer.lines(metaText, sourceMeta, 0) : []
  const quotes = source.quotes.map((q) => writer.lines(`“${q}”`, quote, quoteIndent))
  // Keep the whole source on one page when it fits on one; else at least its heading with the
  // first lines of its first quote.
  const head = title.length * sourceTitle.pitch + meta.length * sourceMeta.pitch
  const all = head + quotes.reduce((sum, lines) => sum + lines.length * quote.pitch, 0)
  const firstQuote = (quotes[0]?.length ?? 0) * quote.pitch
  writer.keep(all <= writer.pageHeight ? all : Math.min(head + firstQuote, writer.pageHeight))
  writer.draw(title, sourceTitle, 0)
  writer.draw(meta, sourceMeta, 0)
  for (const lines of quotes) writer.draw(lines, quote, quoteIndent)
  writer.y += sourceGap
}

/**
 * The number of pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes).
 * For PDFKit's output, whose page objects are never inside compressed object streams.
 */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0
}
