/**
 * Electron main process: lifecycle, the single window, menu and IPC. Kept thin: what it wires
 * together lives in small modules, and the parsing core in ./core has no Electron import.
 */
import { app, BrowserWindow, ipcMain, screen, session } from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EventChannel, EventChannels } from '../shared/ipc'
import { setupIpc } from './ipc'
import { createDispatch } from './ipc/dispatch'
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
  win.on('close', () => {
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
  })
  if (devServer) void win.loadURL(devServer)
  else void win.loadFile(paths.rendererIndex)
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
    const handlers = createHandlers({
      sampleDir: paths.sampleDir,
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      emit: send,
      workerFile: paths.worker
    })
    const policy = createSenderPolicy({ rendererDir: paths.rendererDir, origin: devOrigin })
    setupIpc(
      ipcMain,
      createDispatch(handlers, policy, (m, e) => console.error(m, e))
    )
    setupMenu((command) => send('menu:command', command))
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
