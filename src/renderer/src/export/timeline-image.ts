/**
 * The app's entry to image export: the SVG built with the app's embedded fonts and text measured
 * in those fonts, and the PNG drawn from it. The bench does the same with fonts it reads itself
 * (scripts/bench-export/page), which is why the pieces below stay separate.
 */
import type { Article, TimelineEvent } from '../../../shared/model'
import { APP_FONT_URLS, appFontFaces } from './app-fonts'
import { canvasMeasure, loadExportFonts } from './measure'
import { svgToPng, type PixelDensity } from './png'
import { buildTimelineSvg, type ExportedSvg, type ImageOptions } from './svg-document'

export type TimelineImageInput = { events: readonly TimelineEvent[]; articles: readonly Article[] }

/** The timeline as a self-contained SVG (fonts loaded first, so label boxes fit their text). */
export async function timelineSvg(
  input: TimelineImageInput,
  options: Omit<ImageOptions, 'fonts'>
): Promise<ExportedSvg> {
  await loadExportFonts(APP_FONT_URLS)
  return buildTimelineSvg(input, { ...options, fonts: appFontFaces() }, canvasMeasure())
}

/** The timeline as PNG bytes at `scale` device pixels per CSS pixel. */
export async function timelinePng(
  input: TimelineImageInput,
  options: Omit<ImageOptions, 'fonts'>,
  scale: PixelDensity
): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const image = await timelineSvg(input, options)
  const bytes = await svgToPng(image.svg, image.width, image.height, scale)
  return { bytes, width: image.width * scale, height: image.height * scale }
}
