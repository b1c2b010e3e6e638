/**
 * The Host the handlers use, made of Electron: native dialogs attached to the window, its title
 * and unsaved mark, the taskbar's progress bar and the OS's recent documents. Thin on purpose:
 * what to do with the answers is in ./ipc/project-handlers.ts, which the tests run.
 */
import { app, dialog, type BrowserWindow } from 'electron'
import type { Host } from './ipc/host'

const PROJECT_FILTER = { name: 'Dateline timeline', extensions: ['dateline'] }
const ARTICLE_FILTER = {
  name: 'Articles',
  extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'xml', 'rss', 'atom']
}

/** The save dialog's file type for each export format. */
const EXPORT_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  json: { name: 'Dateline JSON', extensions: ['json'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  timelinejs: { name: 'TimelineJS JSON', extensions: ['json'] },
  ics: { name: 'iCalendar', extensions: ['ics'] }
}
const IMPORT_FILTER = { name: 'TimelineJS JSON or CSV', extensions: ['json', 'csv'] }

export function createElectronHost(
  window: () => BrowserWindow | null,
  onRecentChanged: () => void,
  forceClose: () => void
): Host {
  return {
    chooseProjectToOpen: async () => {
      const win = window()
      const options = { properties: ['openFile' as const], filters: [PROJECT_FILTER] }
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    chooseProjectSavePath: async (defaultName) => {
      const win = window()
      const options = { defaultPath: defaultName, filters: [PROJECT_FILTER] }
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseArticleFiles: async () => {
      const win = window()
      const options = {
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: [ARTICLE_FILTER, { name: 'All files', extensions: ['*'] }]
      }
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
    chooseExportPath: async (defaultName, format) => {
      const win = window()
      const filter = EXPORT_FILTERS[format]
      const options = { defaultPath: defaultName, filters: filter ? [filter] : [] }
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseImportFile: async () => {
      const win = window()
      const options = { properties: ['openFile' as const], filters: [IMPORT_FILTER] }
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    showDocument: (name, dirty, file) => {
      const win = window()
      if (!win) return
      win.setTitle(`${dirty ? '• ' : ''}${name} — Dateline`)
      win.setDocumentEdited(dirty)
      win.setRepresentedFilename(file ?? '')
    },
    setProgress: (fraction) => window()?.setProgressBar(fraction === null ? -1 : fraction),
    noteRecentDocument: (file) => {
      app.addRecentDocument(file)
      onRecentChanged()
    },
    closeWindow: forceClose
  }
}
