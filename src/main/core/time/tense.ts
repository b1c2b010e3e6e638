/**
 * The tense a sentence points to, enough to decide which Friday or which September it means:
 * future when it speaks of what will happen, past when of what happened, present otherwise.
 */
export type Tense = 'past' | 'present' | 'future'

const FUTURE =
  /\b(?:will|won't|shall|'ll|going to|to be (?:held|released|announced|completed|paid|reported)|scheduled|plans? to|is expected|are expected|is to|are to|upcoming)\b/i
const PAST = /\b(?:said|was|were|had|did|ago|last|earlier|\w{3,}ed)\b/i

/** `before` is the clause up to the expression, `after` the rest of it. */
export function tenseOf(before: string, after: string): Tense {
  const clause = `${before} ${after}`
  if (FUTURE.test(clause)) return 'future'
  if (PAST.test(clause)) return 'past'
  return 'present'
}
