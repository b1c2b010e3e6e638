/**
 * What the browser benches share: Debian's Chromium launched headless with the flags this
 * workplace needs, and a typed call into the API a bench page puts on globalThis.
 */
import { chromium, type Browser, type Page } from '@playwright/test'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // Lets a page collect garbage between runs, so one run's heap does not bill the next.
  '--js-flags=--expose-gc'
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS
  })
}

/** Calls `method` of the page's `globalThis[name]` API (page functions are serialised: no closures). */
export function callPageApi<
  Api extends { [M in keyof Api]: (...args: never[]) => unknown },
  K extends keyof Api & string
>(
  page: Page,
  name: string,
  method: K,
  ...args: Parameters<Api[K]>
): Promise<Awaited<ReturnType<Api[K]>>> {
  return page.evaluate(
    ([global, m, a]) => {
      const api = (
        globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>
      )[global]
      const fn = api?.[m]
      if (!fn) throw new Error(`The bench page has no ${global}.${m}`)
      return fn(...a)
    },
    [name, method, args] as [string, string, unknown[]]
  ) as Promise<Awaited<ReturnType<Api[K]>>>
}
