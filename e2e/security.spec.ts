/** What the page can and cannot do: CSP, window.open, and the surface the preload exposes. */
import { API_METHODS } from '../src/shared/api'
import { expect, test } from './fixtures'

test('an inline script is blocked by the Content-Security-Policy', async ({ app }) => {
  const { page } = app
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string | null }>((resolve) => {
        let violated: string | null = null
        document.addEventListener('securitypolicyviolation', (e) => {
          violated = e.violatedDirective
        })
        const script = document.createElement('script')
        script.textContent = 'window.__inlineRan = true'
        document.head.append(script)
        setTimeout(
          () =>
            resolve({
              ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
              violated
            }),
          200
        )
      })
  )
  expect(outcome.ran).toBe(false)
  expect(outcome.violated).toMatch(/^script-src/)
})

test('an inline event handler and a javascript: URL do not run either', async ({ app }) => {
  const { page } = app
  const ran = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const img = document.createElement('img')
        img.setAttribute('onerror', 'window.__handlerRan = true')
        img.src = 'data:image/png;base64,broken'
        document.body.append(img)
        setTimeout(
          () => resolve((window as unknown as { __handlerRan?: boolean }).__handlerRan === true),
          300
        )
      })
  )
  expect(ran).toBe(false)
})

test('window.open is denied', async ({ app }) => {
  const { page } = app
  const before = await app.windowCount()
  await page.evaluate(() => {
    window.open('https://example.com/', '_blank')
    window.open('about:blank', '_blank')
  })
  await page.waitForTimeout(500)
  expect(await app.windowCount()).toBe(before)
  expect(page.url()).not.toContain('example.com')
})

test('the page sees only the declared API', async ({ app }) => {
  const surface = await app.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return {
      require: typeof w['require'],
      process: typeof w['process'],
      module: typeof w['module'],
      ipcRenderer: typeof w['ipcRenderer'],
      electron: typeof w['electron'],
      buffer: typeof w['Buffer'],
      datelineKeys: Object.keys(w['dateline'] as object).sort(),
      suspicious: Object.keys(w).filter((k) =>
        /ipc|electron|require|datelineInvoke|__dateline/i.test(k)
      )
    }
  })
  expect(surface).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
    buffer: 'undefined',
    datelineKeys: [...API_METHODS].sort(),
    suspicious: []
  })
})

test('a malformed request through the API comes back as a structured error naming the field', async ({
  app
}) => {
  const result = await app.page.evaluate(() =>
    window.dateline!.extract({ text: 'In 2014 Russia annexed Crimea.', published: '18/10/2021' })
  )
  expect(result).toEqual({
    ok: false,
    error: { code: 'INVALID_PAYLOAD', message: expect.stringContaining('"published"') }
  })
})

test('an unknown event channel is refused by the API', async ({ app }) => {
  const message = await app.page.evaluate(() => {
    try {
      ;(window.dateline!.on as (e: string, l: () => void) => void)('ipc:raw', () => {})
      return 'accepted'
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(message).toContain('Unknown event channel')
})
