/**
 * The packed form batch workers post events in (src/main/core/batch/packed-events.ts): lossless
 * on the seed article's events, on a feed's and on any events a project can hold; the quote of
 * an event read from an article does not travel; a malformed pack is refused, and in a batch it
 * fails only its own file.
 */
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runBatch } from '../../src/main/core/batch/index'
import {
  packEvents,
  PackedEventsError,
  unpackEvents,
  type PackedEvents
} from '../../src/main/core/batch/packed-events'
import { processText } from '../../src/main/core/pipeline'
import type { TimelineEvent } from '../../src/shared/model'
import { projectArb } from './fixtures/arbitraries'

const SEED = readFileSync(
  path.resolve(
    __dirname,
    '../../../shared/fixtures/articles/vg-russia-cuts-off-contact-with-nato.txt'
  ),
  'utf8'
)

/** Through the structured clone a postMessage does, as the pool receives it. */
const posted = <T>(value: T): T => structuredClone(value)

describe('packed events', () => {
  it('carry the seed article’s events unchanged, keys in the same order, quotes left behind', () => {
    const { articles, events } = processText(SEED, { published: '2021-10-18', kind: 'text' })
    expect(events.length).toBeGreaterThan(5)
    const packed = posted(packEvents(events, articles))
    const back = unpackEvents(packed, articles)
    expect(back).toStrictEqual(events)
    // The CLI prints these objects as JSON: the same text, byte for byte.
    expect(JSON.stringify(back)).toBe(JSON.stringify(events))
    // Every quote is the article's text between the offsets, so none is in the pack.
    for (const e of events) expect(packed.cells).not.toContain(e.sources[0]!.quote)
    expect(packed.count).toBe(events.length)
  })

  it('point each event of a feed at its own item', () => {
    const item = (day: string, text: string): string =>
      `<item><title>${day}</title><pubDate>${day}</pubDate><description>${text}</description></item>`
    const feed =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>' +
      item(
        'Mon, 18 Oct 2021 10:00:00 GMT',
        'NATO expelled eight Russian diplomats two weeks ago.'
      ) +
      item('Tue, 19 Oct 2021 10:00:00 GMT', 'Russia closed its mission to NATO on Monday.') +
      '</channel></rss>'
    const { articles, events } = processText(feed, { kind: 'feed' })
    expect(articles).toHaveLength(2)
    expect(new Set(events.map((e) => e.sources[0]!.articleId)).size).toBe(2)
    expect(unpackEvents(posted(packEvents(events, articles)), articles)).toStrictEqual(events)
  })

  it('carry any events a project can hold, whether or not their articles come along', () => {
    fc.assert(
      fc.property(projectArb({ minEvents: 1 }), fc.nat(), (project, keep) => {
        const events: TimelineEvent[] = project.events.map((e, k) =>
          // Some quotes are the article's own text, as extraction makes them.
          k % 2 === 0
            ? {
                ...e,
                sources: e.sources.map((s) => {
                  const text = project.articles.find((a) => a.id === s.articleId)?.text ?? ''
                  return { ...s, quote: text.slice(s.start, s.end) }
                })
              }
            : e
        )
        const articles = project.articles.slice(0, keep % (project.articles.length + 1))
        const back = unpackEvents(posted(packEvents(events, articles)), articles)
        expect(back).toEqual(events)
        for (let k = 0; k < events.length; k++) {
          expect('origin' in back[k]!).toBe(events[k]!.origin !== undefined)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('refuse a malformed pack, naming the cell, instead of reading half of it', () => {
    const { articles, events } = processText(
      'Russia closed its mission to NATO on 18 October 2021.'
    )
    const good = packEvents(events, articles)
    expect(events).toHaveLength(1)
    const bad = (change: (cells: PackedEvents['cells']) => void, count = good.count) => {
      const cells = [...good.cells]
      change(cells)
      return () => unpackEvents({ count, cells }, articles)
    }
    expect(bad(() => {})).not.toThrow()
    expect(bad((c) => c.pop())).toThrow(PackedEventsError) // the last quote cell is missing
    expect(bad((c) => c.push('extra'))).toThrow(/not the end of the events/)
    expect(bad((c) => (c[0] = 7))).toThrow(/cell 0 .* not text/)
    expect(bad((c) => (c[6] = 'yes'))).toThrow(/cell 6 .* true or false/)
    expect(bad((c) => (c[9] = 'deleted'))).toThrow(/cell 9 .* an origin/)
    expect(bad((c) => (c[10] = 1e9))).toThrow(/cell 10 .* a count/)
    expect(bad((c) => (c[10] = -1))).toThrow(/cell 10 .* a count/)
    expect(bad((c) => (c[c.length - 5] = 3))).toThrow(/an article of the message/)
    expect(bad((c) => (c[c.length - 1] = 0))).toThrow(/a quote/)
    expect(bad(() => {}, 2)).toThrow(PackedEventsError)
    expect(() => unpackEvents({ count: 1, cells: [] }, articles)).toThrow(PackedEventsError)
  })
})

describe('a batch worker that sends a malformed pack', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-packed-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('fails that file with a clear message; the other files are read', async () => {
    const worker = path.join(dir, 'bad-pack-worker.mjs')
    writeFileSync(
      worker,
      `import path from 'node:path'
import { parentPort } from 'node:worker_threads'
parentPort.on('message', (task) => {
  const name = path.basename(task.file)
  const article = { id: name, title: name, published: null, source: name, text: 'x' }
  const cells = name.startsWith('bad') ? ['only an id'] : []
  parentPort.postMessage({ type: 'done', id: task.id, articles: [article], packed: { count: cells.length, cells } })
})
parentPort.postMessage({ type: 'ready' })
`
    )
    const result = await runBatch(['a.txt', 'bad.txt', 'c.txt'], { workerFile: worker, workers: 1 })
    expect(result.articles.map((a) => a.id)).toEqual(['a.txt', 'c.txt'])
    expect(result.failures).toEqual([
      {
        file: 'bad.txt',
        message:
          "The batch worker's result for this file could not be read: cell 1 of the packed events is not text."
      }
    ])
  })
})
