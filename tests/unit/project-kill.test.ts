/**
 * THE KILL TEST. A child process saves a large project over an existing one and is killed
 * (SIGKILL: no cleanup, no finally) at different moments of the save. Whatever the moment, the
 * document must open afterwards and be byte for byte either the old project or the whole new
 * one — never a mix, never cut short. Temporary files a killed save leaves are not the document.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  readProjectFile,
  serializeProject,
  writeFileAtomic,
  writeProjectFile
} from '../../src/main/core/project'
import { generateProject } from './fixtures/project-generate'
import { ROOT, tempDir, tempFilesIn } from './fixtures/project-helpers'

const OLD_EVENTS = 100_000
/** Larger than the old one, so the save takes long enough to be caught in every phase. */
const NEW_EVENTS = 150_000
const WRITER = path.join(ROOT, 'tests/unit/fixtures/project-writer.ts')

const dir = tempDir('kill')
const target = path.join(dir, 'big.dateline')
let oldBytes: Buffer
let newBytes: Buffer

beforeAll(async () => {
  await writeProjectFile(target, generateProject(OLD_EVENTS, 'old'))
  oldBytes = readFileSync(target)
  // The child builds the same project from the same label; these are the bytes it would write.
  newBytes = Buffer.from(serializeProject(generateProject(NEW_EVENTS, 'new')))
  expect(oldBytes.length).toBeGreaterThan(50_000_000)
}, 120_000)

/** When to kill the writer: some ms after it says "saving", once its temporary file reaches a size, or never. */
type KillAt = { afterSavingMs: number } | { tempFileBytes: number } | null

interface Run {
  killed: boolean
  output: string
}

function runWriter(killAt: KillAt): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, target, String(NEW_EVENTS), 'new'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let output = ''
    let poll: NodeJS.Timeout | undefined
    const kill = (): void => {
      clearInterval(poll)
      child.kill('SIGKILL')
    }
    const collect = (chunk: Buffer): void => {
      const seenSaving = output.includes('saving\n')
      output += chunk.toString()
      if (seenSaving || !output.includes('saving\n') || killAt === null) return
      if ('afterSavingMs' in killAt) {
        setTimeout(kill, killAt.afterSavingMs)
      } else {
        poll = setInterval(() => {
          const grown = tempFilesIn(dir).some((name) => {
            const size = statSync(path.join(dir, name), { throwIfNoEntry: false })?.size ?? 0
            return size >= killAt.tempFileBytes
          })
          if (grown) kill()
        }, 1)
      }
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearInterval(poll)
      resolve({ killed: signal === 'SIGKILL', output })
    })
  })
}

/** Versions already opened once: the same bytes again need not be parsed again. */
const opened = new Set<string>()

/** The document after a run: which whole version it holds (it must be one of the two). */
async function documentVersion(): Promise<'old' | 'new'> {
  const bytes = readFileSync(target)
  const version = bytes.equals(oldBytes) ? 'old' : bytes.equals(newBytes) ? 'new' : 'mixed'
  expect(version, `the document is ${bytes.length} bytes of neither version`).not.toBe('mixed')
  if (!opened.has(version)) {
    const project = await readProjectFile(target)
    expect(project.title).toBe(`Generated project ${version}`)
    expect(project.events).toHaveLength(version === 'old' ? OLD_EVENTS : NEW_EVENTS)
    opened.add(version)
  }
  return version as 'old' | 'new'
}

/** Puts the old project back and clears what killed saves left, for the next run. */
async function reset(): Promise<void> {
  for (const name of tempFilesIn(dir)) rmSync(path.join(dir, name))
  if (!readFileSync(target).equals(oldBytes)) await writeFileAtomic(target, oldBytes)
}

describe('a save killed part way through', () => {
  it('leaves the document whole: the old project or the complete new one', async () => {
    const plans: [string, KillAt][] = [
      ['right after it starts', { afterSavingMs: 0 }],
      ['as the temporary file starts to fill', { tempFileBytes: 1 }],
      ['half way through writing', { tempFileBytes: Math.floor(newBytes.length / 2) }],
      ['with every byte written (flushing or renaming)', { tempFileBytes: newBytes.length }],
      ['after 1.5 s', { afterSavingMs: 1500 }]
    ]
    const outcomes: string[] = []
    let oldSurvived = 0
    for (const [when, killAt] of plans) {
      const run = await runWriter(killAt)
      expect(run.output, 'the writer started saving').toMatch(/^saving\n/)
      const version = await documentVersion()
      if (run.killed && version === 'old') oldSurvived++
      // A save that was not killed either finished or failed; a killed one never said "saved".
      if (run.killed) expect(run.output).not.toMatch(/saved/)
      else expect(run.output).toBe('saving\nsaved\n')
      outcomes.push(`killed ${when}: ${run.killed ? 'killed' : 'finished'}, document ${version}`)
      await reset()
    }
    console.log(outcomes.join('\n'))
    expect(oldSurvived, 'at least one kill landed before the rename').toBeGreaterThan(0)

    // And left alone, the same save completes: the new project, no temporary file.
    const run = await runWriter(null)
    expect(run).toEqual({ killed: false, output: 'saving\nsaved\n' })
    expect(await documentVersion()).toBe('new')
    expect(readdirSync(dir)).toEqual(['big.dateline'])
  }, 300_000)
})
