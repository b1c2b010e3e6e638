/** main registers every channel of the registry on ipcMain, each through the checking dispatcher. */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { setupIpc } from '../../src/main/ipc'
import { createDispatch } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { createSenderPolicy } from '../../src/main/ipc/sender-policy'
import { REQUEST_CHANNELS } from '../../src/shared/ipc'
import { ScriptedHost } from '../../e2e/scripted-host'

const ROOT = path.resolve(__dirname, '../..')
const rendererDir = path.join(ROOT, 'out/renderer')
const registered = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => unknown>()
const ipcMain = {
  handle: (channel: string, fn: never) => registered.set(channel, fn)
} as unknown as IpcMain
setupIpc(
  ipcMain,
  createDispatch(
    createHandlers({
      sampleDir: path.join(ROOT, 'resources/sample'),
      appInfo: { name: 'Dateline', version: '1', platform: 'linux' },
      emit: () => {},
      host: new ScriptedHost(),
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'dateline-ipc-data-'))
    }),
    createSenderPolicy({ rendererDir })
  )
)

const eventFrom = (url: string, isMainFrame = true) =>
  ({ senderFrame: { url, parent: isMainFrame ? null : {} } }) as unknown as IpcMainInvokeEvent

describe('setupIpc', () => {
  it('registers exactly the channels of the registry', () => {
    expect([...registered.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort())
  })

  it('answers the app frame and refuses others, on every channel', async () => {
    for (const channel of REQUEST_CHANNELS) {
      const handler = registered.get(channel)!
      const foreign = await handler(eventFrom('https://evil.example/'), {})
      expect(foreign).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } })
      const child = await handler(eventFrom(`file://${rendererDir}/index.html`, false), {})
      expect(child).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } })
      const noFrame = await handler({ senderFrame: null } as unknown as IpcMainInvokeEvent, {})
      expect(noFrame).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } })
    }
    const own = await registered.get('app:info')!(eventFrom(`file://${rendererDir}/index.html`), {})
    expect(own).toEqual({ ok: true, value: { name: 'Dateline', version: '1', platform: 'linux' } })
  })
})
