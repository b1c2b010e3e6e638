/**
 * The Node side of the export bench page, shared by the bench (../bench-export.ts) and the
 * visual check (./render-sample.ts): bundling the page, the fonts it embeds, Chromium, calls
 * into the page, and a look at the PNGs it returns.
 */
import type { Page } from '@playwright/test'
import { build } from 'esbuild'
import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { PNG } from 'pngjs'
import { callPageApi, launchChromium } from '../lib/bench-browser'
import { EXPORT_BENCH_GLOBAL, type ExportBenchApi } from './protocol'

const root = fileURLToPath(new URL('../..', import.meta.url))
const benchDir = path.join(root, 'scripts/bench-export')
const fontDir = path.join(root, 'node_modules/@fontsource/noto-sans/files')

/** The bench page, bundled next to its index.html in `dir`. */
export async function bundleExportPage(dir: string): Promise<string> {
  await build({
    entryPoints: { bench: path.join(benchDir, 'page/index.mts') },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outdir: dir,
    entryNames: '[name]',
    logLevel: 'warning'
  })
  copyFileSync(path.join(benchDir, 'index.html'), path.join(dir, 'index.html'))
  return pathToFileURL(path.join(dir, 'index.html')).href
}

/**
 * The export fonts as data URLs by file name, read from @fontsource/noto-sans. The names come
 * from the page (the export code's FONT_FILES): Node-side scripts cannot import renderer code.
 */
export async function fontDataUrls(page: Page): Promise<Record<string, string>> {
  const files = await callPage(page, 'fontFiles')
  return Object.fromEntries(
    files.map((file) => [
      file,
      `data:font/woff2;base64,${readFileSync(path.join(fontDir, file)).toString('base64')}`
    ])
  )
}

export { launchChromium }

/** Calls a method of the export bench page's API. */
export function callPage<K extends keyof ExportBenchApi & string>(
  page: Page,
  method: K,
  ...args: Parameters<ExportBenchApi[K]>
): Promise<Awaited<ReturnType<ExportBenchApi[K]>>> {
  return callPageApi<ExportBenchApi, K>(page, EXPORT_BENCH_GLOBAL, method, ...args)
}

export interface PngCheck {
  width: number
  height: number
  /** Share of pixels that differ from the top-left (background) pixel. */
  inked: number
  /** Distinct colours among a sample of pixels. */
  colours: number
}

/** Decodes a PNG and says how much is drawn on it: a blank canvas has one colour, no ink. */
export function checkPng(png: Buffer): PngCheck {
  const image = PNG.sync.read(png)
  const { data, width, height } = image
  const bg = data.readUInt32BE(0)
  let inked = 0
  const colours = new Set<number>()
  const step = Math.max(1, Math.floor((width * height) / 200_000))
  for (let i = 0; i < width * height; i += step) {
    const px = data.readUInt32BE(i * 4)
    if (px !== bg) inked++
    if (colours.size < 10_000) colours.add(px)
  }
  return { width, height, inked: inked / Math.ceil((width * height) / step), colours: colours.size }
}
