/** Ingestion of plain text and Markdown: the seed article, front matter, datelines, sniffing. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { IngestError, ingestFile, ingestText } from '../../src/main/core/ingest'

const ROOT = path.resolve(__dirname, '../..')
const SEED = path.resolve(
  ROOT,
  '../shared/fixtures/articles/vg-russia-cuts-off-contact-with-nato.txt'
)

describe('the seed article through ingestFile', () => {
  it('keeps the text as it is, takes the first line as title and finds no date', async () => {
    const [article, ...rest] = await ingestFile(SEED)
    expect(rest).toEqual([])
    expect(article!.text).toBe(readFileSync(SEED, 'utf8'))
    expect(article!.title).toBe('Russia cuts off contact with NATO – VG')
    // "New York in 2016" and "in 2014" are the story's years, not a publication date.
    expect(article!.published).toBeNull()
    expect(article!.publishedFrom).toBeNull()
    expect(article!.source).toBe('vg-russia-cuts-off-contact-with-nato.txt')
  })

  it("takes the user's date, marked as the user's", async () => {
    const [article] = await ingestFile(SEED, { published: '2021-10-18' })
    expect(article!.published).toBe('2021-10-18')
    expect(article!.publishedFrom).toBe('user')
  })
})

describe('plain text', () => {
  it('normalises line ends and takes the first non-empty line as title', () => {
    const [a] = ingestText('\r\n  A headline  \r\nFirst line.\r\n\r\nSecond paragraph.\r\n')
    expect(a!.title).toBe('A headline')
    expect(a!.text).toBe('\n  A headline  \nFirst line.\n\nSecond paragraph.\n')
    expect(a!.source).toBe('Pasted text')
  })

  it('cuts a very long first line to 200 characters for the title', () => {
    const [a] = ingestText('word '.repeat(100))
    expect(a!.title.length).toBeLessThanOrEqual(200)
    expect(a!.title.startsWith('word word')).toBe(true)
  })

  it('uses the given source and url when the text names none', () => {
    const [a] = ingestText('Hello there.', { source: 'VG', url: 'https://www.vg.no/x' })
    expect(a!.source).toBe('VG')
    expect(a!.url).toBe('https://www.vg.no/x')
  })

  it('refuses empty and whitespace-only text', () => {
    for (const text of ['', '   \n\t  \n']) {
      expect(() => ingestText(text)).toThrow(IngestError)
      try {
        ingestText(text)
      } catch (err) {
        expect((err as IngestError).code).toBe('EMPTY')
        expect((err as IngestError).message).toContain('pasted text is empty')
      }
    }
  })

  it('refuses a malformed user date instead of ignoring it', () => {
    expect(() => ingestText('Some text.', { published: '2021-13-45' })).toThrow(RangeError)
  })
})

describe('datelines at the top of a text', () => {
  const dateOf = (text: string) => {
    const [a] = ingestText(text, { kind: 'text' })
    return [a!.published, a!.publishedFrom]
  }

  it('reads a wire dateline, taking the year from the stamp above it', () => {
    expect(
      dateOf(
        'Russia to suspend NATO mission\nReuters · 2021\n\nMOSCOW, Oct 18 (Reuters) - Russia will suspend its mission to NATO.'
      )
    ).toEqual(['2021-10-18', 'dateline'])
    expect(dateOf('MOSCOW, Oct 18, 2021 (Reuters) - Russia will suspend its mission.')).toEqual([
      '2021-10-18',
      'dateline'
    ])
    expect(dateOf('WASHINGTON (AP) — Oct. 18, 2021 The Senate met.')).toEqual([
      '2021-10-18',
      'dateline'
    ])
  })

  it('gives no date for a wire dateline without a year, even if the story names years', () => {
    expect(
      dateOf('MOSCOW, Oct 18 (Reuters) - Russia has been at odds with NATO since 2014.')
    ).toEqual([null, null])
  })

  it('reads "Published …" in its common forms', () => {
    expect(dateOf('Headline\nPublished 18 October 2021\n\nBody.')).toEqual([
      '2021-10-18',
      'dateline'
    ])
    expect(dateOf('Headline\nPublished: Oct. 18, 2021, 10:04 a.m.\n\nBody.')).toEqual([
      '2021-10-18',
      'dateline'
    ])
    expect(dateOf('Headline\nPosted on Monday, October 18th, 2021\n\nBody.')).toEqual([
      '2021-10-18',
      'dateline'
    ])
    expect(dateOf('Headline\nUpdated 19.10.2021 08:15\n\nBody.')).toEqual([
      '2021-10-19',
      'dateline'
    ])
  })

  it('prefers "Published" over "Updated" and reads numeric stamps', () => {
    expect(dateOf('Updated 20 October 2021. Published 18 October 2021.\n\nBody.')).toEqual([
      '2021-10-18',
      'dateline'
    ])
    expect(dateOf('Headline\n18.10.2021\nBody.')).toEqual(['2021-10-18', 'dateline'])
    expect(dateOf('Headline 2021-10-18\nBody.')).toEqual(['2021-10-18', 'dateline'])
  })

  it('rejects impossible dates and years out of range', () => {
    expect(dateOf('Published 31 February 2021\n\nBody.')).toEqual([null, null])
    expect(dateOf('Headline\n1700-01-05\nBody.')).toEqual([null, null])
    expect(dateOf('Headline\n31.04.2021\nBody.')).toEqual([null, null])
  })

  it('ignores dates far down the text', () => {
    expect(dateOf(`Headline\n\n${'Filler text. '.repeat(60)}\nPublished 18 October 2021`)).toEqual([
      null,
      null
    ])
  })

  it('lets the user date win over a dateline', () => {
    const [a] = ingestText('Published 18 October 2021\n\nBody.', { published: '2021-10-20' })
    expect([a!.published, a!.publishedFrom]).toEqual(['2021-10-20', 'user'])
  })
})

describe('Markdown', () => {
  const md = [
    '---',
    'title: "Russia cuts off contact with NATO"',
    'date: 2021-10-18T09:30:00+02:00',
    'author: Kari Nordmann',
    'source: VG',
    '---',
    '',
    '# Moscow closes its *NATO* office',
    '',
    'Russia is **now** working to close its [mission](https://example.org/m) to NATO.',
    '![A photo](photo.jpg)',
    '',
    '- It expelled __eight__ diplomats.',
    '> A quote with `code` and snake_case_name.'
  ].join('\n')

  it('takes title, date, author and source from the front matter and drops it from the text', () => {
    const [a] = ingestText(md)
    expect(a!.title).toBe('Russia cuts off contact with NATO')
    expect(a!.published).toBe('2021-10-18')
    expect(a!.publishedFrom).toBe('front-matter')
    expect(a!.byline).toBe('Kari Nordmann')
    expect(a!.source).toBe('VG')
    expect(a!.text).not.toContain('---')
    expect(a!.text).not.toContain('title:')
  })

  it('removes Markdown syntax lightly', () => {
    const [a] = ingestText(md)
    expect(a!.text).toBe(
      [
        'Moscow closes its NATO office',
        '',
        'Russia is now working to close its mission to NATO.',
        '',
        'It expelled eight diplomats.',
        'A quote with code and snake_case_name.'
      ].join('\n')
    )
  })

  it('reads front matter in a plain text too, and a heading as title without front matter', () => {
    const [plain] = ingestText('---\npublished: 18 October 2021\n---\nJust text.', { kind: 'text' })
    expect(plain!.text).toBe('Just text.')
    expect(plain!.published).toBe('2021-10-18')
    expect(plain!.title).toBe('Just text.')
    const [heading] = ingestText('# The title\n\nBody text.')
    expect(heading!.title).toBe('The title')
    expect(heading!.published).toBeNull()
  })

  it('refuses a file that is only front matter', () => {
    expect(() => ingestText('---\ntitle: x\n---\n\n')).toThrow(/only front matter/)
  })
})

describe('sniffing pasted text', () => {
  it('tells HTML, feeds, Markdown and text apart', () => {
    expect(ingestText('<p>One</p><p>Two</p>')[0]!.text).toBe('One\n\nTwo')
    const feed = ingestText(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>I</title><description>D</description></item></channel></rss>'
    )
    expect(feed[0]!.source).toBe('F')
    expect(ingestText('# Title\n\nText')[0]!.text).toBe('Title\n\nText')
    expect(ingestText('2 < 3 and 5 > 4')[0]!.text).toBe('2 < 3 and 5 > 4')
  })
})
