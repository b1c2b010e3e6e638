/**
 * The tense a clause points to, enough to decide which Friday or which September it means. The
 * verb nearest the expression decides: "Cuba predicted Wednesday" is past even if the sentence
 * also says someone "will" act; "will meet Tuesday" is future.
 */
export type Tense = 'past' | 'present' | 'future'

const FUTURE_CUE =
  /^(?:will|won't|wont|shall|'ll|gonna|would|could|might|scheduled|planned|planning|plans|plan|expected|expects|due|upcoming|tomorrow|next|soon)$/
const PAST_CUE =
  /^(?:said|was|were|had|did|ago|last|yesterday|told|met|made|went|came|took|gave|began|won|lost|left|held|sent|got|saw|found|fell|rose|paid|sold|bought|led|kept|brought|thought|became|ran|spoke|wrote|hit|put|set|let|cut|shot|struck|fled|flew|threw|wore|broke|chose|drove|ate|fought|caught|taught|sought|heard|meant|built|spent|felt|stood|understood|withdrew|quit|tore|bore|swore|stole|froze|woke|rode|rang|sang|sank|swam|drank|began|bit|hid|slid|shook|forgot|forgave|overtook|undertook|mistook|arose|dealt|dug|fed|fit|grew|knew|threw|blew|drew|laid|lay|lit|sat|slept|sped|split|spread|sprang|stuck|stung|swept|swung|wept|wound|told|sold|became|overcame|\w{2,}ed)$/
const STOP =
  /^(?:need|needed|speed|feed|seed|bed|red|shed|hundred|indeed|steed|breed|creed|greed|united|limited|based|related|proposed|expected|scheduled|planned)$/

function cue(word: string): Tense | null {
  const w = word.toLowerCase()
  if (FUTURE_CUE.test(w)) return 'future'
  if (PAST_CUE.test(w) && !STOP.test(w)) return 'past'
  return null
}

/** Auxiliaries before a participle: "is heard", "are expected", "be named", "been set". */
const PRESENT_BE = /^(?:is|are|am)$/
/** Words after which an -ed form is an adjective. */
const ADJECTIVE_BEFORE =
  /^(?:a|an|the|its|their|his|her|our|this|that|these|those|still|already|newly|recently|long|much|well|un)$/
const BARE_BE = /^(?:be|been|being)$/
/** `before` is the clause up to the expression, `after` the rest of it. */
export function tenseOf(before: string, after: string): Tense {
  // "as early as Tuesday", "as soon as Tuesday" look ahead; "Wednesday's ruling" looks back.
  if (/\bas\s+(?:early|soon)\s+as\s*$/i.test(before)) return 'future'
  if (/^['’]s\b/.test(after)) return 'past'
  const left = (before.match(/[\w']+/g) ?? []).map((w) => w.toLowerCase())
  const right = after.match(/[\w']+/g) ?? []
  // English puts the governing verb before the adverbial ("said Friday", "will meet Thursday"):
  // the nearest cue to the left decides, else the nearest to the right.
  for (let i = left.length - 1; i >= 0; i--) {
    const word = left[i]!
    const previous = left[i - 1] ?? ''
    // "a summit set for April", "talks set to resume".
    if (word === 'set' && (left[i + 1] === 'for' || left[i + 1] === 'to')) return 'future'
    const t = cue(word)
    if (!t) continue
    if (t === 'past') {
      // "a still unspecified date", "the proposed merger": an adjective, not a verb.
      if (word.endsWith('ed') && ADJECTIVE_BEFORE.test(previous)) continue
      // A participle after "is"/"are" is a present passive ("the case is heard in May"); after
      // "be"/"been" the auxiliary further left decides ("will be named").
      if (PRESENT_BE.test(previous)) return 'present'
      if (BARE_BE.test(previous)) {
        // "could not be reached Wednesday" is the reporter's past attempt.
        if (/^(?:could|couldn't|not)$/.test(left[i - 2] ?? '')) return 'past'
        i--
        continue
      }
    }
    return t
  }
  for (const word of right) {
    const t = cue(word)
    if (t) return t
  }
  return 'present'
}
