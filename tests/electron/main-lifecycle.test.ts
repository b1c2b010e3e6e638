/** The main process's wiring, run against a mocked electron module. */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { REQUEST_CHANNELS } from '../../src/shared/ipc'
import { resetFakeElectron, state } from './fixtures/fake-electron'

vi.mock('electron', async () => (await import('./fixtures/fake-electron')).fakeElectron())

beforeEach(() => {
  vi.resetModules()
  resetFakeElectron(mkdtempSync(path.join(os.tmpdir(), 'dateline-main-')))
})

describe('main process', () => {
  it('quits at once when another instance holds the lock', async () => {
    state.lock = false
    await import('../../src/main/index')
    await state.ready
    expect(state.quit).toHaveBeenCalled()
    expect(state.windows).toHaveLength(0)
    expect(state.handled).toHaveLength(0)
  })

  it('on ready: hardens the session, registers every channel, sets the menu, opens one hardened window', async () => {
    state.lock = true
    await import('../../src/main/index')
    await state.ready
    await new Promise((r) => setTimeout(r, 0))
    expect(state.handled.sort()).toEqual([...REQUEST_CHANNELS].sort())
    // Once at start, again when the recent documents have been read for File → Open Recent.
    await vi.waitFor(() => expect(state.menuSet).toHaveBeenCalledTimes(2))
    const deny = vi.fn()
    state.permissionHandler!(null, 'media', deny)
    expect(deny).toHaveBeenCalledWith(false)
    expect(state.appHandlers.has('web-contents-created')).toBe(true)
    expect(state.appHandlers.has('second-instance')).toBe(true)

    expect(state.windows).toHaveLength(1)
    const win = state.windows[0]!
    expect(win.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false
    })
    expect(String((win.options['webPreferences'] as { preload: string }).preload)).toMatch(
      /preload[\\/]index\.cjs$/
    )
    expect(win.loaded).toHaveLength(1)
    expect(win.loaded[0]).toMatch(/renderer[\\/]index\.html$/)
  })

  it('remembers the window bounds when it closes and uses them next time', async () => {
    state.lock = true
    await import('../../src/main/index')
    await state.ready
    await new Promise((r) => setTimeout(r, 0))
    state.windows[0]!.close()
    // Closing saves the bounds first (a file write): wait for it, however busy the machine is.
    await vi.waitFor(() => expect(state.windows[0]!.closed).toBe(1))

    vi.resetModules()
    state.windows = []
    await import('../../src/main/index')
    await state.ready
    await new Promise((r) => setTimeout(r, 0))
    expect(state.windows[0]!.options).toMatchObject({ x: 1, y: 2, width: 1000, height: 700 })
  })

  it('asks before closing with unsaved changes: Cancel keeps it, Save asks the page to save first', async () => {
    state.lock = true
    await import('../../src/main/index')
    await state.ready
    await new Promise((r) => setTimeout(r, 0))
    const win = state.windows[0]!
    const app = {
      senderFrame: {
        url: win.loaded[0]!.startsWith('/') ? `file://${win.loaded[0]}` : win.loaded[0],
        parent: null
      }
    }
    const result = await state.invoke.get('document:state')!(app, { title: 'NATO', dirty: true })
    expect(result).toMatchObject({ ok: true })

    state.messageBoxResponse = 2 // Cancel
    win.close()
    await vi.waitFor(() => expect(state.messageBoxes).toBe(1))
    expect(win.closed).toBe(0)

    state.messageBoxResponse = 0 // Save: the page saves, then closes through window:close
    win.close()
    await vi.waitFor(() =>
      expect(win.webContents.send).toHaveBeenCalledWith('menu:command', 'save-and-close')
    )
    expect(win.closed).toBe(0)
    await state.invoke.get('window:close')!(app, {})
    expect(win.closed).toBe(1)
  })
})
