/**
 * The ingestion layer's public API: pasted text, files and web addresses in, articles out.
 * Pure Node (no Electron), so the CLI, tests and workers can use it.
 *
 * Every failure is an IngestError whose message names the input and can be shown to a person.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'
import { decodeNamed } from './decode'
import { readFeed } from './feed'
import { readHtml } from './html'
import { MAX_YEAR, MIN_YEAR, normaliseDate } from './published'
import { readText } from './text'
import { IngestError, type IngestedArticle, type IsoDay, type ReadContext } from './types'
import { fetchDocument, formatBytes, parseWebUrl, type FetchOptions } from './url'

export { decodeBytes } from './decode'
export { IngestError } from './types'
export type { IngestErrorCode, IngestedArticle, IsoDay, PublishedFrom } from './types'

export type IngestKind = 'auto' | 'text' | 'markdown' | 'html' | 'feed'

export interface IngestTextOptions {
  kind?: IngestKind
  /** The user's publication date: always wins over a detected one. */
  published?: IsoDay | null
  /** The source to use when the content names no publication. */
  source?: string
  url?: string
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024
/**
 * The longest text ingestText takes, in UTF-16 units: the same 64 Mi as a file's bytes and as
 * main's IPC check on pasted text. Without it a caller that skips that check (CLI, tests, a
 * future channel) could hand in 100 MB and wait half a minute for a million events.
 */
export const MAX_TEXT_LENGTH = 64 * 1024 * 1024

/** Reads pasted text, Markdown, HTML or a feed. 'auto' (the default) sniffs which it is. */
export function ingestText(text: string, options: IngestTextOptions = {}): IngestedArticle[] {
  const name = options.url || 'The pasted text'
  if (text.length > MAX_TEXT_LENGTH) {
    throw new IngestError(
      'TOO_LARGE',
      `${name} is ${formatBytes(text.length)} long, more than the ` +
        `${formatBytes(MAX_TEXT_LENGTH)} of text that can be read at once.`
    )
  }
  let host = ''
  try {
    host = options.url ? new URL(options.url).hostname.replace(/^www\./, '') : ''
  } catch {
    // a malformed url is only metadata here; keep going without a host
  }
  return read(text, options.kind ?? 'auto', options.published, {
    name,
    fallbackSource: options.source || host || 'Pasted text',
    fallbackTitle: options.source || host || 'Untitled',
    ...(options.url ? { url: options.url } : {})
  })
}

const EXTENSION_KINDS: Record<string, IngestKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed'
}

/**
 * Reads an article file. The size is checked with stat before any byte is read, so a huge file
 * is refused at once.
 */
export async function ingestFile(
  file: string,
  options: { published?: IsoDay | null; maxBytes?: number } = {}
): Promise<IngestedArticle[]> {
  const name = path.basename(file) || file
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES
  // Synchronous fs on purpose: files are read in batch workers (never on the UI thread), and for
  // small articles the round trips of async open/read/close cost more than the reading itself.
  let info: ReturnType<typeof statSync>
  try {
    info = statSync(file)
  } catch (err) {
    throw fileError(err, name, file)
  }
  if (info.isDirectory()) {
    throw new IngestError('UNREADABLE', `${name} is a folder, not a file: choose an article file.`)
  }
  if (!info.isFile()) {
    throw new IngestError('UNREADABLE', `${name} is not a regular file, so it cannot be read.`)
  }
  if (info.size > maxBytes) throw fileTooLarge(name, info.size, maxBytes)
  if (info.size === 0) throw emptyFile(name)

  return ingestBytes(readAtMost(file, name, maxBytes, info.size), name, options)
}

/**
 * An article file's bytes, as read from disk or dropped on the window: decoded (BOM, UTF-8,
 * windows-1252) and read as the kind its name's extension says, or as sniffed.
 */
export function ingestBytes(
  bytes: Uint8Array,
  name: string,
  options: { published?: IsoDay | null; maxBytes?: number } = {}
): IngestedArticle[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES
  if (bytes.length > maxBytes) throw fileTooLarge(name, bytes.length, maxBytes)
  if (bytes.length === 0) throw emptyFile(name)
  const text = decodeNamed(bytes, name)
  if (!text.trim()) throw emptyFile(name)
  const extension = path.extname(name).toLowerCase()
  const kind = refineKind(EXTENSION_KINDS[extension] ?? 'auto', text)
  const stem = path.basename(name, path.extname(name)) || name
  return read(text, kind, options.published, { name, fallbackSource: name, fallbackTitle: stem })
}

/** Fetches a web page, text or feed and reads it. */
export async function ingestUrl(
  url: string,
  options: { published?: IsoDay | null } & FetchOptions = {}
): Promise<IngestedArticle[]> {
  const fetched = await fetchDocument(url, options)
  const finalUrl = fetched.url
  const host = parseWebUrl(finalUrl).hostname.replace(/^www\./, '')
  if (!fetched.text.trim()) {
    throw new IngestError('EMPTY', `${finalUrl} sent an empty page: there is no text to read.`)
  }
  return read(fetched.text, fetched.kind, options.published, {
    name: finalUrl,
    fallbackSource: host,
    fallbackTitle: host,
    url: finalUrl
  })
}

/** The reader for a kind; the user's date, when given, replaces any detected one. */
function read(
  text: string,
  kind: IngestKind,
  published: IsoDay | null | undefined,
  ctx: ReadContext
): IngestedArticle[] {
  const userDay = userDate(published)
  if (!text.trim()) {
    throw new IngestError('EMPTY', `${ctx.name} is empty: there is no text to read.`)
  }
  const sniffed = kind === 'auto' ? sniffKind(text) : kind
  const readCtx: ReadContext = userDay ? { ...ctx, dateGiven: true } : ctx
  const articles =
    sniffed === 'feed'
      ? readFeed(text, readCtx)
      : sniffed === 'html'
        ? [readHtml(text, readCtx)]
        : [readText(text, readCtx, sniffed === 'markdown')]
  if (userDay) {
    for (const article of articles) {
      article.published = userDay
      article.publishedFrom = 'user'
    }
  }
  return articles
}

/** The caller's date, checked: a wrong one is a programming error, not something to ignore. */
function userDate(published: IsoDay | null | undefined): IsoDay | null {
  if (published === undefined || published === null) return null
  const day = normaliseDate(published)
  if (day) return day
  // A real day outside the years a publication date may have is a date: say what is wrong.
  if (/^\d{4}-\d{2}-\d{2}$/.test(published) && isRealDay(published)) {
    throw new RangeError(
      `“${published}” is outside the years ${MIN_YEAR}–${MAX_YEAR} a publication date may have.`
    )
  }
  throw new RangeError(`“${published}” is not a date (expected YYYY-MM-DD).`)
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|p|div|article|section|main|h[1-6]|br|table|ul|span)[\s>/]/i

/** What a text is, from its first characters: a feed, HTML, Markdown or plain text. */
export function sniffKind(text: string): Exclude<IngestKind, 'auto'> {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (/^<\?xml/i.test(start)) {
    // XML: a feed unless it is an XHTML page (and a non-feed then fails as BAD_FEED, clearly).
    const feedAt = start.search(FEED_ROOT)
    const htmlAt = start.search(/<html[\s>]/i)
    return htmlAt >= 0 && (feedAt < 0 || htmlAt < feedAt) ? 'html' : 'feed'
  }
  if (/^<(?:rss|feed|rdf:RDF)[\s>]/.test(start)) return 'feed'
  if (/^<!DOCTYPE\s+(?:rss|feed|rdf)/i.test(start)) return 'feed'
  if (HTML_TAG.test(start)) return 'html'
  if (/^---[ \t]*\n/.test(start) || /^#{1,6}\s+\S/m.test(start)) return 'markdown'
  if (/\[[^\]\n]+\]\((?:https?:|\/)[^)\s]*\)/.test(start)) return 'markdown'
  return 'text'
}

/**
 * The extension decides, unless the content plainly says otherwise: a saved web page named .txt,
 * or an .xml file that is an XHTML page.
 */
function refineKind(byExtension: IngestKind, text: string): IngestKind {
  if (byExtension === 'auto') return 'auto'
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1024)
  const sniffed = sniffKind(start)
  if (byExtension !== 'html' && /^(?:<!doctype\s+html|<html[\s>])/i.test(start)) return 'html'
  if (byExtension !== 'feed' && sniffed === 'feed') return 'feed'
  if (byExtension === 'feed' && sniffed === 'html') return 'html'
  return byExtension
}

/** After a read that did not fill its buffer, the next read only checks for more: a few bytes. */
const PROBE_BYTES = 4096
/** Once a file has turned out longer than stat said, it is read on in steps of this size. */
const STEP_BYTES = 1024 * 1024

/**
 * Reads up to maxBytes (+1 to notice a file that grew since stat). `expected` (from stat) sizes
 * the first buffer, so a file that has not changed since stat costs one read; one that has (or a
 * read that comes back short before the end) is probed for more. The probe is small on purpose:
 * a fresh 1 MiB buffer is zero-filled, and allocating one per file to learn that there is nothing
 * more cost several times the whole read of a typical article.
 */
function readAtMost(file: string, name: string, maxBytes: number, expected: number): Uint8Array {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (err) {
    throw fileError(err, name, file)
  }
  try {
    const chunks: Uint8Array[] = []
    let total = 0
    let want = expected + 1
    for (;;) {
      const chunk = new Uint8Array(Math.min(want, maxBytes + 1 - total))
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw fileTooLarge(name, total, maxBytes)
      // Short of the buffer at exactly the size stat gave: the end of the file (a regular file
      // reads short only there), so no probe. A read short before that size goes on probing.
      if (bytesRead < chunk.length && total === expected) break
      // A full buffer means the file is (still) growing: read on in big steps; else just probe.
      want = bytesRead === chunk.length ? STEP_BYTES : PROBE_BYTES
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
  } catch (err) {
    throw err instanceof IngestError ? err : fileError(err, name, file)
  } finally {
    closeSync(fd)
  }
}

function fileError(err: unknown, name: string, file: string): IngestError {
  const code = (err as { code?: unknown } | null)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new IngestError('NOT_FOUND', `${name} was not found: there is no file at ${file}.`)
  }
  if (code === 'EISDIR') {
    return new IngestError('UNREADABLE', `${name} is a folder, not a file: choose an article file.`)
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new IngestError('UNREADABLE', `${name} could not be read: permission was denied.`)
  }
  const detail = err instanceof Error ? err.message : String(err)
  return new IngestError('UNREADABLE', `${name} could not be read (${detail}).`)
}

function fileTooLarge(name: string, size: number, maxBytes: number): IngestError {
  return new IngestError(
    'TOO_LARGE',
    `${name} is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} that can be read from one file.`
  )
}

function emptyFile(name: string): IngestError {
  return new IngestError('EMPTY', `${name} is empty: there is no text to read.`)
}
