/**
 * The fonts an exported image carries: Noto Sans regular (400) and bold (700) for Latin, Latin
 * Extended and Cyrillic, as woff2 data URIs in @font-face rules with their unicode-range, so the
 * image reads the same on any machine (an SVG opened elsewhere, the PNG drawn from it) and text
 * measured in the page matches the text drawn. About 160 kB of font data, base64 included ~210 kB.
 *
 * Where the data URIs come from is left to the caller: the app imports the files through Vite
 * (./app-fonts.ts), the bench and the tests read them from node_modules/@fontsource/noto-sans.
 */

export interface FontFaces {
  /** @font-face rules for the SVG's <style>. */
  css: string
  /** The family name the rules declare (one of ours, so no installed font of the name interferes). */
  family: string
}

export const FONT_FAMILY = 'Dateline Noto Sans'

/** The ranges @fontsource/noto-sans 5.x declares for each subset (its 400.css and 700.css). */
export const FONT_RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,' +
    'U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,' +
    'U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,' +
    'U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'
} as const

export type FontSubset = keyof typeof FONT_RANGES
export type FontWeight = 400 | 700

export interface FontFile {
  subset: FontSubset
  weight: FontWeight
  /** The file's name in @fontsource/noto-sans/files/. */
  file: string
}

export const FONT_FILES: readonly FontFile[] = (
  ['latin', 'latin-ext', 'cyrillic'] as const
).flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    subset,
    weight,
    file: `noto-sans-${subset}-${weight}-normal.woff2`
  }))
)

/**
 * The @font-face rules for the files' data URLs (`data:font/woff2;base64,…`), keyed by file name.
 * A data URL that is not base64 font data is refused: it is written into CSS inside the image.
 */
export function fontFacesFromDataUrls(urls: Readonly<Record<string, string>>): FontFaces {
  const rules = FONT_FILES.map(({ subset, weight, file }) => {
    const url = urls[file]
    if (url === undefined) throw new Error(`No data URL for the font file ${file}`)
    if (
      !/^data:(font\/woff2|application\/font-woff2|application\/octet-stream);base64,[A-Za-z0-9+/=]+$/.test(
        url
      )
    )
      throw new Error(`The font file ${file} is not a base64 woff2 data URL`)
    // The media type is normalised: some bundlers label woff2 application/octet-stream.
    const data = url.slice(url.indexOf(','))
    return (
      `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};` +
      `src:url(data:font/woff2;base64${data}) format('woff2');unicode-range:${FONT_RANGES[subset]}}`
    )
  })
  return { css: rules.join('\n'), family: FONT_FAMILY }
}

/** No embedded fonts: the image falls back to the reader's sans-serif (tests that do not need them). */
export const NO_FONTS: FontFaces = { css: '', family: FONT_FAMILY }
