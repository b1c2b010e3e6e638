/**
 * The PDF's fonts: Noto Sans (regular and bold) from @fontsource/noto-sans, the family the
 * exported image declares, so the PDF reads like the SVG and PNG.
 *
 * @fontsource splits the font into subsets by script (latin, latin-ext, cyrillic, …), each a file
 * with only its own glyphs, and a PDF text run is drawn in one font with no fallback: "Лавров —
 * Tromsø" needs the cyrillic file for the name and the latin one for the dash and "Tromsø". So
 * text is cut into runs by the subset that has each character (textRuns), and each run is drawn
 * in its subset's font.
 *
 * The .woff files are used, not the .woff2: fontkit (inside pdfkit) opens woff2 without error
 * but embeds glyphs with no outlines, so every letter would be blank (tests/unit/export-pdf
 * checks the embedded glyphs). The files are found through module resolution, which works in the
 * source tree, the tests and the built app alike.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * The subsets we embed, with the unicode-range each declares in @fontsource/noto-sans 5.x
 * (its 400.css). Order matters: a character in two ranges (U+0304…) goes to the first.
 */
const SUBSET_RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,' +
    'U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,' +
    'U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,' +
    'U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  greek: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF'
} as const

export type FontSubset = keyof typeof SUBSET_RANGES

export const FONT_SUBSETS = Object.keys(SUBSET_RANGES) as FontSubset[]

const RANGES: [number, number, FontSubset][] = FONT_SUBSETS.flatMap((subset) =>
  SUBSET_RANGES[subset].split(',').map((range): [number, number, FontSubset] => {
    const [from, to = from] = range.replace(/^U\+/, '').split('-') as [string, string?]
    return [parseInt(from, 16), parseInt(to, 16), subset]
  })
)

/** The subset whose file has this character, or null when none of ours does. */
export function subsetOf(codePoint: number): FontSubset | null {
  if (codePoint < 0x100) return 'latin'
  for (const [from, to, subset] of RANGES) {
    if (codePoint >= from && codePoint <= to) return subset
  }
  return null
}

/** The name a font is registered under in the PDF document. */
export function fontName(subset: FontSubset, bold: boolean): string {
  return `NotoSans-${subset}${bold ? '-Bold' : ''}`
}

export interface TextRun {
  subset: FontSubset
  text: string
}

/**
 * The text cut where the subset changes. Every subset file has the space, so a space stays in
 * the run it is in (fewer runs); a character none of ours has (CJK, emoji) stays in the current
 * run too, and shows as the font's empty box.
 */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = []
  let current: TextRun | null = null
  for (const char of text) {
    const code = char.codePointAt(0)!
    const subset = code === 0x20 ? null : subsetOf(code)
    if (current && (subset === null || subset === current.subset)) current.text += char
    else {
      current = { subset: subset ?? 'latin', text: char }
      runs.push(current)
    }
  }
  return runs
}

let fontFiles: Map<string, Buffer> | null = null

/** The font files by registered name, read once. */
function loadFontFiles(): Map<string, Buffer> {
  if (fontFiles) return fontFiles
  const require = createRequire(import.meta.url)
  const files = new Map<string, Buffer>()
  for (const subset of FONT_SUBSETS) {
    for (const bold of [false, true]) {
      const file = `@fontsource/noto-sans/files/noto-sans-${subset}-${bold ? 700 : 400}-normal.woff`
      files.set(fontName(subset, bold), readFileSync(require.resolve(file)))
    }
  }
  return (fontFiles = files)
}

/** Registers every subset, regular and bold; a font is embedded (its drawn glyphs) once used. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, data] of loadFontFiles()) doc.registerFont(name, data)
}
