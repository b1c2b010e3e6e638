/**
 * Zod's issues as one short sentence a person can read in a dialog: the field path as it would be
 * written in code (`events[3].when.start`), the complaint, and no more than a few of them.
 */
import { z } from 'zod'

const SHOWN = 3

/** `error` is usually a ZodError; anything else is described by its message. */
export function describeProjectIssues(error: unknown): string {
  if (!(error instanceof z.ZodError)) return error instanceof Error ? error.message : String(error)
  const issues = error.issues
  if (issues.length === 0) return 'the project is not valid'
  const shown = issues.slice(0, SHOWN).map((issue) => {
    const where = formatPath(issue.path)
    return where ? `${where}: ${issue.message}` : issue.message
  })
  const rest = issues.length - shown.length
  return shown.join('; ') + (rest > 0 ? `; and ${rest} more` : '')
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}
