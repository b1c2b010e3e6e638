/** The app boots on the sample project and draws the events main returns, on a correct axis. */
import type { Page } from '@playwright/test'
import type { Project } from '../src/shared/model'
import type { IpcResult } from '../src/shared/result'
import { expect, test } from './fixtures'
import { screenshot } from './screenshot'

async function sampleFromApi(page: Page): Promise<Project> {
  const result = await page.evaluate(
    () => window.dateline!.loadSample() as Promise<IpcResult<Project>>
  )
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** Centre x of each axis tick, by its label. */
async function ticks(page: Page): Promise<Map<string, number>> {
  const entries = await page.$$eval('.axis .tick', (nodes) =>
    nodes.map(
      (n) =>
        [
          n.textContent ?? '',
          (n.querySelector('line') as SVGLineElement).getBoundingClientRect().x
        ] as const
    )
  )
  return new Map(entries)
}

test('boots and shows an axis with ticks and one mark per event returned', async ({ app }) => {
  const { page } = app
  const project = await sampleFromApi(page)
  expect(project.events.length).toBeGreaterThanOrEqual(4)

  await expect(page.locator('#project-title')).toHaveText('NATO–Russia relations')
  await expect(page.locator('.mark')).toHaveCount(project.events.length)
  const ids = await page.$$eval('.mark', (nodes) => nodes.map((n) => n.getAttribute('data-id')))
  expect(new Set(ids)).toEqual(new Set(project.events.map((e) => e.id)))

  const tickMap = await ticks(page)
  expect(tickMap.size).toBeGreaterThanOrEqual(4)
  for (const label of ['2015', '2016', '2017', '2018', '2019', '2020', '2021'])
    expect(tickMap.has(label)).toBe(true)

  // The 2016 band (the Lavrov–Stoltenberg meeting) starts at the 2016 tick and ends at 2017's.
  const band2016 = await page.locator('.mark[data-date="2016"] rect.band').first().boundingBox()
  expect(band2016).not.toBeNull()
  expect(Math.abs(band2016!.x - tickMap.get('2016')!)).toBeLessThan(2)
  expect(Math.abs(band2016!.x + band2016!.width - tickMap.get('2017')!)).toBeLessThan(2)

  // Marks are in date order from left to right.
  const xs = await page.$$eval('.mark', (nodes) =>
    nodes.map((n) => [n.getAttribute('data-date')!, n.getBoundingClientRect().x] as const)
  )
  const byX = [...xs].sort((a, b) => a[1] - b[1]).map(([d]) => d)
  const byDate = [...xs].map(([d]) => d).sort()
  expect(byX.map((d) => d.slice(0, 4))).toEqual(byDate.map((d) => d.slice(0, 4)))

  // The seed's key events are labelled in full view or after zooming into October 2021.
  await expect(
    page.locator('.label-title', { hasText: 'NATO suspended all military cooperation with Russia' })
  ).toBeVisible()
  await expect(
    page.locator('.label-title', {
      hasText: 'Lavrov meets Stoltenberg in New York'
    })
  ).toBeVisible()
  await screenshot(page, 'boot-full')
})

test('labels never overlap one another', async ({ app }) => {
  const boxes = await app.page.$$eval('.label', (nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect()
      return { x: r.x, y: r.y, w: r.width, h: r.height }
    })
  )
  expect(boxes.length).toBeGreaterThan(0)
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      const overlap =
        a.x < b.x + b.w - 0.5 &&
        b.x < a.x + a.w - 0.5 &&
        a.y < b.y + b.h - 0.5 &&
        b.y < a.y + a.h - 0.5
      expect(overlap, `labels ${i} and ${j} overlap`).toBe(false)
    }
  }
})

test('clicking an event shows its sentence with the date expression marked', async ({ app }) => {
  const { page } = app
  await page.locator('.label', { hasText: 'NATO suspended all military cooperation' }).click()
  await expect(page.locator('#details h2')).toHaveText(
    'NATO suspended all military cooperation with Russia'
  )
  await expect(page.locator('#details blockquote')).toContainText('after Russia annexed Crimea')
  await expect(page.locator('#details mark')).toHaveText('2014')
  await expect(page.locator('#details .who')).toHaveText('Who: NATO, Russia')
})
