/**
 * TimelineJS headlines, texts and groups are HTML. We keep only their text, never markup: tags
 * go, entities are decoded, white space is collapsed as a browser shows it. Most values are plain
 * text or have only the common entities, so those skip the HTML parser (ingest's htmlToText,
 * linkedom), which costs a hundred times more per value.
 */
import { htmlToText } from '../ingest/html'

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0'
}

/** One line of plain text from an HTML fragment. */
export function htmlText(html: string): string {
  const text = html.includes('<')
    ? htmlToText(html)
    : html.includes('&')
      ? (decodeCommonEntities(html) ?? htmlToText(html))
      : html
  // HTML collapses ASCII white space only: a no-break space stays, even at the ends.
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '')
}

/** The text with its entities decoded, or null when it has one beyond the common few. */
function decodeCommonEntities(text: string): string | null {
  let unknown = false
  const decoded = text.replace(
    /&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g,
    (whole, name: string) => {
      if (name.startsWith('#')) {
        const hex = name[1] === 'x' || name[1] === 'X'
        const code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
          ? String.fromCodePoint(code)
          : '\ufffd'
      }
      const known = ENTITIES[name]
      if (known === undefined) unknown = true
      return known ?? whole
    }
  )
  return unknown ? null : decoded
}
