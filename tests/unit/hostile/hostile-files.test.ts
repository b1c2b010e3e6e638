/**
 * The hostile article files, texts and file names of kinds-files.ts and kinds-names.ts, each
 * run through the app's own entry point and held to its one expected outcome.
 */
import { afterAll, describe, it } from 'vitest'
import { checkKind, removeMadeDirs } from './corpus'
import { FILE_KINDS } from './kinds-files'
import { NAME_KINDS } from './kinds-names'

afterAll(removeMadeDirs)

describe('hostile article files and texts', () => {
  for (const k of FILE_KINDS) it(k.name, { timeout: k.timeout }, () => checkKind(k))
})

describe('hostile file names', () => {
  for (const k of NAME_KINDS) it(k.name, { timeout: k.timeout }, () => checkKind(k))
})
