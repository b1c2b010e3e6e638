/**
 * The PDF's text layout: words wrapped into lines that fit the page, drawn at a fixed pitch per
 * style, a new page where the next line would cross the bottom margin. Used by pdf.ts.
 */
import { fontName, textRuns, type FontSubset } from './pdf-fonts'

export interface TextStyle {
  size: number
  /** The distance from one line's top to the next's, in points. */
  pitch: number
  bold: boolean
  color: string
}

/**
 * Lines of text at fixed pitches, with page breaks where a line would cross the bottom margin.
 * Each line is drawn run by run in the font of its script (pdf-fonts.ts), and words are measured
 * the same way, so a line never runs past the right margin.
 */
export class LineWriter {
  /** Where the next line goes, from the top of the page. */
  y = 0
  private readonly widths = new Map<string, number>()

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly margin: number
  ) {}

  private get top(): number {
    return this.margin
  }

  get bottom(): number {
    return this.doc.page.height - this.margin
  }

  get pageHeight(): number {
    return this.bottom - this.top
  }

  private get contentWidth(): number {
    return this.doc.page.width - 2 * this.margin
  }

  newPage(): void {
    this.doc.addPage()
    this.y = this.top
  }

  /** Starts a new page unless `height` more points fit on this one. */
  keep(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage()
  }

  paragraph(text: string, style: TextStyle): void {
    this.draw(this.lines(text, style, 0), style, 0)
  }

  /** The text broken into lines that fit the width (white space collapsed). */
  lines(text: string, style: TextStyle, indent: number): string[] {
    const width = this.contentWidth - indent
    const space = this.measure(' ', style)
    const lines: string[] = []
    let line = ''
    let lineWidth = 0
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const w = this.measure(word, style)
      if (line && lineWidth + space + w <= width) {
        line += ` ${word}`
        lineWidth += space + w
        continue
      }
      if (line) lines.push(line)
      if (w <= width) {
        line = word
        lineWidth = w
        continue
      }
      // A word wider than the line (a long URL): cut it where it reaches the edge.
      line = ''
      lineWidth = 0
      for (const char of word) {
        const cw = this.measure(char, style)
        if (line && lineWidth + cw > width) {
          lines.push(line)
          line = ''
          lineWidth = 0
        }
        line += char
        lineWidth += cw
      }
    }
    if (line) lines.push(line)
    return lines
  }

  draw(lines: readonly string[], style: TextStyle, indent: number): void {
    this.doc.fillColor(style.color)
    for (const line of lines) {
      if (this.y + style.pitch > this.bottom) this.newPage()
      let x = this.margin + indent
      for (const run of textRuns(line)) {
        this.font(run.subset, style).text(run.text, x, this.y, { lineBreak: false })
        x += this.runWidth(run.text, run.subset, style)
      }
      this.y += style.pitch
    }
  }

  private font(subset: FontSubset, style: TextStyle): PDFKit.PDFDocument {
    return this.doc.font(fontName(subset, style.bold)).fontSize(style.size)
  }

  /** Width of a word or line drawn run by run, as draw() will draw it. */
  private measure(text: string, style: TextStyle): number {
    const key = `${style.bold ? 'b' : 'r'}${style.size}|${text}`
    let width = this.widths.get(key)
    if (width === undefined) {
      width = 0
      for (const run of textRuns(text)) width += this.runWidth(run.text, run.subset, style)
      if (this.widths.size < 100_000) this.widths.set(key, width)
    }
    return width
  }

  private runWidth(text: string, subset: FontSubset, style: TextStyle): number {
    return this.font(subset, style).widthOfString(text)
  }
}
