/**
 * Regression guard on the TempEval-3 development set: the tagger's F1, as the shared scorer
 * computes it, must not fall below the figures reached. (Accuracy only; speed is in bench:time.)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tagTimexes } from '../../src/main/core/time/tagger'

const SHARED = path.resolve(__dirname, '../../../shared')
const SCORER = path.join(SHARED, 'tools/timex-score.mjs')

/** The floors: the figures reached when this guard was last raised (percent F1). */
const FLOORS = {
  timebank: { strict: 90.0, relaxed: 94.3, value: 82.4 },
  aquaint: { strict: 86.4, relaxed: 94.3, value: 78.0 }
}

interface Score {
  docs: number
  missingDocs: number
  strict: { F1: number }
  relaxed: { F1: number }
  value: { F1: number }
}

function score(corpus: 'timebank' | 'aquaint'): Score {
  const gold = path.join(SHARED, `data/tempeval3/${corpus}.jsonl`)
  const lines = readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
  const predicted = lines.map((line) => {
    const doc = JSON.parse(line) as { id: string; dct: string; text: string }
    const timexes = tagTimexes(doc.text, doc.dct).map(({ start, end, type, value }) => ({
      start,
      end,
      type,
      value
    }))
    return JSON.stringify({ id: doc.id, timexes })
  })
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-timex-')), `${corpus}.jsonl`)
  writeFileSync(out, `${predicted.join('\n')}\n`)
  return JSON.parse(
    execFileSync(process.execPath, [SCORER, gold, out, '--json'], { encoding: 'utf8' })
  ) as Score
}

describe('tagger accuracy on TempEval-3 (regression guard)', () => {
  it('finds the same expressions around cue words as in a full scan, on every document', () => {
    for (const corpus of ['timebank', 'aquaint']) {
      const gold = path.join(SHARED, `data/tempeval3/${corpus}.jsonl`)
      for (const line of readFileSync(gold, 'utf8')
        .split('\n')
        .filter((l) => l.trim())) {
        const doc = JSON.parse(line) as { id: string; dct: string; text: string }
        expect(tagTimexes(doc.text, doc.dct), doc.id).toEqual(
          tagTimexes(doc.text, doc.dct, { fullScan: true })
        )
      }
    }
  })

  for (const corpus of ['timebank', 'aquaint'] as const) {
    it(`${corpus}: strict, relaxed and value F1 stay at or above the floor`, () => {
      const s = score(corpus)
      expect(s.missingDocs).toBe(0)
      const got = {
        strict: +(100 * s.strict.F1).toFixed(2),
        relaxed: +(100 * s.relaxed.F1).toFixed(2),
        value: +(100 * s.value.F1).toFixed(2)
      }
      console.log(`${corpus}: strict ${got.strict}  relaxed ${got.relaxed}  value ${got.value}`)
      expect(got.strict).toBeGreaterThanOrEqual(FLOORS[corpus].strict)
      expect(got.relaxed).toBeGreaterThanOrEqual(FLOORS[corpus].relaxed)
      expect(got.value).toBeGreaterThanOrEqual(FLOORS[corpus].value)
    })
  }
})
