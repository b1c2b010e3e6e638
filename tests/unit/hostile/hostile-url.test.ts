/**
 * The hostile web addresses of kinds-url.ts, fetched from the loopback server of server.ts
 * through the app's own entry point and held to their one expected outcome.
 */
import { afterAll, beforeAll, describe, it } from 'vitest'
import { checkKind } from './corpus'
import { URL_KINDS } from './kinds-url'
import { startServer, stopServer } from './server'

beforeAll(startServer)
afterAll(stopServer)

describe('hostile web addresses', () => {
  for (const k of URL_KINDS) it(k.name, { timeout: k.timeout }, () => checkKind(k))
})
