/** Builds the app (main, preload, renderer) and the Chromium-mode bridge before any spec runs. */
import { execFileSync } from 'node:child_process'
import { buildBridgeClient } from './bridge'
import { pickMode, ROOT } from './launch'

export default async function globalSetup(): Promise<void> {
  if (!process.env['DATELINE_E2E_SKIP_BUILD']) {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
      cwd: ROOT,
      stdio: 'inherit'
    })
  }
  await buildBridgeClient()
  console.log(`e2e mode: ${pickMode()}`)
}
