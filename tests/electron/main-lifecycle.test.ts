/** The main process's wiring, run against a mocked electron module. */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { REQUEST_CHANNELS } from '../../src/shared/ipc'

interface FakeWindow {
  options: Record<string, unknown>
  loaded: string[]
  handlers: Map<string, (event?: unknown) => void>
  closed: number
  webContents: { send: ReturnType<typeof vi.fn> }
  close(): void
}

const state = {
  lock: true,
  quit: vi.fn(),
  appHandlers: new Map<string, (...a: unknown[]) => void>(),
  windows: [] as FakeWindow[],
  handled: [] as string[],
  invoke: new Map<string, (event: unknown, payload: unknown) => unknown>(),
  menuSet: vi.fn(),
  permissionHandler: undefined as
    undefined | ((wc: unknown, p: string, cb: (b: boolean) => void) => void),
  ready: Promise.resolve(),
  userData: '',
  /** The button the next message box answers with (0 Save, 1 Don't Save, 2 Cancel). */
  messageBoxResponse: 2,
  messageBoxes: 0
}

vi.mock('electron', () => {
  class BrowserWindow implements FakeWindow {
    static getAllWindows = () => state.windows
    options: Record<string, unknown>
    loaded: string[] = []
    handlers = new Map<string, (event?: unknown) => void>()
    webContents = { send: vi.fn() }
    closed = 0
    /** Like Electron: 'close' first, and only if nobody prevented it, the window goes. */
    close() {
      let prevented = false
      this.handlers.get('close')?.({ preventDefault: () => (prevented = true) })
      if (!prevented) this.closed += 1
    }
    setTitle() {}
    setDocumentEdited() {}
    setRepresentedFilename() {}
    setProgressBar() {}
    constructor(options: Record<string, unknown>) {
      this.options = options
      state.windows.push(this)
    }
    maximize() {}
    show() {}
    once(e: string, h: (event?: unknown) => void) {
      this.handlers.set(e, h)
    }
    on(e: string, h: (event?: unknown) => void) {
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
      addRecentDocument: vi.fn(),
      name: 'Dateline'
    },
    BrowserWindow,
    dialog: {
      showMessageBox: async () => {
        state.messageBoxes += 1
        return { response: state.messageBoxResponse }
      }
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, payload: unknown) => unknown) => {
        state.handled.push(channel)
        state.invoke.set(channel, fn)
      }
    },
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
    await new Promise((r) => setTimeout(r, 10))
    expect(state.windows[0]!.closed).toBe(1)

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
    await new Promise((r) => setTimeout(r, 10))
    expect(state.messageBoxes).toBe(1)
    expect(win.closed).toBe(0)

    state.messageBoxResponse = 0 // Save: the page saves, then closes through window:close
    win.close()
    await new Promise((r) => setTimeout(r, 10))
    expect(win.closed).toBe(0)
    expect(win.webContents.send).toHaveBeenCalledWith('menu:command', 'save-and-close')
    await state.invoke.get('window:close')!(app, {})
    expect(win.closed).toBe(1)
  })
})
