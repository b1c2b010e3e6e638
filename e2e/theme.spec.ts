/** Light and dark themes follow the OS, and the labels keep a readable contrast in both. */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { screenshot } from './screenshot'

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

async function colours(page: Page) {
  return page.evaluate(() => {
    const title = document.querySelector('.label-title')!
    const date = document.querySelector('.label-date')!
    const bg = document.querySelector('.label-bg')!
    const tick = document.querySelector('.axis .tick text')!
    return {
      body: getComputedStyle(document.body).backgroundColor,
      title: getComputedStyle(title).fill,
      date: getComputedStyle(date).fill,
      labelBg: getComputedStyle(bg).fill,
      tick: getComputedStyle(tick).fill
    }
  })
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme} theme: labels and axis are readable`, async ({ app }) => {
    const { page } = app
    await page.emulateMedia({ colorScheme: scheme })
    const c = await colours(page)
    const bodyIsDark = contrast(c.body, 'rgb(0, 0, 0)') < contrast(c.body, 'rgb(255, 255, 255)')
    expect(bodyIsDark).toBe(scheme === 'dark')
    expect(contrast(c.title, c.labelBg)).toBeGreaterThanOrEqual(7)
    expect(contrast(c.date, c.labelBg)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(c.tick, c.body)).toBeGreaterThanOrEqual(4.5)
    // In the full view October's dots overlap; the label is the way in.
    await page.locator('.label', { hasText: 'NATO chose to expel' }).click()
    await expect(page.locator('#details h2')).toHaveText(
      'NATO chose to expel eight Russian diplomats from its office in Brussels'
    )
    await screenshot(page, `theme-${scheme}`)
  })
}
