/** Ingestion of web addresses, against a server on 127.0.0.1 that the test runs itself. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IngestError, ingestUrl } from '../../src/main/core/ingest'

const PAGE = `<!DOCTYPE html><html><head><title>Local news</title>
<meta property="og:site_name" content="Local Times">
<meta property="article:published_time" content="2021-10-18T10:00:00+02:00"></head>
<body><nav>Home World</nav><article><h1>Local news</h1>
<p>The council met on Monday and agreed, after a long debate, to close the old bridge for repairs.</p>
<p>Work starts next spring and will take about two years, the council said in a statement.</p>
</article></body></html>`

const timers = new Set<NodeJS.Timeout>()

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/article':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(PAGE)
      return
    case '/moved':
      res.writeHead(301, { location: '/article' })
      res.end()
      return
    case '/latin1':
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' })
      res.end(Buffer.from([0x54, 0x72, 0x6f, 0x6d, 0x73, 0xf8, 0x2e]))
      return
    case '/feed':
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(
        '<rss version="2.0"><channel><title>Local feed</title><item><title>One</title><link>/one</link><description>Item body.</description></item></channel></rss>'
      )
      return
    case '/missing':
      res.writeHead(404, { 'content-type': 'text/html' })
      res.end('<p>Not here</p>')
      return
    case '/pdf':
      res.writeHead(200, { 'content-type': 'application/pdf' })
      res.end('%PDF-1.7')
      return
    case '/trickle': {
      res.writeHead(200, { 'content-type': 'text/html' })
      const timer = setInterval(() => res.write('a'), 200)
      timers.add(timer)
      res.on('close', () => clearInterval(timer))
      return
    }
    case '/big':
      res.writeHead(200, { 'content-type': 'text/plain' }) // no content-length: streamed
      for (let i = 0; i < 64; i++) res.write('x'.repeat(1024))
      res.end()
      return
    case '/big-declared':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(64 * 1024) })
      res.end('x'.repeat(64 * 1024))
      return
    case '/loop':
      res.writeHead(302, { location: '/loop' })
      res.end()
      return
    case '/empty':
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('')
      return
    default:
      res.writeHead(500)
      res.end()
  }
})

let base = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  for (const timer of timers) clearInterval(timer)
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

async function failure(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise
  } catch (err) {
    if (err instanceof IngestError) return err
    throw err
  }
  throw new Error('expected an IngestError')
}

describe('ingestUrl', () => {
  it('reads an HTML page into an article with its url', async () => {
    const [a, ...rest] = await ingestUrl(`${base}/article`)
    expect(rest).toEqual([])
    expect(a!.url).toBe(`${base}/article`)
    expect(a!.title).toBe('Local news')
    expect(a!.source).toBe('Local Times')
    expect(a!.published).toBe('2021-10-18')
    expect(a!.publishedFrom).toBe('metadata')
    expect(a!.text).toContain('to close the old bridge for repairs.')
    expect(a!.text).not.toContain('Home World')
  })

  it('follows a redirect and reports the final address', async () => {
    const [a] = await ingestUrl(`${base}/moved`, { published: '2021-10-20' })
    expect(a!.url).toBe(`${base}/article`)
    expect([a!.published, a!.publishedFrom]).toEqual(['2021-10-20', 'user'])
  })

  it('decodes the charset the server declares, and names the host as source', async () => {
    const [a] = await ingestUrl(`${base}/latin1`)
    expect(a!.text).toBe('Tromsø.')
    expect(a!.source).toBe('127.0.0.1')
  })

  it('reads a feed, resolving item links against the feed address', async () => {
    const [a] = await ingestUrl(`${base}/feed`)
    expect([a!.title, a!.text, a!.source, a!.url]).toEqual([
      'One',
      'Item body.',
      'Local feed',
      `${base}/one`
    ])
  })

  it('reports a 404 as HTTP_STATUS with the status', async () => {
    const err = await failure(ingestUrl(`${base}/missing`))
    expect(err.code).toBe('HTTP_STATUS')
    expect(err.message).toBe(`${base}/missing answered 404 Not Found.`)
  })

  it('refuses a PDF as UNSUPPORTED_TYPE, naming the type', async () => {
    const err = await failure(ingestUrl(`${base}/pdf`))
    expect(err.code).toBe('UNSUPPORTED_TYPE')
    expect(err.message).toContain('application/pdf')
  })

  it('gives up on a trickling answer with TIMEOUT', async () => {
    const started = Date.now()
    const err = await failure(ingestUrl(`${base}/trickle`, { timeoutMs: 500 }))
    expect(err.code).toBe('TIMEOUT')
    expect(err.message).toContain('/trickle')
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('stops reading past maxBytes with TOO_LARGE', async () => {
    for (const path of ['/big', '/big-declared']) {
      const err = await failure(ingestUrl(`${base}${path}`, { maxBytes: 16 * 1024 }))
      expect(err.code).toBe('TOO_LARGE')
    }
  })

  it('ends a redirect loop with a clear error, quickly', async () => {
    const started = Date.now()
    const err = await failure(ingestUrl(`${base}/loop`))
    expect(['HTTP_STATUS', 'NETWORK']).toContain(err.code)
    expect(err.message).toContain('redirected more than 5 times')
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('refuses an empty page as EMPTY', async () => {
    expect((await failure(ingestUrl(`${base}/empty`))).code).toBe('EMPTY')
  })

  it('refuses addresses that are not http(s) as BAD_URL, without fetching', async () => {
    let fetched = 0
    const fetchImpl: typeof fetch = () => {
      fetched++
      return Promise.reject(new Error('must not be called'))
    }
    for (const url of [
      'ftp://example.org/a.txt',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'not a url'
    ]) {
      const err = await failure(ingestUrl(url, { fetchImpl }))
      expect(err.code).toBe('BAD_URL')
    }
    expect(fetched).toBe(0)
  })

  it('reports a refused connection as NETWORK', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const err = await failure(ingestUrl(`http://127.0.0.1:${port}/`))
    expect(err.code).toBe('NETWORK')
    expect(err.message).toContain(`127.0.0.1:${port}`)
  })

  it('uses the fetch it is given', async () => {
    const fetchImpl: typeof fetch = () =>
      Promise.resolve(
        new Response('Plain words from a fake.', { headers: { 'content-type': 'text/plain' } })
      )
    const [a] = await ingestUrl('https://news.example/story', { fetchImpl })
    expect([a!.text, a!.source, a!.url]).toEqual([
      'Plain words from a fake.',
      'news.example',
      'https://news.example/story'
    ])
  })
})
