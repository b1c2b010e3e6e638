/**
 * Export and import: the renderer draws the image (it has the layout) and sends the bytes; main
 * makes the PDF and the data files, shows the save or open dialog, and writes or reads. The
 * renderer never touches the file system. Writes are atomic, like project saves.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ExportResult } from '../../shared/ipc'
import { exportCsv, exportIcal, exportJson, exportTimelineJs, makePdf } from '../core/export'
import { importTimeline } from '../core/import'
import { writeFileAtomic } from '../core/project'
import { safeFileName } from '../document/session'
import { UserError, type Handler } from './dispatch'
import type { Host } from './host'

type ExportChannel = 'export:image' | 'export:pdf' | 'export:data' | 'import:open'
export type ExportHandlers = { [C in ExportChannel]: Handler<C> }

const EXTENSIONS: Record<string, string> = {
  png: '.png',
  svg: '.svg',
  pdf: '.pdf',
  json: '.json',
  csv: '.csv',
  timelinejs: '.timeline.json',
  ics: '.ics'
}

/** 200 MiB: an import larger than that is not a timeline someone made by hand or in a sheet. */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024

export function createExportHandlers(host: Host): ExportHandlers {
  async function save(
    format: string,
    name: string,
    data: string | Uint8Array
  ): Promise<ExportResult | null> {
    const extension = EXTENSIONS[format] ?? ''
    const chosen = await host.chooseExportPath(safeFileName(name, 'timeline') + extension, format)
    if (chosen === null) return null
    const file = path.extname(chosen) ? chosen : chosen + extension
    try {
      await writeFileAtomic(file, data)
    } catch (error) {
      throw new UserError('BAD_INPUT', messageOf(error))
    }
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength
    return { path: file, bytes }
  }

  return {
    'export:image': (request) =>
      save(
        request.format,
        request.name,
        request.format === 'png' ? Buffer.from(request.data, 'base64') : request.data
      ),
    'export:pdf': async (request) => {
      const pdf = await makePdf({
        svg: request.svg,
        width: request.width,
        height: request.height,
        title: request.title,
        pageSize: request.pageSize,
        orientation: request.orientation,
        sources: request.sources
      })
      return save('pdf', request.name, pdf)
    },
    'export:data': (request) => {
      const { project } = request
      const text =
        request.format === 'json'
          ? exportJson(project)
          : request.format === 'csv'
            ? exportCsv(project)
            : request.format === 'timelinejs'
              ? exportTimelineJs(project)
              : exportIcal(project)
      return save(request.format, request.name, text)
    },
    'import:open': async () => {
      const file = await host.chooseImportFile()
      if (file === null) return null
      const name = path.basename(file)
      let text: string
      try {
        const info = await stat(file)
        if (info.size > MAX_IMPORT_BYTES) {
          throw new Error(
            `“${name}” is ${Math.round(info.size / 1048576)} MB: too large to import.`
          )
        }
        text = await readFile(file, 'utf8')
      } catch (error) {
        throw new UserError('BAD_INPUT', messageOf(error))
      }
      try {
        const result = importTimeline(text, name)
        return { file, title: result.title ?? null, events: result.events, skipped: result.skipped }
      } catch (error) {
        throw new UserError('BAD_INPUT', messageOf(error))
      }
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
