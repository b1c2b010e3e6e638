/**
 * The vis-timeline editor on the seed story, driven as a person drives it: drag an event to
 * another year and see the new date in the D3 view's list and in the saved file; undo puts it
 * back in both; add with a double-click and the form; merge two; delete one. Every change goes
 * through the document store, so the two views never disagree.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { Project } from '../src/shared/model'
import { expect, test } from './fixtures'
import { screenshot } from './screenshot'

const LAVROV = 'Lavrov meets Stoltenberg in New York'

const item = (page: Page, title: string): Locator =>
  page.locator('#editor .vis-item', { hasText: title })

async function openEditor(page: Page): Promise<void> {
  await page.locator('#view-editor').click()
  await expect(page.locator('#editor')).toBeVisible()
  await expect(item(page, LAVROV)).toBeVisible()
}

/** The date the D3 view's list gives an event (Timeline view, List open, whole story). */
async function listedDate(page: Page, title: string): Promise<string> {
  await page.locator('#view-timeline').click()
  await page.locator('#zoom-fit').click()
  const list = page.locator('#list-view')
  if (await list.isHidden()) await page.locator('#list-toggle').click()
  const row = list.locator('li', { hasText: title })
  await expect(row).toHaveCount(1)
  return (await row.locator('time').textContent()) ?? ''
}

async function eventCount(page: Page): Promise<number> {
  const text = (await page.locator('#project-summary').textContent()) ?? ''
  return Number(/^(\d+)/.exec(text)?.[1] ?? NaN)
}

/** Drags with the mouse in small steps, as a hand does (vis-timeline needs the moves). */
async function drag(page: Page, target: Locator, dx: number): Promise<void> {
  const box = (await target.boundingBox())!
  const x = box.x + Math.min(box.width / 2, 40)
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y)
  await page.mouse.up()
}

async function save(app: {
  answerDialogs(a: { save?: string | null }): Promise<void>
  emit(c: 'menu:command', p: 'save'): Promise<void>
  page: Page
}): Promise<Project> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-edit-')), 'edited')
  await app.answerDialogs({ save: file })
  await app.emit('menu:command', 'save')
  await expect(app.page.locator('#status')).toContainText('Saved')
  return JSON.parse(readFileSync(`${file}.dateline`, 'utf8')) as Project
}

test('dragging an event re-dates it in both views and in the saved file; undo puts it back', async ({
  app
}) => {
  const { page } = app
  expect(await listedDate(page, LAVROV)).toContain('2016')
  await openEditor(page)
  const lavrov = item(page, LAVROV)
  await lavrov.click()
  // The item is a year wide: one width to the right is the next year.
  const width = (await lavrov.boundingBox())!.width
  await drag(page, lavrov, width)
  await expect(page.locator('#dirty-mark')).toBeVisible()
  await screenshot(page, 'editor-after-drag')

  expect(await listedDate(page, LAVROV)).toContain('2017')
  await page.locator('#list-view li', { hasText: LAVROV }).getByRole('button').click()
  await expect(page.locator('#details .origin')).toHaveText(/Edited by you/)
  const saved = await save(app)
  const moved = saved.events.find((e) => e.title === LAVROV)!
  expect(moved.when).toMatchObject({ value: '2017', start: '2017-01-01', end: '2017-12-31' })
  expect(moved.origin).toBe('edited')

  await page.keyboard.press('Control+z')
  expect(await listedDate(page, LAVROV)).toContain('2016')
  await openEditor(page)
  // Redo and undo from the menu too.
  await app.emit('menu:command', 'redo')
  expect(await listedDate(page, LAVROV)).toContain('2017')
  await app.emit('menu:command', 'undo')
  expect(await listedDate(page, LAVROV)).toContain('2016')
})

test('add with a double-click, merge two, delete one — each shown in the D3 view at once', async ({
  app
}) => {
  const { page } = app
  const before = await eventCount(page)
  await openEditor(page)

  // Add: double-click an empty spot, fill in the form.
  const canvas = page.locator('#editor .vis-center .vis-content')
  const box = (await canvas.boundingBox())!
  await page.mouse.dblclick(box.x + box.width * 0.45, box.y + box.height - 20)
  const form = page.locator('#editor dialog[open]')
  await expect(form).toBeVisible()
  await form.getByLabel('Title').fill('Analyst note: NATO summit planning <b>begins</b>')
  await form.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(item(page, 'Analyst note: NATO summit planning')).toBeVisible()
  await expect(item(page, 'Analyst note')).toContainText('<b>begins</b>') // text, not markup
  expect(await eventCount(page)).toBe(before + 1)

  // Merge: the two 2014 events about Crimea and NATO's suspension, selected with Ctrl+click.
  const crimea = item(page, 'Russia annexed Crimea')
  const suspended = item(page, 'NATO suspended all military cooperation')
  await crimea.click()
  await suspended.click({ modifiers: ['Control'] })
  await page.locator('#editor button[data-action="merge"]').click()
  await expect.poll(() => eventCount(page)).toBe(before) // +1 added, −1 merged
  // One item is left of the two, told by both sentences.
  await expect(
    page.locator('#editor .vis-item', { hasText: /Russia annexed Crimea|NATO suspended all/ })
  ).toHaveCount(1)
  await screenshot(page, 'editor-after-merge')

  // Delete the note with the Delete key.
  await openEditor(page)
  await item(page, 'Analyst note').click()
  await page.keyboard.press('Delete')
  await expect(item(page, 'Analyst note')).toHaveCount(0)
  expect(await eventCount(page)).toBe(before - 1)
  await page.locator('#view-timeline').click()
  await expect(page.locator('#shown-count')).toHaveText(`${before - 1} events`)

  // Undo three times: the delete, the merge, the add.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z')
  expect(await eventCount(page)).toBe(before)
  expect(await listedDate(page, 'Russia annexed Crimea')).toContain('2014')
})
