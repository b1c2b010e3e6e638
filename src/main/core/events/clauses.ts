/**
 * Sentences into clause-sized pieces: commas, semicolons, colons, dashes and brackets part them.
 * The clause that holds the date names the event; a fronted adverbial ("But two weeks ago,") joins
 * the clause after it; "after Russia annexed Crimea" is an event of its own.
 */
import { isLatinLetter, skipSpace, skipSpaceBack } from '../text/chars'

export interface Piece {
  text: string
  /** Offsets in the sentence. */
  start: number
  end: number
}

/** Characters that may part clauses; which of them do is decided by the spaces around them. */
const SEPARATOR_CHAR = /[,;:()–—-]/g

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160
}

export function pieces(sentence: string): Piece[] {
  const out: Piece[] = []
  let from = 0
  SEPARATOR_CHAR.lastIndex = 0
  for (let m = SEPARATOR_CHAR.exec(sentence); m; m = SEPARATOR_CHAR.exec(sentence)) {
    const at = m.index
    const ch = m[0]
    const spaceBefore = at > 0 && isSpace(sentence.charCodeAt(at - 1))
    const spaceAfter = isSpace(sentence.charCodeAt(at + 1))
    // ", " ": " ";" "(" ")" always part; a dash only with spaces on both sides ("Russia – NATO").
    const parts =
      ch === ';' ||
      ch === '(' ||
      ch === ')' ||
      ((ch === ',' || ch === ':') && spaceAfter) ||
      (spaceBefore && spaceAfter)
    if (!parts) continue
    let end = at + 1
    while (end < sentence.length && isSpace(sentence.charCodeAt(end))) end++
    pushPiece(out, sentence, from, at)
    from = end
    SEPARATOR_CHAR.lastIndex = end
  }
  pushPiece(out, sentence, from, sentence.length)
  return out
}

/** sentence[from, to) trimmed (String.prototype.trim's white space), unless nothing is left. */
function pushPiece(out: Piece[], sentence: string, from: number, to: number): void {
  const start = skipSpace(sentence, from, to)
  const end = skipSpaceBack(sentence, start, to)
  if (start < end) out.push({ text: sentence.slice(start, end), start, end })
}

/** How many runs of [A-Za-zÀ-ÖØ-öø-ÿ0-9] s[from, to) holds: its words, as clauseAround counts them. */
function countWords(s: string, from: number, to: number): number {
  let count = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    const letter = isLatinLetter(c) || (c >= 0x30 && c <= 0x39)
    if (letter && !inWord) count++
    inWord = letter
  }
  return count
}

/** The clause around [start, end) of the sentence: its piece, joined to the next when it is only an adverbial. */
export function clauseAround(sentence: string, start: number, end: number): Piece {
  const all = pieces(sentence)
  const i = all.findIndex((p) => p.start <= start && end <= p.end + 1)
  if (i < 0) return { text: sentence, start: 0, end: sentence.length }
  const piece = all[i]!
  // Offsets as String.prototype.slice reads them (a negative one counts from the end).
  const from = start < 0 ? Math.max(0, sentence.length + start) : Math.min(start, sentence.length)
  const to = end < 0 ? Math.max(0, sentence.length + end) : Math.min(end, sentence.length)
  const dateWords = countWords(sentence, from, to)
  const ownWords = countWords(sentence, piece.start, piece.end) - dateWords
  const next = all[i + 1]
  if (ownWords < 3 && next) {
    return { text: sentence.slice(piece.start, next.end), start: piece.start, end: next.end }
  }
  return piece
}

/** "after Russia annexed Crimea": pieces of a sentence that tell an earlier or later event of their own. */
export function sequencedClauses(sentence: string): (Piece & { relation: 'before' | 'after' })[] {
  const out: (Piece & { relation: 'before' | 'after' })[] = []
  for (const p of pieces(sentence)) {
    const m =
      /^(after|before)\s+(?=[A-Z][A-Za-zÀ-ÖØ-öø-ÿ]+\s+[a-zß-öø-ÿ]+(?:ed|ew|ook|ent|ame|ave|ade|ought)\b)/.exec(
        p.text
      )
    if (!m) continue
    const offset = m[0].length
    // The subordinate clause happened before the main one when it follows "after".
    out.push({
      text: p.text.slice(offset),
      start: p.start + offset,
      end: p.end,
      relation: m[1] === 'after' ? 'before' : 'after'
    })
  }
  return out
}
