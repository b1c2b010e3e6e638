/** Registers every channel of the registry on ipcMain through the one checking dispatcher. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { REQUEST_CHANNELS } from '../shared/ipc'
import type { Dispatch } from './ipc/dispatch'
import type { SenderInfo } from './ipc/sender-policy'

export function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame
  return {
    url: frame?.url ?? '',
    isMainFrame: frame !== null && frame !== undefined && frame.parent === null
  }
}

export function setupIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(channel, payload, senderOf(event))
    )
  }
}
