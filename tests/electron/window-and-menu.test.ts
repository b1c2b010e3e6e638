/** Window options, the menu and the web-contents hardening, against a mocked electron module. */
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions, WebContents } from 'electron'

const openExternal = vi.fn(async (_url: string) => {})
vi.mock('electron', () => ({
  app: { name: 'Dateline', on: vi.fn() },
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
  shell: { openExternal: (url: string) => openExternal(url) }
}))

const { mainWindowOptions } = await import('../../src/main/window-options')
const { menuTemplate } = await import('../../src/main/menu')
const { hardenContents, hardenSession } = await import('../../src/main/security')

describe('main window options', () => {
  it('are the hardened ones', () => {
    const o = mainWindowOptions('/app/out/preload/index.cjs', null)
    expect(o.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('restore the remembered bounds', () => {
    const o = mainWindowOptions('p', {
      bounds: { x: 10, y: 20, width: 900, height: 700 },
      maximized: false
    })
    expect(o).toMatchObject({ x: 10, y: 20, width: 900, height: 700 })
  })
})

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])])
}

describe('application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`has File, Edit, View, Window and Help with About on ${platform}`, () => {
      const t = menuTemplate(() => {}, platform)
      const labels = t.map((i) => i.label?.replace('&', ''))
      expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']))
      expect(t.find((i) => i.label === '&Window')?.role).toBe('windowMenu')
      expect(items(t).some((i) => i.role === 'about')).toBe(true)
      expect(items(t).some((i) => i.role === 'quit')).toBe(true)
    })
  }

  it('Open Recent lists the recent documents and opens the one clicked', () => {
    const opened: string[] = []
    const recent = [
      { path: '/docs/nato.dateline', name: 'nato', openedAt: '2026-11-28T10:00:00.000Z' },
      { path: '/docs/elections.dateline', name: 'elections', openedAt: '2026-11-27T10:00:00.000Z' }
    ]
    const menu = items(
      menuTemplate(
        () => {},
        'linux',
        recent,
        (p) => opened.push(p)
      )
    )
    const sub = menu.find((i) => i.label === 'Open Recent')!.submenu as MenuItemConstructorOptions[]
    expect(sub.map((i) => i.label)).toEqual(['nato', 'elections'])
    ;(sub[1]!.click as () => void)()
    expect(opened).toEqual(['/docs/elections.dateline'])
    const empty = items(menuTemplate(() => {}, 'linux')).find((i) => i.label === 'Open Recent')!
    expect((empty.submenu as MenuItemConstructorOptions[])[0]).toMatchObject({ enabled: false })
  })

  it('menu items send the commands they claim to, with their accelerators', () => {
    const sent: string[] = []
    const all = items(menuTemplate((c) => sent.push(c), 'linux'))
    const expected: [string, string, string][] = [
      ['Zoom In on Timeline', 'CmdOrCtrl+=', 'zoom-in'],
      ['Zoom Out of Timeline', 'CmdOrCtrl+-', 'zoom-out'],
      ['Show Whole Timeline', 'CmdOrCtrl+0', 'zoom-fit'],
      ['Open Sample Project', 'CmdOrCtrl+Shift+O', 'open-sample'],
      ['New Timeline', 'CmdOrCtrl+N', 'new'],
      ['Open…', 'CmdOrCtrl+O', 'open'],
      ['Save', 'CmdOrCtrl+S', 'save'],
      ['Save As…', 'CmdOrCtrl+Shift+S', 'save-as'],
      ['Add Articles…', 'CmdOrCtrl+Shift+A', 'add-articles'],
      ['Paste Article…', 'CmdOrCtrl+Shift+V', 'paste-article'],
      ['Undo', 'CmdOrCtrl+Z', 'undo'],
      ['Redo', 'Shift+CmdOrCtrl+Z', 'redo'],
      ['Switch Timeline / Editor', 'CmdOrCtrl+E', 'toggle-editor'],
      ['Export…', 'CmdOrCtrl+Shift+E', 'export'],
      ['Import TimelineJS or CSV…', 'CmdOrCtrl+I', 'import']
    ]
    for (const [label, accelerator, command] of expected) {
      const item = all.find((i) => i.label === label)!
      expect(item.accelerator).toBe(accelerator)
      // Undo and Redo leave their keys to the page, so text fields keep their own undo.
      expect(item.registerAccelerator).toBe(
        command === 'undo' || command === 'redo' ? false : undefined
      )
      sent.length = 0
      ;(item.click as () => void)()
      expect(sent).toEqual([command])
    }
  })
})

describe('web contents hardening', () => {
  const contents = new EventEmitter() as EventEmitter & {
    openHandler?: (d: { url: string }) => unknown
  }
  ;(contents as unknown as { setWindowOpenHandler: unknown }).setWindowOpenHandler = (
    h: (d: { url: string }) => unknown
  ) => {
    contents.openHandler = h
  }
  hardenContents(contents as unknown as WebContents, (url) =>
    url.startsWith('file:///app/out/renderer/')
  )

  const navigate = (event: string, url: string) => {
    const e = { preventDefault: vi.fn() }
    contents.emit(event, e, url)
    return e.preventDefault.mock.calls.length > 0
  }

  it('blocks navigation and redirects away from the app', () => {
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true)
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true)
    expect(navigate('will-navigate', 'file:///app/out/renderer/index.html')).toBe(false)
  })

  it('blocks webviews', () => {
    expect(navigate('will-attach-webview', 'https://x.example')).toBe(true)
  })

  it('denies every new window; only plain http(s) links go to the system browser', () => {
    for (const url of [
      'https://example.com/a',
      'http://example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pw@example.com',
      'smb://host/share'
    ]) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal.mock.calls.map((c) => (c as unknown[])[0])).toEqual([
      'https://example.com/a',
      'http://example.com'
    ])
  })

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    hardenSession({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h)
    } as never)
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn()
      request!(null, p, cb)
      expect(cb).toHaveBeenCalledWith(false)
    }
    expect(check!()).toBe(false)
  })
})
