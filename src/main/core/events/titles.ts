/**
 * A short headline for a sentence: the date phrase and leading connectives removed, cut at the
 * first clause boundary past a readable length, never mid-word.
 */
const MAX_TITLE = 80
const LEADING = /^(?:[–—-]\s*)*(?:(?:but|and|so|thus|meanwhile|however|then)\b[,\s]*)*/i

export function headline(sentence: string, dateText: string): string {
  let s = sentence
  const at = s.indexOf(dateText)
  if (at >= 0) {
    const before = s.slice(0, at).replace(/\b(?:in|on|at|during|since|by)\s*$/i, '')
    s = `${before}${s.slice(at + dateText.length)}`
  }
  s = s
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:]+/, '')
    .replace(LEADING, '')
    .replace(/^[\s,;:]+/, '')
    .replace(/[\s.,;:]+$/, '')
  const clause = s.search(/[,;:–—](?:\s|$)/)
  if (clause >= 25) s = s.slice(0, clause)
  if (s.length > MAX_TITLE) {
    const cut = s.lastIndexOf(' ', MAX_TITLE - 1)
    s = `${s.slice(0, cut > 30 ? cut : MAX_TITLE - 1).replace(/[\s,;:]+$/, '')}…`
  }
  return s.charAt(0).toUpperCase() + s.slice(1)
}
