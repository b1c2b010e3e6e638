/**
 * The hostile project files of kinds-project.ts and timelines to import of kinds-import.ts, each
 * run through the app's own entry point and held to its one expected outcome.
 */
import { afterAll, describe, it } from 'vitest'
import { checkKind, removeMadeDirs } from './corpus'
import { IMPORT_KINDS } from './kinds-import'
import { PROJECT_KINDS } from './kinds-project'

afterAll(removeMadeDirs)

describe('hostile project files', () => {
  for (const k of PROJECT_KINDS) it(k.name, { timeout: k.timeout }, () => checkKind(k))
})

describe('hostile timelines to import', () => {
  for (const k of IMPORT_KINDS) it(k.name, { timeout: k.timeout }, () => checkKind(k))
})
