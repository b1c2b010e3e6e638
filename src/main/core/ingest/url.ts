/**
 * Fetching a web address: only http(s), redirects followed by hand (at most five, so a loop ends
 * with an error), one timeout over the whole exchange including the body, and the body read as a
 * stream so an oversized or endless answer is cut off at the byte limit.
 */
import { STATUS_CODES } from 'node:http'
import { decodeWithCharset } from './decode'
import { IngestError } from './types'

export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_URL_BYTES = 10 * 1024 * 1024
const MAX_REDIRECTS = 5

export type FetchedKind = 'auto' | 'text' | 'markdown' | 'html' | 'feed'

export interface FetchOptions {
  timeoutMs?: number
  maxBytes?: number
  fetchImpl?: typeof fetch
}

export interface Fetched {
  text: string
  kind: FetchedKind
  /** The address the content finally came from, after redirects. */
  url: string
}

/** What a Content-Type says we can read, and as what. */
const READABLE_TYPES: Record<string, FetchedKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/feed+xml': 'feed',
  'application/xml': 'auto',
  'text/xml': 'auto'
}

/** Checks that `address` is an http(s) URL, or throws BAD_URL. */
export function parseWebUrl(address: string): URL {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    throw new IngestError('BAD_URL', `“${address}” is not a web address.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(
      'BAD_URL',
      `${shorten(address)} is not a web page address: only http and https addresses can be read.`
    )
  }
  return url
}

export async function fetchDocument(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_URL_BYTES
  const fetchImpl = options.fetchImpl ?? fetch
  let url = parseWebUrl(address)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetchImpl(url.href, {
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          accept:
            'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8'
        }
      })
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel()
        url = nextHop(url, response, redirects, address)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        const reason = response.statusText || STATUS_CODES[response.status] || 'an error'
        throw new IngestError('HTTP_STATUS', `${url.href} answered ${response.status} ${reason}.`)
      }
      const { kind, charset } = contentType(response, url)
      const declared = Number(response.headers.get('content-length'))
      if (declared > maxBytes) {
        await response.body?.cancel()
        throw tooLarge(url, maxBytes)
      }
      const bytes = await readBody(response, maxBytes, url)
      return { text: decodeWithCharset(bytes, charset, url.href), kind, url: url.href }
    }
  } catch (err) {
    if (err instanceof IngestError) throw err
    if (controller.signal.aborted) {
      throw new IngestError(
        'TIMEOUT',
        `${url.href} did not answer in time (waited ${formatSeconds(timeoutMs)}).`
      )
    }
    throw new IngestError('NETWORK', `${url.href} could not be reached (${networkReason(err)}).`)
  } finally {
    clearTimeout(timer)
  }
}

function nextHop(from: URL, response: Response, redirects: number, original: string): URL {
  const location = response.headers.get('location')
  if (!location) {
    throw new IngestError(
      'HTTP_STATUS',
      `${from.href} answered ${response.status} (a redirect) without saying where to.`
    )
  }
  if (redirects >= MAX_REDIRECTS) {
    throw new IngestError(
      'HTTP_STATUS',
      `${shorten(original)} redirected more than ${MAX_REDIRECTS} times (a redirect loop?), so the page could not be reached.`
    )
  }
  let next: URL
  try {
    next = new URL(location, from)
  } catch {
    throw new IngestError(
      'BAD_URL',
      `${from.href} redirected to “${location}”, which is not a web address.`
    )
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new IngestError(
      'BAD_URL',
      `${from.href} redirected to ${shorten(next.href)}, which is not a web page address.`
    )
  }
  return next
}

function contentType(response: Response, url: URL): { kind: FetchedKind; charset?: string } {
  const header = response.headers.get('content-type')
  if (!header) return { kind: 'auto' } // no type given: sniff the content
  const [mime = '', ...params] = header.split(';').map((p) => p.trim())
  const type = mime.toLowerCase()
  let kind = READABLE_TYPES[type]
  if (!kind && /^application\/[\w.-]+\+xml$/.test(type)) kind = 'auto'
  if (!kind) {
    void response.body?.cancel()
    throw new IngestError(
      'UNSUPPORTED_TYPE',
      `${url.href} is ${type || 'of an unnamed type'}, not a web page, text or feed that can be read.`
    )
  }
  if (kind === 'text' && /\.(?:md|markdown)$/i.test(url.pathname)) kind = 'markdown'
  const charset = params
    .map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1])
    .find((c) => c !== undefined)
  return charset ? { kind, charset } : { kind }
}

/** Reads the body chunk by chunk, giving up (and cancelling the stream) past `maxBytes`. */
async function readBody(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxBytes) throw tooLarge(url, maxBytes)
      chunks.push(value)
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined)
    throw err
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function tooLarge(url: URL, maxBytes: number): IngestError {
  return new IngestError(
    'TOO_LARGE',
    `${url.href} is larger than ${formatBytes(maxBytes)}, more than can be read from one page.`
  )
}

/** undici reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND …) in `cause`. */
function networkReason(err: unknown): string {
  const cause = err instanceof Error ? (err.cause as { code?: unknown; message?: unknown }) : null
  if (cause && typeof cause.code === 'string') return cause.code
  if (cause && typeof cause.message === 'string') return cause.message
  return err instanceof Error ? err.message : String(err)
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`
  if (n >= 1024) return `${Math.round(n / 1024)} KB`
  return `${n} bytes`
}

function formatSeconds(ms: number): string {
  const s = Math.round(ms / 100) / 10
  return `${s} ${s === 1 ? 'second' : 'seconds'}`
}

function shorten(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}…` : s
}
