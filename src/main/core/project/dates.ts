/**
 * Calendar-day checks for the project schema. A day must be a real one (no 2021-02-30), and
 * comparing two days must also work for the expanded years (`+012345-01-01`, `-000044-03-15`)
 * that the app's own formatDay can write, where string order is wrong. These run twice per
 * event when a project is opened or saved, so they avoid building Date objects.
 */

const DAY = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})$/

function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** [year, month, day] of a real calendar day written as ISO 8601, or null. */
function partsOf(text: string): [number, number, number] | null {
  const m = DAY.exec(text)
  if (!m || m[1] === '-000000') return null // ISO 8601 writes year zero as 0000
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null
  return [year, month, day]
}

export function isIsoDay(text: string): boolean {
  return partsOf(text) !== null
}

/** True when `a` is the same day as `b` or earlier. Both must be real days (checked first). */
export function dayNotAfter(a: string, b: string): boolean {
  // Plain four-digit years (all the app makes in practice) sort as strings.
  if (a.length === 10 && b.length === 10 && a.charCodeAt(0) !== 45 && b.charCodeAt(0) !== 45) {
    return a <= b
  }
  const x = partsOf(a)
  const y = partsOf(b)
  if (!x || !y) return false
  return x[0] !== y[0] ? x[0] < y[0] : x[1] !== y[1] ? x[1] < y[1] : x[2] <= y[2]
}
