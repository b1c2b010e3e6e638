/**
 * File → Export… and Import as a person uses them on the seed story: the PNG decoded and its
 * pixels checked at a known mark, the SVG parsed for every title and for external references, the
 * PDF's pages counted, a TimelineJS export imported back unchanged, and a 100,000-event
 * whole-timeline PNG that finishes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { PNG } from 'pngjs'
import { countPdfPages } from '../src/main/core/export'
import type { Project } from '../src/shared/model'
import { expect, test } from './fixtures'
import type { AppSession } from './launch'
import { screenshot } from './screenshot'

interface Choices {
  format: 'PNG image' | 'SVG image' | 'PDF document' | 'CSV spreadsheet' | 'TimelineJS'
  scope?: 'whole' | 'view'
  scale?: '1×' | '2×' | '4×'
  theme?: 'light' | 'dark'
}

const outDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-export-'))

/** Opens File → Export…, sets the choices, and exports to `file`. */
async function exportAs(app: AppSession, choices: Choices, file: string): Promise<void> {
  const { page } = app
  await app.answerDialogs({ export: file })
  await app.emit('menu:command', 'export')
  const dialog = page.locator('dialog.export-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Format').selectOption({ label: choices.format })
  if (choices.scope) {
    await dialog
      .getByLabel(choices.scope === 'whole' ? 'Whole timeline' : 'Current view', { exact: false })
      .check()
  }
  if (choices.scale) await dialog.getByLabel(choices.scale, { exact: true }).check()
  if (choices.theme) {
    await dialog.getByLabel(choices.theme === 'dark' ? 'Dark' : 'Light', { exact: true }).check()
  }
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(page.locator('#status')).toContainText(`Exported “${path.basename(file)}”`, {
    timeout: 60_000
  })
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

function near(a: string, b: string, tolerance = 24): boolean {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16))
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16))
  return pa.every((c, i) => Math.abs(c - pb[i]!) <= tolerance)
}

/**
 * A dot of the SVG that nothing else covers (no other dot near it, no period bar over it, no
 * label box on it), with its colour from the SVG's own style.
 */
function loneDot(svg: string): { x: number; y: number; color: string } {
  const dots = [
    ...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="6" class="dot (c\d+)"/g)
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), cls: m[3]! }))
  const boxes = [
    ...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) }))
  for (const m of svg.matchAll(
    /<g transform="translate\(([\d.]+),([\d.]+)\)"><rect width="([\d.]+)" height="([\d.]+)"/g
  )) {
    boxes.push({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) })
  }
  const underBox = (d: { x: number; y: number }): boolean =>
    boxes.some(
      (b) => d.x >= b.x - 8 && d.x <= b.x + b.w + 8 && d.y >= b.y - 8 && d.y <= b.y + b.h + 8
    )
  // Dots closer than 8 px paint over each other's centre: fine only in the same colour.
  const clear = (d: (typeof dots)[number]): boolean =>
    dots.every((o) => o === d || Math.hypot(o.x - d.x, o.y - d.y) >= 8 || o.cls === d.cls)
  const free = dots.filter((d) => !underBox(d) && clear(d))
  expect(free.length, 'a dot that nothing covers').toBeGreaterThan(0)
  const dot = free[0]!
  const color = new RegExp(`\\.${dot.cls}\\{fill:(#[0-9a-f]{6})\\}`).exec(svg)?.[1]
  expect(color).toBeDefined()
  return { x: dot.x, y: dot.y, color: color! }
}

async function titles(page: Page): Promise<string[]> {
  await page.locator('#list-toggle').click()
  await page.locator('#zoom-fit').click()
  return page.locator('#list-view li button').allTextContents()
}

test('PNG at 2×: the right size, not blank, and a known mark in its colour', async ({ app }) => {
  const dir = outDir()
  // The story's last 30 days, where its October 2021 events stand apart.
  await app.page.locator('#period').selectOption({ label: 'The last 30 days of the story' })
  await exportAs(
    app,
    { format: 'SVG image', scope: 'view', theme: 'light' },
    path.join(dir, 'story.svg')
  )
  const svg = readFileSync(path.join(dir, 'story.svg'), 'utf8')
  const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)![1])
  const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)![1])

  await exportAs(
    app,
    { format: 'PNG image', scope: 'view', scale: '2×', theme: 'light' },
    path.join(dir, 'story.png')
  )
  const png = PNG.sync.read(readFileSync(path.join(dir, 'story.png')))
  expect([png.width, png.height]).toEqual([Math.round(width * 2), Math.round(height * 2)])
  const colours = new Set<string>()
  let inked = 0
  const background = hex(png.data[0]!, png.data[1]!, png.data[2]!)
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const c = hex(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)
    colours.add(c)
    if (c !== background) inked++
  }
  expect(colours.size).toBeGreaterThan(20)
  expect(inked / (png.data.length / 28)).toBeGreaterThan(0.02)

  const dot = loneDot(svg)
  const at = (Math.round(dot.y * 2) * png.width + Math.round(dot.x * 2)) * 4
  const pixel = hex(png.data[at]!, png.data[at + 1]!, png.data[at + 2]!)
  expect(near(pixel, dot.color), `pixel ${pixel} at the mark, mark colour ${dot.color}`).toBe(true)
})

test('SVG: parses, names every event shown, and reaches nothing outside itself', async ({
  app
}) => {
  const { page } = app
  const shown = await titles(page)
  expect(shown.length).toBe(11)
  const dir = outDir()
  await exportAs(
    app,
    { format: 'SVG image', scope: 'whole', theme: 'dark' },
    path.join(dir, 'story.svg')
  )
  const svg = readFileSync(path.join(dir, 'story.svg'), 'utf8')
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg)
  expect(parsed.svg).toBeDefined()
  const text = svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
  for (const title of shown) expect(text).toContain(title.replace(/\s+/g, ' ').trim())
  const external = [...svg.matchAll(/(?:href|src)="([^"]*)"|url\(([^)]*)\)/g)]
    .map((m) => (m[1] ?? m[2] ?? '').replace(/^['"]/, ''))
    .filter((ref) => !ref.startsWith('data:') && !ref.startsWith('#'))
  expect(external).toEqual([])
  expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:\/\//)
})

test('PDF: a real PDF with the timeline page and the sources after it', async ({ app }) => {
  const dir = outDir()
  await exportAs(app, { format: 'PDF document', scope: 'whole' }, path.join(dir, 'story.pdf'))
  const pdf = readFileSync(path.join(dir, 'story.pdf'))
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  // One page for the timeline; the seed's one article and its quotes fit on a second.
  expect(countPdfPages(pdf)).toBe(2)
  await screenshot(app.page, 'export-after-pdf')

  // The dialog remembers the last choices.
  await app.emit('menu:command', 'export')
  const dialog = app.page.locator('dialog.export-dialog')
  await expect(dialog.getByLabel('Format')).toHaveValue('pdf')
  await expect(dialog.getByLabel('Whole timeline')).toBeChecked()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
})

test('a TimelineJS export comes back unchanged through Import', async ({ app }) => {
  const { page } = app
  const dir = outDir()
  const file = path.join(dir, 'story.json')
  await exportAs(app, { format: 'TimelineJS' }, file)
  const exported = JSON.parse(readFileSync(file, 'utf8'))
  expect(exported.events.length).toBe(11)

  await app.emit('menu:command', 'new')
  await expect(page.locator('#project-summary')).toHaveText('0 dated events from 0 articles')
  await app.answerDialogs({ import: file })
  await app.emit('menu:command', 'import')
  await expect(page.locator('#status')).toContainText('Imported 11 events')

  const again = path.join(dir, 'again.json')
  await exportAs(app, { format: 'TimelineJS' }, again)
  const reexported = JSON.parse(readFileSync(again, 'utf8'))
  // Imported events carry no article, so their text (the quotes) stays behind; dates, titles and
  // groups come back as they left.
  expect(essentials(reexported.events)).toEqual(essentials(exported.events))
})

interface TimelineJsEvent {
  start_date: unknown
  end_date?: unknown
  text: { headline: string }
  group?: string
}

function essentials(events: TimelineJsEvent[]): string[] {
  return events
    .map((e) =>
      JSON.stringify({
        start: e.start_date,
        end: e.end_date,
        headline: e.text.headline,
        group: e.group
      })
    )
    .sort()
}

test('100,000 events export as a whole-timeline PNG without running out of memory', async ({
  app
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const dir = outDir()
  const file = path.join(dir, 'big.dateline')
  writeFileSync(file, JSON.stringify(bigProject(100_000)))
  await app.answerDialogs({ open: file })
  await app.emit('menu:command', 'open')
  await expect(page.locator('#project-summary')).toContainText('100,000 dated events', {
    timeout: 60_000
  })
  await exportAs(
    app,
    { format: 'PNG image', scope: 'whole', scale: '4×', theme: 'light' },
    path.join(dir, 'big.png')
  )
  const png = PNG.sync.read(readFileSync(path.join(dir, 'big.png')))
  expect(png.width).toBe(6400)
  expect(png.height).toBeGreaterThan(400)
  await screenshot(page, 'export-100k-done')
})

/** A valid project of `n` day events over 1990–2024, spread over 12 categories and 40 actors. */
function bigProject(n: number): Project {
  const start = Date.UTC(1990, 0, 1)
  const span = Date.UTC(2024, 11, 31) - start
  const events = Array.from({ length: n }, (_, i) => {
    const day = new Date(start + Math.floor((((i * 7919) % n) / n) * span))
      .toISOString()
      .slice(0, 10)
    return {
      id: `g-${i}`,
      title: `Generated event ${i}`,
      when: { value: day, start: day, end: day, granularity: 'day' as const, approximate: false },
      actors: [`Actor ${i % 40}`],
      places: [],
      category: `category ${i % 12}`,
      importance: 1 + (i % 5),
      sources: [],
      origin: 'manual' as const
    }
  })
  return {
    format: 'dateline',
    schemaVersion: 2,
    title: 'One hundred thousand events',
    articles: [],
    events
  }
}
