import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDispatch, UserError, type HandlerTable } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { createSenderPolicy, type SenderInfo } from '../../src/main/ipc/sender-policy'
import { REQUEST_CHANNELS, type RequestChannel } from '../../src/shared/ipc'

const ROOT = path.resolve(__dirname, '../..')
const rendererDir = path.join(ROOT, 'out/renderer')
const appFrame: SenderInfo = { url: `file://${rendererDir}/index.html`, isMainFrame: true }
const handlers = createHandlers({
  sampleDir: path.join(ROOT, 'resources/sample'),
  appInfo: { name: 'Dateline', version: '1.0.0', platform: 'linux' }
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
    { payload: { text: 'x', published: null, html: '<b>' }, field: '"html"' }
  ]
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
      const value = result.value as { events: { when: { value: string } }[] }
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
        appInfo: { name: '', version: '', platform: '' }
      }),
      createSenderPolicy({ rendererDir })
    )
    const result = await broken('project:sample', {}, appFrame)
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
