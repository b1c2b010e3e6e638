/** Renders resources/icon.svg to resources/icon.png (512×512) with Chromium. Run: npx tsx scripts/render-icon.ts */
import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const svg = readFileSync(path.join(root, 'resources/icon.svg'), 'utf8')
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu']
})
const page = await browser.newPage({ viewport: { width: 512, height: 512 } })
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
await page.screenshot({ path: path.join(root, 'resources/icon.png'), omitBackground: true })
await browser.close()
