/**
 * The visual check for image export: the sample project (the seed article, through the real
 * pipeline) and generated timelines exported in the bench page at 2×, light and dark, whole and
 * view, with title, legend and sources, saved as PNG and SVG for a person to look at.
 * Run: npx tsx scripts/bench-export/render-sample.ts [out dir, default scratch/export-check]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import { bundleExportPage, callPage, checkPng, fontDataUrls, launchChromium } from './browser'
import type { ImageRequest } from './protocol'

const out = path.resolve(process.argv[2] ?? 'scratch/export-check')
mkdirSync(out, { recursive: true })

const sample = await loadSampleProject('resources/sample')
const base = {
  laneBy: 'none',
  width: 1600,
  title: sample.title,
  legend: true,
  sources: true,
  scale: 2
} as const
const view = { start: '2021-09-20T00:00:00.000Z', end: '2021-11-01T00:00:00.000Z' }
const cases: { name: string; doc: 'sample' | number; request: ImageRequest }[] = [
  { name: 'seed-whole-light', doc: 'sample', request: { ...base, scope: 'whole', theme: 'light' } },
  { name: 'seed-whole-dark', doc: 'sample', request: { ...base, scope: 'whole', theme: 'dark' } },
  {
    name: 'seed-view-light',
    doc: 'sample',
    request: { ...base, scope: 'view', window: view, width: 1200, theme: 'light' }
  },
  {
    name: 'seed-view-dark',
    doc: 'sample',
    request: { ...base, scope: 'view', window: view, width: 1200, theme: 'dark' }
  },
  {
    name: 'seed-whole-actor-light',
    doc: 'sample',
    request: { ...base, scope: 'whole', laneBy: 'actor', theme: 'light' }
  },
  {
    name: 'gen-1k-whole-category',
    doc: 1000,
    request: { ...base, scope: 'whole', laneBy: 'category', theme: 'light', title: '1,000 events' }
  },
  {
    name: 'gen-100k-whole-category-dark',
    doc: 100_000,
    request: { ...base, scope: 'whole', laneBy: 'category', theme: 'dark', title: '100,000 events' }
  }
]

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-export-check-'))
const browser = await launchChromium()
try {
  const url = await bundleExportPage(dir)
  const page = await browser.newPage()
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`))
  await page.goto(url)
  await callPage(page, 'setFonts', await fontDataUrls(page))
  for (const c of cases) {
    if (c.doc === 'sample')
      await callPage(page, 'useDocument', { events: sample.events, articles: sample.articles })
    else await callPage(page, 'generate', c.doc)
    const result = await callPage(page, 'exportImage', c.request, true)
    const png = Buffer.from(result.png, 'base64')
    writeFileSync(path.join(out, `${c.name}.png`), png)
    writeFileSync(path.join(out, `${c.name}.svg`), result.svg ?? '')
    const check = checkPng(png)
    process.stdout.write(
      `${c.name}: ${result.pixelWidth} × ${result.pixelHeight} px, ${result.marks} marks, ` +
        `${(check.inked * 100).toFixed(1)}% inked → ${path.join(out, `${c.name}.png`)}\n`
    )
  }
} finally {
  await browser.close()
  rmSync(dir, { recursive: true, force: true })
}
