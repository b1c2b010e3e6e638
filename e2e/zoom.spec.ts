/** Wheel, toolbar and menu zoom change the visible time window. */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { screenshot } from './screenshot'

async function visibleWindow(page: Page): Promise<[number, number]> {
  const svg = page.locator('svg.timeline-svg')
  const start = await svg.getAttribute('data-start')
  const end = await svg.getAttribute('data-end')
  return [Date.parse(start!), Date.parse(end!)]
}

test('wheel zoom narrows the visible time window around the pointer', async ({ app }) => {
  const { page } = app
  const [s0, e0] = await visibleWindow(page)
  // Aim at the day of publication, 18 October 2021, where most of the story happens.
  const box = (await page.locator('#timeline').boundingBox())!
  const mark = (await page.locator('.mark[data-date="2021-10-18"]').first().boundingBox())!
  const target = mark.x + mark.width / 2
  const pointedAt = await page.evaluate((x) => {
    const svg = document.querySelector('svg.timeline-svg')!
    const s = Date.parse(svg.getAttribute('data-start')!)
    const e = Date.parse(svg.getAttribute('data-end')!)
    const r = svg.getBoundingClientRect()
    // The plot spans the svg less 16 px on each side (geometry.ts).
    return s + ((x - r.x - 16) / (r.width - 32)) * (e - s)
  }, target)
  await page.mouse.move(target, box.y + box.height / 2)
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300)
  await expect
    .poll(async () => (await visibleWindow(page))[1] - (await visibleWindow(page))[0])
    .toBeLessThan((e0 - s0) / 4)
  const [s1, e1] = await visibleWindow(page)
  expect(s1).toBeGreaterThan(s0)
  expect(e1).toBeLessThanOrEqual(e0 + 1)
  // Zoom keeps the instant under the pointer in view, and October's events come apart.
  expect(pointedAt).toBeGreaterThan(s1)
  expect(pointedAt).toBeLessThan(e1)
  await expect(
    page.locator('.label-title', { hasText: 'NATO chose to expel eight Russian diplomats' })
  ).toBeVisible()
  await screenshot(page, 'zoomed-wheel')

  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 300)
  await expect
    .poll(async () => (await visibleWindow(page))[1] - (await visibleWindow(page))[0])
    .toBeGreaterThan(e1 - s1)
})

test('toolbar buttons and menu commands zoom and fit', async ({ app }) => {
  const { page } = app
  const [s0, e0] = await visibleWindow(page)
  await page.locator('#zoom-in').click()
  await expect
    .poll(async () => {
      const [s, e] = await visibleWindow(page)
      return Math.round(((e0 - s0) / (e - s)) * 10) / 10
    })
    .toBe(2)
  await app.emit('menu:command', 'zoom-in')
  await expect
    .poll(async () => {
      const [s, e] = await visibleWindow(page)
      return Math.round(((e0 - s0) / (e - s)) * 10) / 10
    })
    .toBe(4)
  await page.locator('#zoom-fit').click()
  await expect.poll(() => visibleWindow(page)).toEqual([s0, e0])
})
