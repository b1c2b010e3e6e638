/**
 * What the export bench page (page/index.mts, in Chromium) exposes to the Node driver
 * (../bench-export.ts). No DOM types here: the driver type-checks under the Node config.
 */
import type { Article, TimelineEvent } from '../../src/shared/model'

/** The page's API lives on globalThis under this name. */
export const EXPORT_BENCH_GLOBAL = '__datelineExportBench'

export type Scale = 1 | 2 | 4

export interface ImageRequest {
  scope: 'view' | 'whole'
  /** ISO instants, for 'view'. */
  window?: { start: string; end: string }
  laneBy: 'none' | 'actor' | 'category' | 'article'
  width: number
  theme: 'light' | 'dark'
  title: string | null
  legend: boolean
  sources: boolean
  scale: Scale
}

export interface ImageResult {
  /** Building the SVG string (buildTimelineSvg, text measured with canvas measureText). */
  svgMs: number
  /** svgToPng: loading the SVG as an image, drawing it on the canvas, encoding the PNG. */
  pngMs: number
  svgBytes: number
  /** The PNG, base64, for the driver to decode and check. */
  png: string
  /** CSS size of the image and pixel size of the PNG. */
  cssWidth: number
  cssHeight: number
  pixelWidth: number
  pixelHeight: number
  marks: number
  /** The page's JS heap after the export (Chromium's performance.memory), MB; null if unknown. */
  heapMB: number | null
  /** The SVG itself, only when asked for (the visual check saves it). */
  svg: string | null
}

export interface ExportBenchApi {
  /** The font files the export embeds (names in @fontsource/noto-sans/files). */
  fontFiles(): string[]
  /** Loads the export fonts (data URLs by file name) into the page; returns ms. */
  setFonts(urls: Record<string, string>): Promise<number>
  /** Generates n events (and their articles) with the render bench's seeded generator; returns ms. */
  generate(n: number): number
  /** Uses the given events and articles instead (the sample project for the visual check). */
  useDocument(doc: { events: TimelineEvent[]; articles: Article[] }): void
  /** Exports the current events as an image, timed. */
  exportImage(request: ImageRequest, keepSvg: boolean): Promise<ImageResult>
}
