/**
 * The seed article through the CLI, as a user runs it: the events the story is about, each at its
 * date, and nothing from the page junk.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '../..')
const SEED = path.resolve(
  ROOT,
  '../shared/fixtures/articles/vg-russia-cuts-off-contact-with-nato.txt'
)

interface CliEvent {
  id: string
  title: string
  when: { value: string; start: string; end: string; granularity: string; approximate: boolean }
  actors: string[]
  places: string[]
  category: string
  importance: number
  sources: { articleId: string; quote: string; start: number; end: number }[]
}
interface CliOutput {
  articles: { id: string; title: string; published: string | null; source: string }[]
  events: CliEvent[]
}

let out: CliOutput
const text = readFileSync(SEED, 'utf8')
const find = (test: (e: CliEvent) => boolean, what: string): CliEvent => {
  const e = out.events.find(test)
  if (!e)
    throw new Error(
      `no event for ${what}; got:\n${out.events.map((x) => `${x.when.value} ${x.title}`).join('\n')}`
    )
  return e
}
const says = (e: CliEvent, ...words: RegExp[]) =>
  words.every((w) => w.test(`${e.title} ${e.sources[0]!.quote}`))

beforeAll(async () => {
  const { stdout } = await run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'src/main/cli.ts',
      'extract',
      SEED,
      '--published',
      '2021-10-18'
    ],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }
  )
  out = JSON.parse(stdout) as CliOutput
}, 60_000)

describe('the seed article, extracted with --published 2021-10-18', () => {
  it('reports the article with its publication date', () => {
    expect(out.articles).toEqual([
      expect.objectContaining({
        published: '2021-10-18',
        source: path.basename(SEED),
        title: expect.stringMatching(/Russia cuts off contact with NATO/)
      })
    ])
  })

  it("Russia's annexation of Crimea, 2014", () => {
    const e = find((x) => x.title === 'Russia annexed Crimea', 'the annexation of Crimea')
    expect(e.when).toMatchObject({ start: '2014-01-01', end: '2014-12-31' })
    expect(e.actors).toContain('Russia')
    expect(e.places).toContain('Crimea')
  })

  it("NATO's suspension of military cooperation, 2014", () => {
    const e = find((x) => says(x, /suspended all military cooperation/), 'the suspension')
    expect(e.when.value).toBe('2014')
    expect(e.actors).toEqual(expect.arrayContaining(['NATO', 'Russia']))
  })

  it('the Lavrov–Stoltenberg meeting in New York, 2016', () => {
    const e = find((x) => x.when.value === '2016', 'the 2016 meeting')
    expect(e.title).toBe('Lavrov meets Stoltenberg in New York')
    expect(e.actors).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Jens Stoltenberg']))
    expect(e.places).toContain('New York')
    expect(e.category).toBe('meeting')
  })

  it("NATO's expulsion of eight Russian diplomats, two weeks before publication (no coarser than a week)", () => {
    const e = find((x) => says(x, /expel eight Russian diplomats/), 'the expulsion')
    expect(['2021-10-04', '2021-W40']).toContain(e.when.value)
    expect(['day', 'week']).toContain(e.when.granularity)
    expect(e.when.start >= '2021-10-04' && e.when.end <= '2021-10-10').toBe(true)
    expect(e.category).toBe('diplomacy')
  })

  it("Russia's closing of its mission to NATO, the day of publication", () => {
    const e = find(
      (x) => says(x, /close its diplomatic representation to NATO/),
      'the closing of the mission'
    )
    expect(e.when).toMatchObject({ start: '2021-10-18', end: '2021-10-18' })
  })

  it("Russia's withdrawal of the accreditation of NATO's Moscow office, the day of publication", () => {
    const e = find(
      (x) => says(x, /withdrawing the accreditation/),
      'the withdrawal of accreditation'
    )
    expect(e.when).toMatchObject({ start: '2021-10-18', end: '2021-10-18' })
    expect(e.places).toContain('Moscow')
  })

  it('Stoltenberg telling VG ten days earlier that relations are at their lowest since the Cold War, 2021-10-08', () => {
    const e = find((x) => says(x, /lowest level since the Cold War/), 'Stoltenberg to VG')
    expect(e.when.value).toBe('2021-10-08')
    expect(e.title).toMatch(/^Stoltenberg repeated to VG/)
    expect(e.category).toBe('statement')
  })

  it('the Stoltenberg–Lavrov meeting at the UN in September 2021', () => {
    const e = find((x) => x.when.value === '2021-09', 'the UN meeting')
    expect(e.title).toMatch(/^Stoltenberg met Lavrov in New York/)
    expect(e.actors).toEqual(
      expect.arrayContaining(['Jens Stoltenberg', 'Sergei Lavrov', 'United Nations'])
    )
  })

  it("Lavrov's coming visit to Tromsø for the Barents Council, next Tuesday", () => {
    const e = find((x) => says(x, /Tromso/), 'the Tromsø visit')
    expect(e.when.value).toBe('2021-10-26')
    expect(e.places).toContain('Tromsø')
  })

  it('nothing from the Beirut link, the "Read also" headline, the author bio or the comment form', () => {
    const junk =
      /Beirut|Stor government|Jabori|Obasanjo|Coffee trailblazer|Leave a Reply|email address|Required fields/
    for (const e of out.events) expect(`${e.title} ${e.sources[0]!.quote}`).not.toMatch(junk)
  })

  it('at most 16 events, each quoting its sentence at the offsets it gives', () => {
    expect(out.events.length).toBeLessThanOrEqual(16)
    for (const e of out.events) {
      const s = e.sources[0]!
      expect(text.slice(s.start, s.end)).toBe(s.quote)
      expect(e.when.start <= e.when.end).toBe(true)
      expect(e.title.length).toBeGreaterThan(10)
      expect(e.title.length).toBeLessThanOrEqual(81)
    }
  })
})
