/**
 * Hostile article files and texts: empty, blank, binary, bad encodings, huge ones, a pipe and a
 * folder where a file should be. Files go through processFile (what a batch worker runs per
 * file), dropped bytes through processBytes and pasted text through processText, as main does.
 */
import { execFileSync } from 'node:child_process'
import { closeSync, ftruncateSync, mkdirSync, openSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import {
  processBytes,
  processFile,
  processText,
  type PipelineResult
} from '../../../src/main/core/pipeline'
import { ARTICLE, expectArticleEvent, freshDir, kind, writeIn, type HostileKind } from './corpus'

const MB = 1024 * 1024

/** A file in a fresh folder, read through the pipeline a batch worker runs. */
function file(name: string, content: string | Uint8Array) {
  return () => writeIn(freshDir('files'), name, content)
}
const viaFile = (target: string) => processFile(target)

/** UTF-16 code units, optionally after a byte-order mark. */
function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le')
  if (bigEndian) body.swap16()
  const mark = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body
}

/** ARTICLE with a Norwegian place name, so a wrong decoding shows. */
const NORWEGIAN = ARTICLE.replace('the foreign minister', 'the minister in Tromsø')

/** The result read NORWEGIAN back exactly: the encoding was understood. */
function readsNorwegian(result: PipelineResult): void {
  expect(result.articles).toHaveLength(1)
  expect(result.articles[0]!.text).toBe(NORWEGIAN)
  expect(result.articles[0]!.title).toBe('Russia cuts off contact with NATO')
  expectArticleEvent(result)
}

export const FILE_KINDS: HostileKind[] = [
  kind({
    name: 'empty file',
    yields: 'EMPTY: “empty.txt is empty: there is no text to read.”',
    make: file('empty.txt', ''),
    run: viaFile,
    expect: { error: 'EMPTY', message: /^empty\.txt is empty: there is no text to read\.$/ }
  }),
  kind({
    name: 'whitespace only',
    yields: 'EMPTY: “blank.txt is empty: there is no text to read.”',
    make: file('blank.txt', ' \n\t\r\n\u00a0\u2003 \n'),
    run: viaFile,
    expect: { error: 'EMPTY', message: /^blank\.txt is empty: there is no text to read\.$/ }
  }),
  kind({
    name: 'binary file (a PNG)',
    yields: 'BINARY: “photo.png looks like a binary file, not an article.”',
    make: file(
      'photo.png',
      Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')
    ),
    run: viaFile,
    expect: { error: 'BINARY', message: /^photo\.png looks like a binary file, not an article\.$/ }
  }),
  kind({
    name: 'binary without NUL bytes (control characters)',
    yields: 'BINARY: “controls.txt looks like a binary file, not an article.”',
    make: file(
      'controls.txt',
      Uint8Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41))
    ),
    run: viaFile,
    expect: {
      error: 'BINARY',
      message: /^controls\.txt looks like a binary file, not an article\.$/
    }
  }),
  kind({
    name: 'invalid UTF-8 (Latin-1 bytes)',
    yields: 'result: read as windows-1252, “Tromsø” intact, the 18 October 2021 event found',
    make: file('latin1.txt', Buffer.from(NORWEGIAN, 'latin1')),
    run: viaFile,
    expect: { result: readsNorwegian }
  }),
  kind({
    name: 'invalid UTF-8 (a multi-byte character cut off at the end)',
    yields: 'result: read as windows-1252, no U+FFFD, the text and its event kept',
    make: file('cut.txt', Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xe2, 0x82])])),
    run: viaFile,
    expect: {
      result: (r: PipelineResult) => {
        // The two stray bytes read as windows-1252; everything before them is untouched.
        expect(r.articles[0]!.text).toBe(`${ARTICLE}\u00e2\u201a`)
        expect(r.articles[0]!.text).not.toContain('\ufffd')
        expectArticleEvent(r)
      }
    }
  }),
  kind({
    name: 'UTF-8 with a byte-order mark',
    yields: 'result: the mark dropped, text and title exact',
    make: file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NORWEGIAN)])),
    run: viaFile,
    expect: { result: readsNorwegian }
  }),
  kind({
    name: 'UTF-16 LE with a byte-order mark',
    yields: 'result: decoded exactly, the 18 October 2021 event found',
    make: file('utf16le.txt', utf16(NORWEGIAN, false, true)),
    run: viaFile,
    expect: { result: readsNorwegian }
  }),
  kind({
    name: 'UTF-16 BE with a byte-order mark',
    yields: 'result: decoded exactly, the 18 October 2021 event found',
    make: file('utf16be.txt', utf16(NORWEGIAN, true, true)),
    run: viaFile,
    expect: { result: readsNorwegian }
  }),
  kind({
    name: 'UTF-16 LE without a byte-order mark',
    yields:
      'result: recognised by its zero bytes, decoded exactly, the 18 October 2021 event found',
    make: file('nobom-le.txt', utf16(NORWEGIAN, false, false)),
    run: viaFile,
    expect: { result: readsNorwegian }
  }),
  kind({
    name: 'UTF-16 BE without a byte-order mark',
    yields:
      'result: recognised by its zero bytes, decoded exactly, the 18 October 2021 event found',
    make: file('nobom-be.txt', utf16(NORWEGIAN, true, false)),
    run: viaFile,
    expect: { result: readsNorwegian }
  }),
  kind({
    name: 'UTF-32 with a byte-order mark',
    yields: 'BINARY: “utf32.txt looks like a binary file, not an article.”',
    make: () => {
      const units = Array.from(NORWEGIAN, (c) => c.codePointAt(0)!)
      const bytes = Buffer.alloc(4 + units.length * 4)
      bytes.writeUInt32LE(0xfeff, 0)
      units.forEach((u, i) => bytes.writeUInt32LE(u, 4 + i * 4))
      return writeIn(freshDir('files'), 'utf32.txt', bytes)
    },
    run: viaFile,
    expect: { error: 'BINARY', message: /^utf32\.txt looks like a binary file, not an article\.$/ }
  }),
  kind({
    name: '100 MB file (sparse, on disk)',
    yields: 'TOO_LARGE: “huge.txt is 100 MB, more than the 64 MB that can be read from one file.”',
    make: () => {
      const target = path.join(freshDir('files'), 'huge.txt')
      const fd = openSync(target, 'w')
      ftruncateSync(fd, 100 * MB) // refused by its size, so no byte of it is ever read
      closeSync(fd)
      return target
    },
    run: viaFile,
    expect: {
      error: 'TOO_LARGE',
      message: /^huge\.txt is 100 MB, more than the 64 MB that can be read from one file\.$/
    }
  }),
  kind({
    name: '100 MB of real text, dropped as bytes',
    yields:
      'TOO_LARGE: “dropped.txt is 100 MB, more than the 64 MB that can be read from one file.”',
    make: () => Buffer.alloc(100 * MB, 'Talks went on. '),
    run: (bytes: Buffer) => processBytes(bytes, 'dropped.txt'),
    expect: {
      error: 'TOO_LARGE',
      message: /^dropped\.txt is 100 MB, more than the 64 MB that can be read from one file\.$/
    }
  }),
  kind({
    name: '100 MB of real text, pasted',
    yields:
      'TOO_LARGE: “The pasted text is 100 MB long, more than the 64 MB of text that can be read at once.”',
    make: () => 'Talks went on. '.repeat(Math.ceil((100 * MB) / 15)).slice(0, 100 * MB),
    run: (text: string) => processText(text),
    expect: {
      error: 'TOO_LARGE',
      message:
        /^The pasted text is 100 MB long, more than the 64 MB of text that can be read at once\.$/
    }
  }),
  kind({
    name: 'one 10 MB line',
    yields: 'result: one article holding the whole line; every event dated 2021-10-18',
    make: () => {
      // No line break anywhere: many sentences on one line, one in ten of them dated.
      const unit =
        'The ministers met in Oslo on 18 October 2021 and talked. ' +
        'The talks went on for hours. '.repeat(9)
      return unit.repeat(Math.ceil((10 * MB) / unit.length))
    },
    run: (text: string) => processText(text),
    expect: {
      result: (r: PipelineResult) => {
        expect(r.articles).toHaveLength(1)
        expect(r.articles[0]!.text.length).toBeGreaterThanOrEqual(10 * MB - 300)
        expect(r.articles[0]!.text).not.toContain('\n')
        expect(r.events.length).toBeGreaterThan(10_000)
        expect(new Set(r.events.map((e) => e.when.value))).toEqual(new Set(['2021-10-18']))
      }
    },
    timeout: 90_000
  }),
  kind({
    name: 'one 10 MB sentence full of names and dates',
    yields:
      'result: read in linear time; its events dated 2021-10-18, titles at most 80 characters',
    make: () => {
      // No full stop at all: one sentence with a quarter of a million names and dates in it.
      const unit = 'NATO and Russia and Lavrov met Stoltenberg in Oslo on 18 October 2021, and '
      return `Talks\n\n${unit.repeat(Math.ceil((10 * MB) / unit.length))}`
    },
    run: (text: string) => processText(text, { published: '2021-10-18' }),
    expect: {
      result: (r: PipelineResult) => {
        expect(r.articles).toHaveLength(1)
        expect(r.events.length).toBeGreaterThan(0)
        for (const e of r.events) {
          expect(e.when.value).toBe('2021-10-18')
          expect(e.title.length).toBeLessThanOrEqual(80)
        }
      }
    },
    timeout: 90_000
  }),
  kind({
    name: 'a million tiny paragraphs',
    yields: 'result: one article of 1,000,000 paragraphs, no events (nothing is dated)',
    make: () => 'a.\n\n'.repeat(1_000_000),
    run: (text: string) => processText(text),
    expect: {
      result: (r: PipelineResult) => {
        expect(r.articles).toHaveLength(1)
        expect(r.articles[0]!.title).toBe('a.')
        // Plain text is kept as it came, blank lines and all: nothing merged or dropped.
        expect(r.articles[0]!.text === 'a.\n\n'.repeat(1_000_000)).toBe(true)
        expect(r.articles[0]!.text.trimEnd().split('\n\n')).toHaveLength(1_000_000)
        expect(r.events).toEqual([])
      }
    },
    timeout: 60_000
  }),
  kind({
    name: 'a named pipe (FIFO) where a file should be',
    yields: 'UNREADABLE: “pipe.txt is not a regular file, so it cannot be read.” (no hang)',
    make: () => {
      // Opening a pipe blocks until a writer comes: the reader must look before it opens.
      const target = path.join(freshDir('files'), 'pipe.txt')
      execFileSync('mkfifo', [target])
      return target
    },
    run: viaFile,
    expect: {
      error: 'UNREADABLE',
      message: /^pipe\.txt is not a regular file, so it cannot be read\.$/
    }
  }),
  kind({
    name: 'a folder named like an article',
    yields: 'UNREADABLE: “folder.txt is a folder, not a file: choose an article file.”',
    make: () => {
      const target = path.join(freshDir('files'), 'folder.txt')
      mkdirSync(target)
      return target
    },
    run: viaFile,
    expect: {
      error: 'UNREADABLE',
      message: /^folder\.txt is a folder, not a file: choose an article file\.$/
    }
  })
]
