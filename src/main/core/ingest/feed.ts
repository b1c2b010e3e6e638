/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes an article.
 *
 * The XML parser runs with entity processing off, so a DOCTYPE that defines nested entities (the
 * "billion laughs" attack) is never expanded: references to such entities stay as literal text.
 * The five XML entities and numeric references are decoded here, in one non-recursive pass.
 */
import { XMLParser } from 'fast-xml-parser'
import { htmlToText } from './html'
import { dated, normaliseDate } from './published'
import { cleanLine } from './text'
import { IngestError, type IngestedArticle, type ReadContext } from './types'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  removeNSPrefix: true, // content:encoded → encoded, dc:date → date, rdf:RDF → RDF
  parseTagValue: false, // keep "2021" a string
  parseAttributeValue: false,
  cdataPropName: '#cdata', // CDATA is raw text: it must not go through entity decoding
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link'
})

type XmlNode = Record<string, unknown>

interface FeedItem {
  title: string
  text: string
  link: string
  date: string
  author: string
}

/** Reads a feed as one article per item. BAD_FEED for broken or non-feed XML, EMPTY for none. */
export function readFeed(xml: string, ctx: ReadContext): IngestedArticle[] {
  let doc: unknown
  try {
    doc = parser.parse(xml, true)
  } catch (err) {
    throw new IngestError(
      'BAD_FEED',
      `${ctx.name} is not a readable feed: its XML is broken (${xmlProblem(err)}).`
    )
  }
  const root = asNode(doc)
  const rss = asNode(root?.rss)
  const rdf = asNode(root?.RDF)
  const atom = asNode(root?.feed)
  let channel: XmlNode | null = null
  let items: FeedItem[]
  if (rss) {
    channel = asNode(first(rss.channel))
    items = list(channel?.item).map(rssItem)
  } else if (rdf) {
    channel = asNode(first(rdf.channel))
    items = list(rdf.item ?? channel?.item).map(rssItem)
  } else if (atom) {
    channel = atom
    items = list(atom.entry).map(atomEntry)
  } else {
    throw new IngestError('BAD_FEED', `${ctx.name} is XML, but not an RSS or Atom feed.`)
  }
  const source = cleanLine(itemText(channel?.title)) || ctx.fallbackSource
  const articles: IngestedArticle[] = []
  for (const item of items) {
    const text = item.text || item.title
    if (!text) continue // an item with neither title nor body has nothing to read
    const published = normaliseDate(item.date)
    const article: IngestedArticle = {
      title: cleanLine(item.title) || cleanLine(text.split('\n')[0]) || ctx.fallbackTitle,
      text,
      ...dated(published ? { published, from: 'feed' } : null),
      source
    }
    if (item.author) article.byline = item.author
    const url = resolveUrl(item.link, ctx.url)
    if (url) article.url = url
    articles.push(article)
  }
  if (articles.length === 0) {
    throw new IngestError('EMPTY', `${ctx.name} is a feed with no items: there is nothing to read.`)
  }
  return articles
}

/** fast-xml-parser's "message:line:column" as words. */
function xmlProblem(err: unknown): string {
  const raw = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim()
  const m = /^(.*?)\.?:(\d+):(\d+)$/.exec(raw)
  return m ? `${m[1]}, at line ${m[2]}, column ${m[3]}` : raw
}

function rssItem(value: unknown): FeedItem {
  const item = asNode(value) ?? {}
  const guid = asNode(item.guid)
  const permalink = guid?.['@_isPermaLink'] !== 'false' ? textOf(item.guid) : ''
  return {
    title: itemText(item.title),
    // content:encoded is the full article where a feed has it; description is often a teaser.
    text: itemText(item.encoded) || itemText(item.description) || itemText(item.content),
    link:
      list(item.link)
        .map((l) => textOf(l) || attr(l, 'href'))
        .find(Boolean) ?? (/^https?:/.test(permalink) ? permalink : ''),
    date: textOf(item.pubDate) || textOf(item.date) || textOf(item.published),
    author: cleanLine(textOf(item.creator) || textOf(item.author))
  }
}

function atomEntry(value: unknown): FeedItem {
  const entry = asNode(value) ?? {}
  const links = list(entry.link)
  const alternate =
    links.find((l) => ['alternate', ''].includes(attr(l, 'rel'))) ??
    links.find((l) => attr(l, 'href'))
  return {
    title: itemText(entry.title),
    text: itemText(entry.content) || itemText(entry.summary),
    link: alternate ? attr(alternate, 'href') : '',
    date:
      textOf(entry.published) ||
      textOf(entry.updated) ||
      textOf(entry.issued) ||
      textOf(entry.date),
    author: cleanLine(textOf(asNode(first(entry.author))?.name) || textOf(entry.creator))
  }
}

/** An element's text as plain text: escaped HTML and Atom XHTML are turned into text. */
function itemText(value: unknown): string {
  const node = first(value)
  if (asNode(node)?.['@_type'] === 'xhtml') return xhtmlText(node, 0)
  const s = textOf(node)
  if (/<[A-Za-z!/][^>]*>|&[#\w]+;/.test(s)) return htmlToText(s)
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Atom type="xhtml" content arrives parsed into objects; the parser does not keep the order of
 * mixed content, so this is a best effort: each element's text a paragraph.
 */
function xhtmlText(value: unknown, depth: number): string {
  if (depth > 100) return ''
  if (typeof value === 'string') return cleanLine(decodeXml(value))
  if (Array.isArray(value))
    return value
      .map((v) => xhtmlText(v, depth + 1))
      .filter(Boolean)
      .join('\n\n')
  const node = asNode(value)
  if (!node) return ''
  return Object.entries(node)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => xhtmlText(child, depth + 1))
    .filter(Boolean)
    .join('\n\n')
}

/** The decoded text of an element: its text (entities decoded) and CDATA (as is). */
function textOf(value: unknown): string {
  const node = first(value)
  if (typeof node === 'string') return decodeXml(node).trim()
  if (typeof node === 'number' || typeof node === 'boolean') return String(node)
  const obj = asNode(node)
  if (!obj) return ''
  const cdata = list(obj['#cdata']).map(String).join('')
  const text = typeof obj['#text'] === 'string' ? decodeXml(obj['#text']) : ''
  return (cdata + text).trim()
}

/** The five XML entities and numeric references, once (so &amp;lt; gives "&lt;", not "<"). */
function decodeXml(s: string): string {
  return s.replace(
    /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g,
    (whole, dec?: string, hex?: string, named?: string) => {
      if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named] ?? whole
      const code = dec ? Number(dec) : parseInt(hex ?? '', 16)
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      return valid ? String.fromCodePoint(code) : whole
    }
  )
}

function resolveUrl(link: string, base: string | undefined): string {
  if (!link) return ''
  try {
    return new URL(link, base).href
  } catch {
    return ''
  }
}

function attr(value: unknown, name: string): string {
  const v = asNode(value)?.[`@_${name}`]
  return typeof v === 'string' ? decodeXml(v).trim() : ''
}

function asNode(value: unknown): XmlNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as XmlNode)
    : null
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}
