/**
 * A large merge is shown while it runs: main tells the window "merging" before it starts and
 * when it ends, on both ways a merge happens (after Add Articles, and events:merge).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { processText } from '../../src/main/core/pipeline'
import type { Progress } from '../../src/shared/ipc'
import type { TimelineEvent } from '../../src/shared/model'
import { startMain, tempDir } from './fixtures/main-handlers'

const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November']
const PLACES = ['Oslo', 'Vienna', 'Madrid', 'Lisbon', 'Warsaw', 'Athens']

/** An article with `n` dated sentences, each a different happening. */
function longArticle(n: number): string {
  const lines = ['Envoys meet across Europe', '']
  for (let i = 0; i < n; i++) {
    const day = (i % 27) + 1
    const month = MONTHS[i % MONTHS.length]!
    const year = 1990 + (i % 30)
    const place = PLACES[i % PLACES.length]!
    lines.push(
      `On ${day} ${month} ${year}, envoy number ${i + 1} signed accord ${i * 7 + 3} in ${place}.`
    )
  }
  return lines.join('\n\n')
}

const progressOf = (emitted: { channel: string; payload: unknown }[]): Progress[] =>
  emitted.filter((e) => e.channel === 'progress').map((e) => e.payload as Progress)

describe('merging shows in the window', () => {
  it('events:merge with 1,200 events says "merging" before and done after', async () => {
    const { value, emitted } = startMain()
    const { events } = processText(longArticle(1200), { published: '2021-10-18', kind: 'text' })
    expect(events.length).toBeGreaterThanOrEqual(1200)
    const answer = await value<{ events: TimelineEvent[] }>('events:merge', { events })
    expect(answer.events.length).toBeGreaterThan(0)
    const current = `${events.length.toLocaleString('en-US')} events`
    expect(progressOf(emitted)).toEqual([
      { done: 0, total: 1, current, stage: 'merging' },
      { done: 1, total: 1, current, stage: 'merging' }
    ])
  })

  it('a small merge is not shown (it would only flash)', async () => {
    const { value, emitted } = startMain()
    const { events } = processText(longArticle(20), { published: '2021-10-18', kind: 'text' })
    await value('events:merge', { events })
    expect(progressOf(emitted)).toEqual([])
  })

  it('Add Articles: reading, then merging, each ending done', async () => {
    const { host, value, emitted } = startMain()
    const file = path.join(tempDir('merge-progress'), 'envoys.txt')
    writeFileSync(file, longArticle(1100))
    host.answer({ articles: [file] })
    await value('articles:open', { published: '2021-10-18' })
    const seen = progressOf(emitted)
    const reading = seen.filter((p) => p.stage === undefined)
    const merging = seen.filter((p) => p.stage === 'merging')
    expect(reading.at(-1)).toMatchObject({ done: 1, total: 1, current: file })
    expect(merging.map((p) => p.done)).toEqual([0, 1])
    // Merging comes after the last file is read.
    expect(seen.indexOf(merging[0]!)).toBeGreaterThan(seen.indexOf(reading.at(-1)!))
  })
})
