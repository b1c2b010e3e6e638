/** The application menu: the standard roles with their accelerators, plus Dateline's commands. */
import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, RecentDocument } from '../shared/ipc'

/**
 * Undo, Redo and Delete show their shortcuts but do not register them (registerAccelerator:
 * false): the keys reach the page, which undoes a text field's typing when one has the focus and
 * the timeline's last edit otherwise. A registered accelerator would take Ctrl+Z from text fields.
 */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
  recent: RecentDocument[] = [],
  openRecent: (path: string) => void = () => {}
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const about: MenuItemConstructorOptions = { role: 'about', label: 'About Dateline' }
  return [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' }
            ]
          } satisfies MenuItemConstructorOptions
        ]
      : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Timeline', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        {
          label: 'Open Recent',
          submenu:
            recent.length === 0
              ? [{ label: 'No Recent Timelines', enabled: false }]
              : recent.map((doc) => ({
                  label: doc.name,
                  toolTip: doc.path,
                  click: () => openRecent(doc.path)
                }))
        },
        {
          label: 'Open Sample Project',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => send('open-sample')
        },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-as') },
        { type: 'separator' },
        {
          label: 'Export…',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => send('export')
        },
        {
          label: 'Import TimelineJS or CSV…',
          accelerator: 'CmdOrCtrl+I',
          click: () => send('import')
        },
        { type: 'separator' },
        {
          label: 'Add Articles…',
          accelerator: 'CmdOrCtrl+Shift+A',
          click: () => send('add-articles')
        },
        {
          label: 'Paste Article…',
          accelerator: 'CmdOrCtrl+Shift+V',
          click: () => send('paste-article')
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: '&Edit',
      submenu: [
        {
          label: 'Undo',
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => send('undo')
        },
        {
          label: 'Redo',
          accelerator: 'Shift+CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => send('redo')
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: '&View',
      submenu: [
        { label: 'Zoom In on Timeline', accelerator: 'CmdOrCtrl+=', click: () => send('zoom-in') },
        {
          label: 'Zoom Out of Timeline',
          accelerator: 'CmdOrCtrl+-',
          click: () => send('zoom-out')
        },
        { label: 'Show Whole Timeline', accelerator: 'CmdOrCtrl+0', click: () => send('zoom-fit') },
        {
          label: 'Switch Timeline / Editor',
          accelerator: 'CmdOrCtrl+E',
          click: () => send('toggle-editor')
        },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { label: '&Window', role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: isMac ? [{ role: 'about', label: 'About Dateline' }] : [about]
    }
  ]
}

/** Sets the menu; call again when the recent documents change. */
export function setupMenu(
  send: (command: MenuCommand) => void,
  recent: RecentDocument[] = [],
  openRecent: (path: string) => void = () => {}
): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(send, process.platform, recent, openRecent))
  )
}
