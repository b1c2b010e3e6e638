/**
 * Chromium mode's stand-in for Electron's IPC transport. Requests from the page go through the
 * very dispatcher and handler table that src/main/index.ts registers on ipcMain (same sender
 * check, same validation, same handlers); only the transport is Playwright's instead of Electron's.
 */
import { build } from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { createDispatch } from '../src/main/ipc/dispatch'
import { createHandlers } from '../src/main/ipc/handlers'
import { createSenderPolicy } from '../src/main/ipc/sender-policy'
import type { EventChannel, EventChannels } from '../src/shared/ipc'
import type { ScriptedHost } from './scripted-host'

const root = fileURLToPath(new URL('..', import.meta.url))
export const BRIDGE_BUNDLE = path.join(root, 'e2e/.cache/bridge-client.js')

/** Bundles bridge-client.ts (and the preload's createApi it imports) into one script for the page. */
export async function buildBridgeClient(): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'e2e/bridge-client.ts')],
    outfile: BRIDGE_BUNDLE,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning'
  })
}

/**
 * Gives `page` main's handlers. Each call is a fresh main process as far as the handlers know (a
 * new document session); `dataDir` is its data folder, kept across a simulated crash.
 */
export async function installBridge(
  page: Page,
  appOrigin: string,
  sampleDir: string,
  host: ScriptedHost,
  dataDir: string
): Promise<void> {
  const dispatch = createDispatch(
    createHandlers({
      sampleDir,
      appInfo: { name: 'Dateline', version: '0.0.0-e2e', platform: process.platform },
      emit: (channel, payload) => void emitToPage(page, channel, payload).catch(() => {}),
      host,
      dataDir
    }),
    createSenderPolicy({ origin: appOrigin }),
    (message, error) => console.error(message, error)
  )
  await page.exposeBinding('__datelineInvoke', (source, channel: string, payload: unknown) =>
    dispatch(channel, payload, {
      url: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame()
    })
  )
  await page.addInitScript({ path: BRIDGE_BUNDLE })
}

export async function emitToPage<E extends EventChannel>(
  page: Page,
  channel: E,
  payload: EventChannels[E]
): Promise<void> {
  await page.evaluate(
    ([c, p]) =>
      (window as unknown as { __datelineEmit(c: string, p: unknown): void }).__datelineEmit(c, p),
    [channel, payload] as const
  )
}
