/**
 * Sandboxed preload: exposes `window.dateline` and nothing else. It is bundled into one CommonJS
 * file whose only require is 'electron', as sandboxed preloads need.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createApi } from './api'

const api = createApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (channel, listener) => {
    // Never hand the IpcRendererEvent to the page: it carries `sender` (the ipcRenderer).
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  }
)

contextBridge.exposeInMainWorld('dateline', api)
