/** Small calendar helpers over UTC days, so results never depend on the machine's time zone. */
import type { IsoDay } from '../../../shared/model'

export function isoDay(year: number, month: number, day: number): IsoDay {
  const d = new Date(Date.UTC(year, month - 1, day))
  d.setUTCFullYear(year) // Date.UTC maps years 0–99 to 1900–1999
  return formatDay(d)
}

export function formatDay(d: Date): IsoDay {
  const y = d.getUTCFullYear()
  const year =
    y >= 0 && y <= 9999
      ? String(y).padStart(4, '0')
      : (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0')
  return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** Noon UTC on an ISO day: a reference instant that no time zone shifts to another day. */
export function noonUtc(day: IsoDay): Date {
  return new Date(`${day}T12:00:00Z`)
}
