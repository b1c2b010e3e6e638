/**
 * Writing SVG as a string, safely. Everything that comes from a document (titles, names, article
 * sources) is data: it goes through `esc()` (directly or via `attrs()` and `textEl()`), which
 * escapes the five XML specials and drops the characters XML 1.0 forbids (C0 controls other than
 * tab, newline and return, the non-characters U+FFFE/U+FFFF, lone surrogates) — one such
 * character would make the whole file unreadable to an XML parser.
 */

// C0 controls except \t \n \r, U+FFFE, U+FFFF, and surrogates not part of a pair. Matching
// control characters is the point here, hence the lint exception.
/* eslint-disable no-control-regex */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/* eslint-enable no-control-regex */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

/** The text without the characters XML cannot hold. */
export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '')
}

/** Escapes text content or an attribute value (both use the same five entities). */
export function esc(value: string): string {
  return xmlSafe(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** One line of label text: runs of whitespace (tabs, newlines from a pasted title) become one space. */
export function oneLine(value: string): string {
  return xmlSafe(value).replace(/\s+/g, ' ').trim()
}

/** A coordinate or length, short: one decimal is a tenth of a pixel, finer than any screen shows. */
export function n(value: number): string {
  const r = Math.round(value * 10) / 10
  return Object.is(r, -0) ? '0' : String(r)
}

/** Attributes from an object; undefined and null are left out, numbers rounded, strings escaped. */
export function attrs(values: Record<string, string | number | null | undefined>): string {
  let out = ''
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue
    out += ` ${name}="${typeof value === 'number' ? n(value) : esc(value)}"`
  }
  return out
}

/** A <text> element: position and class as attributes, the content escaped. */
export function textEl(
  x: number,
  y: number,
  cls: string,
  content: string,
  extra: Record<string, string | number | null | undefined> = {}
): string {
  return `<text${attrs({ x, y, class: cls, ...extra })}>${esc(content)}</text>`
}
