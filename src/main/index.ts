/**
 * Electron main process: lifecycle, the single window, menu and IPC. Kept thin: what it wires
 * together lives in small modules, and the parsing core in ./core has no Electron import.
 */
import { app, BrowserWindow, dialog, ipcMain, screen, session } from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EventChannel, EventChannels, MenuCommand } from '../shared/ipc'
import { DocumentSession } from './document/session'
import { createElectronHost } from './electron-host'
import { setupIpc } from './ipc'
import { createDispatch, type HandlerTable } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { createSenderPolicy } from './ipc/sender-policy'
import { setupMenu } from './menu'
import { appPaths, isInside } from './paths'
import { hardenSession, setupSecurity } from './security'
import { mainWindowOptions } from './window-options'
import { loadWindowState, saveWindowState } from './window-state'

const outDir = path.dirname(fileURLToPath(import.meta.url))
const paths = appPaths(outDir, app.isPackaged, process.resourcesPath)
const devServer = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const devOrigin = devServer ? new URL(devServer).origin : undefined
const windowStateFile = (): string => path.join(app.getPath('userData'), 'window-state.json')

let mainWindow: BrowserWindow | null = null
/** The open document: its file and whether the renderer reports unsaved changes. */
const documentSession = new DocumentSession()
/** Set once the window may close without asking (answered, saved, or nothing unsaved). */
let closing = false
let handlers: HandlerTable | null = null

function isAppUrl(url: string): boolean {
  if (devOrigin && url.startsWith(devOrigin + '/')) return true
  return isInside(paths.rendererDir, url)
}

function send<E extends EventChannel>(channel: E, payload: EventChannels[E]): void {
  mainWindow?.webContents.send(channel, payload)
}

function createWindow(): void {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea)
  const state = loadWindowState(windowStateFile(), workAreas)
  const win = new BrowserWindow(mainWindowOptions(paths.preload, state, paths.icon))
  mainWindow = win
  if (state?.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', (event) => {
    if (!closing) {
      event.preventDefault()
      void confirmClose(win).then((go) => {
        if (!go) return
        closing = true
        win.close()
      })
      return
    }
    try {
      saveWindowState(windowStateFile(), {
        bounds: win.getNormalBounds(),
        maximized: win.isMaximized()
      })
    } catch (error) {
      console.error('Could not remember the window size:', error)
    }
  })
  win.on('closed', () => {
    mainWindow = null
    closing = false
  })
  if (devServer) void win.loadURL(devServer)
  else void win.loadFile(paths.rendererIndex)
}

/**
 * Whether the window may close: with unsaved changes, asks Save / Don't Save / Cancel. Save hands
 * over to the renderer, which saves and then closes through 'window:close'. Closing with nothing
 * unsaved, or without saving, drops the autosave: what is left at the next start is a crash's.
 */
async function confirmClose(win: BrowserWindow): Promise<boolean> {
  if (documentSession.dirty) {
    const { response } = await dialog.showMessageBox(win, {
      type: 'warning',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: `Do you want to save the changes you made to “${documentSession.name()}”?`,
      detail: 'Your changes will be lost if you don’t save them.'
    })
    if (response === 0) send('menu:command', 'save-and-close')
    if (response !== 1) return false
  }
  try {
    await handlers?.['autosave:discard']({})
  } catch (error) {
    console.error('Could not remove the autosave:', error)
  }
  return true
}

function sendCommand(command: MenuCommand): void {
  send('menu:command', command)
}

/** The menu, with Open Recent filled from the recent documents. */
async function refreshMenu(): Promise<void> {
  const recent = handlers ? await handlers['project:recent']({}) : []
  setupMenu(sendCommand, recent, (file) => send('menu:open-recent', file))
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.setAboutPanelOptions({
    applicationName: 'Dateline',
    applicationVersion: app.getVersion(),
    copyright: 'Reads news articles and turns them into a timeline of dated events.'
  })
  setupSecurity(isAppUrl)

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession)
    const host = createElectronHost(
      () => mainWindow,
      () => void refreshMenu(),
      () => {
        closing = true
        mainWindow?.close()
      }
    )
    handlers = createHandlers({
      sampleDir: paths.sampleDir,
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      emit: send,
      workerFile: paths.worker,
      host,
      dataDir: app.getPath('userData'),
      session: documentSession
    })
    const policy = createSenderPolicy({ rendererDir: paths.rendererDir, origin: devOrigin })
    setupIpc(
      ipcMain,
      createDispatch(handlers, policy, (m, e) => console.error(m, e))
    )
    setupMenu(sendCommand)
    void refreshMenu()
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
