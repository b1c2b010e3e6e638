/**
 * Hostile web addresses, answered by the loopback server in server.ts: types that are not pages,
 * redirect loops and redirects out of the web, answers that trickle, stall or never end. Each
 * goes through processFile, as main's "articles:fetch" does; addresses that are not http(s) at
 * all go to ingestUrl, since main's request check refuses them before processFile.
 */
import { expect } from 'vitest'
import { ingestUrl } from '../../../src/main/core/ingest'
import { processFile, type PipelineResult } from '../../../src/main/core/pipeline'
import { expectArticleEvent, kind, literal, type HostileKind } from './corpus'
import { closedPort, urlOf } from './server'

/** Short enough for the test, long enough for a loopback answer. */
const TIMEOUT_MS = 500

const fetched = (url: string) => processFile(url, { timeoutMs: TIMEOUT_MS })

/** A kind for a route of server.ts that must fail with `code` and a message. */
function refused(
  name: string,
  route: string,
  code: string,
  yields: string,
  message: (url: string) => RegExp
): HostileKind {
  let url = ''
  return kind({
    name,
    yields: `${code}: ${yields}`,
    make: () => (url = urlOf(route)),
    run: fetched,
    // The message is built when the kind runs, once the server's port is known.
    expect: {
      error: code,
      get message() {
        return message(literal(url))
      }
    }
  })
}

export const URL_KINDS: HostileKind[] = [
  refused(
    'a URL answering a PDF',
    '/pdf',
    'UNSUPPORTED_TYPE',
    '“…/pdf is application/pdf, not a web page, text or feed that can be read.”',
    (u) => new RegExp(`^${u} is application/pdf, not a web page, text or feed that can be read\\.$`)
  ),
  refused(
    'a URL answering an image',
    '/image',
    'UNSUPPORTED_TYPE',
    '“…/image is image/png, not a web page, text or feed that can be read.”',
    (u) => new RegExp(`^${u} is image/png, not a web page, text or feed that can be read\\.$`)
  ),
  refused(
    'a URL answering JSON',
    '/json',
    'UNSUPPORTED_TYPE',
    '“…/json is application/json, not a web page, text or feed that can be read.”',
    (u) =>
      new RegExp(`^${u} is application/json, not a web page, text or feed that can be read\\.$`)
  ),
  refused(
    'a URL answering binary bytes labelled text/html',
    '/png-as-html',
    'BINARY',
    '“…/png-as-html looks like a binary file, not an article.”',
    (u) => new RegExp(`^${u} looks like a binary file, not an article\\.$`)
  ),
  refused(
    'a redirect loop (to itself)',
    '/loop',
    'HTTP_STATUS',
    '“…/loop redirected more than 5 times (a redirect loop?), so the page could not be reached.”',
    (u) =>
      new RegExp(
        `^${u} redirected more than 5 times \\(a redirect loop\\?\\), so the page could not be reached\\.$`
      )
  ),
  refused(
    'a redirect loop (between two addresses)',
    '/ping',
    'HTTP_STATUS',
    '“…/ping redirected more than 5 times (a redirect loop?), so the page could not be reached.”',
    (u) => new RegExp(`^${u} redirected more than 5 times \\(a redirect loop\\?\\)`)
  ),
  refused(
    'a redirect that says nowhere',
    '/nowhere',
    'HTTP_STATUS',
    '“…/nowhere answered 302 (a redirect) without saying where to.”',
    (u) => new RegExp(`^${u} answered 302 \\(a redirect\\) without saying where to\\.$`)
  ),
  refused(
    'a redirect to a file: address',
    '/to-file',
    'BAD_URL',
    '“…/to-file redirected to file:///etc/passwd, which is not a web page address.”',
    (u) => new RegExp(`^${u} redirected to file:///etc/passwd, which is not a web page address\\.$`)
  ),
  refused(
    'a redirect to a javascript: address',
    '/to-js',
    'BAD_URL',
    '“…/to-js redirected to javascript:alert(1), which is not a web page address.”',
    (u) =>
      new RegExp(`^${u} redirected to javascript:alert\\(1\\), which is not a web page address\\.$`)
  ),
  refused(
    'a response that trickles (a byte every 50 ms, never done)',
    '/trickle',
    'TIMEOUT',
    '“…/trickle did not answer in time (waited 0.5 seconds).”',
    (u) => new RegExp(`^${u} did not answer in time \\(waited 0\\.5 seconds\\)\\.$`)
  ),
  refused(
    'a server that never answers',
    '/silent',
    'TIMEOUT',
    '“…/silent did not answer in time (waited 0.5 seconds).”',
    (u) => new RegExp(`^${u} did not answer in time \\(waited 0\\.5 seconds\\)\\.$`)
  ),
  refused(
    'an endless body',
    '/endless',
    'TOO_LARGE',
    '“…/endless is larger than 10 MB, more than can be read from one page.”',
    (u) => new RegExp(`^${u} is larger than 10 MB, more than can be read from one page\\.$`)
  ),
  refused(
    'a body that claims to be 1 GB',
    '/claims-huge',
    'TOO_LARGE',
    '“…/claims-huge is larger than 10 MB, more than can be read from one page.”',
    (u) => new RegExp(`^${u} is larger than 10 MB, more than can be read from one page\\.$`)
  ),
  refused(
    'a 404',
    '/missing',
    'HTTP_STATUS',
    '“…/missing answered 404 Not Found.”',
    (u) => new RegExp(`^${u} answered 404 Not Found\\.$`)
  ),
  refused(
    'an empty page',
    '/empty',
    'EMPTY',
    '“…/empty sent an empty page: there is no text to read.”',
    (u) => new RegExp(`^${u} sent an empty page: there is no text to read\\.$`)
  ),
  kind({
    name: 'a redirect to a page with a script',
    yields: 'result: the page read from where it landed; no script text',
    make: () => urlOf('/hop'),
    run: fetched,
    expect: {
      result: (r: PipelineResult) => {
        expectArticleEvent(r)
        expect(r.articles[0]!.text).toBe(
          'Russia suspended its mission to NATO on 18 October 2021, the minister said.'
        )
        expect(r.events.map((e) => e.when.value)).toEqual(['2021-10-18'])
      }
    }
  }),
  kind({
    name: 'a port where nothing listens',
    yields: 'NETWORK: “http://127.0.0.1:…/ could not be reached (ECONNREFUSED).”',
    make: async () => `http://127.0.0.1:${await closedPort()}/`,
    run: fetched,
    expect: {
      error: 'NETWORK',
      message: /^http:\/\/127\.0\.0\.1:\d+\/ could not be reached \(ECONNREFUSED\)\.$/
    }
  }),
  kind({
    name: 'a javascript: address',
    yields:
      'BAD_URL: “javascript:alert(1) is not a web page address: only http and https addresses can be read.”',
    make: () => 'javascript:alert(1)',
    run: (url: string) => ingestUrl(url),
    expect: {
      error: 'BAD_URL',
      message:
        /^javascript:alert\(1\) is not a web page address: only http and https addresses can be read\.$/
    }
  }),
  kind({
    name: 'a file: address',
    yields:
      'BAD_URL: “file:///etc/passwd is not a web page address: only http and https addresses can be read.”',
    make: () => 'file:///etc/passwd',
    run: (url: string) => ingestUrl(url),
    expect: {
      error: 'BAD_URL',
      message:
        /^file:\/\/\/etc\/passwd is not a web page address: only http and https addresses can be read\.$/
    }
  })
]
