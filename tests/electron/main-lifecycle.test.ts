/** The main process's wiring, run against a mocked electron module. */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { REQUEST_CHANNELS } from '../../src/shared/ipc'

interface FakeWindow {
  options: Record<string, unknown>
  loaded: string[]
  handlers: Map<string, () => void>
}

const state = {
  lock: true,
  quit: vi.fn(),
  appHandlers: new Map<string, (...a: unknown[]) => void>(),
  windows: [] as FakeWindow[],
  handled: [] as string[],
  menuSet: vi.fn(),
  permissionHandler: undefined as
    undefined | ((wc: unknown, p: string, cb: (b: boolean) => void) => void),
  ready: Promise.resolve(),
  userData: ''
}

vi.mock('electron', () => {
  class BrowserWindow implements FakeWindow {
    static getAllWindows = () => state.windows
    options: Record<string, unknown>
    loaded: string[] = []
    handlers = new Map<string, () => void>()
    webContents = { send: vi.fn() }
    constructor(options: Record<string, unknown>) {
      this.options = options
      state.windows.push(this)
    }
    maximize() {}
    show() {}
    once(e: string, h: () => void) {
      this.handlers.set(e, h)
    }
    on(e: string, h: () => void) {
      this.handlers.set(e, h)
    }
    loadFile(f: string) {
      this.loaded.push(f)
      return Promise.resolve()
    }
    loadURL(u: string) {
      this.loaded.push(u)
      return Promise.resolve()
    }
    getNormalBounds() {
      return { x: 1, y: 2, width: 1000, height: 700 }
    }
    isMaximized() {
      return false
    }
  }
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => state.lock,
      quit: state.quit,
      on: (e: string, h: (...a: unknown[]) => void) => state.appHandlers.set(e, h),
      whenReady: () => state.ready,
      setAboutPanelOptions: vi.fn(),
      getPath: () => state.userData,
      getName: () => 'Dateline',
      getVersion: () => '0.1.0',
      name: 'Dateline'
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string) => state.handled.push(channel) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionHandler) =>
          (state.permissionHandler = h),
        setPermissionCheckHandler: vi.fn()
      }
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: state.menuSet },
    shell: { openExternal: vi.fn() }
  }
})

beforeEach(() => {
  vi.resetModules()
  state.windows = []
  state.handled = []
  state.appHandlers.clear()
  state.quit.mockClear()
  state.menuSet.mockClear()
  state.userData = mkdtempSync(path.join(os.tmpdir(), 'dateline-main-'))
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
    expect(state.menuSet).toHaveBeenCalledTimes(1)
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
    state.windows[0]!.handlers.get('close')!()

    vi.resetModules()
    state.windows = []
    await import('../../src/main/index')
    await state.ready
    await new Promise((r) => setTimeout(r, 0))
    expect(state.windows[0]!.options).toMatchObject({ x: 1, y: 2, width: 1000, height: 700 })
  })
})
