/**
 * The document's life as a user lives it: save and reopen, a damaged file refused with a message,
 * autosave then a crash then restore, articles added by drop and by paste, re-dated, removed.
 * Dialogs are answered through the session (scripted in Chromium mode, stubbed in Electron).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ROOT } from './launch'
import { screenshot } from './screenshot'

const SEED = path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt')

const docsDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-docs-'))

async function summary(page: Page): Promise<string> {
  return (await page.locator('#project-summary').textContent()) ?? ''
}

/** Drops files on the window as a person dragging them from the file manager would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer()
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/plain' }))
    const target = document.querySelector('main')!
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true })
    )
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
    )
  }, files)
}

test('Save writes a .dateline file the app opens back, with the name in the title', async ({
  app
}) => {
  const { page } = app
  const dir = docsDir()
  await app.answerDialogs({ save: path.join(dir, 'nato-russia') })
  await app.emit('menu:command', 'save')
  await expect(page.locator('#status')).toContainText('Saved “nato-russia”')
  await expect.poll(() => app.windowTitle()).toBe('nato-russia — Dateline')
  await expect(page.locator('#recent-documents option', { hasText: 'nato-russia' })).toHaveCount(1)
  const saved = JSON.parse(readFileSync(path.join(dir, 'nato-russia.dateline'), 'utf8'))
  expect(saved).toMatchObject({ format: 'dateline', schemaVersion: 2 })
  expect(saved.events.map((e: { title: string }) => e.title)).toContain(
    'Lavrov meets Stoltenberg in New York'
  )

  await app.emit('menu:command', 'new')
  await expect(page.locator('#project-summary')).toHaveText('0 dated events from 0 articles')
  await app.answerDialogs({ open: path.join(dir, 'nato-russia.dateline') })
  await app.emit('menu:command', 'open')
  await expect(page.locator('#project-title')).toHaveText(saved.title)
  expect(await summary(page)).toContain(`${saved.events.length} dated events from 1 article`)

  // And again from the in-app recent list, after another New.
  await app.emit('menu:command', 'new')
  await expect(page.locator('#project-summary')).toHaveText('0 dated events from 0 articles')
  await page.locator('#recent-documents').selectOption({ label: 'nato-russia' })
  await expect(page.locator('#project-title')).toHaveText(saved.title)
})

test('opening a damaged file shows what is wrong and keeps the open document', async ({ app }) => {
  const { page } = app
  const dir = docsDir()
  const damaged = path.join(dir, 'damaged.dateline')
  writeFileSync(damaged, '{"format":"dateline","schemaVersion":2,"title":"Half a file","artic')
  const before = await summary(page)
  await app.answerDialogs({ open: damaged })
  await app.emit('menu:command', 'open')
  const notice = page.locator('#notice')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('damaged.dateline')
  expect(await summary(page)).toBe(before)
  expect(readFileSync(damaged, 'utf8')).toContain('Half a file')

  const newer = path.join(dir, 'from-the-future.dateline')
  writeFileSync(newer, JSON.stringify({ format: 'dateline', schemaVersion: 99, title: 'x' }))
  await app.answerDialogs({ open: newer })
  await app.emit('menu:command', 'open')
  await expect(notice).toContainText('newer')
  await screenshot(page, 'document-damaged-file')
})

test('autosave, a crash, then the next start offers the work back', async ({ app }) => {
  let page = app.page
  await page.locator('#articles-toggle').click()
  const date = page.getByLabel('Publication date of Russia cuts off contact with NATO')
  await date.fill('2021-10-25')
  await date.dispatchEvent('change')
  await expect(page.locator('#dirty-mark')).toBeVisible()
  await expect.poll(() => app.windowTitle()).toMatch(/^• /)
  // The autosave runs a few seconds after the last change.
  await expect(page.locator('#status')).toContainText('Autosaved', { timeout: 10_000 })

  await app.crashAndRestart()
  page = app.page
  const offer = page.locator('dialog.ask')
  await expect(offer).toBeVisible()
  await expect(offer).toContainText('Restore unsaved work?')
  await screenshot(page, 'document-recovery-offer')
  await offer.getByRole('button', { name: 'Restore' }).click()
  await expect(page.locator('#dirty-mark')).toBeVisible()
  await page.locator('#articles-toggle').click()
  await expect(
    page.getByLabel('Publication date of Russia cuts off contact with NATO')
  ).toHaveValue('2021-10-25')
})

test('files dropped on the window become articles; a bad one is listed, the others stay', async ({
  app
}) => {
  const { page } = app
  const seed = readFileSync(SEED, 'utf8')
  const other =
    'NATO leaders met in Brussels on 14 June 2021 and agreed a new strategic concept.\n\n' +
    'On 24 February 2022, Russia launched a full-scale invasion of Ukraine.\n'
  await dropFiles(page, [
    { name: 'summit.txt', text: other },
    { name: 'empty.txt', text: '   ' },
    { name: 'seed-again.txt', text: seed }
  ])
  await expect(page.locator('#article-failures')).toContainText('empty.txt')
  await expect(page.locator('#articles-panel')).toBeVisible()
  await expect(page.locator('#articles-list li')).toHaveCount(3)
  expect(await summary(page)).toContain('from 3 articles')
  await screenshot(page, 'document-dropped-articles')

  // Undo takes the whole drop back.
  await page.locator('#timeline').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.locator('#articles-list li')).toHaveCount(1)
})

test('two dropped articles that tell one event make one event, even in an empty document', async ({
  app
}) => {
  const { page } = app
  await app.emit('menu:command', 'new')
  await expect(page.locator('#project-summary')).toHaveText('0 dated events from 0 articles')
  await dropFiles(page, [
    {
      name: 'reuters.txt',
      text: 'NATO expels Russian diplomats\n\nNATO expelled eight Russian diplomats on 6 October 2021, the alliance said.\n'
    },
    {
      name: 'ap.txt',
      text: 'Alliance acts\n\nOn 6 October 2021 NATO expelled eight Russian diplomats from its Brussels office.\n'
    }
  ])
  await expect(page.locator('#project-summary')).toHaveText('1 dated event from 2 articles')
})

test('Add Articles into the sample: a second telling joins the events it meets', async ({
  app
}) => {
  const { page } = app
  const dir = docsDir()
  const again = path.join(dir, 'second-telling.txt')
  writeFileSync(
    again,
    'NATO and Russia\n\nRussia annexed Crimea in 2014, and NATO suspended all military cooperation with Russia.\n'
  )
  await expect(page.locator('#project-summary')).toContainText('11 dated events from 1 article')
  await app.answerDialogs({ articles: [again] })
  await app.emit('menu:command', 'add-articles')
  // The new article's two events are the sample's: nothing is added twice.
  await expect(page.locator('#project-summary')).toContainText('11 dated events from 2 articles')
})

test('a pasted article is read, re-dated and removed, each undoable', async ({ app }) => {
  const { page } = app
  await app.emit('menu:command', 'paste-article')
  const dialog = page.locator('dialog.paste')
  await expect(dialog).toBeVisible()
  await dialog
    .locator('textarea')
    .fill(
      'Oslo talks\n\nThe foreign ministers met in Oslo yesterday and agreed to meet again next month.'
    )
  await dialog.getByRole('button', { name: 'Read article' }).click()
  await expect(page.locator('#status')).toContainText('Added 1 article')
  await page.locator('#articles-toggle').click()
  const item = page.locator('#articles-list li', { hasText: 'Oslo talks' })
  await expect(item).toContainText('Undated')

  await item.getByLabel('Publication date of Oslo talks').fill('2021-10-18')
  await item.getByLabel('Publication date of Oslo talks').dispatchEvent('change')
  await expect(page.locator('#status')).toContainText('published 2021-10-18')
  await expect(item).not.toContainText('Undated')

  await item.getByRole('button', { name: 'Remove Oslo talks' }).click()
  await expect(page.locator('#articles-list li', { hasText: 'Oslo talks' })).toHaveCount(0)
  await app.emit('menu:command', 'undo')
  await expect(page.locator('#articles-list li', { hasText: 'Oslo talks' })).toHaveCount(1)
})

test('New and Open ask before unsaved changes are let go', async ({ app }) => {
  const { page } = app
  await page.locator('#articles-toggle').click()
  const date = page.getByLabel('Publication date of Russia cuts off contact with NATO')
  await date.fill('2021-10-25')
  await date.dispatchEvent('change')
  await expect(page.locator('#dirty-mark')).toBeVisible()

  await app.emit('menu:command', 'new')
  const question = page.locator('dialog.ask', { hasText: 'Save the changes' })
  await expect(question).toBeVisible()
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.locator('#project-summary')).toContainText('from 1 article')
  await expect(page.locator('#dirty-mark')).toBeVisible()

  // Save: the save dialog is cancelled too, so nothing is replaced.
  await app.answerDialogs({ save: null })
  await app.emit('menu:command', 'new')
  await question.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.locator('#project-summary')).toContainText('from 1 article')

  await app.emit('menu:command', 'new')
  await question.getByRole('button', { name: 'Don’t Save' }).click()
  await expect(page.locator('#project-summary')).toHaveText('0 dated events from 0 articles')
  await expect(page.locator('#dirty-mark')).toBeHidden()
})
