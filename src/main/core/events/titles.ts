/**
 * A short headline for the clause that tells an event: the date phrase and leading connectives
 * removed, "he" replaced by the person the text was speaking of, people named by surname
 * ("Russian Foreign Minister Sergei Lavrov" → "Lavrov"), cut at a clause boundary, never mid-word.
 */
import { DEMONYM, TITLE_WORDS, type Entity } from './entities'

const MAX_TITLE = 80
const LEADING =
  /^(?:[–—-]\s*)*(?:(?:but|and|so|thus|meanwhile|however|then|here|there|also|still|now)\b[,\s]*)*/i

export interface HeadlineContext {
  /** People named in the clause (offsets in the clause text). */
  people?: Entity[]
  /** The person the text spoke of last, for a leading "he" or "she". */
  lastPerson?: string | null
}

export function headline(clause: string, dateText: string, context: HeadlineContext = {}): string {
  let s = shortenPeople(clause, context.people ?? [])
  const at = dateText ? s.indexOf(dateText) : -1
  if (at >= 0) {
    const before = s.slice(0, at).replace(/\b(?:in|on|at|during|since|by|of)\s*$/i, '')
    let after = s.slice(at + dateText.length)
    // "the day after the decision": the anchor goes with the date phrase.
    if (/\b(?:after|before)$/i.test(dateText))
      after = after.replace(/^\s+(?:the|a|an|this|that|his|her|its|their)\s+\w+/i, '')
    s = `${before}${after}`
  }
  s = tidy(s).replace(LEADING, '')
  if (context.lastPerson) s = s.replace(/^(?:he|she)\b/i, surname(context.lastPerson))
  s = tidy(s)
  if (s.length > 60) {
    // "… announced his arrival in Tromso and held a meeting of …": the first action is the headline.
    const and = s.search(/\s+and\s+(?=[a-z]+(?:ed|ew|eld|et|ent|ook|ave|ade|ought)\b)/)
    if (and >= 25) s = s.slice(0, and)
  }
  if (s.length > MAX_TITLE) {
    const cut = s.lastIndexOf(' ', MAX_TITLE - 1)
    s = `${s.slice(0, cut > 30 ? cut : MAX_TITLE - 1).replace(/[\s,;:]+$/, '')}…`
  }
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function tidy(s: string): string {
  return s
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/[\s.,;:–—-]+$/, '')
}

function surname(name: string): string {
  const parts = name.split(' ')
  return parts[parts.length - 1]!
}

/** "NATO Secretary General Jens Stoltenberg" → "Stoltenberg": offices and first names go. */
function shortenPeople(clause: string, people: Entity[]): string {
  let s = clause
  for (const p of [...people].sort((a, b) => b.start - a.start)) {
    if (p.name.split(' ').length < 2) continue
    let start = p.start
    for (;;) {
      const m = /([A-Za-zÀ-ÖØ-öø-ÿ]+)\s+$/.exec(s.slice(0, start))
      if (!m) break
      const word = m[1]!
      const office = TITLE_WORDS.has(word.toLowerCase()) && /^[A-Z]/.test(word)
      if (!office && !DEMONYM.test(word) && !/^[A-Z]{2,6}$/.test(word)) break
      start = m.index
    }
    s = `${s.slice(0, start)}${surname(p.name)}${s.slice(p.end)}`
  }
  return s
}
