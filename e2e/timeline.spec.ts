/**
 * The timeline beyond the basics: dense views on the canvas, lanes, the overview brush, period
 * presets, keyboard navigation, search and filters, the tooltip, the list view and the axis.
 * Dense specs read a generated article of 900 dated sentences (written by this file) through the
 * real pipeline; the others read the seed article.
 */
import type { Page } from '@playwright/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { ROOT } from './launch'
import { screenshot } from './screenshot'

async function visibleWindow(page: Page): Promise<[number, number]> {
  const svg = page.locator('svg.timeline-svg')
  return [
    Date.parse((await svg.getAttribute('data-start'))!),
    Date.parse((await svg.getAttribute('data-end'))!)
  ]
}

const DAY = 86_400_000

/** Label boxes must not overlap one another. */
async function expectNoLabelOverlap(page: Page): Promise<number> {
  const boxes = await page.$$eval('.label', (nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect()
      return { x: r.x, y: r.y, w: r.width, h: r.height }
    })
  )
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
      expect(overlap, `labels ${i} and ${j} overlap`).toBe(false)
    }
  return boxes.length
}

// ── A dense story, generated ─────────────────────────────────────────────────────────────────
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
const ACTORS = ['NATO', 'Russia', 'Germany', 'France', 'Norway', 'Ukraine']
const VERBS = [
  'signed a treaty with',
  'imposed sanctions on',
  'opened talks with',
  'expelled diplomats of'
]
const denseDir = mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-dense-'))
{
  let seed = 11
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!
  const lines: string[] = []
  for (let i = 0; i < 900; i++) {
    const [a, b] = [pick(ACTORS), pick(ACTORS)]
    const date = `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2000 + Math.floor(random() * 20)}`
    lines.push(`On ${date}, ${a} ${pick(VERBS)} ${b === a ? 'its neighbours' : b}.`)
  }
  // A few events around today, so the today marker has something to stand in.
  const now = new Date()
  for (const offset of [-6, -3, 2]) {
    const d = new Date(now.getTime() + offset * DAY)
    lines.push(
      `On ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, Norway opened talks with Russia.`
    )
  }
  writeFileSync(path.join(denseDir, 'dense.txt'), lines.join('\n\n'))
  const published = new Date(now.getTime() + 3 * DAY).toISOString().slice(0, 10)
  writeFileSync(
    path.join(denseDir, 'sample.json'),
    JSON.stringify({
      title: 'A dense story',
      articles: [{ file: 'dense.txt', title: 'Chronicle', source: 'Generated', published }]
    })
  )
}

test.describe('a dense story', () => {
  test.use({ sampleDir: denseDir })

  test('draws on the canvas when crowded, labels the rest without overlap, and opens up on zoom', async ({
    app
  }) => {
    const { page } = app
    await page.setViewportSize({ width: 1280, height: 800 })
    const svg = page.locator('svg.timeline-svg')
    await expect(svg).toHaveAttribute('data-mode', 'canvas')
    expect(await expectNoLabelOverlap(page)).toBeGreaterThan(5)
    await expect(page.locator('.status')).toContainText('more events here')
    // The density strip is painted: pixels above the track in the accent colour.
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.timeline-canvas')!
      const ctx = canvas.getContext('2d')!
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      let blue = 0
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 2]! > 120 && data[i]! < 120 && data[i + 3]! > 100) blue++
      return blue
    })
    expect(painted).toBeGreaterThan(2000)
    await screenshot(page, 'dense-canvas')

    // Hovering the density strip tells how many events a bucket holds.
    const spot = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.timeline-canvas')!
      const box = canvas.getBoundingClientRect()
      const trackY = Number(document.querySelector('.stems line')!.getAttribute('y1'))
      const ctx = canvas.getContext('2d')!
      for (let x = 40; x < canvas.width - 40; x++) {
        const [r, , b, a] = ctx.getImageData(x, trackY - 2, 1, 1).data
        const free = !document.elementFromPoint(box.x + x, box.y + trackY - 2)?.closest('[data-id]')
        if (b! > 120 && r! < 120 && a! > 100 && free) return { x: box.x + x, y: box.y + trackY - 2 }
      }
      return null
    })
    expect(spot).not.toBeNull()
    await page.mouse.move(spot!.x, spot!.y)
    await expect(page.locator('.tooltip')).toContainText(/\d+ events?/)
    await expect(page.locator('.tooltip')).toContainText('Zoom in to read them')

    // One year: few enough for elements, one per event of that year.
    await page.selectOption('#period', { label: '2005' })
    await expect(svg).toHaveAttribute('data-mode', 'svg')
    const [s, e] = await visibleWindow(page)
    expect(new Date(s).toISOString().slice(0, 10)).toBe('2005-01-01')
    expect(new Date(e).toISOString().slice(0, 10)).toBe('2006-01-01')
    const dates = await page.$$eval('.mark', (nodes) =>
      nodes.map((n) => n.getAttribute('data-date')!)
    )
    expect(dates.length).toBeGreaterThan(20)
    for (const d of dates) expect(d.startsWith('2005')).toBe(true)
    await expectNoLabelOverlap(page)
  })

  test('lanes by actor: one lane per actor with its name and count, labels apart', async ({
    app
  }) => {
    const { page } = app
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.selectOption('#lanes', 'actor')
    const names = await page.$$eval('.lane-names text', (nodes) => nodes.map((n) => n.textContent!))
    expect(names.length).toBe(ACTORS.length)
    for (const actor of ACTORS) expect(names.some((n) => n.startsWith(`${actor} · `))).toBe(true)
    const total = names.reduce((sum, n) => sum + Number(n.split(' · ')[1]!.replace(/\D/g, '')), 0)
    expect(total).toBe(
      await page
        .locator('#shown-count')
        .textContent()
        .then((t) => Number(t!.replace(/\D/g, '')))
    )
    await expectNoLabelOverlap(page)
    // Show one lane only.
    const nato = await page.$$eval('#lane-filter option', (options) =>
      options.find((o) => o.textContent!.startsWith('NATO ('))!.getAttribute('value')!
    )
    await page.selectOption('#lane-filter', nato)
    await expect(page.locator('.lane-names text')).toHaveCount(0)
    await expect(page.locator('#shown-count')).toContainText(' of ')
    await screenshot(page, 'dense-lanes')
  })

  test('the overview brush sets the window, and the window moves the brush', async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width: 1280, height: 800 })
    const overview = (await page.locator('.overview .overlay').boundingBox())!
    const y = overview.y + overview.height / 2
    await page.mouse.move(overview.x + overview.width * 0.3, y)
    await page.mouse.down()
    await page.mouse.move(overview.x + overview.width * 0.4, y, { steps: 5 })
    await page.mouse.up()
    const [s, e] = await visibleWindow(page)
    const [s0, e0] = await page.evaluate(() => {
      const r = document.querySelector('.overview .overlay')!.getBoundingClientRect()
      return [r.x, r.width]
    })
    expect(e0).toBeGreaterThan(0)
    expect(s0).toBeGreaterThan(0)
    // About a tenth of the whole story is in view now.
    const spanYears = (e - s) / (365.25 * DAY)
    expect(spanYears).toBeGreaterThan(1)
    expect(spanYears).toBeLessThan(5)
    await page.locator('#zoom-fit').click()
    await expect
      .poll(async () => {
        const sel = await page.locator('.overview .selection').boundingBox()
        return sel ? sel.width / overview.width : 0
      })
      .toBeGreaterThan(0.8)
  })

  test('a today marker stands at today when today is in view', async ({ app }) => {
    const { page } = app
    await page.selectOption('#period', { label: 'The last 30 days of the story' })
    await expect(page.locator('.today line')).toHaveCount(1)
    const [s, e] = await visibleWindow(page)
    const svgBox = (await page.locator('svg.timeline-svg').boundingBox())!
    const x = Number(await page.locator('.today line').getAttribute('x1'))
    const expected = 16 + ((Date.now() - s) / (e - s)) * (svgBox.width - 32)
    expect(Math.abs(x - expected)).toBeLessThan(3)
    // Days are the ticks now; the month is named under them.
    await expect(page.locator('.axis-context text').first()).toHaveText(/\d{4}/)
  })
})

// ── The seed article ─────────────────────────────────────────────────────────────────────────

test('keyboard: Tab reaches an event, arrows go through them in time order, Enter opens it', async ({
  app
}) => {
  const { page } = app
  await page.locator('.mark').first().focus()
  const order: string[] = []
  for (let i = 0; i < 6; i++) {
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute('data-date') ?? ''
    )
    order.push(focused)
    await page.keyboard.press('ArrowRight')
  }
  const starts = await page.evaluate((values) => values, order)
  expect(starts.every(Boolean)).toBe(true)
  // Time order: each value's year is not before the previous one's.
  for (let i = 1; i < starts.length; i++)
    expect(starts[i]!.slice(0, 4) >= starts[i - 1]!.slice(0, 4)).toBe(true)
  await page.keyboard.press('Enter')
  await expect(page.locator('#details h2')).not.toBeEmpty()
  const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
  expect(label).toMatch(/\d{4}: /)

  // Arrows elsewhere pan, Home fits, + and − zoom, and the window never gets finer than hours.
  await page.locator('#search').focus()
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  const [s0, e0] = await visibleWindow(page)
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await visibleWindow(page))[0]).toBeGreaterThan(s0)
  await page.keyboard.press('Home')
  await expect.poll(() => visibleWindow(page)).toEqual([s0, e0])
  for (let i = 0; i < 30; i++) await page.keyboard.press('+')
  await expect
    .poll(async () => {
      const [s, e] = await visibleWindow(page)
      return e - s
    })
    .toBeGreaterThanOrEqual(2 * 3_600_000 - 1000)
})

test('search and category filters narrow the events; selection survives zoom', async ({ app }) => {
  const { page } = app
  const all = await page.locator('.mark').count()
  await page.locator('.label', { hasText: 'NATO suspended all military cooperation' }).click()
  // The search reads titles and quotes: Crimea's annexation, and the suspension "after Russia
  // annexed Crimea". Case and accents do not matter.
  await page.locator('#search').fill('CRIMÉA')
  await expect(page.locator('#shown-count')).toHaveText(`2 of ${all} events`)
  await expect(page.locator('.mark')).toHaveCount(2)
  await expect(page.locator('.label-title')).toHaveText([
    'Russia annexed Crimea',
    'NATO suspended all military cooperation with Russia'
  ])
  // Several words must all be there, in any field: a place and an actor.
  await page.locator('#search').fill('tromso lavrov')
  await expect(page.locator('#shown-count')).toHaveText(`1 of ${all} events`)
  await expect(page.locator('.label-title')).toHaveText(['Lavrov announced his arrival in Tromso'])
  await page.locator('#search').fill('')
  await expect(page.locator('.mark')).toHaveCount(all)
  // Unchecking a category hides its events.
  const military = page.locator('#categories input[value="military"]')
  const label = (await page
    .locator('#categories label', { has: page.locator('input[value="military"]') })
    .textContent())!
  const n = Number(label.match(/\((\d+)\)/)![1])
  await military.uncheck()
  await expect(page.locator('.mark')).toHaveCount(all - n)
  await military.check()
  // The selected event stays selected through zoom.
  await page.locator('#zoom-in').click()
  await page.locator('#zoom-out').click()
  await expect(page.locator('#details h2')).toHaveText(
    'NATO suspended all military cooperation with Russia'
  )
})

test('hovering a mark shows its title, its date as written and as normalised, and its actors', async ({
  app
}) => {
  const { page } = app
  await page.selectOption('#period', { label: 'The last 30 days of the story' })
  const mark = page.locator('.mark[data-date="2021-W40"], .mark[data-date="2021-10-04"]').first()
  const box = (await mark.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const tip = page.locator('.tooltip')
  await expect(tip).toBeVisible()
  await expect(tip).toContainText('NATO chose to expel eight Russian diplomats')
  await expect(tip).toContainText('two weeks ago')
  await expect(tip).toContainText('NATO')
})

test('the list view lists the events in view in time order and opens one', async ({ app }) => {
  const { page } = app
  await page.locator('#list-toggle').click()
  const items = page.locator('#list-view li')
  await expect(items).toHaveCount(await page.locator('.mark').count())
  const times = await page.$$eval('#list-view time', (nodes) =>
    nodes.map((n) => n.getAttribute('datetime')!)
  )
  expect([...times].sort()).toEqual(times)
  await page.locator('#list-view button', { hasText: 'Russia annexed Crimea' }).click()
  await expect(page.locator('#details h2')).toHaveText('Russia annexed Crimea')
  // It follows the window.
  await page.selectOption('#period', { label: '2021' })
  await expect
    .poll(async () =>
      (
        await page.$$eval('#list-view time', (n) => n.map((t) => t.getAttribute('datetime')!))
      ).every((d) => d >= '2021')
    )
    .toBe(true)
})

// ── The view is part of the document ────────────────────────────────────────────────────────
const viewDir = mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-view-'))
{
  const seed = path.join(ROOT, 'resources', 'sample')
  writeFileSync(
    path.join(viewDir, 'vg-russia-cuts-off-contact-with-nato.txt'),
    readFileSync(path.join(seed, 'vg-russia-cuts-off-contact-with-nato.txt'))
  )
  const manifest = JSON.parse(readFileSync(path.join(seed, 'sample.json'), 'utf8')) as object
  writeFileSync(
    path.join(viewDir, 'sample.json'),
    JSON.stringify({
      ...manifest,
      view: { start: '2021-09-01T00:00:00.000Z', end: '2021-11-01T00:00:00.000Z', lanes: 'actor' }
    })
  )
}

test.describe('a document with a saved view', () => {
  test.use({ sampleDir: viewDir })

  test('opens at its window and lanes', async ({ app }) => {
    const { page } = app
    const [s, e] = await visibleWindow(page)
    expect(new Date(s).toISOString()).toBe('2021-09-01T00:00:00.000Z')
    expect(new Date(e).toISOString()).toBe('2021-11-01T00:00:00.000Z')
    await expect(page.locator('#lanes')).toHaveValue('actor')
    expect(await page.locator('.lane-names text').count()).toBeGreaterThan(1)
  })
})
