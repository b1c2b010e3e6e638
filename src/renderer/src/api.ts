/** Access to the preload API, with IPC results unwrapped into values or AppErrors. */
import type { DatelineApi } from '../../shared/api'
import type { IpcError, IpcResult } from '../../shared/result'

export class AppError extends Error {
  constructor(readonly detail: IpcError) {
    super(detail.message)
    this.name = 'AppError'
  }
}

export function api(): DatelineApi {
  if (!window.dateline) {
    throw new AppError({
      code: 'INTERNAL',
      message: 'Dateline’s bridge to the main process is missing.'
    })
  }
  return window.dateline
}

export async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new AppError(result.error)
  return result.value
}
