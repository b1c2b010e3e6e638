/**
 * The tense a clause points to, enough to decide which Friday or which September it means. The
 * verb nearest the expression decides: "Cuba predicted Wednesday" is past even if the sentence
 * also says someone "will" act; "will meet Tuesday" is future.
 */
import { endsSentenceAt } from '../text/segments'

export type Tense = 'past' | 'present' | 'future'

const FUTURE_CUE =
  /^(?:will|won't|wont|shall|'ll|gonna|would|could|might|scheduled|slated|planned|planning|plans|plan|expected|expects|due|upcoming|tomorrow|next|soon)$/
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
/** Verbs that set a deadline: what they put off "until" a day lies ahead of the report. */
const DEADLINE_VERB =
  /^(?:postpone[ds]?|delay(?:s|ed)?|extend(?:s|ed)?|give[ns]?|gave|adjourn(?:s|ed)?|defer(?:s|red)?|suspend(?:s|ed)?|ha[sd]|have|wait(?:s|ing)?|put|set)$/
/** How far around an expression to look for the clause that gives its tense. */
const WINDOW = 240

const isStop = (c: number): boolean => c === 46 || c === 63 || c === 33
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39

/**
 * The words of the clause before text[start], nearest first, read lazily: most expressions find
 * their verb within a few words, so the rest of the clause is never cut into strings. The clause
 * starts after the last sentence end (". ", "? ", "! ") or line break, at most WINDOW back.
 */
function wordsBefore(text: string, start: number): (k: number) => string {
  const from = Math.max(0, start - WINDOW)
  const words: string[] = []
  let i = start
  let done = false
  return (k: number): string => {
    while (!done && words.length <= k) {
      while (i > from && !isWordChar(text.charCodeAt(i - 1))) {
        const c = text.charCodeAt(i - 1)
        if (c === 10) {
          done = true
          break
        }
        if (isStop(c)) {
          // The run of . ! ? that ends here, decided once from its start, as sentences() does.
          let run = i - 1
          while (run > from && isStop(text.charCodeAt(run - 1))) run--
          if (i < start && endsSentenceAt(text, run)) {
            done = true
            break
          }
          i = run
          continue
        }
        i--
      }
      if (done || i <= from) {
        done = true
        break
      }
      const end = i
      while (i > from && isWordChar(text.charCodeAt(i - 1))) i--
      words.push(text.slice(i, end).toLowerCase())
    }
    return words[k] ?? ''
  }
}

/**
 * The tense of the clause around text[start, end). English puts the governing verb before the
 * adverbial ("said Friday", "will meet Thursday"): the nearest cue to the left decides, else the
 * nearest to the right, up to the end of the sentence.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const left = wordsBefore(text, start)
  // "as early as Tuesday", "as soon as Tuesday" look ahead; "Wednesday's ruling" looks back.
  if (left(0) === 'as' && (left(1) === 'early' || left(1) === 'soon') && left(2) === 'as')
    return 'future'
  // "given them until 9 a.m. Tuesday", "postponed until Tuesday", "extended loans through
  // January": a deadline lies ahead.
  if (left(0) === 'until' || left(0) === 'till' || left(0) === 'through') {
    for (let k = 1; k <= 5; k++) if (DEADLINE_VERB.test(left(k))) return 'future'
  }
  // "on patrol since March", "since Monday": what has gone on since a time began before now.
  if (left(0) === 'since') return 'past'
  const quote = text.charCodeAt(end)
  if ((quote === 39 || quote === 0x2019) && text.charCodeAt(end + 1) === 115) {
    if (!isWordChar(text.charCodeAt(end + 2)) || end + 2 >= text.length) return 'past'
  }
  for (let k = 0; left(k) !== ''; k++) {
    const word = left(k)
    const previous = left(k + 1)
    // "a summit set for April", "talks set to resume".
    if (word === 'set' && k > 0 && (left(k - 1) === 'for' || left(k - 1) === 'to')) return 'future'
    // "next to the embassy" is a place, not a time to come.
    if (word === 'next' && k > 0 && left(k - 1) === 'to') continue
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
        if (/^(?:could|couldn't|not)$/.test(left(k + 2))) return 'past'
        // "guidelines to be published in November" are still to come.
        if (previous === 'be' && left(k + 2) === 'to') return 'future'
        k++
        continue
      }
    }
    return t
  }
  return tenseAfter(text, end)
}

/** The first tense cue after text[end], up to the end of the sentence or WINDOW characters. */
function tenseAfter(text: string, end: number): Tense {
  const limit = Math.min(text.length, end + WINDOW)
  let i = end
  while (i < limit) {
    const c = text.charCodeAt(i)
    if (c === 10) break
    if (isStop(c)) {
      if (endsSentenceAt(text, i)) break
      while (i < limit && isStop(text.charCodeAt(i))) i++
      continue
    }
    if (!isWordChar(c)) {
      i++
      continue
    }
    const from = i
    while (i < limit && isWordChar(text.charCodeAt(i))) i++
    const t = cue(text.slice(from, i))
    if (t) return t
  }
  return 'present'
}
