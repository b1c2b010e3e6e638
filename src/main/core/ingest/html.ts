/**
 * HTML pages: parsed with linkedom, the main content found by Readability, then turned into plain
 * text by our own DOM walk (htmlToText, which feed.ts uses for item bodies too).
 *
 * Readability returns its content as HTML; we ask it for the element instead (its `serializer`
 * option) and walk that, so no markup is ever re-parsed or returned.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { MAX_HTML_DEPTH, nestsDeeperThan } from './html-depth'
import { dated, publishedFromDateline, publishedFromDocument } from './published'
import { cleanLine } from './text'
import {
  CDATA_SECTION_NODE,
  ELEMENT_NODE,
  IngestError,
  TEXT_NODE,
  type DomDocument,
  type DomElement,
  type DomNode,
  type FoundDate,
  type IngestedArticle,
  type ReadContext
} from './types'

/** Content that is never article text. */
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'IFRAME',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'DIALOG'
])

/**
 * Page furniture removed before Readability runs. Readability drops most of it itself, but when
 * an article is short it retries with its filters off and keeps the longest result, which can be
 * the comments. (Not FORM: some sites wrap the whole page in one.)
 */
const FURNITURE = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'IFRAME',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'DIALOG'
])

/** id or class names of comments, related links, share bars and the like (whole names only). */
const FURNITURE_NAME =
  /^(?:comments?(?:[-_]?(?:list|area|section|wrapper|container|thread))?|disqus_thread|related(?:[-_]?(?:articles|posts|stories|content|links|news))?|share(?:[-_]?buttons)?|sharing|social[-_]share|newsletter|breadcrumbs?|sidebar)$/i

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'PRE',
  'TR',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'CAPTION',
  'FIELDSET',
  'HR',
  'CENTER',
  'BODY',
  'HTML'
])

/**
 * Readability's cost grows steeply with nesting depth (a 1,000-deep page takes many seconds), so
 * deeper or bigger documents skip it and are read by the plain DOM walk. Real articles nest a
 * few dozen levels at most.
 */
const READABILITY_MAX_DEPTH = 100
const READABILITY_MAX_ELEMENTS = 30_000

/** linkedom only builds <html>/<body> when the markup has them; a pasted fragment gets a frame. */
export function parseDocument(html: string): DomDocument {
  const framed = /<(?:html|body)[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
  return parseHTML(framed).document as unknown as DomDocument
}

/** The page's <body>, or null (linkedom's getter throws on a document without a root). */
function bodyOf(doc: DomDocument): DomElement | null {
  if (!doc.documentElement) return null
  try {
    return (doc as DomDocument & { body: DomElement | null }).body
  } catch {
    return null
  }
}

/**
 * HTML to plain text without Readability: every text but the dropped elements'. '' for markup
 * that cannot be parsed or nests too deep to parse in reasonable time (see ./html-depth).
 */
export function htmlToText(html: string): string {
  if (nestsDeeperThan(html)) return ''
  try {
    const doc = parseDocument(html)
    return wholeText(doc)
  } catch {
    return ''
  }
}

function wholeText(doc: DomDocument): string {
  const body = bodyOf(doc)
  const text = body ? domToText(body) : ''
  // linkedom leaves content outside <body> (or after </html>) as siblings: walk from the top.
  return text || domToText(doc)
}

/**
 * Reads one HTML page as an article. Throws NO_CONTENT when it has no text at all, UNREADABLE
 * when it nests too deep to parse in reasonable time.
 */
export function readHtml(html: string, ctx: ReadContext): IngestedArticle {
  if (nestsDeeperThan(html)) {
    throw new IngestError(
      'UNREADABLE',
      `${ctx.name} could not be read: its HTML nests more than ` +
        `${MAX_HTML_DEPTH.toLocaleString('en')} elements deep (real pages nest a few dozen).`
    )
  }
  let doc: DomDocument
  try {
    doc = parseDocument(html)
  } catch {
    throw noContent(ctx)
  }
  let found: FoundDate | null = null
  try {
    if (!ctx.dateGiven) found = publishedFromDocument(doc)
  } catch {
    // A selector the DOM shim does not support must cost us the date, not the article.
  }
  const read = runReadability(doc)
  const text = read?.text || safely(() => wholeText(doc))
  if (!text) throw noContent(ctx)

  const title =
    cleanLine(read?.title) ||
    cleanLine(safely(() => doc.title)) ||
    cleanLine(safely(() => doc.querySelector('h1')?.textContent ?? '')) ||
    cleanLine(text.split('\n').find((line) => line.trim())) ||
    ctx.fallbackTitle
  const byline = cleanLine(read?.byline).replace(/^by\s+/i, '')
  const article: IngestedArticle = {
    title,
    text,
    ...dated(found ?? (ctx.dateGiven ? null : publishedFromDateline(text))),
    source: cleanLine(read?.siteName) || ctx.fallbackSource
  }
  if (byline) article.byline = byline
  if (ctx.url) article.url = ctx.url
  return article
}

interface Readable {
  text: string
  title: string
  byline: string
  siteName: string
}

function runReadability(doc: DomDocument): Readable | null {
  if (!fitsReadability(doc)) return null
  try {
    // Readability rewrites the document it is given; the original stays whole for the fallback.
    const clone = doc.cloneNode(true)
    for (const el of Array.from(clone.querySelectorAll('*'))) {
      if (FURNITURE.has(el.nodeName.toUpperCase()) || isFurniture(el)) el.remove()
    }
    const input = clone as unknown as ConstructorParameters<typeof Readability>[0]
    const result = new Readability(input, {
      serializer: (node) => node as unknown as DomNode,
      maxElemsToParse: READABILITY_MAX_ELEMENTS
    }).parse()
    if (!result) return null
    return {
      text: result.content ? domToText(result.content) : '',
      title: result.title ?? '',
      byline: result.byline ?? '',
      siteName: result.siteName ?? ''
    }
  } catch {
    return null
  }
}

function fitsReadability(doc: DomDocument): boolean {
  let depth = 0
  let elements = 0
  let node: DomNode | null = doc.firstChild
  while (node) {
    if (node.nodeType === ELEMENT_NODE && ++elements > READABILITY_MAX_ELEMENTS) return false
    if (node.firstChild) {
      if (++depth > READABILITY_MAX_DEPTH) return false
      node = node.firstChild
      continue
    }
    while (node && !node.nextSibling) {
      node = node.parentNode
      depth--
      if (node === doc) return true
    }
    node = node?.nextSibling ?? null
  }
  return true
}

/**
 * The text of everything under `root`, as paragraphs: block elements start and end one, <br>
 * breaks a line, dropped and hidden elements are skipped, white space collapses (but not in
 * <pre>). Walks with sibling and parent links instead of recursion, so nesting depth is no limit.
 */
export function domToText(root: DomNode): string {
  const sink = new ParagraphSink()
  let node: DomNode | null = root.firstChild
  while (node) {
    let enter = false
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      sink.text(node.textContent ?? '')
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = node.nodeName.toUpperCase()
      if (tag === 'BR') sink.lineBreak()
      else if (tag === 'PRE') sink.preformatted(node.textContent ?? '')
      else if (
        !DROPPED.has(tag) &&
        !isHidden(node as DomElement) &&
        !isFurniture(node as DomElement)
      ) {
        if (BLOCKS.has(tag)) sink.endParagraph()
        else if (tag === 'TD' || tag === 'TH') sink.text(' ')
        enter = true
      }
    }
    if (enter && node.firstChild) {
      node = node.firstChild
      continue
    }
    if (enter) leave(node, sink)
    // Next node: the next sibling, or the next sibling of the nearest ancestor that has one.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode
      if (node && node !== root) leave(node, sink)
    }
    node = node && node !== root ? node.nextSibling : null
  }
  return sink.finish()
}

function leave(node: DomNode, sink: ParagraphSink): void {
  if (BLOCKS.has(node.nodeName.toUpperCase())) sink.endParagraph()
}

function isFurniture(el: DomElement): boolean {
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`
  return names.split(/\s+/).some((name) => FURNITURE_NAME.test(name))
}

function isHidden(el: DomElement): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  )
}

/** Collects text into paragraphs (blank line between) of lines (from <br>). */
class ParagraphSink {
  private readonly paragraphs: string[] = []
  private lines: string[] = ['']

  text(s: string): void {
    this.lines[this.lines.length - 1] += s
  }

  lineBreak(): void {
    this.lines.push('')
  }

  preformatted(s: string): void {
    this.endParagraph()
    const kept = s.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd()
    if (kept.trim()) this.paragraphs.push(kept)
  }

  endParagraph(): void {
    const lines = this.lines.map((line) => line.replace(/\s+/g, ' ').trim())
    this.lines = ['']
    // Runs of <br> give at most one blank line; none at the ends.
    const kept = lines.filter((line, i) => line || (i > 0 && lines[i - 1]))
    const text = kept.join('\n').trim()
    if (text) this.paragraphs.push(text)
  }

  finish(): string {
    this.endParagraph()
    return this.paragraphs.join('\n\n')
  }
}

function safely(read: () => string): string {
  try {
    return read()
  } catch {
    return ''
  }
}

function noContent(ctx: ReadContext): IngestError {
  return new IngestError(
    'NO_CONTENT',
    `${ctx.name} has no text to read: the page is empty or holds only markup.`
  )
}
