/** The banner that tells the user what went wrong. Text only, never HTML. */
import { AppError } from '../api'

export function showError(el: HTMLElement, error: unknown): void {
  const message =
    error instanceof AppError
      ? `${error.message} (${error.detail.code})`
      : error instanceof Error
        ? error.message
        : String(error)
  el.textContent = message
  el.hidden = false
}

export function clearNotice(el: HTMLElement): void {
  el.textContent = ''
  el.hidden = true
}
