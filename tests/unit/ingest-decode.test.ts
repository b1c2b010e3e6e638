/**
 * decodeBytes (src/main/core/ingest/decode.ts) against its definition, written out plainly here:
 * BOMs; UTF-16 without a BOM (a NUL in every other byte); binary when the first 8 KiB hold a NUL
 * or more than 10% control bytes; then UTF-8, else windows-1252. For any bytes the two agree, text
 * or refusal. (UTF-16 without a BOM and the 8 KiB window had no test before.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBytes, IngestError } from '../../src/main/core/ingest'

const SNIFF = 8192
/** windows-1252 for 0x80–0x9F (its five holes kept as the C1 controls), per the WHATWG table. */
const WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]
const isControl = (c: number): boolean =>
  c === 0x7f || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b)

function reference(bytes: Uint8Array): string {
  const utf16 = (label: string): string => {
    const text = new TextDecoder(label).decode(bytes)
    const head = text.slice(0, SNIFF / 2)
    let controls = 0
    for (let i = 0; i < head.length; i++) if (isControl(head.charCodeAt(i))) controls++
    if (head.length > 0 && controls / head.length > 0.1) throw new Error('BINARY')
    return text
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be')
  const n = Math.min(bytes.length, SNIFF) & ~1
  if (n >= 8) {
    let even = 0
    let odd = 0
    for (let i = 0; i < n; i += 2) {
      if (bytes[i] === 0) even++
      if (bytes[i + 1] === 0) odd++
    }
    if (odd >= (n / 2) * 0.1 && even === 0) return utf16('utf-16le')
    if (even >= (n / 2) * 0.1 && odd === 0) return utf16('utf-16be')
  }
  const m = Math.min(bytes.length, SNIFF)
  let controls = 0
  for (let i = 0; i < m; i++) {
    if (bytes[i] === 0) throw new Error('BINARY')
    if (isControl(bytes[i]!)) controls++
  }
  if (m > 0 && controls / m > 0.1) throw new Error('BINARY')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // By hand: Node's TextDecoder('windows-1252') reads the bytes as Latin-1.
    return Array.from(bytes, (b) => String.fromCharCode(WINDOWS_1252[b - 0x80] ?? b)).join('')
  }
}

const outcome = (decode: (b: Uint8Array) => string, bytes: Uint8Array): string => {
  try {
    return `text:${decode(bytes)}`
  } catch (error) {
    if (error instanceof IngestError) return `error:${error.code}`
    if (error instanceof Error && error.message === 'BINARY') return 'error:BINARY'
    throw error
  }
}

/** Bytes of text with now and then a control, a NUL, a high byte or a BOM, some past 8 KiB. */
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc
    .tuple(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 1, 7, 0x0b, 0x1b, 0x7f, 0x80, 0xc3, 0xff)), {
        maxLength: 6
      }),
      fc.constantFrom(0, 1, 60)
    )
    .map(([text, edits, repeat]) => {
      const bytes = new Uint8Array(Buffer.from(text.repeat(Math.max(1, repeat)), 'utf8'))
      for (const [at, b] of edits) if (bytes.length > 0) bytes[at % bytes.length] = b
      return bytes
    }),
  fc
    .tuple(fc.string({ maxLength: 120 }), fc.constantFrom('utf16le', 'utf16be'), fc.boolean())
    .map(([text, le, bom]) => {
      const body = Buffer.from(text, 'utf16le')
      if (le === 'utf16be') body.swap16()
      const mark = le === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]
      return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), body]) : body)
    })
)

describe('decodeBytes', () => {
  it('agrees with the plain definition on any bytes', () => {
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        expect(outcome(decodeBytes, bytes)).toBe(outcome(reference, bytes))
      }),
      { numRuns: 2000 }
    )
  })

  it('reads UTF-16 without a BOM, little- and big-endian', () => {
    const text = 'NATO expelled eight Russian diplomats two weeks ago.'
    const le = Buffer.from(text, 'utf16le')
    expect(decodeBytes(new Uint8Array(le))).toBe(text)
    expect(decodeBytes(new Uint8Array(Buffer.from(le).swap16()))).toBe(text)
  })

  it('looks only at the first 8 KiB for NULs and controls', () => {
    const text = Buffer.alloc(SNIFF + 10, 'a')
    text[SNIFF + 5] = 0
    expect(decodeBytes(new Uint8Array(text))).toHaveLength(SNIFF + 10)
    text[100] = 0
    expect(() => decodeBytes(new Uint8Array(text))).toThrow(/binary/)
  })
})
