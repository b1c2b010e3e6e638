/**
 * ISO calendar days (`YYYY-MM-DD`, also signed years such as `-0044-03-15`) as integer day
 * numbers, so time windows are plain integer comparisons. Pure integer arithmetic (proleptic
 * Gregorian, days since 1970-01-01), no Date objects, valid for any year.
 */

/** Day number of an ISO day, or NaN when the text is not a valid calendar day. */
export function dayNumber(iso: string): number {
  const m = /^([+-]?\d{1,6})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return Number.NaN
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return Number.NaN
  return daysFromCivil(y, mo, d)
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

/** Howard Hinnant's days_from_civil. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
