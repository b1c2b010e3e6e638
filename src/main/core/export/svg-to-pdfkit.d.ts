/** The part of svg-to-pdfkit (which ships no types) that pdf.ts uses. */
declare module 'svg-to-pdfkit' {
  interface SvgToPdfFontOptions {
    fauxBold: boolean
    fauxItalic: boolean
  }

  interface SvgToPdfOptions {
    width?: number
    height?: number
    preserveAspectRatio?: string
    /** Treat SVG units as PDF points rather than CSS pixels (3/4 pt). */
    assumePt?: boolean
    precision?: number
    /** Returns the name of a font registered in the document. */
    fontCallback?: (
      family: string,
      bold: boolean,
      italic: boolean,
      options: SvgToPdfFontOptions
    ) => string
    /** Returns what PDFKit's openImage should open for an <image>'s href. */
    imageCallback?: (href: string) => string
    documentCallback?: (file: string) => unknown
    warningCallback?: (message: string) => void
  }

  function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x?: number,
    y?: number,
    options?: SvgToPdfOptions
  ): void

  export = SVGtoPDF
}
