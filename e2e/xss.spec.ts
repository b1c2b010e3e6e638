/**
 * Hostile markup in what the app shows: an article's text, an event's title, an actor and a place.
 * Each payload would set window.__xss if it ever ran. The test watches the whole document while the
 * payloads go through every view — timeline, list, details, articles, editor, export — and asserts
 * that no element the payload describes was ever created (so the CSP is not what saves us), the
 * flag stays unset, and the text is shown literally.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import type { Project } from '../src/shared/model'
import { expect, test } from './fixtures'
import { screenshot } from './screenshot'

const IMG = `<img src=x onerror="window.__xss='img'">`
const SCRIPT = `<script>window.__xss='script'</script>`
const SVG = `<svg onload="window.__xss='svg'">`
const LINK = `<a href="javascript:window.__xss='link'">link</a>`
const TITLE = `Summit ${IMG}${SCRIPT}`
const ACTOR = `Agent ${SVG}`
const PLACE = `Oslo ${LINK}`

/** Records, from now on, every element added to the page that markup in data could have made. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const found: string[] = []
    const suspicious = (el: Element): boolean =>
      /^(script|iframe|object|embed)$/i.test(el.tagName) ||
      [...el.attributes].some(
        (a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value) || a.value === 'x'
      )
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue
          for (const el of [node, ...node.querySelectorAll('*')]) {
            if (suspicious(el)) {
              const attributes = [...el.attributes].map((a) => `${a.name}="${a.value}"`)
              found.push(`<${el.tagName.toLowerCase()} ${attributes.join(' ')}>`)
            }
          }
        }
      }
    }).observe(document, { childList: true, subtree: true })
    ;(window as unknown as { __found: string[] }).__found = found
  })
}

async function verdict(page: Page): Promise<{ flag: unknown; found: string[] }> {
  return page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    found: (window as unknown as { __found: string[] }).__found
  }))
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-xss-'))
}

test('markup in an event title, an actor, a place and an article shows as text and never runs', async ({
  app
}) => {
  const { page } = app
  await watch(page)
  const dir = tempDir()
  // The sample, saved, then edited on disk as a hostile file would be.
  await app.answerDialogs({ save: path.join(dir, 'sample') })
  await app.emit('menu:command', 'save')
  await expect(page.locator('#status')).toContainText('Saved')
  const project = JSON.parse(readFileSync(path.join(dir, 'sample.dateline'), 'utf8')) as Project
  const event = project.events.find((e) => /Lavrov meets Stoltenberg/.test(e.title))!
  event.title = TITLE
  event.actors = [...event.actors, ACTOR]
  event.places = [...event.places, PLACE]
  project.articles[0]!.title = `Article ${IMG}`
  const hostile = path.join(dir, 'hostile.dateline')
  writeFileSync(hostile, JSON.stringify(project))
  await app.answerDialogs({ open: hostile })
  await app.emit('menu:command', 'open')
  await expect(page.locator('#project-title')).toHaveText(project.title)

  // Timeline and list: the title as written.
  await page.locator('#zoom-fit').click()
  await expect(page.locator('#timeline')).toContainText('Summit <img')
  // Its label box grew with the new title (widths were once cached by event id, so a title
  // changed under the same id overflowed the box drawn for the old one).
  const fit = await page.evaluate((id) => {
    const label = document.querySelector(`#timeline g.label[data-id="${id}"]`)
    const text = label?.querySelector<SVGTextElement>('text.label-title')
    const box = label?.querySelector('rect.label-bg')
    return text && box
      ? { text: text.getComputedTextLength(), box: Number(box.getAttribute('width')) }
      : null
  }, event.id)
  expect(fit).not.toBeNull()
  expect(fit!.text).toBeLessThanOrEqual(fit!.box)
  await page.locator('#list-toggle').click()
  const row = page.locator('#list-view li', { hasText: TITLE })
  await expect(row).toHaveCount(1)
  // Details: title, actor and place, each literal.
  await row.getByRole('button').click()
  const details = page.locator('#details')
  await expect(details.locator('h2')).toHaveText(TITLE)
  await expect(details).toContainText(ACTOR)
  await expect(details).toContainText(PLACE)
  // Articles panel: the article's title.
  await page.locator('#articles-toggle').click()
  await expect(page.locator('#articles-list')).toContainText(`Article ${IMG}`)
  // Search with the payload itself finds the event and injects nothing.
  await page.locator('#search').fill(IMG)
  await expect(page.locator('#shown-count')).toContainText('1')
  await page.locator('#search').fill('')
  await screenshot(page, 'xss-literal-text')
  // Editor: vis-timeline writes item content as HTML unless given elements.
  await page.locator('#view-editor').click()
  await expect(page.locator('#editor .vis-item', { hasText: TITLE })).toBeVisible()
  await page.locator('#view-timeline').click()

  // Export as SVG: the file carries the title escaped, no markup of its own.
  const svgFile = path.join(dir, 'timeline.svg')
  await app.answerDialogs({ export: svgFile })
  await app.emit('menu:command', 'export')
  const exportDialog = page.locator('dialog.export-dialog')
  await expect(exportDialog).toBeVisible()
  await exportDialog.getByLabel('Format').selectOption({ label: 'SVG image' })
  await exportDialog.getByRole('button', { name: 'Export…' }).click()
  await expect(page.locator('#status')).toContainText('Exported “timeline.svg”')
  const svg = readFileSync(svgFile, 'utf8')
  expect(svg).toContain('Summit &lt;img')
  expect(svg).not.toMatch(/<(img|script|a)\b/i)
  // No event-handler attribute on any real tag (the escaped text may say "onerror=").
  expect(svg).not.toMatch(/<[^>]*\son\w+=/i)

  await page.waitForTimeout(300)
  expect(await verdict(page)).toEqual({ flag: undefined, found: [] })
})

test('a pasted article full of markup is read as text; its quote shows the markup literally', async ({
  app
}) => {
  const { page } = app
  await watch(page)
  await app.emit('menu:command', 'paste-article')
  const dialog = page.locator('dialog.paste')
  await dialog
    .locator('textarea')
    .fill(
      `Talks in Brussels ${IMG}\n\n` +
        `NATO and Russia met in Brussels on 3 March 2020 ${SCRIPT} and agreed ${LINK} to talk again.`
    )
  await dialog.getByRole('button', { name: 'Read article' }).click()
  await expect(page.locator('#status')).toContainText('Added 1 article')
  await page.locator('#articles-toggle').click()
  await expect(page.locator('#articles-list')).toContainText(`Talks in Brussels ${IMG}`)
  await page.locator('#search').fill('Brussels')
  await page.locator('#list-toggle').click()
  const row = page.locator('#list-view li', { hasText: '2020' })
  await expect(row).toHaveCount(1)
  await row.getByRole('button').click()
  const quote = page.locator('#details blockquote').first()
  await expect(quote).toContainText(SCRIPT)
  await expect(quote).toContainText(LINK)
  await page.waitForTimeout(300)
  expect(await verdict(page)).toEqual({ flag: undefined, found: [] })
})
