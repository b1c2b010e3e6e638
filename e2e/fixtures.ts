/** The Playwright fixture every spec uses: `app` is the running Dateline, in either mode. */
import { test as base, chromium, type Browser } from '@playwright/test'
import path from 'node:path'
import {
  CHROMIUM_ARGS,
  chromiumPath,
  launchChromiumSession,
  launchElectronSession,
  pickMode,
  ROOT,
  type AppSession
} from './launch'
import { serveDir, type StaticServer } from './static-server'

interface ChromiumHost {
  browser: Browser
  server: StaticServer
}

interface WorkerFixtures {
  /** Started on first use, so Electron mode never needs Chromium. */
  chromiumHost: () => Promise<ChromiumHost>
}

interface TestFixtures {
  app: AppSession
  /** Chromium mode only: where the bridge's handlers read the sample project. */
  sampleDir: string
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sampleDir: [path.join(ROOT, 'resources/sample'), { option: true }],
  chromiumHost: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const started: { host: Promise<ChromiumHost> | null } = { host: null }
      await use(() => {
        started.host ??= (async () => ({
          browser: await chromium.launch({
            executablePath: chromiumPath(),
            headless: true,
            args: CHROMIUM_ARGS
          }),
          server: await serveDir(path.join(ROOT, 'out/renderer'))
        }))()
        return started.host
      })
      if (started.host) {
        const { browser, server } = await started.host
        await browser.close()
        await server.close()
      }
    },
    { scope: 'worker' }
  ],
  app: async ({ chromiumHost, sampleDir }, use) => {
    let session: AppSession
    if (pickMode() === 'electron') {
      session = await launchElectronSession()
    } else {
      const { browser, server } = await chromiumHost()
      session = await launchChromiumSession(browser, server, sampleDir)
    }
    await session.page.waitForSelector('body[data-loaded="true"], #notice:not([hidden])')
    await use(session)
    await session.close()
  }
})

export const expect = test.expect
