/**
 * Property tests for the event builder (makeArticle + extractEvents, and the pipeline that feeds
 * them) and for the merge step: for any text and any publication date (or none) they never throw,
 * and every event they make is sound — its source points at the article text, its date is a real,
 * ordered interval with a well-formed TIMEX3 value, its title is a short tidy headline — and the
 * result can be saved as a project and opened again.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractEvents, makeArticle } from '../../src/main/core/events/extract'
import { IngestError } from '../../src/main/core/ingest'
import { headline } from '../../src/main/core/events/titles'
import { mergeEvents } from '../../src/main/core/merge/merge'
import { processBytes, processText, type PipelineResult } from '../../src/main/core/pipeline'
import { parseProject, serializeProject } from '../../src/main/core/project'
import {
  GRANULARITIES,
  PROJECT_FORMAT,
  PROJECT_SCHEMA_VERSION,
  type Article,
  type Project,
  type TimelineEvent
} from '../../src/shared/model'
import {
  anyTextArb,
  daysInMonth,
  ingestPublishedArb,
  isIsoCalendarDay,
  JUNK_LINES,
  newsTextArb,
  noisyNewsArb,
  publishedArb,
  relativeOnlyTextArb,
  sentenceArb
} from './fixtures/arbitraries'

/**
 * Runs of the main properties; the slower ones take a fraction of it, rounded: fast-check never
 * stops on a run count such as 133.3.
 */
const RUNS = 400

/** What src/main/core/events/titles.ts cuts headlines to. */
const MAX_TITLE = 80
/** src/main/core/events/category.ts's categories, and its fallback. */
const CATEGORIES = new Set([
  'sanction',
  'military',
  'meeting',
  'diplomacy',
  'election',
  'legal',
  'economy',
  'statement',
  'other'
])
const GRANULARITY_SET = new Set<string>(GRANULARITIES)

// ---------------------------------------------------------------------------------------------
// TIMEX3 values of dated events: DATE and TIME values that name a calendar stretch (date-mentions
// keeps no durations, sets or vague references, and turns PRESENT_REF into the day). X stands
// for an unknown digit; the interval must still be known, so only a few forms may carry one.

const YEAR = '[0-9X]{4}'
const MONTH = '(?:0[1-9]|1[0-2])'
const DAY = '(?:0[1-9]|[12][0-9]|3[01])'
const WEEK = 'W(?:0[1-9]|[1-4][0-9]|5[0-3])'
const DATE_VALUE = new RegExp(
  '^(?:' +
    [
      '[0-9]{2}', // century
      '[0-9]{3}', // decade
      YEAR,
      `${YEAR}-${MONTH}`,
      `${YEAR}-${MONTH}-${DAY}`,
      `${YEAR}-${WEEK}(?:-[1-7]|-WE)?`,
      `${YEAR}-Q[1-4]`,
      `${YEAR}-H[12]`,
      `${YEAR}-(?:SP|SU|FA|WI)`,
      `${YEAR}-${MONTH}-${DAY}T(?:(?:[01][0-9]|2[0-4]):[0-5][0-9](?::[0-5][0-9])?|MO|MI|AF|EV|NI)`
    ].join('|') +
    ')$'
)

/** The first broken promise about a `when`, or null. */
function whenProblem(when: TimelineEvent['when']): string | null {
  if (!isIsoCalendarDay(when.start) || !isIsoCalendarDay(when.end)) return 'days are not ISO days'
  if (when.start > when.end) return 'starts after it ends'
  if (!GRANULARITY_SET.has(when.granularity)) return 'unknown granularity'
  if (typeof when.approximate !== 'boolean') return 'approximate is not a boolean'
  if (!DATE_VALUE.test(when.value)) return 'malformed TIMEX3 value'
  // A value that spells out its day, month or year must be the interval it names.
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(when.value)
  if (m) {
    const [year, month, day] = [m[1]!, m[2], m[3]]
    const last = month ? daysInMonth(Number(year), Number(month)) : 31
    const expected = day
      ? { start: `${year}-${month}-${day}`, end: `${year}-${month}-${day}`, g: 'day' }
      : month
        ? { start: `${year}-${month}-01`, end: `${year}-${month}-${last}`, g: 'month' }
        : { start: `${year}-01-01`, end: `${year}-12-31`, g: 'year' }
    if (when.start !== expected.start || when.end !== expected.end) {
      return `interval does not match the value (expected ${expected.start}..${expected.end})`
    }
    if (when.granularity !== expected.g) return `granularity is not ${expected.g}`
  }
  return null
}

/** The first broken promise about the events of `article`, or null. */
function eventProblem(article: Article, events: TimelineEvent[]): string | null {
  const ids = new Set<string>()
  for (const e of events) {
    const where = JSON.stringify(e)
    if (typeof e.id !== 'string' || !e.id) return `no id ${where}`
    if (ids.has(e.id)) return `repeated id ${where}`
    ids.add(e.id)
    const when = whenProblem(e.when)
    if (when) return `${when} ${where}`
    // Titles: a headline of at least three words, tidied, cut to the limit, on one line.
    if (e.title.length === 0 || e.title.length > MAX_TITLE) return `title length ${where}`
    if (e.title !== e.title.trim()) return `title not trimmed ${where}`
    if (/[\r\n]/.test(e.title)) return `title has a line break ${where}`
    if (!/\s\S+\s/.test(e.title)) return `title has fewer than three words ${where}`
    for (const list of [e.actors, e.places]) {
      if (!list.every((name) => typeof name === 'string' && name.trim().length > 0))
        return `empty name ${where}`
      if (new Set(list).size !== list.length) return `repeated name ${where}`
    }
    if (!CATEGORIES.has(e.category)) return `unknown category ${where}`
    if (e.importance !== 1) return `importance before merging is not 1 ${where}`
    if (e.origin !== undefined) return `extracted event has an origin ${where}`
    // One source: the sentence, quoted exactly, holding the date phrase as written.
    if (e.sources.length !== 1) return `not exactly one source ${where}`
    const s = e.sources[0]!
    if (s.articleId !== article.id) return `source names another article ${where}`
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `offsets ${where}`
    if (!(0 <= s.start && s.start < s.end && s.end <= article.text.length))
      return `offsets out of range ${where}`
    if (article.text.slice(s.start, s.end) !== s.quote) return `quote is not the text ${where}`
    if (s.quote !== s.quote.trim() || /[\r\n]/.test(s.quote)) return `quote not a sentence ${where}`
    if (!s.quote.includes(s.dateText)) return `date text not in the quote ${where}`
    // Without a date phrase the event is a report of the present, dated to publication.
    if (s.dateText === '') {
      if (article.published === null) return `undated article, event without a date ${where}`
      if (e.when.start !== article.published || e.when.end !== article.published)
        return `present-tense event not on the publication day ${where}`
    }
  }
  // Sorted by date, then by where the sentence is.
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1]!, events[i]!]
    if (a.when.start > b.when.start) return 'not sorted by date'
    if (a.when.start === b.when.start && a.sources[0]!.start > b.sources[0]!.start)
      return 'not sorted by position'
  }
  return null
}

/** Property body: build the article's events; they must be sound and must reopen as a project. */
function checkArticle(text: string, published: string | null): void {
  const article = makeArticle({ text, published })
  const events = extractEvents(article)
  const problem = eventProblem(article, events)
  if (problem) throw new Error(problem)
  reopened({ articles: [article], events })
}

/**
 * What the app does with a result: merges its events into a project, saves it and opens it
 * again; the project must pass the schema and come back equal.
 */
function reopened(result: PipelineResult): Project {
  const project: Project = {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    title: 'Properties',
    articles: result.articles,
    events: mergeEvents(result.events)
  }
  const again = parseProject(serializeProject(project), 'properties.dateline')
  expect(again).toEqual(project)
  return again
}

// ---------------------------------------------------------------------------------------------

describe('extractEvents properties', () => {
  it('never throws and is sound on arbitrary text (ASCII, graphemes, lone surrogates)', () => {
    fc.assert(fc.property(anyTextArb, publishedArb, checkArticle), { numRuns: RUNS })
  })

  it('never throws and is sound on news-like text with page junk', () => {
    fc.assert(fc.property(newsTextArb, publishedArb, checkArticle), {
      numRuns: RUNS * 2,
      examples: [
        ['Two weeks ago, NATO chose to expel eight Russian diplomats.', '2021-10-18'],
        ['Russia is withdrawing troops from the border.', '9999-12-31'],
        ['Tomorrow NATO will hold a summit in Madrid.', '9999-12-31'],
        ['Two thousand years ago NATO annexed Crimea.', '0001-01-01']
      ]
    })
  })

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(newsTextArb, publishedArb, (text, published) => {
        const article = makeArticle({ text, published })
        expect(extractEvents(article)).toEqual(extractEvents(makeArticle({ text, published })))
      }),
      { numRuns: Math.ceil(RUNS / 2) }
    )
  })

  it('makes no event of page junk, nor of anything after a comment form', () => {
    const FORM = /^(?:Leave a Reply|Your email address|Comments \(\d+\))/
    const HEADLINE_FOLLOWS = /^Read (?:also|more)/
    const LINK_OR_SHARE = /^(?:See also|Related|Share|Subscribe)/
    const line = fc.oneof(
      { weight: 3, arbitrary: fc.array(sentenceArb, { minLength: 1, maxLength: 2 }) },
      { weight: 2, arbitrary: fc.constantFrom(...JUNK_LINES).map((j) => [j]) }
    )
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 10 }),
        fc.constantFrom('\n', '\n\n'),
        publishedArb,
        (lines, breakBetween, published) => {
          // Every line must be a paragraph of its own for the rule to be checked line by line.
          const texts = lines.map((l) => l.join(' '))
          const text = texts.join(breakBetween)
          const article = makeArticle({ text, published })
          const events = extractEvents(article)
          let at = 0
          let afterForm = false
          let afterReadAlso = false
          for (const lineText of texts) {
            const from = at
            const to = at + lineText.length
            at = to + breakBetween.length
            let junk: boolean
            if (afterReadAlso) {
              // The headline a "Read also:" links to: skipped unread, whatever it says.
              junk = true
              afterReadAlso = false
            } else {
              afterForm ||= FORM.test(lineText)
              afterReadAlso = !afterForm && HEADLINE_FOLLOWS.test(lineText)
              junk = afterForm || afterReadAlso || LINK_OR_SHARE.test(lineText)
            }
            if (!junk) continue
            const told = events.filter((e) => e.sources[0]!.start < to && e.sources[0]!.end > from)
            expect(told, `events from junk line ${JSON.stringify(lineText)}`).toEqual([])
          }
        }
      ),
      { numRuns: RUNS }
    )
  })
})

describe('headline length', () => {
  // Found by the property below: the first letter was capitalised after the cut to 80, and
  // "ß" capitalises to "SS", so the title came out 81 characters long.
  it('stays within the limit when capitalising lengthens the first letter', () => {
    const text =
      'ßome officials of the alliance expelled eight Russian diplomats from the office in ' +
      'Brussels and closed the mission in 2014.'
    const [event] = extractEvents(makeArticle({ text, published: null }))
    expect(event?.title).toBe(
      'SSome officials of the alliance expelled eight Russian diplomats from the…'
    )
  })

  it('is never longer than the limit, whatever the clause begins with', () => {
    const lead = fc.constantFrom('', 'ß', 'ŉ', 'ﬁ', 'İ', 'ǆ', '—', ', ')
    fc.assert(
      fc.property(
        lead,
        noisyNewsArb,
        fc.constantFrom('', 'in 2014', 'two weeks ago'),
        (l, t, d) => {
          const title = headline(`${l}${t}`, d)
          expect(title.length, JSON.stringify(title)).toBeLessThanOrEqual(MAX_TITLE)
        }
      ),
      { numRuns: RUNS }
    )
  })
})

describe('an undated article', () => {
  it('gets no event from dates that are relative to the publication date', () => {
    fc.assert(
      fc.property(relativeOnlyTextArb, (text) => {
        // Dated, the same text does make events: the property would notice their leaking through.
        expect(extractEvents(makeArticle({ text, published: null }))).toEqual([])
      }),
      {
        numRuns: RUNS,
        examples: [['NATO expelled eight Russian diplomats two weeks ago.']]
      }
    )
  })

  it('dates events by absolute dates only, never by the day it is read', () => {
    const RELATIVE_WORDS = /\b(?:ago|yesterday|today|tomorrow|tonight|now|last|next|this)\b/i
    fc.assert(
      fc.property(newsTextArb, (text) => {
        const article = makeArticle({ text, published: null })
        for (const e of extractEvents(article)) {
          const s = e.sources[0]!
          expect(s.dateText, JSON.stringify(e)).not.toBe('')
          expect(s.dateText, JSON.stringify(e)).not.toMatch(RELATIVE_WORDS)
        }
      }),
      { numRuns: RUNS }
    )
  })

  it('does get the event of a relative date once it is dated', () => {
    // Keeps the first undated property honest: its texts are not simply eventless.
    const dated = extractEvents(
      makeArticle({
        text: 'NATO expelled eight Russian diplomats two weeks ago.',
        published: '2021-10-18'
      })
    )
    expect(dated.map((e) => e.when.value)).toEqual(['2021-10-04'])
  })
})

describe('the pipeline (ingest, tag, build)', () => {
  /** Runs `run`; only an IngestError (the documented failure of reading) may come out. */
  function readOrRefuse(run: () => PipelineResult): PipelineResult | IngestError {
    try {
      return run()
    } catch (error) {
      if (error instanceof IngestError && error.message.length > 0) return error
      throw error
    }
  }

  function checkResult(result: PipelineResult): void {
    const articleIds = new Set(result.articles.map((a) => a.id))
    expect(articleIds.size).toBe(result.articles.length)
    for (const article of result.articles) {
      const own = result.events.filter((e) => e.sources[0]?.articleId === article.id)
      const problem = eventProblem(article, own)
      if (problem) throw new Error(problem)
    }
    expect(result.events.every((e) => articleIds.has(e.sources[0]!.articleId))).toBe(true)
    reopened(result)
  }

  it('processText never throws but IngestError, and what it builds saves and reopens', () => {
    const kind = fc.constantFrom('auto' as const, 'text' as const, 'markdown' as const)
    fc.assert(
      fc.property(anyTextArb, ingestPublishedArb, kind, (text, published, k) => {
        const result = readOrRefuse(() => processText(text, { published, kind: k }))
        if (!(result instanceof IngestError)) checkResult(result)
        // Plain text is kept as it is: refused only when there is nothing in it (or nothing but
        // front matter). Markdown may be empty once its markup is gone: ">" is.
        else if (k === 'text') expect(result.code).toBe('EMPTY')
      }),
      { numRuns: RUNS }
    )
  })

  it('processBytes never throws but IngestError, whatever the file name says it is', () => {
    const name = fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.xml', 'article', 'a.rss')
    const bytes = fc.oneof(
      anyTextArb.map((t) => new TextEncoder().encode(t)),
      fc.uint8Array({ maxLength: 200 })
    )
    fc.assert(
      fc.property(bytes, name, ingestPublishedArb, (b, n, published) => {
        const result = readOrRefuse(() => processBytes(b, n, { published }))
        if (!(result instanceof IngestError)) checkResult(result)
      }),
      { numRuns: Math.ceil(RUNS / 2) }
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsTextArb, ingestPublishedArb, (text, published) => {
        const once = readOrRefuse(() => processText(text, { published }))
        expect(readOrRefuse(() => processText(text, { published }))).toEqual(once)
      }),
      { numRuns: Math.ceil(RUNS / 3) }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Merging

/** A source's identity for the merge: one sentence of one article (see combine.ts). */
const keyOf = (s: { articleId: string; start: number }): string => `${s.articleId}\u0000${s.start}`

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  return counts
}

/** Each event's distinct source keys, all events together. */
const sourceKeys = (events: TimelineEvent[]): Map<string, number> =>
  tally(events.flatMap((e) => [...new Set(e.sources.map(keyOf))]))

/**
 * Several articles telling overlapping news: a small pool of sentences that the articles pick
 * from, and few publication dates, so the same event is often told by two articles (and merges),
 * and one article often tells two events of one sentence (which share a source, never merge).
 */
const corpusArb = fc
  .tuple(
    fc.array(sentenceArb, { minLength: 1, maxLength: 4 }),
    fc.array(
      fc.tuple(
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('2021-10-18', '2021-10-19', '2021-10-04', null)
      ),
      { minLength: 1, maxLength: 4 }
    )
  )
  .map(([pool, articles]) =>
    articles.flatMap(([picks, published], i) => {
      const text = picks.map((k) => pool[k % pool.length]!).join(' ')
      return extractEvents(makeArticle({ text, published, source: `wire ${i}` }))
    })
  )

/** The merge's promises about its output, given its input. */
function mergeProblem(input: TimelineEvent[], output: TimelineEvent[]): string | null {
  // Every source kept: each distinct source of each input event appears exactly as often in the
  // output (events of one article never merge, so no two members share a source).
  const before = sourceKeys(input)
  const after = tally(output.flatMap((e) => e.sources.map(keyOf)))
  if (before.size !== after.size) return 'sources lost or invented'
  for (const [k, n] of before) if (after.get(k) !== n) return `source ${k} kept ${after.get(k)}×`
  const inputIds = new Set(input.map((e) => e.id))
  const ids = new Set<string>()
  for (const e of output) {
    const where = JSON.stringify(e)
    if (ids.has(e.id)) return `repeated id ${where}`
    ids.add(e.id)
    if (!inputIds.has(e.id)) return `id not of a member ${where}`
    const articles = new Set(e.sources.map((s) => s.articleId))
    if (articles.size !== e.sources.length) return `two sources of one article ${where}`
    if (e.importance !== articles.size) return `importance is not the article count ${where}`
    // The members are the input events all of whose sources went into this one; its date is
    // one of theirs (the most precise), never a date nobody told.
    const keys = new Set(e.sources.map(keyOf))
    const members = input.filter((m) => m.sources.every((s) => keys.has(keyOf(s))))
    if (members.length === 0) return `no member ${where}`
    if (!members.some((m) => JSON.stringify(m.when) === JSON.stringify(e.when)))
      return `a date no member has ${where}`
    for (const list of [e.actors, e.places])
      if (list.some((name) => !members.some((m) => [...m.actors, ...m.places].includes(name))))
        return `a name no member has ${where}`
  }
  for (let i = 1; i < output.length; i++)
    if (output[i - 1]!.when.start > output[i]!.when.start) return 'not sorted by date'
  return null
}

describe('mergeEvents properties', () => {
  it('never throws, keeps every source once, and dates each event by one of its members', () => {
    fc.assert(
      fc.property(corpusArb, (events) => {
        const copy = structuredClone(events)
        const merged = mergeEvents(events)
        expect(events).toEqual(copy) // the input is left alone
        const problem = mergeProblem(events, merged)
        if (problem) throw new Error(problem)
      }),
      { numRuns: Math.ceil(RUNS / 2) }
    )
  })

  it('is a fixed point and does not depend on the input order', () => {
    fc.assert(
      fc.property(
        corpusArb.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))
        ),
        ([events, shuffled]) => {
          const merged = mergeEvents(events)
          expect(mergeEvents(merged)).toEqual(merged)
          expect(mergeEvents(shuffled)).toEqual(merged)
        }
      ),
      { numRuns: Math.ceil(RUNS / 3) }
    )
  })

  it('merging a list with itself keeps each copy apart: every source exactly twice', () => {
    fc.assert(
      fc.property(corpusArb, (events) => {
        const merged = mergeEvents([...events, ...structuredClone(events)])
        const once = sourceKeys(events)
        const twice = tally(merged.flatMap((e) => e.sources.map(keyOf)))
        for (const [k, n] of once) expect(twice.get(k)).toBe(2 * n)
        // A copy is told by the same article, so it never joins its original.
        for (const e of merged)
          expect(new Set(e.sources.map(keyOf)).size, JSON.stringify(e)).toBe(e.sources.length)
      }),
      { numRuns: Math.ceil(RUNS / 3) }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Merging hand-made reports: near-identical wordings on nearby dates, each its own sentence, so
// the members of every merged event can be told exactly.

const WORDINGS = [
  'NATO expelled eight Russian diplomats',
  'The alliance expelled eight Russian diplomats',
  'NATO expels eight diplomats of Russia',
  'Russia suspended its mission to NATO',
  'Russia suspends its NATO mission'
]
const WHENS: TimelineEvent['when'][] = [
  ...[1, 2, 3, 4, 5, 6].map((d) => {
    const day = `2021-10-0${d}`
    return { value: day, start: day, end: day, granularity: 'day' as const, approximate: false }
  }),
  {
    value: '2021-W40',
    start: '2021-10-04',
    end: '2021-10-10',
    granularity: 'week',
    approximate: false
  },
  {
    value: '2021-10',
    start: '2021-10-01',
    end: '2021-10-31',
    granularity: 'month',
    approximate: true
  },
  { value: '2021', start: '2021-01-01', end: '2021-12-31', granularity: 'year', approximate: false }
]

const reportsArb = fc
  .array(
    fc.record({
      wording: fc.constantFrom(...WORDINGS),
      when: fc.constantFrom(...WHENS),
      article: fc.nat({ max: 5 }),
      actors: fc.subarray(['NATO', 'Russia'])
    }),
    { maxLength: 12 }
  )
  .map((reports) =>
    reports.map(({ wording, when, article, actors }, i): TimelineEvent => {
      const quote = `${wording} on ${when.value}.`
      return {
        id: `e-${i}`,
        title: wording,
        when,
        actors,
        places: [],
        category: 'diplomacy',
        importance: 1,
        // One sentence each: article and offset never repeat.
        sources: [
          {
            articleId: `a-${article}`,
            quote,
            start: i * 1000,
            end: i * 1000 + quote.length,
            dateText: when.value
          }
        ]
      }
    })
  )

/** The merge's hard time constraint (similarity.ts): overlapping, or day-precise a day apart. */
function timeCompatible(a: TimelineEvent['when'], b: TimelineEvent['when']): boolean {
  const dayPrecise = (w: TimelineEvent['when']) => w.granularity === 'day' && w.start === w.end
  if (dayPrecise(a) && dayPrecise(b)) {
    const days = (Date.parse(a.start) - Date.parse(b.start)) / 86_400_000
    return Math.abs(days) <= 1
  }
  return a.start <= b.end && b.start <= a.end
}

/**
 * The minimal case fast-check found of a merged event whose members are not all within reach of
 * each other: the first pass groups Oct 1, 2, 2 (Oct 3 is two days from Oct 1, so complete link
 * keeps it out); the second pass compares that group, now dated Oct 2, with Oct 3, and merges.
 * That is the design (passes merge whole events until a fixed point; an event does not remember
 * its members' dates, so a later call would merge the two anyway), hence the weaker invariant.
 */
const CHAIN = [3, 2, 1, 2].map((day, i): TimelineEvent => {
  const when = WHENS[day - 1]!
  const quote = `NATO expelled eight Russian diplomats on ${when.value}.`
  return {
    id: `e-${i}`,
    title: 'NATO expelled eight Russian diplomats',
    when,
    actors: [],
    places: [],
    category: 'diplomacy',
    importance: 1,
    sources: [
      {
        articleId: `a-${i}`,
        quote,
        start: i * 1000,
        end: i * 1000 + quote.length,
        dateText: when.value
      }
    ]
  }
})

/** True when every member is linked to every other by a chain of dates within reach. */
function connectedInTime(members: TimelineEvent[]): boolean {
  const reached = new Set([0])
  for (let grew = true; grew;) {
    grew = false
    members.forEach((m, i) => {
      if (reached.has(i)) return
      if ([...reached].some((j) => timeCompatible(members[j]!.when, m.when))) {
        reached.add(i)
        grew = true
      }
    })
  }
  return reached.size === members.length
}

describe('mergeEvents on hand-made reports', () => {
  it('merges only through dates within reach, keeping every source once', () => {
    fc.assert(
      fc.property(reportsArb, (events) => {
        const merged = mergeEvents(events)
        const problem = mergeProblem(events, merged)
        if (problem) throw new Error(problem)
        const byKey = new Map(events.map((e) => [keyOf(e.sources[0]!), e]))
        for (const e of merged) {
          const members = e.sources.map((s) => byKey.get(keyOf(s))!)
          const dates = members.map((m) => m.when.value).join(', ')
          expect(connectedInTime(members), `one event of ${dates}`).toBe(true)
        }
      }),
      { numRuns: RUNS * 2, examples: [[CHAIN]] }
    )
  })

  it('chains across passes: Oct 1 and Oct 3 end in one event through Oct 2 (a known limit)', () => {
    const [only, ...rest] = mergeEvents(CHAIN)
    expect(rest).toEqual([])
    expect(only!.sources.map((s) => s.dateText).sort()).toEqual([
      '2021-10-01',
      '2021-10-02',
      '2021-10-02',
      '2021-10-03'
    ])
    // Told alone, Oct 1 and Oct 3 stay apart: it is the reports of Oct 2 that join them.
    expect(mergeEvents([CHAIN[2]!, CHAIN[0]!])).toHaveLength(2)
  })

  it('is a fixed point and does not depend on the input order', () => {
    fc.assert(
      fc.property(
        reportsArb.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))
        ),
        ([events, shuffled]) => {
          const merged = mergeEvents(events)
          expect(mergeEvents(merged)).toEqual(merged)
          expect(mergeEvents(shuffled)).toEqual(merged)
        }
      ),
      { numRuns: RUNS * 2, examples: [[[CHAIN, [...CHAIN].reverse()]]] }
    )
  })
})
