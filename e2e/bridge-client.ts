/**
 * Runs in the page before the app's scripts (Chromium mode only): builds `window.dateline` with
 * the preload's own createApi over Playwright's binding, then removes the binding from view so the
 * page sees exactly what the Electron preload gives it.
 */
import { createApi } from '../src/preload/api'
import type { EventChannel } from '../src/shared/ipc'
import type { IpcResult } from '../src/shared/result'

type Listener = (payload: unknown) => void
interface BridgeWindow {
  __datelineInvoke?: (channel: string, request: unknown) => Promise<IpcResult<unknown>>
  __datelineEmit?: (channel: EventChannel, payload: unknown) => void
}

const w = window as unknown as BridgeWindow
const invoke = w.__datelineInvoke
delete w.__datelineInvoke
const listeners = new Map<EventChannel, Set<Listener>>()

if (invoke) {
  const api = createApi(
    (channel, request) => invoke(channel, request),
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>()
      listeners.set(channel, set)
      set.add(listener)
      return () => set.delete(listener)
    }
  )
  Object.defineProperty(window, 'dateline', { value: Object.freeze(api), enumerable: true })
  // The main → renderer transport: the harness calls this as webContents.send would.
  Object.defineProperty(window, '__datelineEmit', {
    value: (channel: EventChannel, payload: unknown) =>
      listeners.get(channel)?.forEach((l) => l(payload))
  })
}
