/**
 * Plain text and Markdown: front matter (a leading `---` block of `key: value` lines) gives the
 * title, date and source; the rest is the text. Markdown syntax is lightly removed so the text
 * reads as prose; offsets into the original file are not kept.
 */
import { dated, normaliseDate, publishedFromDateline } from './published'
import { IngestError, type FoundDate, type IngestedArticle, type ReadContext } from './types'

/** The `key: value` pairs of a leading front-matter block (keys lower-cased), and what follows. */
export function splitFrontMatter(text: string): { fields: Map<string, string>; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)
  const fields = new Map<string, string>()
  if (!m) return { fields, body: text }
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(.*)$/.exec(line)
    if (!kv) continue
    const value = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2')
    if (value) fields.set(kv[1]!.toLowerCase(), value)
  }
  // A text that merely opens with a horizontal rule has no keys: it is not front matter.
  if (fields.size === 0) return { fields, body: text }
  return { fields, body: text.slice(m[0].length).replace(/^\n+/, '') }
}

/** Reads plain text (kept as is) or Markdown (syntax lightly removed) as one article. */
export function readText(raw: string, ctx: ReadContext, markdown: boolean): IngestedArticle {
  const { fields, body } = splitFrontMatter(unixLineBreaks(raw.replace(/^\uFEFF/, '')))
  const text = markdown ? stripMarkdown(body) : body
  if (!text.trim()) {
    throw new IngestError(
      'EMPTY',
      fields.size
        ? `${ctx.name} has only front matter: there is no text to read.`
        : `${ctx.name} is empty: there is no text to read.`
    )
  }
  const field = (...keys: string[]) => fieldOf(fields, keys)
  const article: IngestedArticle = {
    title: cleanLine(field('title')) || cleanLine(firstFilledLine(text)) || ctx.fallbackTitle,
    text,
    ...dated(ctx.dateGiven ? null : foundDate(fields, text)),
    source: cleanLine(field('source', 'publication', 'site', 'publisher')) || ctx.fallbackSource
  }
  const byline = cleanLine(field('author', 'byline', 'authors'))
  if (byline) article.byline = byline
  const url = field('url', 'link', 'canonical') || ctx.url
  if (url) article.url = url
  return article
}

/** The first of `keys` that front matter gives a value, or ''. */
function fieldOf(fields: Map<string, string>, keys: string[]): string {
  return keys.map((k) => fields.get(k)).find(Boolean) ?? ''
}

/** The date front matter gives, else a dateline at the top of the text. */
function foundDate(fields: Map<string, string>, text: string): FoundDate | null {
  const frontDate = normaliseDate(fieldOf(fields, ['published', 'date', 'pubdate', 'publishdate']))
  return frontDate ? { published: frontDate, from: 'front-matter' } : publishedFromDateline(text)
}

/** \r\n and \r as \n; most texts have none, and then the text is not copied. */
function unixLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** The first line that is not blank (text.split('\n').find(line => line.trim()), without the split). */
function firstFilledLine(text: string): string | undefined {
  for (let from = 0; from <= text.length;) {
    const end = text.indexOf('\n', from)
    const line = text.slice(from, end < 0 ? text.length : end)
    if (line.trim()) return line
    if (end < 0) break
    from = end + 1
  }
  return undefined
}

/** Markdown to readable text: headings, emphasis, code marks, links and images unwrapped. */
export function stripMarkdown(md: string): string {
  const out: string[] = []
  let inFence = false
  for (const line of md.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      inFence = !inFence
      continue
    }
    if (inFence) {
      out.push(line)
      continue
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line)) continue // a link reference definition
    if (/^\s*([-*_=])(?:\s*\1){2,}\s*$/.test(line)) continue // a rule or setext underline
    let l = line
    if (/^\s{0,3}#{1,6}\s/.test(l)) l = l.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '')
    l = l
      .replace(/^(?:\s*>\s?)+/, '') // quotation marks
      .replace(/^\s*[-*+]\s+/, '') // bullets
      .replace(/[ \t]?!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '') // images, and a space before
      .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1') // links
      .replace(/<(https?:[^>\s]+)>/g, '$1') // autolinks
      .replace(/`([^`]+)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)(.*?\S)~~/g, '$1')
      .replace(/<\/?[A-Za-z][^<>]*>/g, '') // inline HTML tags
    out.push(l)
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** One line of text, white space collapsed, at most 200 characters. */
export function cleanLine(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 200).trim()
}
