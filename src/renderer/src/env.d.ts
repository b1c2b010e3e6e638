import type { DatelineApi } from '../../shared/api'

declare global {
  interface Window {
    /** Supplied by the preload (or, in the e2e bridge, by the same API over Playwright). */
    readonly dateline?: DatelineApi
  }
}
