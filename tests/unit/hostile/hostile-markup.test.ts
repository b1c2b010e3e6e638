/**
 * The hostile HTML pages and feeds of kinds-markup.ts, each run through the app's own entry
 * point and held to its one expected outcome.
 */
import { afterAll, describe, it } from 'vitest'
import { checkKind, removeMadeDirs } from './corpus'
import { MARKUP_KINDS } from './kinds-markup'

afterAll(removeMadeDirs)

describe('hostile HTML and feeds', () => {
  for (const k of MARKUP_KINDS) it(k.name, { timeout: k.timeout }, () => checkKind(k))
})
