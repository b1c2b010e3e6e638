/**
 * A short headline for the clause that tells an event: the date phrase and leading connectives
 * removed, "he" replaced by the person the text was speaking of, people named by surname
 * ("Russian Foreign Minister Sergei Lavrov" → "Lavrov"), cut at a clause boundary, never mid-word.
 */
import { isLatinLetter, isSpace, skipSpace, skipSpaceBack } from '../text/chars'
import { DEMONYM, TITLE_WORDS, type Entity } from './entities'

const MAX_TITLE = 80
const LEADING =
  /^(?:[–—-]\s*)*(?:(?:but|and|so|thus|meanwhile|however|then|here|there|also|still|now)\b[,\s]*)*/i

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

export interface HeadlineContext {
  /** People named in the clause (offsets in the clause text). */
  people?: Entity[]
  /** The person the text spoke of last, for a leading "he" or "she". */
  lastPerson?: string | null
}

export function headline(clause: string, dateText: string, context: HeadlineContext = {}): string {
  let s = shortenPeople(clause, context.people ?? [])
  // Control characters (a stray tab or NUL in scraped text) become spaces, which tidy() collapses.
  if (CONTROL.test(s)) s = s.replace(CONTROL_ALL, ' ')
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
  // Capitalised before the cut: a capital can be longer than its letter ("ß" → "SS").
  s = s.charAt(0).toUpperCase() + s.slice(1)
  if (s.length > MAX_TITLE) {
    const space = s.lastIndexOf(' ', MAX_TITLE - 1)
    let cut = space > 30 ? space : MAX_TITLE - 1
    // Never between the two halves of a surrogate pair (an emoji, a rare CJK character).
    if (isHighSurrogate(s.charCodeAt(cut - 1))) cut -= 1
    s = `${s.slice(0, cut).replace(/[\s,;:]+$/, '')}…`
  }
  return s
}

/**
 * White space before punctuation dropped, runs of white space made one space, separators cut off
 * both ends: what the four replacements
 *   .replace(/\s+([,.;:!?])/g, '$1').replace(/\s{2,}/g, ' ')
 *   .replace(/^[\s,;:–—-]+/, '').replace(/[\s.,;:–—-]+$/, '')
 * do, in one pass (titles are tidied twice per event). Dropping a run before punctuation never
 * joins two runs, so the first two can be done run by run.
 */
function tidy(s: string): string {
  if (!UNTIDY.test(s)) return s // about half the titles: nothing to do, and this is quicker
  let out = ''
  let copied = 0
  for (let i = 0; i < s.length;) {
    if (!isSpace(s.charCodeAt(i))) {
      i++
      continue
    }
    const runEnd = skipSpace(s, i, s.length)
    if (runEnd < s.length && isClosingPunctuation(s.charCodeAt(runEnd))) {
      out += s.slice(copied, i)
      copied = runEnd
    } else if (runEnd - i >= 2) {
      out += `${s.slice(copied, i)} `
      copied = runEnd
    }
    i = runEnd
  }
  out = copied === 0 ? s : out + s.slice(copied)
  let start = 0
  while (start < out.length && isLeadingSeparator(out.charCodeAt(start))) start++
  let end = out.length
  while (end > start && isTrailingSeparator(out.charCodeAt(end - 1))) end--
  return start === 0 && end === out.length ? out : out.slice(start, end)
}

/** Anything tidy would change: white space before white space or punctuation, or at either end. */
const UNTIDY = /\s[\s,.;:!?]|^[\s,;:–—-]|[\s.,;:–—-]$/

/** [,.;:!?] */
function isClosingPunctuation(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63
}

/** [\s,;:–—-] */
function isLeadingSeparator(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isDash(c) || isSpace(c)
}

/** [\s.,;:–—-] */
function isTrailingSeparator(c: number): boolean {
  return c === 46 || isLeadingSeparator(c)
}

function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014
}

function surname(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1)
}

/**
 * The word before `at` when only white space follows it: what /([A-Za-zÀ-ÖØ-öø-ÿ]+)\s+$/ finds
 * in s.slice(0, at), without the slice.
 */
function wordBefore(s: string, at: number): { word: string; start: number } | null {
  const end = Math.min(at, s.length) // as slice reads it
  const wordEnd = skipSpaceBack(s, 0, end)
  if (wordEnd === end) return null
  let start = wordEnd
  while (start > 0 && isLatinLetter(s.charCodeAt(start - 1))) start--
  return start < wordEnd ? { word: s.slice(start, wordEnd), start } : null
}

/** "NATO Secretary General Jens Stoltenberg" → "Stoltenberg": offices and first names go. */
function shortenPeople(clause: string, people: Entity[]): string {
  let s = clause
  for (const p of [...people].sort((a, b) => b.start - a.start)) {
    if (!p.name.includes(' ')) continue
    let start = p.start
    for (;;) {
      const before = wordBefore(s, start)
      if (!before) break
      const word = before.word
      const office = TITLE_WORDS.has(word.toLowerCase()) && /^[A-Z]/.test(word)
      if (!office && !DEMONYM.test(word) && !/^[A-Z]{2,6}$/.test(word)) break
      start = before.start
    }
    s = `${s.slice(0, start)}${surname(p.name)}${s.slice(p.end)}`
  }
  return s
}
