/**
 * Losing nothing: hostile files in one batch with good ones, read by runBatch on its worker pool
 * as the app reads dropped or opened files. Each bad file is a failure with its own message,
 * and the good files' articles and events all come out, in input order.
 */
import { execFileSync } from 'node:child_process'
import { closeSync, ftruncateSync, mkdirSync, openSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { runBatch, type BatchResult } from '../../../src/main/core/batch'
import { ARTICLE, freshDir, kind, writeIn, type HostileKind } from './corpus'

interface Batch {
  files: string[]
  /** Index in `files` → the message its failure must have. */
  failures: Map<number, RegExp>
}

function makeBatch(): Batch {
  const dir = freshDir('batch')
  const at = (name: string) => path.join(dir, name)
  const huge = at('huge.txt')
  const fd = openSync(huge, 'w')
  ftruncateSync(fd, 100 * 1024 * 1024)
  closeSync(fd)
  execFileSync('mkfifo', [at('pipe.txt')])
  mkdirSync(at('folder.txt'))
  const files = [
    writeIn(dir, 'first.txt', ARTICLE),
    writeIn(dir, 'empty.txt', ''),
    writeIn(dir, 'photo.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
    huge,
    writeIn(
      dir,
      'deep.html',
      `<html><body>${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}</body></html>`
    ),
    at('pipe.txt'),
    at('folder.txt'),
    at('missing.txt'),
    writeIn(dir, 'cut.xml', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>One'),
    writeIn(
      dir,
      'last.html',
      '<html><body><article><h1>Talks end</h1><p>The talks ended on 20 October 2021 in Oslo, officials said.</p></article></body></html>'
    )
  ]
  const failures = new Map<number, RegExp>([
    [1, /^empty\.txt is empty: there is no text to read\.$/],
    [2, /^photo\.png looks like a binary file, not an article\.$/],
    [3, /^huge\.txt is 100 MB, more than the 64 MB that can be read from one file\.$/],
    [4, /^deep\.html could not be read: its HTML nests more than 10,000 elements deep/],
    [5, /^pipe\.txt is not a regular file, so it cannot be read\.$/],
    [6, /^folder\.txt is a folder, not a file: choose an article file\.$/],
    [7, /^missing\.txt was not found: there is no file at \/.*missing\.txt\.$/],
    [8, /^cut\.xml is not a readable feed: its XML is broken/]
  ])
  return { files, failures }
}

export const BATCH_KINDS: HostileKind[] = [
  kind({
    name: 'a batch of hostile files among good ones',
    yields:
      'result: the empty, binary, 100 MB, 20,000-deep HTML, FIFO, folder, missing and broken-feed files each fail with their own message; both good files’ articles and events kept, in input order',
    make: makeBatch,
    // The batch goes along with the result, so the check can match failures to files.
    run: async (batch: Batch) => ({
      batch,
      result: await runBatch(batch.files, { workers: 2, published: '2021-10-25' })
    }),
    expect: {
      result: ({ batch, result }: { batch: Batch; result: BatchResult }) => {
        expect(result.articles.map((a) => a.source)).toEqual(['first.txt', 'last.html'])
        expect(result.articles.map((a) => a.published)).toEqual(['2021-10-25', '2021-10-25'])
        const days = result.events.map((e) => e.when.start)
        expect(days).toContain('2021-10-18')
        expect(days).toContain('2021-10-20')
        // Every bad file failed, in input order, each with the message that names it.
        expect(result.failures.map((f) => f.file)).toEqual(
          [...batch.failures.keys()].map((i) => batch.files[i])
        )
        for (const [i, message] of batch.failures) {
          const failure = result.failures.find((f) => f.file === batch.files[i])
          expect(failure?.message).toMatch(message)
        }
      }
    },
    timeout: 60_000
  })
]
