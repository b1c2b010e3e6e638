/** Writes a PNG of the app to screenshots/ (git-ignored) so a person can look at it. */
import type { Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './launch'

export const SCREENSHOT_DIR = path.join(ROOT, 'screenshots')

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`)
  await page.screenshot({ path: file })
  return file
}
