/**
 * How the e2e specs reach the app. Chromium mode (the default where no Electron binary exists):
 * the built renderer served on 127.0.0.1 in Debian's Chromium, with the preload API supplied by
 * the bridge. Electron mode: Playwright's _electron.launch on the built app.
 * DATELINE_E2E_MODE=chromium|electron forces a mode.
 */
import {
  _electron,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Page
} from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EventChannel, EventChannels } from '../src/shared/ipc'
import { decideWindowOpen } from '../src/main/window-policy'
import { emitToPage, installBridge } from './bridge'
import { ScriptedHost, type DialogAnswers } from './scripted-host'
import type { StaticServer } from './static-server'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export type Mode = 'chromium' | 'electron'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic'
]

/**
 * The Electron binary if one is installed, else null. Read from the electron package's path.txt
 * rather than require('electron'), which would try to download a missing binary.
 */
export function electronBinary(): string | null {
  const pkg = path.join(ROOT, 'node_modules/electron')
  const pathFile = path.join(pkg, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const binary = override
    ? path.join(override, relative)
    : existsSync(pathFile)
      ? path.join(pkg, 'dist', relative)
      : null
  return binary && existsSync(binary) ? binary : null
}

export function pickMode(): Mode {
  const forced = process.env['DATELINE_E2E_MODE']
  if (forced === 'chromium' || forced === 'electron') return forced
  if (forced) throw new Error(`DATELINE_E2E_MODE must be "chromium" or "electron", not "${forced}"`)
  return electronBinary() ? 'electron' : 'chromium'
}

export function chromiumPath(): string {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser'
  ].filter((p): p is string => Boolean(p))
  const found = candidates.find((p) => existsSync(p))
  if (!found)
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install Debian's chromium or set CHROMIUM_PATH.`
    )
  return found
}

/** One running app, whatever the mode. */
export interface AppSession {
  mode: Mode
  /** The window's page; a new one after crashAndRestart. */
  page: Page
  /** Send a main → renderer event, as webContents.send does. */
  emit<E extends EventChannel>(channel: E, payload: EventChannels[E]): Promise<void>
  /** How many app windows are open. */
  windowCount(): Promise<number>
  /** Answers the next dialogs the app shows: a project to open, where to save, articles. */
  answerDialogs(answers: DialogAnswers): Promise<void>
  /** The window title main set (document name, unsaved mark). */
  windowTitle(): Promise<string>
  /** The app's data folder (autosave, recent documents). */
  dataDir: string
  /**
   * A crash: the app ends without any of its closing steps and is started again on the same data
   * folder. Chromium mode drops the page and makes a new one with a fresh main-process bridge;
   * Electron mode kills the process and launches it again.
   */
  crashAndRestart(): Promise<void>
  close(): Promise<void>
}

export async function launchChromiumSession(
  browser: Browser,
  server: StaticServer,
  sampleDir: string
): Promise<AppSession> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 800 }
  })
  // Like Electron's file:// app, the page reaches nothing but its own files.
  await context.route('**/*', (route) =>
    route
      .request()
      .url()
      .startsWith(server.origin + '/')
      ? route.continue()
      : route.abort('blockedbyclient')
  )
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-data-'))
  let host = new ScriptedHost()
  const openPage = async (): Promise<Page> => {
    const page = await context.newPage()
    // Popups get main's window-open decision, as setWindowOpenHandler applies it in Electron.
    page.on('popup', (popup) => {
      if (decideWindowOpen(popup.url()).action === 'deny') void popup.close()
    })
    await installBridge(page, server.origin, sampleDir, host, dataDir)
    await page.goto(server.origin + '/index.html')
    return page
  }
  const session: AppSession = {
    mode: 'chromium',
    page: await openPage(),
    dataDir,
    emit: (channel, payload) => emitToPage(session.page, channel, payload),
    windowCount: async () => context.pages().filter((p) => !p.isClosed()).length,
    answerDialogs: async (answers) => host.answer(answers),
    windowTitle: async () => host.title,
    crashAndRestart: async () => {
      // No beforeunload, no close flow: the renderer is simply gone, as in a crash.
      await session.page.close({ runBeforeUnload: false })
      host = new ScriptedHost()
      session.page = await openPage()
    },
    close: () => context.close()
  }
  return session
}

export async function launchElectronSession(): Promise<AppSession> {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-'))
  const executablePath = electronBinary()
  if (!executablePath)
    throw new Error('Electron mode was asked for, but no Electron binary is installed.')
  const launch = (): Promise<ElectronApplication> =>
    _electron.launch({ executablePath, args: [ROOT, `--user-data-dir=${userData}`], cwd: ROOT })
  let app = await launch()
  const session: AppSession = {
    mode: 'electron',
    page: await app.firstWindow(),
    dataDir: userData,
    emit: (channel, payload) =>
      app.evaluate(
        ({ BrowserWindow }, [c, p]) => BrowserWindow.getAllWindows()[0]?.webContents.send(c, p),
        [channel, payload] as const
      ),
    windowCount: () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length),
    // The dialogs are replaced in the main process for the next call, as Electron's own test
    // helpers do: nothing in the app knows a test is running.
    answerDialogs: (answers) =>
      app.evaluate(({ dialog }, a) => {
        const d = dialog as unknown as Record<string, unknown>
        if ('open' in a || 'articles' in a) {
          const files = 'open' in a ? (a.open ? [a.open] : []) : (a.articles ?? [])
          d['showOpenDialog'] = async () => ({ canceled: files.length === 0, filePaths: files })
        }
        if ('save' in a || 'export' in a) {
          const file = 'save' in a ? a.save : a.export
          d['showSaveDialog'] = async () => ({ canceled: !file, filePath: file ?? '' })
        }
        if ('import' in a) {
          const files = a.import ? [a.import] : []
          d['showOpenDialog'] = async () => ({ canceled: files.length === 0, filePaths: files })
        }
      }, answers),
    windowTitle: () =>
      app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? ''),
    crashAndRestart: async () => {
      app.process().kill('SIGKILL')
      await app.close().catch(() => {})
      app = await launch()
      session.page = await app.firstWindow()
    },
    close: () => app.close()
  }
  return session
}
