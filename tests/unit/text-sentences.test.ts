/**
 * endsSentenceAt() answers, for one run of punctuation, what sentences() decides for a whole
 * paragraph; the tense reader relies on the two agreeing. Checked on every run of . ! ? in the
 * seed article and the TempEval-3 documents, and on generated text.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { endsSentenceAt, paragraphs, sentences } from '../../src/main/core/text/segments'

const SHARED = path.resolve(__dirname, '../../../shared')
const SEED = readFileSync(
  path.join(SHARED, 'fixtures/articles/vg-russia-cuts-off-contact-with-nato.txt'),
  'utf8'
)
const TEMPEVAL = ['timebank', 'aquaint'].flatMap((corpus) =>
  readFileSync(path.join(SHARED, `data/tempeval3/${corpus}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text)
)

const RUN = /[.!?]+["'”’)\]]*/y

/** Runs of punctuation in a paragraph where the two disagree, with a little context. */
function disagreements(paragraph: string): string[] {
  const ends = new Set(
    sentences({ text: paragraph, start: 0, end: paragraph.length }).map((s) => s.end)
  )
  const out: string[] = []
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!
    if (!'.!?'.includes(c) || (i > 0 && '.!?'.includes(paragraph[i - 1]!))) continue
    RUN.lastIndex = i
    const runEnd = i + RUN.exec(paragraph)![0].length
    if (endsSentenceAt(paragraph, i) !== ends.has(runEnd))
      out.push(paragraph.slice(Math.max(0, i - 20), i + 20))
  }
  return out
}

describe('endsSentenceAt', () => {
  it('agrees with sentences() on every run of punctuation in real news text', () => {
    let runs = 0
    const found: string[] = []
    for (const text of [SEED, ...TEMPEVAL])
      for (const p of paragraphs(text)) {
        runs += (p.text.match(/[.!?]+/g) ?? []).length
        found.push(...disagreements(p.text))
      }
    expect(runs).toBeGreaterThan(5000)
    expect(found).toEqual([])
  })

  it('agrees with sentences() on generated text full of abbreviations and quotes', () => {
    const piece = fc.constantFrom(
      'Mr.',
      'U.S.',
      'vs.',
      'Sept.',
      'said.',
      'it.',
      'no?',
      'yes!',
      "''",
      '"',
      ')',
      'The',
      'the',
      '5',
      'a.m.',
      'Ala.,',
      ' ',
      '  ',
      '...',
      'Wade',
      '“Yes.”',
      '(He'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(disagreements(pieces.join(' '))).toEqual([])
      }),
      { numRuns: 500 }
    )
  })

  it('an abbreviation or a lower-case word after the period ends no sentence; the end of the text does', () => {
    const at = (text: string, needle: string) => endsSentenceAt(text, text.indexOf(needle))
    expect(at('Roe vs. Wade was decided.', '.')).toBe(false)
    expect(at('the U.S. embassy', '. e')).toBe(false)
    expect(at('He left. The', '.')).toBe(true)
    expect(at('He left. then', '.')).toBe(false)
    expect(at("He said.'' Then", '.')).toBe(true)
    expect(at('It ended.', '.')).toBe(true)
    expect(at('a comma, not a stop', ',')).toBe(false)
  })

  it('looks at a bounded stretch: a run of over 64 stops or spaces counts as an end', () => {
    expect(endsSentenceAt(`so${'.'.repeat(1_000_000)}x`, 2)).toBe(true)
    expect(endsSentenceAt(`so.${' '.repeat(1_000_000)}x`, 2)).toBe(true)
    expect(endsSentenceAt(`so${'.'.repeat(64)}x`, 2)).toBe(false)
  })
})
