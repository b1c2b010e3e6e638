/** The electron-builder configuration: valid by electron-builder's own schema, with the fuses set. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown
}
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> }

const ROOT = path.resolve(__dirname, '../..')
const load = () => yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'))

describe('electron-builder configuration', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(load(), new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('would fail that validation with an unknown option (the check can fail)', async () => {
    const config = { ...load(), notAnOption: true }
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(
      /notAnOption/
    )
  })

  it('sets the security fuses', () => {
    expect(load()['electronFuses']).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false
    })
  })

  it('builds the four targets with the app id and icon, shipping the sample project', () => {
    const c = load() as Record<string, { target?: unknown; icon?: string }> & {
      appId: string
      extraResources: unknown
    }
    expect(c.appId).toBe('app.dateline.desktop')
    expect(c['linux']?.target).toEqual(['AppImage', 'deb'])
    expect(c['mac']?.target).toBe('dmg')
    expect(c['win']?.target).toBe('nsis')
    expect(c['linux']?.icon).toBe('resources/icon.png')
    expect(JSON.stringify(c.extraResources)).toContain('sample/**')
  })
})
