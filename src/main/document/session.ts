/**
 * The window's document as main knows it: the file it was opened from or last saved to, its
 * title, and whether the renderer reports unsaved changes. Main decides where a save goes (the
 * renderer never names a path), and uses `dirty` to ask before the window closes.
 */
import path from 'node:path'
import type { DocumentInfo } from '../../shared/ipc'

export const PROJECT_EXTENSION = '.dateline'

export class DocumentSession {
  path: string | null = null
  title = 'Untitled timeline'
  dirty = false

  info(): DocumentInfo {
    return { path: this.path, name: this.name() }
  }

  /** The file's name without its folder and extension, else the title. */
  name(): string {
    return this.path ? path.basename(this.path, PROJECT_EXTENSION) : this.title
  }

  /** A file name to suggest in the save dialog: the title, made safe for any file system. */
  suggestedFileName(): string {
    return safeFileName(this.title, 'Untitled timeline') + PROJECT_EXTENSION
  }

  reset(): void {
    this.path = null
    this.title = 'Untitled timeline'
    this.dirty = false
  }
}

/** A title as a file name: no folders, no characters file systems refuse, not too long. */
export function safeFileName(title: string, fallback: string): string {
  const safe = [...title]
    .map((c) => (c.charCodeAt(0) < 0x20 ? ' ' : c))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
  return safe || fallback
}

/** A save path with the project extension, whatever the dialog returned. */
export function withProjectExtension(file: string): string {
  return file.toLowerCase().endsWith(PROJECT_EXTENSION) ? file : file + PROJECT_EXTENSION
}
