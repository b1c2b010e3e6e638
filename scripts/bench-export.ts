/**
 * Image export speed and size, in headless Chromium. Run: npm run bench:export
 *
 * The page (scripts/bench-export/page/index.mts) is bundled by esbuild into a temp dir and
 * loaded from file://. For 1,000 and 100,000 events (the render bench's seeded generator,
 * scripts/bench-render/events.ts: 2005–2024, news-like bursts; with an article for each source
 * id), each in EXPORT_RUNS fresh pages, it exports the WHOLE timeline as a 4× PNG the way the
 * app does: buildTimelineSvg (lanes by category, title, legend and sources; text measured with
 * canvas measureText in the embedded Noto Sans) then svgToPng (SVG → Image → canvas → PNG).
 * Loading the fonts and generating the events happen before the clock starts.
 *
 * Printed per size: the median run's ms for the SVG and for the PNG, the PNG's pixel size and
 * bytes, the SVG's bytes, the page's JS heap after the export; each PNG is decoded with pngjs
 * here and checked to be the size announced and not blank. The last stdout line is JSON:
 * {"png4x1kMs", "png4x100kMs", "png4x100kBytes"} — ms from events to PNG bytes (SVG + PNG).
 * Target (not asserted): 1,000 events under 1 s.
 */
import type { Browser } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  bundleExportPage,
  callPage,
  checkPng,
  fontDataUrls,
  launchChromium,
  type PngCheck
} from './bench-export/browser'
import type { ImageRequest, ImageResult } from './bench-export/protocol'

const SIZES = [1_000, 100_000]
const EXPORT_RUNS = 3
const SCALE = 4

const progress = (message: string): void => {
  process.stderr.write(`[bench:export] ${message}\n`)
}
function wholeRequest(n: number): ImageRequest {
  return {
    scope: 'whole',
    laneBy: 'category',
    width: 1600,
    theme: 'light',
    title: `Generated news timeline, ${n.toLocaleString('en-US')} events`,
    legend: true,
    sources: true,
    scale: SCALE
  }
}

interface SizeResult {
  n: number
  runs: ImageResult[]
  median: ImageResult
  check: PngCheck
}

const totalMs = (r: ImageResult): number => r.svgMs + r.pngMs

async function runSize(browser: Browser, url: string, n: number): Promise<SizeResult> {
  const runs: ImageResult[] = []
  const checks: PngCheck[] = []
  for (let run = 1; run <= EXPORT_RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    try {
      const page = await context.newPage()
      page.on('pageerror', (error) => progress(`page error: ${error.message}`))
      await page.goto(url)
      const fontMs = await callPage(page, 'setFonts', await fontDataUrls(page))
      const generateMs = await callPage(page, 'generate', n)
      const result = await callPage(page, 'exportImage', wholeRequest(n), false)
      const check = checkPng(Buffer.from(result.png, 'base64'))
      if (check.width !== result.pixelWidth || check.height !== result.pixelHeight)
        throw new Error(
          `n=${n}: the PNG is ${check.width} × ${check.height}, not the ` +
            `${result.pixelWidth} × ${result.pixelHeight} announced`
        )
      if (check.inked < 0.005 || check.colours < 3)
        throw new Error(`n=${n}: the PNG looks blank (${(check.inked * 100).toFixed(2)}% inked)`)
      progress(
        `n=${n} run ${run}: fonts ${fontMs.toFixed(0)} ms, generate ${generateMs.toFixed(0)} ms, ` +
          `svg ${result.svgMs.toFixed(0)} ms, png ${result.pngMs.toFixed(0)} ms`
      )
      runs.push(result)
      checks.push(check)
    } finally {
      await context.close()
    }
  }
  const order = runs.map((r, i) => i).sort((i, j) => totalMs(runs[i]!) - totalMs(runs[j]!))
  const middle = order[Math.floor((order.length - 1) / 2)]!
  return { n, runs, median: runs[middle]!, check: checks[middle]! }
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB`
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`

async function main(): Promise<void> {
  const started = performance.now()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-export-'))
  const results: SizeResult[] = []
  let version = 'unknown'
  try {
    progress('bundling the page with esbuild…')
    const url = await bundleExportPage(dir)
    const browser = await launchChromium()
    version = browser.version()
    try {
      for (const n of SIZES) results.push(await runSize(browser, url, n))
    } finally {
      await browser.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  const line = (text = ''): void => {
    process.stdout.write(`${text}\n`)
  }
  line(`Dateline export bench: whole timeline as a ${SCALE}× PNG (lanes by category, title,`)
  line(`legend, sources), median of ${EXPORT_RUNS} fresh pages by SVG + PNG time`)
  line()
  for (const r of results) {
    const m = r.median
    line(
      `${r.n.toLocaleString('en-US').padStart(7)} events: svg ${m.svgMs.toFixed(0)} ms, ` +
        `png ${m.pngMs.toFixed(0)} ms (total ${totalMs(m).toFixed(0)} ms; runs ` +
        `${r.runs.map((x) => totalMs(x).toFixed(0)).join(' / ')}); ` +
        `PNG ${m.pixelWidth} × ${m.pixelHeight} px, ${mb(Buffer.byteLength(m.png, 'base64'))}; ` +
        `SVG ${m.cssWidth} × ${m.cssHeight} CSS px, ${kb(m.svgBytes)}; ${m.marks} marks; ` +
        `${(r.check.inked * 100).toFixed(1)}% of pixels inked, ${r.check.colours} colours; ` +
        `heap after ${m.heapMB ?? '?'} MB`
    )
  }
  line()
  const cpus = os.cpus()
  line(`Chromium ${version} (headless); ${cpus.length} cores (${cpus[0]?.model.trim() ?? '?'});`)
  line(
    `Node ${process.version}; total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`
  )
  const of = (n: number): SizeResult | undefined => results.find((r) => r.n === n)
  const round = (v: number | undefined): number | null =>
    v === undefined ? null : Math.round(v * 10) / 10
  line(
    JSON.stringify({
      png4x1kMs: round(of(1_000) && totalMs(of(1_000)!.median)),
      png4x100kMs: round(of(100_000) && totalMs(of(100_000)!.median)),
      png4x100kBytes: of(100_000) ? Buffer.byteLength(of(100_000)!.median.png, 'base64') : null
    })
  )
}

await main()
