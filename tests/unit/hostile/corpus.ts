/**
 * The shape of a hostile-input kind, and the runner every table of kinds uses.
 *
 * A kind generates its input (nothing hostile is committed), runs it through the entry point the
 * app uses for that input, and states the one outcome it must have: an error with a given code
 * and a message of a given shape, or a result whose facts it checks. Anything else fails the
 * test: a different code, a message that does not name the file, a result where an error was
 * due, an error where a result was due, or a plain crash (a TypeError has no code).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from 'vitest'
import type { PipelineResult } from '../../../src/main/core/pipeline'

export type Outcome<R> =
  /** The error `code` (IngestError, ProjectFileError, ImportError …) and its message. */
  | { error: string; message: RegExp }
  /** A result; the function asserts what must be true of it. */
  | { result: (value: R) => void }

export interface HostileKind<I = unknown, R = unknown> {
  /** Listed under this name in docs/hostile-inputs.md. */
  name: string
  /** What it yields, in the words of docs/hostile-inputs.md (no '|': it is a table cell). */
  yields: string
  /** Generates the input: a value, or files in a temporary folder. */
  make: () => I | Promise<I>
  /** The app's own entry point for such an input. */
  run: (input: I) => R | Promise<R>
  expect: Outcome<R>
  /** Checks after the run, whatever its outcome: e.g. the file on disk is unchanged. */
  after?: (input: I) => void
  /** For the big inputs; the default is vitest's. */
  timeout?: number
}

/** Erases a kind's input and result types so kinds of all sorts can share one table. */
export function kind<I, R>(k: HostileKind<I, R>): HostileKind {
  return k as unknown as HostileKind
}

/** Runs one kind and asserts its outcome. */
export async function checkKind(k: HostileKind): Promise<void> {
  const input = await k.make()
  let value: unknown
  let thrown: unknown = undefined
  let threw = false
  try {
    value = await k.run(input)
  } catch (error) {
    threw = true
    thrown = error
  }
  if ('error' in k.expect) {
    expect(threw, `${k.name}: expected ${k.expect.error}, but it gave a result`).toBe(true)
    expect(thrown).toBeInstanceOf(Error)
    // A RangeError or TypeError has no code: its name stands in, so a crash never passes.
    const error = thrown as Error & { code?: unknown }
    expect({ code: error.code ?? error.name, message: error.message }).toMatchObject({
      code: k.expect.error,
      message: expect.stringMatching(k.expect.message)
    })
  } else {
    if (threw) throw thrown // shows the unexpected error itself, stack and all
    k.expect.result(value)
  }
  k.after?.(input)
}

const madeDirs: string[] = []

/**
 * A fresh folder for one kind's generated inputs. Made when the kind runs (not when its table is
 * loaded, so the doc check makes none); removeMadeDirs, in each test file's afterAll, removes them.
 */
export function freshDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `dateline-hostile-${prefix}-`))
  madeDirs.push(dir)
  return dir
}

export function removeMadeDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Writes `content` to `name` in `dir` and returns the path. */
export function writeIn(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}

/** Escapes a literal for a RegExp, so messages can be matched on names with odd characters. */
export function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A plain news text with one datable event: 18 October 2021. */
export const ARTICLE =
  'Russia cuts off contact with NATO\n\n' +
  'Russia suspended its mission to NATO on 18 October 2021, the foreign minister said.\n\n' +
  'The alliance expelled eight Russian diplomats earlier this month.'

/** The facts every correct reading of ARTICLE (or a text carrying its sentence) has. */
export function expectArticleEvent(result: PipelineResult): void {
  expect(result.articles.length).toBeGreaterThanOrEqual(1)
  const days = result.events.map((e) => e.when.start)
  expect(days).toContain('2021-10-18')
  expectSaneDates(result)
}

/** Every event has a real calendar interval of our era, start ≤ end. */
export function expectSaneDates(result: PipelineResult): void {
  for (const e of result.events) {
    expect(e.when.start).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(e.when.end).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(new Date(`${e.when.start}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.when.start)
    expect(new Date(`${e.when.end}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.when.end)
    expect(e.when.start <= e.when.end).toBe(true)
  }
}
