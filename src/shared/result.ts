/** Errors that cross IPC: a stable machine code and a sentence a person can read. */
export type ErrorCode =
  | 'INVALID_PAYLOAD'
  | 'UNTRUSTED_SENDER'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'BAD_INPUT'
  | 'INTERNAL'

export interface IpcError {
  code: ErrorCode
  message: string
}

/** Every IPC response is wrapped so errors arrive whole (Electron flattens thrown errors to text). */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }
