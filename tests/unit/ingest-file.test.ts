/** Ingestion of files: encodings, binary refusal, size limits, missing files and folders. */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { IngestError, decodeBytes, ingestFile } from '../../src/main/core/ingest'

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-ingest-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}

async function failure(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise
  } catch (err) {
    if (err instanceof IngestError) return err
    throw err
  }
  throw new Error('expected an IngestError')
}

const TEXT = 'Tromsø, 18. oktober – «Russland» bryter kontakten med NATO.\nAndre linje: æøå ÆØÅ €.'

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const [hi, lo] = [code >> 8, code & 0xff]
    bytes[2 + i * 2] = bigEndian ? hi : lo
    bytes[3 + i * 2] = bigEndian ? lo : hi
  }
  return bytes
}

describe('text encodings', () => {
  it('reads UTF-8 with and without a BOM', async () => {
    const plain = new TextEncoder().encode(TEXT)
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain])
    expect(decodeBytes(plain)).toBe(TEXT)
    expect(decodeBytes(withBom)).toBe(TEXT)
    const [a] = await ingestFile(write('bom.txt', withBom))
    expect(a!.text).toBe(TEXT)
    expect(a!.title).toBe('Tromsø, 18. oktober – «Russland» bryter kontakten med NATO.')
  })

  it('reads UTF-16 LE and BE with a BOM', async () => {
    expect(decodeBytes(utf16(TEXT, false))).toBe(TEXT)
    expect(decodeBytes(utf16(TEXT, true))).toBe(TEXT)
    const [le] = await ingestFile(write('le.txt', utf16(TEXT, false)))
    const [be] = await ingestFile(write('be.txt', utf16(TEXT, true)))
    expect(le!.text).toBe(TEXT)
    expect(be!.text).toBe(TEXT)
  })

  it('falls back to Latin-1 (windows-1252) when the bytes are not UTF-8', async () => {
    // "Tromsø" with ø as the single byte 0xF8, and 0x80 as the euro sign in windows-1252.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Troms'),
      0xf8,
      ...new TextEncoder().encode(' koster 5 '),
      0x80
    ])
    expect(decodeBytes(latin1)).toBe('Tromsø koster 5 €')
    const [a] = await ingestFile(write('latin1.txt', latin1))
    expect(a!.text).toBe('Tromsø koster 5 €')
  })
})

describe('files that are not articles', () => {
  it('refuses a PNG as BINARY, naming the file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x01, 0x00
    ])
    const err = await failure(ingestFile(write('photo.png', png)))
    expect(err.code).toBe('BINARY')
    expect(err.message).toBe('photo.png looks like a binary file, not an article.')
    expect(() => decodeBytes(png)).toThrow(IngestError)
  })

  it('refuses random bytes, and control characters without NULs, as BINARY', async () => {
    let seed = 42
    const random = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed >> 16
    })
    expect((await failure(ingestFile(write('random.bin', random)))).code).toBe('BINARY')
    const controls = new Uint8Array(1000).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expect((await failure(ingestFile(write('controls.txt', controls)))).code).toBe('BINARY')
  })

  it('refuses an empty and a whitespace-only file as EMPTY', async () => {
    const empty = await failure(ingestFile(write('vg.txt', '')))
    expect(empty.code).toBe('EMPTY')
    expect(empty.message).toBe('vg.txt is empty: there is no text to read.')
    expect((await failure(ingestFile(write('blank.md', ' \n\n\t \r\n')))).code).toBe('EMPTY')
    expect((await failure(ingestFile(write('bom-only.txt', '\uFEFF  ')))).code).toBe('EMPTY')
  })

  it('refuses a 100 MB file as TOO_LARGE without reading it', async () => {
    const file = write('huge.txt', 'x')
    truncateSync(file, 100 * 1024 * 1024) // sparse: takes no disk space or time
    const started = Date.now()
    const err = await failure(ingestFile(file))
    expect(err.code).toBe('TOO_LARGE')
    expect(err.message).toContain('huge.txt')
    expect(Date.now() - started).toBeLessThan(1000)
    expect(
      (await failure(ingestFile(write('small.txt', 'x'.repeat(2000)), { maxBytes: 1000 }))).code
    ).toBe('TOO_LARGE')
  })

  it('reports a missing file as NOT_FOUND and a folder as UNREADABLE', async () => {
    const missing = await failure(ingestFile(path.join(dir, 'nowhere.txt')))
    expect(missing.code).toBe('NOT_FOUND')
    expect(missing.message).toContain('nowhere.txt')
    const folder = path.join(dir, 'a-folder.txt')
    mkdirSync(folder)
    const err = await failure(ingestFile(folder))
    expect(err.code).toBe('UNREADABLE')
    expect(err.message).toContain('a-folder.txt is a folder')
  })
})

describe('file kinds', () => {
  it('reads .html, .md and .xml by extension, and sniffs an unknown one', async () => {
    const [html] = await ingestFile(
      write(
        'page.html',
        '<html><head><title>Page</title></head><body><p>Hello <b>there</b>.</p></body></html>'
      )
    )
    expect(html!.text).toBe('Hello there.')
    expect(html!.title).toBe('Page')
    expect(html!.source).toBe('page.html')

    const [md] = await ingestFile(write('note.md', '# Note\n\nSome *text*.'))
    expect(md!.text).toBe('Note\n\nSome text.')

    const feed = await ingestFile(
      write(
        'news.xml',
        '<rss version="2.0"><channel><title>News</title><item><title>One</title><description>Body one.</description></item></channel></rss>'
      )
    )
    expect(feed.map((a) => a.text)).toEqual(['Body one.'])

    const [saved] = await ingestFile(
      write('saved-page', '<!DOCTYPE html><html><body><p>Saved page text.</p></body></html>')
    )
    expect(saved!.text).toBe('Saved page text.')
  })

  it('reads a saved web page even when it is named .txt', async () => {
    const [a] = await ingestFile(
      write('page.txt', '<!DOCTYPE html><html><body><p>From a page.</p></body></html>')
    )
    expect(a!.text).toBe('From a page.')
  })
})
