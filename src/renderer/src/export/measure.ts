/**
 * Text measuring for the SVG builder in a page: canvas measureText with the export's own fonts
 * loaded, so label boxes fit the text the image draws. The fonts are added to document.fonts
 * from their bytes (not their data URLs): the app's Content-Security-Policy allows fonts only
 * from 'self', and a FontFace made from an ArrayBuffer fetches nothing.
 */
import { FONT_FAMILY, FONT_FILES, FONT_RANGES } from './fonts'

import type { Measure } from './text-fit'

export type { Measure }

const loaded = new Map<string, Promise<void>>()

function bytesOf(dataUrl: string): ArrayBuffer {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes.buffer
}

/** Adds the export fonts (data URLs by file name) to the document, once per set of URLs. */
export function loadExportFonts(urls: Readonly<Record<string, string>>): Promise<void> {
  const key = FONT_FILES.map((f) => (urls[f.file] ?? '').length).join(',')
  let done = loaded.get(key)
  if (!done) {
    done = Promise.all(
      FONT_FILES.map(async ({ file, weight, subset }) => {
        const url = urls[file]
        if (!url) throw new Error(`No data URL for the font file ${file}`)
        const face = new FontFace(FONT_FAMILY, bytesOf(url), {
          weight: String(weight),
          style: 'normal',
          unicodeRange: FONT_RANGES[subset]
        })
        await face.load()
        document.fonts.add(face)
      })
    ).then(() => undefined)
    loaded.set(key, done)
  }
  return done
}

/**
 * A measure function over one canvas context, caching widths per font and text (labels are
 * measured once for the layout and again for truncation).
 */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d')
  const cache = new Map<string, number>()
  let current = ''
  return (text, font) => {
    const key = `${font}\u0000${text}`
    let width = cache.get(key)
    if (width === undefined) {
      if (!ctx) return text.length * 7
      if (current !== font) ctx.font = current = font
      width = ctx.measureText(text).width
      cache.set(key, width)
    }
    return width
  }
}
