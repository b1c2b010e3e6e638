/**
 * Locks down every web contents: no navigation away from the app, no new windows, no webviews,
 * and every permission request (camera, notifications, …) denied.
 */
import { app, shell, type Session, type WebContents } from 'electron'
import { decideWindowOpen } from './window-policy'

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export function hardenContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url)
    if (decision.openExternally) void shell.openExternal(url)
    return { action: decision.action }
  })
}

/** Applies the hardening to every web contents the app ever creates. */
export function setupSecurity(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl))
}
