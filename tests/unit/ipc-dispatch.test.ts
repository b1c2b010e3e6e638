import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDispatch, UserError, type HandlerTable } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { createSenderPolicy, type SenderInfo } from '../../src/main/ipc/sender-policy'
import { REQUEST_CHANNELS, type RequestChannel } from '../../src/shared/ipc'
import { ScriptedHost } from '../../e2e/scripted-host'

const ROOT = path.resolve(__dirname, '../..')
const rendererDir = path.join(ROOT, 'out/renderer')
const appFrame: SenderInfo = { url: `file://${rendererDir}/index.html`, isMainFrame: true }
const emitted: { channel: string; payload: unknown }[] = []
const host = new ScriptedHost()
const handlers = createHandlers({
  sampleDir: path.join(ROOT, 'resources/sample'),
  appInfo: { name: 'Dateline', version: '1.0.0', platform: 'linux' },
  emit: (channel, payload) => emitted.push({ channel, payload }),
  host,
  dataDir: mkdtempSync(path.join(os.tmpdir(), 'dateline-ipc-data-'))
})
const dispatch = createDispatch(handlers, createSenderPolicy({ rendererDir }))

/** Malformed payloads per channel and the field each error must name. Typed so no channel is forgotten. */
const malformed: { [C in RequestChannel]: { payload: unknown; field: string }[] } = {
  'app:info': [
    { payload: { verbose: true }, field: '"verbose"' },
    { payload: 'info', field: 'expected object' },
    { payload: null, field: 'expected object' }
  ],
  'project:sample': [
    { payload: { path: '/etc/passwd' }, field: '"path"' },
    { payload: [], field: 'expected object' }
  ],
  'articles:extract': [
    { payload: {}, field: '"text"' },
    { payload: { text: 42, published: null }, field: '"text"' },
    { payload: { text: 'x', published: '18/10/2021' }, field: '"published"' },
    { payload: { text: 'x', published: '2021-02-30' }, field: '"published"' },
    { payload: { text: 'x' }, field: '"published"' },
    { payload: { text: 'x', published: null, title: ['a'] }, field: '"title"' },
    { payload: { text: 'x', published: null, html: '<b>' }, field: '"html"' },
    { payload: { text: 'x', published: null, kind: 'pdf' }, field: '"kind"' }
  ],
  'articles:fetch': [
    { payload: {}, field: '"url"' },
    { payload: { url: 'file:///etc/passwd' }, field: '"url"' },
    { payload: { url: 'javascript:alert(1)' }, field: '"url"' },
    { payload: { url: 'https://example.com/', published: 'yesterday' }, field: '"published"' }
  ],
  'articles:open': [
    { payload: { published: '2021-13-01' }, field: '"published"' },
    { payload: { published: '2101-01-01' }, field: '"published" must be in the years' },
    { payload: { paths: ['/etc/passwd'] }, field: '"paths"' },
    { payload: { merge: 'no' }, field: '"merge"' }
  ],
  'articles:extractFile': [
    { payload: { name: 'a.txt', base64: 'aGk=' }, field: '"published"' },
    { payload: { name: '../../etc/passwd', base64: 'aGk=', published: null }, field: '"name"' },
    { payload: { name: 'a.txt', base64: '<script>', published: null }, field: '"base64"' }
  ],
  'articles:redate': [
    { payload: { published: null }, field: '"article"' },
    {
      payload: { article: { id: 'a', title: 't', source: 's', text: 'x', published: null } },
      field: '"published"'
    },
    {
      payload: {
        article: { id: 'a', title: 't', source: 's', text: 'x', published: null },
        published: '1700-05-01'
      },
      field: '"published" must be in the years 1800–2100'
    }
  ],
  'events:merge': [
    { payload: {}, field: '"events"' },
    { payload: { events: [{ id: 'x' }] }, field: '"events.0.' }
  ],
  'project:new': [{ payload: { path: '/tmp/x.dateline' }, field: '"path"' }],
  'project:open': [
    { payload: { path: '/etc/passwd' }, field: '"path"' },
    { payload: { recent: 42 }, field: '"recent"' }
  ],
  'project:save': [
    { payload: { saveAs: false }, field: '"project"' },
    { payload: { project: { title: 'x' }, saveAs: false }, field: '"project.' },
    { payload: { project: null, saveAs: true, path: '/etc/passwd' }, field: '"path"' }
  ],
  'project:recent': [{ payload: { all: true }, field: '"all"' }],
  'document:state': [
    { payload: { title: 'x' }, field: '"dirty"' },
    { payload: { title: 7, dirty: true }, field: '"title"' }
  ],
  'window:close': [{ payload: { force: true }, field: '"force"' }],
  'autosave:write': [
    { payload: {}, field: '"project"' },
    { payload: { project: [] }, field: '"project"' }
  ],
  'autosave:check': [{ payload: { dir: '/' }, field: '"dir"' }],
  'autosave:restore': [{ payload: { file: '/etc/passwd' }, field: '"file"' }],
  'autosave:discard': [{ payload: 'all', field: 'expected object' }],
  'export:image': [
    { payload: { format: 'gif', data: '', name: 'x' }, field: '"format"' },
    { payload: { format: 'png', data: '', name: 'x', path: '/etc/passwd' }, field: '"path"' }
  ],
  'export:pdf': [
    {
      payload: {
        svg: '<svg/>',
        width: -1,
        height: 10,
        title: null,
        pageSize: 'A4',
        orientation: 'landscape',
        sources: null,
        name: 'x'
      },
      field: '"width"'
    },
    {
      payload: {
        svg: '<svg/>',
        width: 10,
        height: 10,
        title: null,
        pageSize: 'Tabloid',
        orientation: 'landscape',
        sources: null,
        name: 'x'
      },
      field: '"pageSize"'
    }
  ],
  'export:data': [
    { payload: { format: 'xlsx', project: {}, name: 'x' }, field: '"format"' },
    { payload: { format: 'csv', name: 'x' }, field: '"project"' }
  ],
  'import:open': [{ payload: { file: '/etc/passwd' }, field: '"file"' }]
}

describe('dispatch: payload validation', () => {
  for (const channel of REQUEST_CHANNELS) {
    for (const { payload, field } of malformed[channel]) {
      it(`${channel} rejects ${JSON.stringify(payload)} naming ${field}`, async () => {
        const result = await dispatch(channel, payload, appFrame)
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.error.code).toBe('INVALID_PAYLOAD')
        expect(result.error.message).toContain(channel)
        expect(result.error.message).toContain(field)
      })
    }
  }

  it('every channel has at least one malformed case', () => {
    for (const channel of REQUEST_CHANNELS) expect(malformed[channel].length).toBeGreaterThan(0)
  })

  it('a function in the payload is refused as not plain data', async () => {
    const result = await dispatch(
      'articles:extract',
      { text: () => 'x', published: null },
      appFrame
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } })
  })

  it('an inherited (prototype) key does not count as a field', async () => {
    const payload = Object.create({
      text: 'In 2014 Russia annexed Crimea.',
      published: null
    }) as object
    const result = await dispatch('articles:extract', payload, appFrame)
    expect(result.ok).toBe(false)
  })

  it('a text over the size limit is refused with a clear message', async () => {
    const result = await dispatch(
      'articles:extract',
      { text: 'a'.repeat(64 * 1024 * 1024 + 1), published: null },
      appFrame
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } })
    if (!result.ok) expect(result.error.message).toContain('64 MiB')
  })

  it('accepts a valid payload and runs the handler', async () => {
    const result = await dispatch(
      'articles:extract',
      {
        text: 'NATO suspended all military cooperation with Russia in 2014.',
        published: '2021-10-18'
      },
      appFrame
    )
    expect(result.ok).toBe(true)
    if (result.ok) {
      const value = result.value as { articles: unknown[]; events: { when: { value: string } }[] }
      expect(value.articles).toHaveLength(1)
      expect(value.events.map((e) => e.when.value)).toEqual(['2014'])
    }
  })
})

describe('dispatch: senders', () => {
  const refused: [string, SenderInfo][] = [
    ['an iframe of the app page', { url: appFrame.url, isMainFrame: false }],
    ['a remote page', { url: 'https://evil.example/index.html', isMainFrame: true }],
    [
      'a local file outside the renderer folder',
      { url: 'file:///tmp/evil.html', isMainFrame: true }
    ],
    [
      'a sibling folder whose name starts like the renderer folder',
      { url: `file://${rendererDir}-evil/index.html`, isMainFrame: true }
    ],
    [
      'a path that climbs out with ..',
      { url: `file://${rendererDir}/../../x.html`, isMainFrame: true }
    ],
    ['a data: URL', { url: 'data:text/html,<script>1</script>', isMainFrame: true }],
    ['an empty URL', { url: '', isMainFrame: true }],
    ['garbage', { url: 'not a url', isMainFrame: true }]
  ]
  for (const [name, sender] of refused) {
    it(`refuses ${name}`, async () => {
      for (const channel of REQUEST_CHANNELS) {
        const result = await dispatch(channel, {}, sender)
        expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } })
      }
    })
  }

  it('trusts the dev server origin only when configured, and only that origin', () => {
    const policy = createSenderPolicy({ origin: 'http://localhost:5173' })
    expect(policy({ url: 'http://localhost:5173/index.html', isMainFrame: true })).toBe(true)
    expect(policy({ url: 'http://localhost:5174/index.html', isMainFrame: true })).toBe(false)
    expect(policy({ url: 'http://localhost.evil.example:5173/', isMainFrame: true })).toBe(false)
    expect(createSenderPolicy({})({ url: 'http://localhost:5173/', isMainFrame: true })).toBe(false)
  })

  it('refuses an unknown channel before looking at anything else', async () => {
    const result = await dispatch('fs:readFile', { path: '/etc/passwd' }, appFrame)
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })
})

describe('dispatch: handler failures', () => {
  const failing: HandlerTable = {
    ...handlers,
    'app:info': () => {
      throw new UserError('NOT_FOUND', 'No such thing.')
    },
    'project:sample': () => {
      throw new TypeError('boom')
    }
  }
  const logged: string[] = []
  const d = createDispatch(failing, createSenderPolicy({ rendererDir }), (m) => logged.push(m))

  it('passes a UserError through as its code and message', async () => {
    expect(await d('app:info', {}, appFrame)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such thing.' }
    })
  })

  it('turns an unexpected exception into INTERNAL and logs it', async () => {
    const result = await d('project:sample', {}, appFrame)
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    if (!result.ok) expect(result.error.message).toContain('boom')
    expect(logged).toHaveLength(1)
  })

  it('reports an empty article as bad input, not as a crash', async () => {
    const result = await dispatch(
      'articles:extract',
      { text: '  \n\t ', published: null },
      appFrame
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('reports a missing sample folder clearly', async () => {
    const broken = createDispatch(
      createHandlers({
        sampleDir: '/nonexistent/sample',
        appInfo: { name: '', version: '', platform: '' },
        emit: () => {},
        host: new ScriptedHost(),
        dataDir: mkdtempSync(path.join(os.tmpdir(), 'dateline-ipc-data-'))
      }),
      createSenderPolicy({ rendererDir })
    )
    const result = await broken('project:sample', {}, appFrame)
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('articles:open and articles:extract', () => {
  it('reads the files chosen in main’s dialog in the pool, with progress and the failures', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-ipc-'))
    const seed = path.join(dir, 'seed.txt')
    copyFileSync(path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt'), seed)
    const empty = path.join(dir, 'empty.txt')
    writeFileSync(empty, '  \n')
    emitted.length = 0
    host.answer({ articles: [seed, empty] })
    const result = await dispatch('articles:open', { published: '2021-10-18' }, appFrame)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const value = result.value as {
      articles: unknown[]
      events: { title: string }[]
      failures: { file: string; message: string }[]
    }
    expect(value.articles).toHaveLength(1)
    expect(value.events.map((e) => e.title)).toContain('Lavrov meets Stoltenberg in New York')
    expect(value.failures).toEqual([{ file: empty, message: expect.stringContaining('empty') }])
    const progress = emitted
      .filter((e) => e.channel === 'progress')
      .map((e) => e.payload as { done: number; total: number })
    expect(progress.length).toBeGreaterThan(0)
    expect(progress[progress.length - 1]).toMatchObject({ done: 2, total: 2 })
  })

  it('reads pasted HTML as text, never as markup', async () => {
    const html =
      '<html><head><meta property="article:published_time" content="2021-10-18T09:00:00+02:00"><title>Russia cuts off contact</title></head>' +
      '<body><nav>Home | World</nav><article><h1>Russia cuts off contact with NATO</h1>' +
      '<p>NATO suspended all military cooperation with Russia in 2014, after Russia annexed Crimea.</p>' +
      '<p>But two weeks ago, NATO chose to expel eight Russian diplomats from its office in Brussels.</p>' +
      '<script>window.pwned = 1</script></article></body></html>'
    const result = await dispatch('articles:extract', { text: html, published: null }, appFrame)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const value = result.value as {
      articles: { text: string; published: string | null }[]
      events: { when: { value: string } }[]
    }
    expect(value.articles[0]!.published).toBe('2021-10-18')
    expect(value.articles[0]!.text).not.toMatch(/<|pwned|Home \| World/)
    expect(value.events.map((e) => e.when.value)).toEqual(
      expect.arrayContaining(['2014', '2021-10-04'])
    )
  })

  it('reports unreadable pasted input as bad input with the reason', async () => {
    const result = await dispatch(
      'articles:extract',
      { text: '<?xml version="1.0"?><rss><channel><item>', published: null, kind: 'feed' },
      appFrame
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })
})
