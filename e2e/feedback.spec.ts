/** What the user is told: errors from main in the notice banner, progress of long work in the app bar. */
import { expect, test } from './fixtures'

test('progress events from main show in the app bar and go away when done', async ({ app }) => {
  const { page } = app
  await expect(page.locator('#progress')).toBeHidden()
  await app.emit('progress', { done: 1, total: 3, current: 'nato-2014.html' })
  await expect(page.locator('#progress')).toBeVisible()
  await expect(page.locator('#progress-text')).toHaveText('Reading nato-2014.html (2 of 3)')
  await expect(page.locator('#progress-bar')).toHaveJSProperty('value', 1)
  await app.emit('progress', { done: 3, total: 3, current: 'nato-2016.html' })
  await expect(page.locator('#progress')).toBeHidden()
})

test('a merge shows as running, without a count, until main says it is done', async ({ app }) => {
  const { page } = app
  await app.emit('progress', { done: 2, total: 2, current: 'nato-2016.html' })
  await app.emit('progress', {
    done: 0,
    total: 1,
    current: '2,140 events',
    stage: 'merging'
  })
  await expect(page.locator('#progress')).toBeVisible()
  await expect(page.locator('#progress-text')).toHaveText('Merging 2,140 events…')
  // An indeterminate bar: no value, position -1.
  await expect(page.locator('#progress-bar')).toHaveJSProperty('position', -1)
  await page.screenshot({ path: 'screenshots/progress-merging.png' })
  await app.emit('progress', { done: 1, total: 1, current: '2,140 events', stage: 'merging' })
  await expect(page.locator('#progress')).toBeHidden()
  // The next reading counts again.
  await app.emit('progress', { done: 1, total: 4, current: 'nato-2021.html' })
  await expect(page.locator('#progress-bar')).toHaveJSProperty('value', 1)
  await expect(page.locator('#progress-text')).toHaveText('Reading nato-2021.html (2 of 4)')
})

test.describe('when main answers with an error', () => {
  test.use({ sampleDir: '/nonexistent/sample' })

  test('the renderer shows its message and code to the user', async ({ app }) => {
    test.skip(app.mode === 'electron', 'the sample folder is fixed in the packaged app')
    const notice = app.page.locator('#notice')
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(
      'The sample project could not be read from /nonexistent/sample'
    )
    await expect(notice).toContainText('(NOT_FOUND)')
    await expect(app.page.locator('#project-title')).toHaveText('No project loaded')
    await expect(app.page.locator('.mark')).toHaveCount(0)
  })
})
