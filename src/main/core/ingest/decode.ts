/**
 * Bytes to text: the byte-order marks, UTF-8, the windows-1252 fallback for old Latin-1 files,
 * and the refusal of binary files (an image dropped by mistake must not become an "article").
 */
import { IngestError } from './types'

/** How much of the start of a file the binary check looks at. */
const SNIFF_BYTES = 8192
/** More control characters than this share of the sniffed bytes means binary. */
const MAX_CONTROL_SHARE = 0.1

/**
 * windows-1252 code points for bytes 0x80–0x9F (0 = undefined in the code page, kept as the C1
 * control). Done by hand rather than with TextDecoder('windows-1252') so it does not depend on
 * the ICU data a Node build ships with.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178
]

/**
 * Decodes a file's bytes. UTF-8 (BOM or not) and UTF-16 (BOM or not) are read as such; bytes that
 * are not valid UTF-8 are taken as windows-1252 (a superset of Latin-1). Throws
 * IngestError('BINARY') when the bytes look like a binary file.
 */
export function decodeBytes(bytes: Uint8Array): string {
  return decodeNamed(bytes, 'The data')
}

/** decodeBytes, with `name` (a file name or URL) in the error message. */
export function decodeNamed(bytes: Uint8Array, name: string): string {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xff && b1 === 0xfe) return checkedUtf16(bytes, 'utf-16le', name)
  if (b0 === 0xfe && b1 === 0xff) return checkedUtf16(bytes, 'utf-16be', name)
  const unmarked = unmarkedUtf16(bytes)
  if (unmarked) return checkedUtf16(bytes, unmarked, name)
  if (looksBinary(bytes)) throw binaryError(name)
  try {
    // fatal: a wrong byte must fail so that we can fall back, not become U+FFFD.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return decodeWindows1252(bytes)
  }
}

/**
 * Decodes with a charset a server declared (Content-Type); a BOM still wins, and an unknown
 * label falls back to the sniffing decoder.
 */
export function decodeWithCharset(bytes: Uint8Array, charset: string | undefined, name: string) {
  const label = charset?.trim().toLowerCase()
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (!label || hasBom || label === 'utf-8' || label === 'utf8') return decodeNamed(bytes, name)
  if (label === 'iso-8859-1' || label === 'latin1' || label === 'windows-1252') {
    // WHATWG maps all three to windows-1252.
    if (looksBinary(bytes)) throw binaryError(name)
    return decodeWindows1252(bytes)
  }
  let decoder: InstanceType<typeof TextDecoder> | null = null
  try {
    decoder = new TextDecoder(label)
  } catch {
    // An unknown label (RangeError): read the bytes as if no charset had been given.
  }
  return decoder ? decoder.decode(bytes) : decodeNamed(bytes, name)
}

function checkedUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', name: string): string {
  const text = new TextDecoder(label).decode(bytes)
  // A UTF-32 file or a binary that happens to start with FF FE decodes to mostly controls.
  if (controlShare(text.slice(0, SNIFF_BYTES / 2)) > MAX_CONTROL_SHARE) throw binaryError(name)
  return text
}

/**
 * UTF-16 saved without a byte-order mark (Notepad's "Unicode" of old, some exports): in text of
 * any script that uses spaces or ASCII punctuation, one byte of each such pair is zero, always at
 * the same parity, and the other parity never is. A binary file with that pattern over the whole
 * sniffed window is rare, and checkedUtf16 still refuses one that decodes to controls.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1
  if (n < 8) return null
  let zeroEven = 0
  let zeroOdd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++
    if (bytes[i + 1] === 0) zeroOdd++
  }
  const pairs = n / 2
  if (zeroOdd >= pairs * 0.1 && zeroEven === 0) return 'utf-16le'
  if (zeroEven >= pairs * 0.1 && zeroOdd === 0) return 'utf-16be'
  return null
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES)
  if (n === 0) return false
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true // text never has NUL (UTF-16 without a BOM was tried before)
    if (isControl(b)) controls++
  }
  return controls / n > MAX_CONTROL_SHARE
}

function controlShare(text: string): number {
  if (text.length === 0) return 0
  let controls = 0
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++
  return controls / text.length
}

/** C0 controls other than tab, newline, form feed, carriage return and escape; and DEL. */
function isControl(code: number): boolean {
  if (code === 0x7f) return true
  if (code >= 0x20) return false
  return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b
}

function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = []
    const end = Math.min(bytes.length, start + CHUNK)
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b)
    }
    out += String.fromCharCode(...codes)
  }
  return out
}

function binaryError(name: string): IngestError {
  return new IngestError('BINARY', `${name} looks like a binary file, not an article.`)
}
