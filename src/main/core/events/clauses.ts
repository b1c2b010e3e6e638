/**
 * Sentences into clause-sized pieces: commas, semicolons, colons, dashes and brackets part them.
 * The clause that holds the date names the event; a fronted adverbial ("But two weeks ago,") joins
 * the clause after it; "after Russia annexed Crimea" is an event of its own.
 */

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
  const push = (to: number) => {
    const raw = sentence.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text) out.push({ text, start: from + lead, end: from + lead + text.length })
  }
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
    push(at)
    from = end
    SEPARATOR_CHAR.lastIndex = end
  }
  push(sentence.length)
  return out
}

const WORDS = /[A-Za-zÀ-ÖØ-öø-ÿ0-9]+/g

/** The clause around [start, end) of the sentence: its piece, joined to the next when it is only an adverbial. */
export function clauseAround(sentence: string, start: number, end: number): Piece {
  const all = pieces(sentence)
  const i = all.findIndex((p) => p.start <= start && end <= p.end + 1)
  if (i < 0) return { text: sentence, start: 0, end: sentence.length }
  const piece = all[i]!
  const dateWords = (sentence.slice(start, end).match(WORDS) ?? []).length
  const ownWords = (piece.text.match(WORDS) ?? []).length - dateWords
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
