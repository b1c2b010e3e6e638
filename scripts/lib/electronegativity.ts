/**
 * Runs Electronegativity (Doyensec's scanner for Electron misconfigurations) over a folder and
 * compares what it finds with the reviewed allow-list in security/electronegativity-allow.json.
 * Used by `npm run security:scan` and by the test that keeps it inside `npm test`.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

export interface Finding {
  /** The check's id, e.g. SANDBOX_JS_CHECK. */
  id: string
  /** The file, relative to the scanned folder, with forward slashes. */
  file: string
  line: number
  /** The code (or policy) the finding is about, as the scanner quotes it. */
  sample: string
  severity: string
  confidence: string
  description: string
}

export interface AllowEntry {
  id: string
  file: string
  /** The exact code reviewed: a change to it needs a new review. */
  sample: string
  /** Why the finding is not a weakness here: reviewed by a person, required. */
  reason: string
}

export interface AllowList {
  /** Checks not run at all, each with why. */
  excludedChecks: { check: string; reason: string }[]
  allowed: AllowEntry[]
}

interface RawIssue {
  id: string
  file: string
  location: { line: number; column: number }
  sample?: string
  severity: { name: string }
  confidence: { name: string }
  description: string
}

type Run = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: unknown[] }>

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const ALLOW_LIST_FILE = path.join(ROOT, 'security/electronegativity-allow.json')

export function loadAllowList(file = ALLOW_LIST_FILE): AllowList {
  const list = JSON.parse(readFileSync(file, 'utf8')) as AllowList
  for (const entry of [...list.allowed, ...list.excludedChecks]) {
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      throw new Error(
        `${path.basename(file)}: every entry needs a reason (${JSON.stringify(entry)})`
      )
    }
  }
  return list
}

/** The Electron version the app is built with, so the scanner judges by its defaults. */
export function electronVersion(): string {
  return (require('electron/package.json') as { version: string }).version
}

/**
 * Scans `dir` (TypeScript, JavaScript and HTML). The scanner may try the network for translations
 * (1 s timeout, then its built-in English); the check that downloads Electron's release list has no
 * timeout, so it is excluded through the allow-list.
 */
export async function scan(dir: string, excludedChecks: string[]): Promise<Finding[]> {
  const run = require('@doyensec/electronegativity') as Run
  const log = console.log
  // It prints its progress on stdout; keep the test output and the CLI's table readable.
  console.log = () => undefined
  try {
    const result = await run({
      input: path.resolve(dir),
      isRelative: true,
      electronVersionOverride: electronVersion(),
      excludeFromScan: excludedChecks,
      parserPlugins: []
    })
    if (result.errors.length > 0) {
      throw new Error(`Electronegativity could not parse: ${JSON.stringify(result.errors)}`)
    }
    return result.issues.map((i) => ({
      id: i.id,
      file: i.file.split(path.sep).join('/'),
      line: i.location.line,
      sample: (i.sample ?? '').trim(),
      severity: i.severity.name,
      confidence: i.confidence.name,
      description: i.description
    }))
  } finally {
    console.log = log
  }
}

export interface Verdict {
  /** Findings no allow-list entry covers: each one fails the check. */
  unexplained: Finding[]
  /** Allow-list entries that no finding needs any more: the list must be kept honest. */
  stale: AllowEntry[]
}

export function judge(findings: Finding[], allowed: AllowEntry[]): Verdict {
  const covers = (a: AllowEntry, f: Finding) =>
    a.id === f.id && a.file === f.file && a.sample === f.sample
  return {
    unexplained: findings.filter((f) => !allowed.some((a) => covers(a, f))),
    stale: allowed.filter((a) => !findings.some((f) => covers(a, f)))
  }
}

export function formatFinding(f: Finding): string {
  return `${f.id} ${f.file}:${f.line} (${f.severity}, ${f.confidence}) ${f.description}\n    ${f.sample}`
}
