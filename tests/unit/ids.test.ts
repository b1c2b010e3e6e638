/** hashId is written for speed; it must give the ids of the plain definition it replaced. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashId } from '../../src/main/core/ids'

/** FNV-1a over the code points of the parts joined by U+0000: the definition, written plainly. */
function reference(prefix: string, ...parts: (string | number)[]): string {
  let h = 0x811c9dc5
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `${prefix}-${h.toString(16).padStart(8, '0')}`
}

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 })
  .map((units) => String.fromCharCode(...units))

describe('hashId', () => {
  it('gives the same ids as the plain definition', () => {
    const cases: (string | number)[][] = [
      [],
      [''],
      ['a-1234abcd', 0],
      ['a-1234abcd', 1234567],
      ['Pasted text', 'Title — with a dash', 5120, 'Ünïcödé text, “quotes” and 😀 emoji'],
      ['lone \ud800 high', 'lone \udc00 low', 'pair at end \ud83d', '\ude00 pair split'],
      [-1.5, 1e21, Number.NaN]
    ]
    for (const parts of cases) expect(hashId('e', ...parts)).toBe(reference('e', ...parts))
  })

  it('agrees with the plain definition on any strings and numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary' }), codeUnits, fc.integer(), fc.double())),
        (parts) => hashId('x', ...parts) === reference('x', ...parts)
      ),
      { numRuns: 2000 }
    )
  })
})
