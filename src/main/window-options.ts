/** The hardened options every Dateline window is created with. */
import type { BrowserWindowConstructorOptions } from 'electron'
import { DEFAULT_SIZE, type WindowState } from './window-state'

export function mainWindowOptions(
  preload: string,
  state: WindowState | null,
  icon?: string
): BrowserWindowConstructorOptions {
  return {
    ...(state?.bounds ?? DEFAULT_SIZE),
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Dateline',
    backgroundColor: '#f7f7f4',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click opens a new window, which is denied anyway; this also stops the attempt.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  }
}
