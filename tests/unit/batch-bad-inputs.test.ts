/**
 * Bad inputs in a batch: each gets a clear message of its own and the others are read. The batch
 * runs in the worker pool, as the app and the CLI run it.
 */
import { createServer, type Server } from 'node:http'
import {
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  writeFileSync,
  ftruncateSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runBatch } from '../../src/main/core/batch'

const ROOT = path.resolve(__dirname, '../..')
let server: Server
let origin = ''

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>')
    } else if (req.url === '/slow') {
      // Headers at once, then a byte now and then, never the end.
      res.writeHead(200, { 'content-type': 'text/html' })
      const timer = setInterval(() => res.write(' '), 100)
      res.on('close', () => clearInterval(timer))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('a batch with bad inputs among good ones', () => {
  it(
    'reports each bad input with its own clear message and reads the rest',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-bad-'))
      const file = (name: string, content: string | Buffer) => {
        const p = path.join(dir, name)
        writeFileSync(p, content)
        return p
      }
      const good = path.join(dir, 'seed.txt')
      copyFileSync(
        path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt'),
        good
      )
      const empty = file('empty.txt', '')
      const binary = file(
        'photo.png',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])
      )
      const huge = path.join(dir, 'huge.txt')
      const fd = openSync(huge, 'w')
      ftruncateSync(fd, 100 * 1024 * 1024) // a sparse 100 MB file: refused by its size, never read
      closeSync(fd)
      const noBody = file('nobody.html', '<html><head><title>Empty page</title></head></html>')
      const brokenFeed = file(
        'feed.xml',
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>One'
      )
      const inputs = [
        good,
        empty,
        binary,
        huge,
        noBody,
        brokenFeed,
        `${origin}/missing`,
        `${origin}/slow`
      ]

      const result = await runBatch(inputs, { workers: 2, published: '2021-10-18', timeoutMs: 800 })

      expect(result.articles.map((a) => a.source)).toEqual(['seed.txt'])
      expect(result.events.length).toBeGreaterThanOrEqual(8)
      const why = new Map(result.failures.map((f) => [f.file, f.message]))
      expect([...why.keys()]).toEqual(inputs.slice(1))
      expect(why.get(empty)).toMatch(/empty\.txt is empty/)
      expect(why.get(binary)).toMatch(/photo\.png looks like a binary file/)
      expect(why.get(huge)).toMatch(/huge\.txt is 100 MB, more than the 64 MB/)
      expect(why.get(noBody)).toMatch(/nobody\.html has no text to read/)
      expect(why.get(brokenFeed)).toMatch(/feed\.xml is not a readable feed: its XML is broken/)
      expect(why.get(`${origin}/missing`)).toMatch(/answered 404 Not Found/)
      expect(why.get(`${origin}/slow`)).toMatch(/did not answer in time/)
    }
  )
})
