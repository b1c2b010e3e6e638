/** Ingestion of HTML pages: main content, metadata, publication dates, hostile markup. */
import { describe, expect, it } from 'vitest'
import { IngestError, ingestText } from '../../src/main/core/ingest'

const PARAGRAPHS = [
  'Russia is now working to temporarily close its diplomatic representation to NATO. According to Foreign Minister Sergei Lavrov, this is the response to the recent expulsion of eight Russian diplomats.',
  'The Russian Foreign Minister, meanwhile, informed that Russia is withdrawing the accreditation of NATO personnel at its Moscow office, Reuters reported.',
  'NATO suspended all military cooperation with Russia in 2014, after Russia annexed Crimea. But the two sides have been in diplomatic contact through the office of the Russian representative.'
]

/** A news page with everything around the article that must not end up in its text. */
function page(head = '', articleHead = ''): string {
  return `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>Russia cuts off contact with NATO | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta name="author" content="Jane Doe">
${head}
<style>.x { color: red } STYLETEXT</style>
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/world">NAVTEXT World</a></nav>
<header class="masthead"><a href="/">Example Times</a></header>
<main><article>
<header>${articleHead}<h1>Russia cuts off contact with NATO</h1></header>
<p>${PARAGRAPHS[0]}</p>
<p>${PARAGRAPHS[1]}<br>Thus, official lines of communication were suspended.</p>
<img src="missing.png" alt="" onerror="alert('ONERRORTEXT')">
<script>window.secret = 'SCRIPTTEXT'</script>
<p>${PARAGRAPHS[2]}</p>
</article></main>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">RELATEDTEXT Putin meets Biden</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>COMMENTTEXT This is nonsense, and I have said so, many times, for years.</p></div></section>
<footer>FOOTERTEXT © Example Times</footer>
</body></html>`
}

describe('an HTML news page', () => {
  const [article] = ingestText(page())

  it('keeps the article paragraphs as plain text paragraphs', () => {
    const paragraphs = article!.text.split('\n\n')
    expect(paragraphs).toContain(PARAGRAPHS[0])
    expect(paragraphs).toContain(
      `${PARAGRAPHS[1]}\nThus, official lines of communication were suspended.`
    )
    expect(paragraphs).toContain(PARAGRAPHS[2])
  })

  it('does not take the comments for the article when the article is short', () => {
    const short = page().replace(/<p>[^<]{100,}/g, '<p>Short news.')
    const [a] = ingestText(short)
    expect(a!.text).toContain('Short news.')
    expect(a!.text).not.toContain('COMMENTTEXT')
  })

  it('drops navigation, related links, comments, footer, script, style and attributes', () => {
    for (const junk of [
      'NAVTEXT',
      'RELATEDTEXT',
      'COMMENTTEXT',
      'FOOTERTEXT',
      'SCRIPTTEXT',
      'STYLETEXT',
      'ONERRORTEXT'
    ]) {
      expect(article!.text).not.toContain(junk)
    }
    expect(article!.text).not.toContain('<')
  })

  it('finds the title, byline and site name', () => {
    expect(article!.title).toBe('Russia cuts off contact with NATO')
    expect(article!.byline).toBe('Jane Doe')
    expect(article!.source).toBe('Example Times')
    expect(article!.published).toBeNull()
  })

  it('sets the url it was given', () => {
    const [a] = ingestText(page(), { kind: 'html', url: 'https://example.org/news/1' })
    expect(a!.url).toBe('https://example.org/news/1')
  })
})

describe('publication dates in HTML', () => {
  const dateOf = (head: string, articleHead = '') => {
    const [a] = ingestText(page(head, articleHead))
    return [a!.published, a!.publishedFrom]
  }

  it('reads article:published_time, as the day written in its own offset', () => {
    // 23:30 at UTC-4 is already the 19th in UTC; the page printed the 18th.
    expect(
      dateOf('<meta property="article:published_time" content="2021-10-18T23:30:00-04:00">')
    ).toEqual(['2021-10-18', 'metadata'])
  })

  it('prefers article:published_time to other meta dates', () => {
    expect(
      dateOf(
        '<meta name="date" content="2021-10-20"><meta property="article:published_time" content="2021-10-18T08:00:00Z">'
      )
    ).toEqual(['2021-10-18', 'metadata'])
  })

  it('reads the other meta names', () => {
    expect(dateOf('<meta name="date" content="2021-10-18">')).toEqual(['2021-10-18', 'metadata'])
    expect(dateOf('<meta name="DC.date.issued" content="2021-10-18">')).toEqual([
      '2021-10-18',
      'metadata'
    ])
    expect(dateOf('<meta name="sailthru.date" content="Mon, 18 Oct 2021 10:00:00 +0000">')).toEqual(
      ['2021-10-18', 'metadata']
    )
    expect(dateOf('<meta itemprop="datePublished" content="2021-10-18">')).toEqual([
      '2021-10-18',
      'metadata'
    ])
  })

  it('reads an itemprop date written as text', () => {
    expect(dateOf('', '<span itemprop="datePublished">18 October 2021</span>')).toEqual([
      '2021-10-18',
      'metadata'
    ])
  })

  it('reads JSON-LD, including @graph and top-level arrays', () => {
    const ld = (json: unknown) =>
      `<script type="application/ld+json">${JSON.stringify(json)}</script>`
    expect(
      dateOf(
        ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2021-10-18T10:00:00+02:00' })
      )
    ).toEqual(['2021-10-18', 'json-ld'])
    expect(
      dateOf(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Example Times' },
            { '@type': 'WebPage', datePublished: '2020-01-01' },
            { '@type': 'NewsArticle', datePublished: '2021-10-18' }
          ]
        })
      )
    ).toEqual(['2021-10-18', 'json-ld'])
    expect(
      dateOf(ld([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: '2021-10-18' }]))
    ).toEqual(['2021-10-18', 'json-ld'])
  })

  it('survives broken JSON-LD and never runs it', () => {
    expect(
      dateOf(
        '<script type="application/ld+json">{"datePublished": "2021-10-18", oops</script><script type="application/ld+json">(globalThis.pwned = 1)</script>'
      )
    ).toEqual([null, null])
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined()
  })

  it('reads <time datetime> in the article header, but not a modified time', () => {
    expect(
      dateOf(
        '',
        '<time class="updated" datetime="2021-10-20">20 Oct</time><time datetime="2021-10-18T07:00:00+02:00">18 October</time>'
      )
    ).toEqual(['2021-10-18', 'time-element'])
    expect(dateOf('', '<time pubdate>18 October 2021</time>')).toEqual([
      '2021-10-18',
      'time-element'
    ])
  })

  it('falls back to a dateline in the text', () => {
    expect(dateOf('', '<p>Published 18 October 2021</p>')).toEqual(['2021-10-18', 'dateline'])
  })

  it('lets the user date win', () => {
    const [a] = ingestText(page('<meta name="date" content="2021-10-18">'), {
      published: '2022-01-02'
    })
    expect([a!.published, a!.publishedFrom]).toEqual(['2022-01-02', 'user'])
  })
})

describe('hostile or empty HTML', () => {
  const code = (f: () => unknown) => {
    try {
      f()
    } catch (err) {
      return err instanceof IngestError ? err.code : String(err)
    }
    return 'no error'
  }

  it('refuses a page without body text as NO_CONTENT', () => {
    expect(code(() => ingestText('<html><head><title>Only a title</title></head></html>'))).toBe(
      'NO_CONTENT'
    )
    expect(
      code(() => ingestText('<html><body><script>var a = 1</script><nav>Menu</nav></body></html>'))
    ).toBe('NO_CONTENT')
  })

  it('reads a 5,000-deep nesting of divs without throwing, quickly', () => {
    const started = Date.now()
    const html = `<html><body>${'<div>'.repeat(5000)}<p>Deep text.</p>${'</div>'.repeat(5000)}</body></html>`
    const [a] = ingestText(html)
    expect(a!.text).toBe('Deep text.')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('reads broken markup and text outside the body', () => {
    const [a] = ingestText('<p>Unclosed <div><span>broken</p></div></section>trailing <b>bold')
    expect(a!.text).toContain('Unclosed')
    expect(a!.text).toContain('broken')
    expect(a!.text).not.toContain('<')
    const [b] = ingestText('<html><head><title>T</title></head><p>Outside the body.</p></html>')
    expect(b!.text).toBe('Outside the body.')
    expect(b!.title).toBe('T')
  })

  it('keeps <pre> white space and decodes entities', () => {
    const [a] = ingestText(
      '<div><p>AT&amp;T &lt;3&nbsp;you</p><pre>  line one\n    line two</pre></div>'
    )
    expect(a!.text).toBe('AT&T <3 you\n\n  line one\n    line two')
  })
})
