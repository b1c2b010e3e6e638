/** The seed article, as scraped, through the first extractor. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractEvents, makeArticle } from '../../src/main/core/events/extract'
import { loadSampleProject } from '../../src/main/core/ingest/sample'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURE = path.resolve(
  ROOT,
  '../shared/fixtures/articles/vg-russia-cuts-off-contact-with-nato.txt'
)
const SAMPLE_DIR = path.join(ROOT, 'resources/sample')
const text = readFileSync(path.join(SAMPLE_DIR, 'vg-russia-cuts-off-contact-with-nato.txt'), 'utf8')

describe('the sample project', () => {
  it('ships the seed article byte for byte, with its publication date beside it', () => {
    expect(text).toBe(readFileSync(FIXTURE, 'utf8'))
    const manifest = JSON.parse(readFileSync(path.join(SAMPLE_DIR, 'sample.json'), 'utf8')) as {
      articles: { file: string; published: string }[]
    }
    expect(manifest.articles).toEqual([
      expect.objectContaining({
        file: 'vg-russia-cuts-off-contact-with-nato.txt',
        published: '2021-10-18'
      })
    ])
  })

  it('loads into a project whose events come from the article', async () => {
    const project = await loadSampleProject(SAMPLE_DIR)
    expect(project.articles).toHaveLength(1)
    expect(project.articles[0]!.published).toBe('2021-10-18')
    expect(project.events.length).toBeGreaterThanOrEqual(4)
  })
})

describe('events of the seed article', () => {
  const article = makeArticle({ text, published: '2021-10-18', source: 'VG' })
  const events = extractEvents(article)
  const at = (quotePart: string) => events.find((e) => e.sources[0]!.quote.includes(quotePart))

  it('finds the annexation of Crimea in 2014', () => {
    const e = at('after Russia annexed Crimea')
    expect(e?.when).toEqual({
      value: '2014',
      start: '2014-01-01',
      end: '2014-12-31',
      granularity: 'year',
      approximate: false
    })
  })

  it('finds the Lavrov–Stoltenberg meeting in New York in 2016', () => {
    const e = at('meets NATO Secretary General Jens Stoltenberg in New York in 2016')
    expect(e?.when.value).toBe('2016')
    expect(e?.title).toContain('Stoltenberg in New York')
  })

  it('dates the expulsion of eight diplomats "two weeks ago" to 2021-10-04', () => {
    const e = at('expel eight Russian diplomats')
    expect(e?.when).toMatchObject({
      value: '2021-10-04',
      start: '2021-10-04',
      end: '2021-10-04',
      granularity: 'day'
    })
    expect(e?.sources[0]!.dateText).toBe('two weeks ago')
    expect(e?.title).toBe('NATO chose to expel eight Russian diplomats from its office in Brussels')
  })

  it('dates Russia closing its NATO representation to the day of publication', () => {
    const e = at('temporarily close its diplomatic representation to NATO')
    expect(e?.when.value).toBe('2021-10-18')
  })

  it('quotes each event with offsets that point at its sentence in the article', () => {
    for (const e of events) {
      const s = e.sources[0]!
      expect(article.text.slice(s.start, s.end)).toBe(s.quote)
      expect(s.quote).toContain(s.dateText)
    }
  })

  it('makes no event of the page junk at the end', () => {
    const junk = [
      'Beirut',
      'Stor government',
      'Leave a Reply',
      'Your email address',
      'Coffee trailblazer',
      'Jabori'
    ]
    for (const e of events) for (const j of junk) expect(e.sources[0]!.quote).not.toContain(j)
  })

  it('does not read "from 20 to 10" diplomats as a time of day', () => {
    expect(events.every((e) => e.sources[0]!.dateText !== 'from 20 to 10')).toBe(true)
  })

  it('without a publication date, resolves only absolute dates', () => {
    const undated = extractEvents(makeArticle({ text, published: null }))
    expect(undated.map((e) => e.when.value).sort()).toEqual(['2014', '2014', '2016'])
  })

  it('gives the same ids for the same input', () => {
    expect(extractEvents(article).map((e) => e.id)).toEqual(events.map((e) => e.id))
  })
})
