/**
 * Prepares the timeline SVG for svg-to-pdfkit, which draws each text element in one font: text
 * that needs another Noto Sans subset than latin (a Cyrillic name, a Greek letter) is wrapped in
 * a <tspan> whose font family names that subset, and the font callback (pdf.ts) maps that family
 * to the subset's font. Text that latin covers, nearly all of it, is left untouched.
 *
 * The SVG is the renderer's own (XMLSerializer output: well-formed, attributes quoted), so a
 * tokenizer over tags and text is enough; no markup is built from input but escaped text.
 */
import { textRuns } from './pdf-fonts'

/** The family prefix the font callback recognises: `dateline-subset-cyrillic`. */
export const SUBSET_FAMILY_PREFIX = 'dateline-subset-'

/** Comments, CDATA, processing instructions, declarations, and tags (quoted values may hold >). */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<\/?[A-Za-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g

/** <text …>, <svg:text …>; not <textPath>. */
const TEXT_OPEN = /^<(?:[\w-]+:)?text(?=[\s/>])/
const TEXT_CLOSE = /^<\/(?:[\w-]+:)?text\s*>$/

export function splitSvgTextRuns(svg: string): string {
  let out = ''
  let depth = 0
  let last = 0
  const emitText = (text: string) => {
    out += depth > 0 && /[^\x20-\x7e\s]/.test(text) ? wrapRuns(text) : text
  }
  for (const match of svg.matchAll(TOKEN)) {
    const tag = match[0]
    emitText(svg.slice(last, match.index))
    out += tag
    last = match.index + tag.length
    if (TEXT_OPEN.test(tag) && !tag.endsWith('/>')) depth++
    else if (TEXT_CLOSE.test(tag)) depth = Math.max(0, depth - 1)
  }
  emitText(svg.slice(last))
  return out
}

function wrapRuns(xmlText: string): string {
  const runs = textRuns(decodeXml(xmlText))
  if (runs.every((run) => run.subset === 'latin')) return xmlText
  return runs
    .map((run) => {
      const text = escapeXml(run.text)
      if (run.subset === 'latin') return text
      const family = SUBSET_FAMILY_PREFIX + run.subset
      // The style attribute too: svg-to-pdfkit lets it override an inherited family.
      return `<tspan font-family="${family}" style="font-family:${family}">${text}</tspan>`
    })
    .join('')
}

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'"
}

/** The five XML entities and character references; anything else is left as written. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return XML_ENTITIES[name] ?? whole
  })
}

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}
