/**
 * Character classes as plain code-unit tests, for the hot loops that scan every sentence: a test
 * on one code unit costs far less than a regular expression run on a freshly sliced string.
 * Each one matches its regular-expression twin exactly (tests/unit/text-chars.test.ts checks all
 * 65,536 code units).
 */

/**
 * `\s` of a JavaScript regular expression, which is also what String.prototype.trim removes:
 * the ECMAScript WhiteSpace and LineTerminator code points.
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** `\w` without the u flag: [A-Za-z0-9_]. `\b` is a change between this and its negation. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
  )
}

/** [A-Za-zÀ-ÖØ-öø-ÿ]: the Latin-1 letters the entity patterns treat as letters. */
export function isLatinLetter(c: number): boolean {
  if (c < 0xc0) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  return c <= 0xff && c !== 0xd7 && c !== 0xf7
}

/** [A-ZÀ-ÖØ-Þ]: a capital letter that may begin a name. */
export function isNameInitial(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
}

/** Where `s` stops being white space from `from` on (`to` at most). */
export function skipSpace(s: string, from: number, to: number): number {
  let i = from
  while (i < to && isSpace(s.charCodeAt(i))) i++
  return i
}

/** Where the white space before `to` begins (`from` at least). */
export function skipSpaceBack(s: string, from: number, to: number): number {
  let i = to
  while (i > from && isSpace(s.charCodeAt(i - 1))) i--
  return i
}

/** True when s[from, to) is not empty and all white space. */
export function isAllSpace(s: string, from: number, to: number): boolean {
  return from < to && skipSpace(s, from, to) === to
}
