/**
 * The hostile dates of kinds-dates.ts, each run through the app's own entry point and held to
 * its one expected outcome.
 */
import { describe, it } from 'vitest'
import { checkKind } from './corpus'
import { DATE_KINDS } from './kinds-dates'

describe('hostile dates', () => {
  for (const k of DATE_KINDS) it(k.name, { timeout: k.timeout }, () => checkKind(k))
})
