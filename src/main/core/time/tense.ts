/**
 * The tense a clause points to, enough to decide which Friday or which September it means. The
 * verb nearest the expression decides: "Cuba predicted Wednesday" is past even if the sentence
 * also says someone "will" act; "will meet Tuesday" is future.
 */
export type Tense = 'past' | 'present' | 'future'

const FUTURE_CUE =
  /^(?:will|won't|wont|shall|'ll|gonna|scheduled|planned|plans|plan|expected|expects|due|until|till|upcoming|tomorrow|next|soon)$/
const PAST_CUE =
  /^(?:said|was|were|had|did|ago|last|yesterday|told|met|made|went|came|took|gave|began|won|lost|left|held|sent|got|saw|found|fell|rose|paid|sold|bought|led|kept|brought|thought|became|ran|spoke|wrote|hit|put|set|let|cut|shot|struck|fled|flew|threw|wore|broke|chose|drove|ate|fought|caught|taught|sought|heard|meant|built|spent|felt|stood|understood|won|withdrew|quit|\w{2,}ed)$/
const STOP = /^(?:need|needed|speed|feed|seed|bed|red|shed|hundred|indeed|steed|breed|creed|greed|united|limited|based|related|proposed|expected|scheduled|planned)$/

function cue(word: string): Tense | null {
  const w = word.toLowerCase()
  if (FUTURE_CUE.test(w)) return 'future'
  if (PAST_CUE.test(w) && !STOP.test(w)) return 'past'
  return null
}

/** `before` is the clause up to the expression, `after` the rest of it. */
export function tenseOf(before: string, after: string): Tense {
  const left = before.match(/[\w']+/g) ?? []
  const right = after.match(/[\w']+/g) ?? []
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[left.length - 1 - i]
    const fromLeft = l ? cue(l) : null
    if (fromLeft) return fromLeft
    const r = right[i]
    const fromRight = r ? cue(r) : null
    if (fromRight) return fromRight
  }
  return 'present'
}
