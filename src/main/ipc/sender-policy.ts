/**
 * Decides whether an IPC message comes from the app's own page: the top frame, loaded from the
 * app's renderer folder (file://) or, in development, from the dev server's origin.
 */
import { fileURLToPath } from 'node:url'
import path from 'node:path'

export interface SenderInfo {
  /** URL of the frame that sent the message. */
  url: string
  /** True when the sender is the top-level frame, not an iframe. */
  isMainFrame: boolean
}

export interface TrustedOrigins {
  /** Folder holding the built renderer; file:// pages inside it are trusted. */
  rendererDir?: string
  /** An http(s) origin such as the dev server's, e.g. `http://localhost:5173`. */
  origin?: string
}

export type SenderPolicy = (sender: SenderInfo) => boolean

export function createSenderPolicy(trusted: TrustedOrigins): SenderPolicy {
  const root = trusted.rendererDir ? path.resolve(trusted.rendererDir) + path.sep : null
  return (sender) => {
    if (!sender.isMainFrame) return false
    let url: URL
    try {
      url = new URL(sender.url)
    } catch {
      return false
    }
    if (url.protocol === 'file:') {
      if (!root) return false
      const file = path.resolve(fileURLToPath(url))
      return file.startsWith(root)
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return trusted.origin !== undefined && url.origin === trusted.origin
    }
    return false
  }
}
