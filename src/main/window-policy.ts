/** Decisions about leaving the app, kept free of Electron so the e2e harness applies the same ones. */

/** Only plain web links may leave the app, and then only to the user's browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return (
      (u.protocol === 'https:' || u.protocol === 'http:') && u.username === '' && u.password === ''
    )
  } catch {
    return false
  }
}

export interface WindowOpenDecision {
  action: 'deny'
  /** Whether to hand the URL to the system browser instead. */
  openExternally: boolean
}

/** The app never opens windows of its own; safe web links go to the user's browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) }
}
