/** The application menu: the standard roles with their accelerators, plus Dateline's commands. */
import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc'

export function menuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform
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
        {
          label: 'Open Sample Project',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => send('open-sample')
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { label: '&Edit', role: 'editMenu' },
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

export function setupMenu(send: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send)))
}
