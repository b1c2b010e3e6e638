/**
 * The Electron security checklist (electronjs.org/docs/latest/tutorial/security), one test per
 * item that applies, each on the configuration the app really uses: the real main process
 * (src/main/index.ts) is started against a fake electron module and what it does is inspected —
 * the window it opens, the session it hardens, the web contents hook, the IPC handlers it
 * registers — plus the real index.html, preload and packaging configuration.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { EventEmitter } from 'node:events'
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { REQUEST_CHANNELS } from '../../src/shared/ipc'
import { resetFakeElectron, state, type FakeWindow } from './fixtures/fake-electron'

vi.mock('electron', async () => (await import('./fixtures/fake-electron')).fakeElectron())

const require = createRequire(import.meta.url)
const ROOT = path.resolve(__dirname, '../..')
/** Main runs from its source here: its bundle folder is src/main, so its page is src/renderer's. */
const RENDERER_DIR = path.join(ROOT, 'src/renderer')
const BUILT_RENDERER = path.join(ROOT, 'out/renderer/index.html')

interface FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string }
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void
}

let win: FakeWindow
let prefs: Record<string, unknown>
let contents: FakeContents

/** Starts the real main process as a packaged app, as users run it. */
beforeAll(async () => {
  resetFakeElectron(mkdtempSync(path.join(os.tmpdir(), 'dateline-checklist-')))
  state.packaged = true
  ;(process as { resourcesPath?: string }).resourcesPath = path.join(ROOT, 'release/resources')
  // A packaged app must ignore a dev-server address planted in its environment.
  vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/')
  await import('../../src/main/index')
  await state.ready
  await new Promise((r) => setTimeout(r, 0))
  vi.unstubAllEnvs()
  win = state.windows[0]!
  prefs = win.options['webPreferences'] as Record<string, unknown>
  contents = Object.assign(new EventEmitter(), {
    setWindowOpenHandler(h: FakeContents['openHandler']) {
      contents.openHandler = h
    }
  }) as FakeContents
  state.appHandlers.get('web-contents-created')!({}, contents)
})

/** Emits a navigation-like event on the hardened contents; true when main prevented it. */
function prevented(event: string, url: string): boolean {
  const e = { preventDefault: vi.fn() }
  contents.emit(event, e, url)
  return e.preventDefault.mock.calls.length > 0
}

function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  expect(meta, 'index.html has a CSP meta tag').not.toBeNull()
  return new Map(
    meta![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values])
  )
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|html)$/.test(name) ? [p] : []
  })
}

describe('Electron security checklist, on the app as main starts it', () => {
  it('1. loads only its own local content: the built index.html, never a remote page', () => {
    expect(win.loaded).toEqual([path.join(RENDERER_DIR, 'index.html')])
    const html = readFileSync(path.join(ROOT, 'src/renderer/index.html'), 'utf8')
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i)
  })

  it('2. Node.js integration is off, in the page, its workers and its subframes', () => {
    expect(prefs).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false
    })
  })

  it('3. context isolation is on', () => {
    expect(prefs['contextIsolation']).toBe(true)
  })

  it('4. the renderer is sandboxed, with the one bundled preload beside the page', () => {
    expect(prefs['sandbox']).toBe(true)
    expect(prefs['preload']).toBe(path.join(ROOT, 'src/preload/index.cjs'))
  })

  it('5. every permission request and check is denied', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      const answer = vi.fn()
      state.permissionHandler!(null, permission, answer)
      expect(answer).toHaveBeenCalledWith(false)
    }
    expect(state.permissionCheck!(null, 'clipboard-read')).toBe(false)
  })

  it('6, 8, 9, 10. web security stays on; no insecure content, experimental or Blink features', () => {
    expect(prefs['webSecurity']).toBe(true)
    expect(prefs['allowRunningInsecureContent']).toBe(false)
    expect(prefs['experimentalFeatures']).toBe(false)
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs['disableBlinkFeatures']).toBe('Auxclick')
  })

  it('7. a strict Content-Security-Policy: nothing inline, nothing remote, no eval', async () => {
    const html = readFileSync(path.join(ROOT, 'src/renderer/index.html'), 'utf8')
    const csp = cspOf(html)
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
    const all = [...csp.values()].flat()
    expect(all.filter((v) => /unsafe|\*|https?:|ws:|wasm/i.test(v))).toEqual([])
    // Google's CSP evaluator (as Electronegativity runs it) finds nothing of high or medium weight.
    const evaluator = require('@doyensec/csp-evaluator') as {
      CspParser: new (s: string) => { csp: unknown }
      CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): { severity: number }[] }
      Version: { CSP3: unknown }
      severities: Record<string, number>
    }
    const policy = [...csp].map(([k, v]) => [k, ...v].join(' ')).join('; ')
    const findings = new evaluator.CspEvaluator(
      new evaluator.CspParser(policy).csp,
      evaluator.Version.CSP3
    ).evaluate()
    const { HIGH, MEDIUM } = evaluator.severities
    expect(findings.filter((f) => f.severity === HIGH || f.severity === MEDIUM)).toEqual([])
    // The built page, when there is one, carries the same policy (Vite must not drop or change it).
    if (statSync(BUILT_RENDERER, { throwIfNoEntry: false })) {
      expect(cspOf(readFileSync(BUILT_RENDERER, 'utf8'))).toEqual(csp)
    }
  })

  it('11, 12. no webviews: the tag is off and any attempt to attach one is refused', () => {
    expect(prefs['webviewTag']).toBe(false)
    expect(prefs['navigateOnDragDrop']).toBe(false)
    expect(prevented('will-attach-webview', 'https://example.com/')).toBe(true)
  })

  it('13. navigation and redirects stay inside the app’s own folder', () => {
    const own = pathToFileURL(path.join(RENDERER_DIR, 'index.html')).href
    expect(prevented('will-navigate', own)).toBe(false)
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      pathToFileURL(path.join(ROOT, 'src/main/index.ts')).href,
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>'
    ]) {
      expect(prevented('will-navigate', url), url).toBe(true)
      expect(prevented('will-redirect', url), url).toBe(true)
    }
  })

  it('14, 15. no new windows; only plain http(s) links reach the system browser', () => {
    state.openExternal.mockClear()
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string(),
          fc.constantFrom(
            'javascript:alert(1)',
            'file:///etc/passwd',
            'smb://host/share',
            'ms-msdt:/id PCWDiagnostic',
            'https://user:pw@example.com/',
            'vbscript:msgbox(1)'
          )
        ),
        (url) => {
          state.openExternal.mockClear()
          expect(contents.openHandler!({ url })).toEqual({ action: 'deny' })
          const opened = state.openExternal.mock.calls.map((c) => c[0])
          let safe = false
          try {
            const u = new URL(url)
            safe = /^https?:$/.test(u.protocol) && !u.username && !u.password
          } catch {
            safe = false
          }
          expect(opened).toEqual(safe ? [url] : [])
        }
      ),
      { numRuns: 300 }
    )
    // And shell.openExternal is called nowhere else in the sources.
    const callers = sourceFiles(path.join(ROOT, 'src')).filter((f) =>
      readFileSync(f, 'utf8').includes('openExternal(')
    )
    expect(callers.map((f) => path.relative(ROOT, f))).toEqual(['src/main/security.ts'])
  })

  it('16. a current Electron, not below the version the app was hardened on', () => {
    const version = (require('electron/package.json') as { version: string }).version
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45)
  })

  it('17. every IPC channel checks its sender: foreign pages and subframes are refused', async () => {
    expect(state.handled.sort()).toEqual([...REQUEST_CHANNELS].sort())
    const own = pathToFileURL(path.join(RENDERER_DIR, 'index.html')).href
    for (const channel of REQUEST_CHANNELS) {
      const handle = state.invoke.get(channel)!
      for (const senderFrame of [
        { url: 'https://evil.example/', parent: null },
        { url: 'file:///tmp/evil.html', parent: null },
        { url: own, parent: {} }
      ]) {
        expect(await handle({ senderFrame }, {}), channel).toMatchObject({
          ok: false,
          error: { code: 'UNTRUSTED_SENDER' }
        })
      }
    }
    expect(
      await state.invoke.get('app:info')!({ senderFrame: { url: own, parent: null } }, {})
    ).toMatchObject({ ok: true, value: { name: 'Dateline' } })
  })

  it('18. file:// is trusted only inside the renderer folder, and the fuse gives it no extras', () => {
    // The app loads from file:// (no custom protocol); the sender policy above trusts only its
    // own folder, navigation cannot leave it, and the packaged binary's file:// is unprivileged.
    const builder = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')
    expect(builder).toMatch(/^\s+grantFileProtocolExtraPrivileges: false$/m)
  })

  it('19. the packaged binary’s fuses are set', () => {
    const yaml = require('js-yaml') as { load(text: string): { electronFuses: object } }
    const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'))
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('20. no Electron API reaches the page: the preload exposes one object of named methods', () => {
    const preload = readFileSync(path.join(ROOT, 'src/preload/index.ts'), 'utf8')
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(preload).toMatch(/exposeInMainWorld\('dateline', api\)/)
    // What that object holds, method by method, is tested in preload.test.ts.
  })
})
