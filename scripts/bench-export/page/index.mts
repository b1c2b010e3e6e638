/**
 * The export bench page, bundled by esbuild and loaded in headless Chromium by
 * ../../bench-export.ts (and by the visual check). It runs the app's export code as the app
 * does — buildTimelineSvg with canvas measureText in the embedded fonts, then svgToPng — on
 * generated events or on a given document.
 *
 * A browser module: the .mts extension keeps it out of the Node type-check (tsconfig.node.json
 * takes scripts/**\/*.ts, without the DOM); tsconfig.test.json, which has the DOM, checks it.
 */
import type { Article, TimelineEvent } from '../../../src/shared/model'
import {
  FONT_FILES,
  fontFacesFromDataUrls,
  type FontFaces
} from '../../../src/renderer/src/export/fonts'
import { canvasMeasure, loadExportFonts } from '../../../src/renderer/src/export/measure'
import { svgToPng } from '../../../src/renderer/src/export/png'
import { buildTimelineSvg } from '../../../src/renderer/src/export/svg-document'
import { generateEvents } from '../../bench-render/events'
import {
  EXPORT_BENCH_GLOBAL,
  type ExportBenchApi,
  type ImageRequest,
  type ImageResult
} from '../protocol'

let fonts: FontFaces | null = null
let events: TimelineEvent[] = []
let articles: Article[] = []

const OUTLETS = ['Reuters', 'AP', 'BBC News', 'Le Monde', 'Der Spiegel', 'NHK', 'VG', 'El País']
const TOPICS = ['budget talks', 'the summit', 'sanctions', 'the election', 'the court ruling']

/** The articles the generator's events cite (ids a0, a1, …), with plausible titles and dates. */
function articlesFor(list: readonly TimelineEvent[]): Article[] {
  const latest = new Map<string, string>()
  for (const e of list)
    for (const s of e.sources) {
      const day = e.when.end
      if ((latest.get(s.articleId) ?? '') < day) latest.set(s.articleId, day)
    }
  return [...latest].map(([id, day], i) => ({
    id,
    title: `What we know about ${TOPICS[i % TOPICS.length]}: report ${id.slice(1)}`,
    published: day,
    source: OUTLETS[i % OUTLETS.length]!,
    text: ''
  }))
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

const api: ExportBenchApi = {
  fontFiles() {
    return FONT_FILES.map((f) => f.file)
  },

  async setFonts(urls) {
    const t0 = performance.now()
    fonts = fontFacesFromDataUrls(urls)
    await loadExportFonts(urls)
    return performance.now() - t0
  },

  generate(n) {
    const t0 = performance.now()
    events = generateEvents(n)
    articles = articlesFor(events)
    return performance.now() - t0
  },

  useDocument(doc) {
    events = doc.events
    articles = doc.articles
  },

  async exportImage(request: ImageRequest, keepSvg: boolean): Promise<ImageResult> {
    if (!fonts) throw new Error('setFonts first')
    const { scale, window: w, ...rest } = request
    const t0 = performance.now()
    const image = buildTimelineSvg(
      { events, articles },
      {
        ...rest,
        ...(w ? { window: { start: new Date(w.start), end: new Date(w.end) } } : {}),
        fonts
      },
      canvasMeasure()
    )
    const t1 = performance.now()
    const png = await svgToPng(image.svg, image.width, image.height, scale)
    const t2 = performance.now()
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
    return {
      svgMs: t1 - t0,
      pngMs: t2 - t1,
      svgBytes: new TextEncoder().encode(image.svg).length,
      png: base64(png),
      cssWidth: image.width,
      cssHeight: image.height,
      pixelWidth: image.width * scale,
      pixelHeight: image.height * scale,
      marks: image.marks.length,
      heapMB: memory ? Math.round(memory.usedJSHeapSize / 1048576) : null,
      svg: keepSvg ? image.svg : null
    }
  }
}

;(globalThis as unknown as Record<string, ExportBenchApi>)[EXPORT_BENCH_GLOBAL] = api
