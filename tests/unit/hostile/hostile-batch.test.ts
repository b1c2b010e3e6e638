/**
 * The batch of kinds-batch.ts: hostile files among good ones on runBatch's worker pool, where
 * nothing good may be lost.
 */
import { afterAll, describe, it } from 'vitest'
import { checkKind, removeMadeDirs } from './corpus'
import { BATCH_KINDS } from './kinds-batch'

afterAll(removeMadeDirs)

describe('hostile files in a batch', () => {
  for (const k of BATCH_KINDS) it(k.name, { timeout: k.timeout }, () => checkKind(k))
})
