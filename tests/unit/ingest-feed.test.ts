/** Ingestion of RSS and Atom feeds: one article per item, broken XML, entity bombs. */
import { describe, expect, it } from 'vitest'
import { IngestError, ingestText } from '../../src/main/core/ingest'

function failure(f: () => unknown): IngestError {
  try {
    f()
  } catch (err) {
    if (err instanceof IngestError) return err
    throw err
  }
  throw new Error('expected an IngestError')
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>VG – Nyheter</title>
  <link>https://www.vg.no/</link>
  <item>
    <title>Russia cuts off contact with NATO</title>
    <link>https://www.vg.no/nyheter/i/1</link>
    <pubDate>Mon, 18 Oct 2021 14:05:00 +0200</pubDate>
    <dc:creator>Kari Nordmann</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>Russia is closing its mission to NATO &amp; more.</p><p>Second <b>paragraph</b>.</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>AT&amp;T &lt;3 customers</title>
    <link>/nyheter/i/2</link>
    <pubDate>Tue, 19 Oct 2021 09:00:00 GMT</pubDate>
    <description>&lt;p&gt;Escaped &lt;em&gt;HTML&lt;/em&gt; body.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`

describe('RSS 2.0', () => {
  const articles = ingestText(RSS, { url: 'https://www.vg.no/rss/feed' })

  it('makes one article per item, each with its own date', () => {
    expect(articles).toHaveLength(2)
    expect(articles.map((a) => [a.published, a.publishedFrom])).toEqual([
      ['2021-10-18', 'feed'],
      ['2021-10-19', 'feed']
    ])
  })

  it('takes titles, links, authors and the channel title as source', () => {
    expect(articles.map((a) => a.title)).toEqual([
      'Russia cuts off contact with NATO',
      'AT&T <3 customers'
    ])
    expect(articles.map((a) => a.url)).toEqual([
      'https://www.vg.no/nyheter/i/1',
      'https://www.vg.no/nyheter/i/2'
    ])
    expect(articles[0]!.byline).toBe('Kari Nordmann')
    expect(articles.every((a) => a.source === 'VG – Nyheter')).toBe(true)
  })

  it('turns HTML in content:encoded and escaped descriptions into plain text', () => {
    expect(articles[0]!.text).toBe(
      'Russia is closing its mission to NATO & more.\n\nSecond paragraph.'
    )
    expect(articles[1]!.text).toBe('Escaped HTML body.')
  })

  it("lets the user's date win for every item", () => {
    const dated = ingestText(RSS, { published: '2021-12-24' })
    expect(dated.map((a) => [a.published, a.publishedFrom])).toEqual([
      ['2021-12-24', 'user'],
      ['2021-12-24', 'user']
    ])
  })
})

describe('Atom and RSS 1.0', () => {
  it('reads an Atom feed with one entry', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Example Blog</title>
  <entry>
    <title type="html">A &lt;em&gt;new&lt;/em&gt; post</title>
    <link rel="alternate" href="https://blog.example/post"/>
    <link rel="edit" href="https://blog.example/edit"/>
    <published>2021-10-18T23:10:00-07:00</published>
    <updated>2021-10-20T10:00:00Z</updated>
    <author><name>Ola</name></author>
    <content type="html">&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content>
  </entry>
</feed>`
    const articles = ingestText(atom)
    expect(articles).toEqual([
      {
        title: 'A new post',
        text: 'First.\n\nSecond.',
        published: '2021-10-18',
        publishedFrom: 'feed',
        source: 'Example Blog',
        byline: 'Ola',
        url: 'https://blog.example/post'
      }
    ])
  })

  it('reads an RSS 1.0 (RDF) feed, items beside the channel', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://x.example/"><title>RDF News</title></channel>
  <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link>
    <description>Body.</description><dc:date>2021-10-18T08:00:00+02:00</dc:date></item>
</rdf:RDF>`
    const [a] = ingestText(rdf)
    expect([a!.title, a!.text, a!.published, a!.source]).toEqual([
      'One',
      'Body.',
      '2021-10-18',
      'RDF News'
    ])
  })
})

describe('bad feeds', () => {
  it('refuses broken XML as BAD_FEED with a clear message', () => {
    const err = failure(() =>
      ingestText('<?xml version="1.0"?><rss><channel><item><title>x</channel></rss>', {
        kind: 'feed'
      })
    )
    expect(err.code).toBe('BAD_FEED')
    expect(err.message).toMatch(
      /^The pasted text is not a readable feed: its XML is broken \(.*, at line 1, column \d+\)\.$/
    )
  })

  it('refuses XML that is not a feed as BAD_FEED', () => {
    expect(failure(() => ingestText('<?xml version="1.0"?><catalog><book/></catalog>')).code).toBe(
      'BAD_FEED'
    )
  })

  it('refuses a feed with no items as EMPTY', () => {
    const err = failure(() =>
      ingestText('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    )
    expect(err.code).toBe('EMPTY')
    expect(err.message).toContain('no items')
  })

  it('does not expand a billion-laughs entity bomb', () => {
    let entities = '<!ENTITY lol "lol">\n'
    for (let i = 1; i <= 9; i++) {
      const ref = i === 1 ? '&lol;' : `&lol${i - 1};`
      entities += `<!ENTITY lol${i} "${ref.repeat(10)}">\n`
    }
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE rss [
${entities}]>
<rss version="2.0"><channel><title>Bomb &lol9;</title>
<item><title>Laughs &lol9;</title><description>&lol9;</description></item></channel></rss>`
    const started = Date.now()
    let result: ReturnType<typeof ingestText> | IngestError
    try {
      result = ingestText(bomb)
    } catch (err) {
      result = err as IngestError
    }
    expect(Date.now() - started).toBeLessThan(2000)
    if (result instanceof IngestError) {
      expect(result.code).toBe('BAD_FEED')
    } else {
      // Entity references are left as written, never multiplied.
      expect(JSON.stringify(result).length).toBeLessThan(2000)
      expect(result[0]!.text).not.toContain('lollol')
    }
  })
})
