/**
 * The single checking wrapper every IPC request goes through, in Electron and in the e2e bridge
 * alike: known channel, trusted sender, valid payload, then the handler; failures become
 * structured `{code, message}` errors instead of exceptions.
 */
import {
  REQUEST_CHANNELS,
  type RequestChannel,
  type RequestOf,
  type ResponseOf
} from '../../shared/ipc'
import type { ErrorCode, IpcResult } from '../../shared/result'
import { describeIssues, requestSchemas } from './schemas'
import type { SenderInfo, SenderPolicy } from './sender-policy'

export type Handler<C extends RequestChannel> = (
  request: RequestOf<C>
) => ResponseOf<C> | Promise<ResponseOf<C>>

export type HandlerTable = { [C in RequestChannel]: Handler<C> }

/** An error whose message is meant for the user (bad input, missing file), not a bug. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'UserError'
  }
}

export type Dispatch = (
  channel: string,
  payload: unknown,
  sender: SenderInfo
) => Promise<IpcResult<unknown>>

export function isRequestChannel(channel: string): channel is RequestChannel {
  return (REQUEST_CHANNELS as readonly string[]).includes(channel)
}

export function createDispatch(
  table: HandlerTable,
  isTrusted: SenderPolicy,
  log: (message: string, error: unknown) => void = () => {}
): Dispatch {
  return async (channel, payload, sender) => {
    if (!isRequestChannel(channel)) {
      return fail('UNKNOWN_CHANNEL', `Unknown channel "${channel}".`)
    }
    if (!isTrusted(sender)) {
      return fail('UNTRUSTED_SENDER', `Refused "${channel}" from a page that is not Dateline's.`)
    }
    // Plain data only, as Electron's structured clone delivers it: no prototypes, no functions.
    let data: unknown
    try {
      data = structuredClone(payload)
    } catch {
      return fail('INVALID_PAYLOAD', `Invalid request to "${channel}": it is not plain data.`)
    }
    const parsed = requestSchemas[channel].safeParse(data)
    if (!parsed.success) {
      return fail(
        'INVALID_PAYLOAD',
        `Invalid request to "${channel}": ${describeIssues(parsed.error)}.`
      )
    }
    try {
      const handler = table[channel] as (request: unknown) => unknown
      return { ok: true, value: await handler(parsed.data) }
    } catch (error) {
      if (error instanceof UserError) return fail(error.code, error.message)
      log(`IPC handler "${channel}" failed`, error)
      return fail('INTERNAL', `Something went wrong in "${channel}": ${messageOf(error)}`)
    }
  }
}

function fail(code: ErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
