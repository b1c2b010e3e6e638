/** The sandboxed preload, against a mocked electron module: exactly the declared API, nothing raw. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { API_METHODS, type DatelineApi } from '../../src/shared/api'

const exposed = new Map<string, unknown>()
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }))
const listeners = new Map<string, Set<(...args: unknown[]) => void>>()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, l: (...args: unknown[]) => void) => {
      const set = listeners.get(channel) ?? new Set()
      set.add(l)
      listeners.set(channel, set)
    },
    removeListener: (channel: string, l: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(l)
  }
}))

let api: DatelineApi
beforeAll(async () => {
  await import('../../src/preload/index')
  api = exposed.get('dateline') as DatelineApi
})

describe('preload', () => {
  it('exposes one object, window.dateline, with exactly the declared methods', () => {
    expect([...exposed.keys()]).toEqual(['dateline'])
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort())
    for (const m of API_METHODS) expect(typeof api[m]).toBe('function')
  })

  it('sends each request on its declared channel', async () => {
    await api.appInfo()
    await api.loadSample()
    await api.extract({ text: 'x', published: null })
    await api.fetchUrl({ url: 'https://example.com/' })
    expect(invoke.mock.calls).toEqual([
      ['app:info', {}],
      ['project:sample', {}],
      ['articles:extract', { text: 'x', published: null }],
      ['articles:fetch', { url: 'https://example.com/' }]
    ])
  })

  it('passes event payloads to the page without the IpcRendererEvent, and unsubscribes', () => {
    const got: unknown[] = []
    const off = api.on('menu:command', (p) => got.push(p))
    const [wrapped] = [...listeners.get('menu:command')!]
    const fakeEvent = { sender: { send: () => {} }, ports: [] }
    wrapped!(fakeEvent, 'zoom-in')
    expect(got).toEqual(['zoom-in'])
    off()
    expect(listeners.get('menu:command')!.size).toBe(0)
  })

  it('refuses to subscribe to an undeclared channel', () => {
    expect(() =>
      (api.on as (c: string, l: () => void) => void)('ELECTRON_BROWSER_REQUIRE', () => {})
    ).toThrow(/Unknown event channel/)
    expect(listeners.has('ELECTRON_BROWSER_REQUIRE')).toBe(false)
  })
})
