/** What kind of event a clause tells, from its words: the first category whose cue words it holds. */

const CATEGORIES: [string, RegExp][] = [
  ['sanction', /\b(?:sanction\w*|embargo\w*|tariff\w*|boycott\w*|blacklist\w*|asset freeze)\b/i],
  [
    'military',
    /\b(?:military|troops?|soldiers?|army|armies|attack\w*|invad\w*|invasion|annex\w*|war|wars|missile\w*|bomb\w*|shell\w*|strike[sd]?|airstrikes?|offensive|ceasefire|weapons?|exercises?|deploy\w*|occup\w*|shot|killed|wounded)\b/i
  ],
  [
    'meeting',
    /\b(?:meets?|met|meeting\w*|summit\w*|talks|visit\w*|arriv\w*|hosts?|hosting|hosted|conference|council)\b/i
  ],
  [
    'diplomacy',
    /\b(?:diplomat\w*|embass\w*|ambassador\w*|accreditation|expel\w*|expulsion|mission|delegation|representation|envoy|treaty|relations|recall\w*|consulate|alliance|contacts?)\b/i
  ],
  ['election', /\b(?:elect\w*|vote[sd]?|voting|ballot|referendum|campaign\w*|poll\w*)\b/i],
  [
    'legal',
    /\b(?:court|judge|trial|sentenced|charged|arrest\w*|indict\w*|lawsuit|ruling|ruled|verdict)\b/i
  ],
  [
    'economy',
    /\b(?:econom\w*|market\w*|shares?|stocks?|profits?|revenues?|inflation|gdp|prices?|budget|debt|billion|million)\b/i
  ],
  [
    'statement',
    /\b(?:said|says|told|tells|announc\w*|stated|declar\w*|comment\w*|repeat\w*|warn\w*|claim\w*|denied|denies|reported|added|informed|statement)\b/i
  ]
]

/** A clause whose subject reports ("Stoltenberg told VG …") is a statement, whatever it is about. */
const REPORTING =
  /^(?:\S+\s+){0,3}?(?:said|says|told|tells|stated|repeated|warned|claimed|denied|denies|added|informed|insisted|argued|acknowledged|admitted)\b/i

/**
 * All the cue words in one expression, a group per category in list order: one scan of the clause
 * instead of up to eight. At any position the alternation tries the categories in order, so a
 * match's group is the first category with a cue word there; the cues are whole words, so a match
 * hides no other (but "asset freeze", which is the first category's anyway).
 */
const ANY_CUE = new RegExp(
  `\\b(?:${CATEGORIES.map(([, cue]) => `(${innerAlternatives(cue)})`).join('|')})\\b`,
  'gi'
)

/** "sanction\\w*|embargo\\w*|…" of /\\b(?:sanction\\w*|embargo\\w*|…)\\b/i. */
function innerAlternatives(cue: RegExp): string {
  const m = /^\\b\(\?:(.*)\)\\b$/.exec(cue.source)
  if (!m || cue.flags !== 'i') throw new Error(`category cue ${cue.source} is not \\b(?:…)\\b/i`)
  return m[1]!
}

/** `headline` is the clause as titled (people by surname), where the reporting verb comes early. */
export function categoryOf(clause: string, headline = clause): string {
  if (REPORTING.test(headline)) return 'statement'
  let first = CATEGORIES.length
  ANY_CUE.lastIndex = 0
  for (let m = ANY_CUE.exec(clause); m && first > 0; m = ANY_CUE.exec(clause)) {
    first = Math.min(first, m.findIndex((group, i) => i > 0 && group !== undefined) - 1)
  }
  return CATEGORIES[first]?.[0] ?? 'other'
}
