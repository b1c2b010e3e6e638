/**
 * The code-unit tests in text/chars.ts stand in for regular-expression classes in hot loops, so
 * they must agree with them on every UTF-16 code unit.
 */
import { describe, expect, it } from 'vitest'
import {
  isAllSpace,
  isLatinLetter,
  isNameInitial,
  isSpace,
  isWordChar,
  skipSpace,
  skipSpaceBack
} from '../../src/main/core/text/chars'

const CLASSES: [string, (c: number) => boolean, RegExp][] = [
  ['isSpace', isSpace, /^\s$/],
  ['isWordChar', isWordChar, /^\w$/],
  ['isLatinLetter', isLatinLetter, /^[A-Za-zÀ-ÖØ-öø-ÿ]$/],
  ['isNameInitial', isNameInitial, /^[A-ZÀ-ÖØ-Þ]$/]
]

describe('character classes', () => {
  for (const [name, test, re] of CLASSES) {
    it(`${name} matches ${re.source} on all 65,536 code units`, () => {
      const wrong: number[] = []
      for (let c = 0; c <= 0xffff; c++)
        if (test(c) !== re.test(String.fromCharCode(c))) wrong.push(c)
      expect(wrong).toEqual([])
    })
  }

  it('isSpace is what String.prototype.trim removes', () => {
    const wrong: number[] = []
    for (let c = 0; c <= 0xffff; c++)
      if (isSpace(c) !== (String.fromCharCode(c).trim() === '')) wrong.push(c)
    expect(wrong).toEqual([])
  })

  it('skips white space forwards and backwards within bounds', () => {
    const s = ' \t a\u00a0b \u3000'
    expect(skipSpace(s, 0, s.length)).toBe(3)
    expect(skipSpace(s, 0, 2)).toBe(2)
    expect(skipSpaceBack(s, 0, s.length)).toBe(6)
    expect(skipSpaceBack(s, 6, s.length)).toBe(6)
    expect(isAllSpace(s, 0, 3)).toBe(true)
    expect(isAllSpace(s, 3, 3)).toBe(false)
    expect(isAllSpace(s, 3, 5)).toBe(false)
  })
})
