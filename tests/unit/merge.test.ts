import { describe, expect, it } from 'vitest'
import type { Granularity, TimelineEvent, TimeValue } from '../../src/shared/model'
import { mergeEvents } from '../../src/main/core/merge/merge'
import { analyse, stem } from '../../src/main/core/merge/tokens'
import { mulberry32 } from '../../scripts/lib/prng'

/** A TIMEX3 value (`2021-10-06`, `2021-09`, `2014`) as the interval it covers. */
function when(value: string, approximate = false): TimeValue {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?]
  const iso = (yy: number, mm: number, dd: number): string =>
    `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`
  const lastDay = (yy: number, mm: number): number => new Date(Date.UTC(yy, mm, 0)).getUTCDate()
  let granularity: Granularity = 'year'
  let start = iso(y, 1, 1)
  let end = iso(y, 12, 31)
  if (m !== undefined && d !== undefined) {
    granularity = 'day'
    start = end = iso(y, m, d)
  } else if (m !== undefined) {
    granularity = 'month'
    start = iso(y, m, 1)
    end = iso(y, m, lastDay(y, m))
  }
  return { value, start, end, granularity, approximate }
}

interface Spec {
  id: string
  article: string
  title: string
  /** The sentence; defaults to the title. */
  quote?: string
  date: string
  dateText?: string
  actors?: string[]
  places?: string[]
  category?: string
  /** Offset of the sentence in its article. */
  at?: number
}

function ev(s: Spec): TimelineEvent {
  const quote = s.quote ?? s.title
  const at = s.at ?? 0
  return {
    id: s.id,
    title: s.title,
    when: when(s.date),
    actors: s.actors ?? [],
    places: s.places ?? [],
    category: s.category ?? 'unclassified',
    importance: 1,
    sources: [
      { articleId: s.article, quote, start: at, end: at + quote.length, dateText: s.dateText ?? '' }
    ]
  }
}

// (1) NATO's expulsion of eight Russian diplomats, told by two articles in different words.
const natoExpelsA = ev({
  id: 'e-expel-a',
  article: 'a-reuters',
  title: 'NATO expelled eight Russian diplomats',
  quote: 'NATO expelled eight Russian diplomats on Oct. 6.',
  dateText: 'Oct. 6',
  date: '2021-10-06',
  actors: ['NATO', 'Russia'],
  category: 'diplomacy',
  at: 120
})
const natoExpelsB = ev({
  id: 'e-expel-b',
  article: 'a-ap',
  title: "The alliance expelled eight members of Russia's mission to NATO",
  quote:
    "The alliance expelled eight members of Russia's mission to NATO on Wednesday, saying they were undeclared intelligence officers.",
  dateText: 'Wednesday',
  date: '2021-10-06',
  actors: ['NATO', 'Russia'],
  places: ['Brussels'],
  at: 40
})

// (2) Russia's answer, filed on either side of midnight.
const missionReuters = ev({
  id: 'e-mission-reuters',
  article: 'a-reuters-2',
  title: 'Russia suspends its mission to NATO',
  quote:
    'Russia suspends its mission to NATO in response to the expulsions, Foreign Minister Sergei Lavrov said on Monday.',
  dateText: 'Monday',
  date: '2021-10-18',
  actors: ['Russia', 'NATO', 'Sergei Lavrov'],
  category: 'diplomacy'
})
const missionAp = ev({
  id: 'e-mission-ap',
  article: 'a-ap-2',
  title: 'Moscow will suspend the operation of its permanent mission to NATO',
  quote:
    'Moscow will suspend the operation of its permanent mission to NATO, Foreign Minister Sergei Lavrov said Tuesday.',
  dateText: 'Tuesday',
  date: '2021-10-19',
  actors: ['Russia', 'NATO', 'Lavrov']
})

// (3) A coarse and a finer date of one annexation.
const crimeaYear = ev({
  id: 'e-crimea-year',
  article: 'a-explainer',
  title: 'Russia annexed Crimea',
  quote: 'Russia annexed Crimea in 2014.',
  dateText: '2014',
  date: '2014',
  actors: ['Russia'],
  places: ['Crimea'],
  category: 'military'
})
const crimeaMonth = ev({
  id: 'e-crimea-month',
  article: 'a-history',
  title: 'Russia annexed the Crimean peninsula',
  quote: 'Russia annexed the Crimean peninsula in March 2014, a move most of the world condemned.',
  dateText: 'March 2014',
  date: '2014-03',
  actors: ['Russia'],
  places: ['Crimea']
})

// (4) One meeting, three wire stories.
const genevaAp = ev({
  id: 'e-geneva-ap',
  article: 'a-ap-3',
  title: 'Blinken and Lavrov met in Geneva for talks on Ukraine',
  quote:
    'Blinken and Lavrov met in Geneva on Friday for talks aimed at defusing the crisis over Ukraine.',
  dateText: 'Friday',
  date: '2022-01-21',
  actors: ['Antony Blinken', 'Sergei Lavrov'],
  places: ['Geneva'],
  category: 'meeting'
})
const genevaReuters = ev({
  id: 'e-geneva-reuters',
  article: 'a-reuters-3',
  title:
    'U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva',
  quote:
    'U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Jan. 21, seeking to ease tensions over Ukraine.',
  dateText: 'Jan. 21',
  date: '2022-01-21',
  actors: ['Antony Blinken', 'Sergei Lavrov', 'United States', 'Russia'],
  places: ['Geneva'],
  category: 'meeting'
})
const genevaBbc = ev({
  id: 'e-geneva-bbc',
  article: 'a-bbc-3',
  title: 'Mr Blinken and Mr Lavrov held talks in Geneva',
  quote: 'Mr Blinken and Mr Lavrov held talks in Geneva on Friday that lasted about 90 minutes.',
  dateText: 'Friday',
  date: '2022-01-21',
  actors: ['Blinken', 'Lavrov'],
  places: ['Geneva'],
  category: 'diplomacy'
})

describe('mergeEvents: one event told by several articles', () => {
  it('merges two wordings of the expulsion of eight Russian diplomats', () => {
    const out = mergeEvents([natoExpelsB, natoExpelsA])
    expect(out).toHaveLength(1)
    const [e] = out
    expect(e!.id).toBe('e-expel-a')
    expect(e!.importance).toBe(2)
    expect(e!.sources.map((s) => s.articleId).sort()).toEqual(['a-ap', 'a-reuters'])
    expect(e!.title).toBe("The alliance expelled eight members of Russia's mission to NATO")
    expect(e!.actors).toEqual(['NATO', 'Russia'])
    expect(e!.places).toEqual(['Brussels'])
    expect(e!.category).toBe('diplomacy')
    expect(e!.when.value).toBe('2021-10-06')
  })

  it('merges Reuters and AP on the mission to NATO, filed a day apart', () => {
    const out = mergeEvents([missionAp, missionReuters])
    expect(out).toHaveLength(1)
    expect(out[0]!.importance).toBe(2)
    expect(out[0]!.id).toBe('e-mission-reuters')
    expect(out[0]!.actors).toEqual(['Russia', 'NATO', 'Sergei Lavrov', 'Lavrov'])
  })

  it('merges "in 2014" with "in March 2014" when the wording is near-identical, keeping the month', () => {
    const out = mergeEvents([crimeaMonth, crimeaYear])
    expect(out).toHaveLength(1)
    expect(out[0]!.when).toEqual(when('2014-03'))
    expect(out[0]!.id).toBe('e-crimea-year')
    expect(out[0]!.category).toBe('military')
    expect(out[0]!.importance).toBe(2)
  })

  it('merges three stories of one meeting into one event of importance 3', () => {
    for (const input of [
      [genevaAp, genevaReuters, genevaBbc],
      [genevaBbc, genevaReuters, genevaAp]
    ]) {
      const out = mergeEvents(input)
      expect(out).toHaveLength(1)
      expect(out[0]!.importance).toBe(3)
      expect(out[0]!.sources).toHaveLength(3)
      expect(out[0]!.category).toBe('meeting')
      expect(out[0]!.title).toBe('Blinken and Lavrov met in Geneva for talks on Ukraine')
    }
  })

  it('joins two partial groups when a third report bridges them', () => {
    // Reuters and the BBC share no wording; the AP story, sorted last here, matches both.
    const apLast = { ...genevaAp, id: 'e-geneva-zz' }
    const out = mergeEvents([apLast, genevaBbc, genevaReuters])
    expect(out).toHaveLength(1)
    expect(out[0]!.id).toBe('e-geneva-bbc')
    expect(out[0]!.importance).toBe(3)
  })

  it('merges on the text alone when no actors were extracted', () => {
    const bare = (e: TimelineEvent): TimelineEvent => ({ ...e, actors: [], places: [] })
    for (const pair of [
      [natoExpelsA, natoExpelsB],
      [missionReuters, missionAp],
      [crimeaYear, crimeaMonth],
      [genevaAp, genevaBbc]
    ]) {
      expect(mergeEvents(pair.map(bare))).toHaveLength(1)
    }
  })

  it('deduplicates sources by article and offset', () => {
    const again = {
      ...natoExpelsA,
      id: 'e-expel-a-copy',
      title: 'NATO expels eight Russian diplomats'
    }
    const both = { ...natoExpelsB, sources: [...natoExpelsB.sources, ...natoExpelsB.sources] }
    const out = mergeEvents([natoExpelsA, both])
    expect(out).toHaveLength(1)
    expect(out[0]!.sources).toHaveLength(2)
    // The same sentence of the same article, extracted twice, is one source, not a second article.
    const dup = mergeEvents([natoExpelsA, again])
    expect(dup).toHaveLength(2)
    expect(dup.every((e) => e.sources.length === 1 && e.importance === 1)).toBe(true)
  })
})

describe('mergeEvents: different events stay apart', () => {
  it('keeps two different NATO decisions of one day apart', () => {
    const cooperation = ev({
      id: 'e-coop',
      article: 'a-ft',
      title: 'NATO suspended military cooperation with Russia',
      quote: 'NATO suspended military cooperation with Russia on Wednesday.',
      dateText: 'Wednesday',
      date: '2021-10-06',
      actors: ['NATO', 'Russia']
    })
    const out = mergeEvents([natoExpelsA, cooperation])
    expect(out).toHaveLength(2)
    expect(out.every((e) => e.importance === 1)).toBe(true)
  })

  it('keeps the same wording in different periods apart', () => {
    const in2016 = ev({
      id: 'e-ny-2016',
      article: 'a-2016',
      title: 'Stoltenberg met Lavrov in New York',
      quote: 'Stoltenberg met Lavrov in New York in 2016.',
      dateText: '2016',
      date: '2016',
      actors: ['Jens Stoltenberg', 'Sergei Lavrov']
    })
    const in2021 = ev({
      id: 'e-ny-2021',
      article: 'a-2021',
      title: 'Stoltenberg met Lavrov in New York',
      quote: 'Stoltenberg met Lavrov in New York in September.',
      dateText: 'September',
      date: '2021-09',
      actors: ['Jens Stoltenberg', 'Sergei Lavrov']
    })
    expect(mergeEvents([in2021, in2016])).toHaveLength(2)
  })

  it('keeps a year apart from a similar but different event on a day of it', () => {
    const yearLong = ev({
      id: 'e-drills-2021',
      article: 'a-analysis',
      title: "Russia held large military exercises near Ukraine's border",
      quote: "In 2021, Russia held large military exercises near Ukraine's border.",
      dateText: '2021',
      date: '2021'
    })
    const zapad = ev({
      id: 'e-zapad',
      article: 'a-wire',
      title: 'Russia held military exercises in Belarus',
      quote: 'Russia held military exercises in Belarus on Sept. 10, 2021.',
      dateText: 'Sept. 10, 2021',
      date: '2021-09-10'
    })
    expect(mergeEvents([yearLong, zapad])).toHaveLength(2)
    // The same two sentences told of one day would be close enough.
    const sameDay = { ...yearLong, when: zapad.when }
    expect(mergeEvents([sameDay, zapad])).toHaveLength(1)
  })

  it('never merges two events of the same article', () => {
    const lead = ev({
      id: 'e-same-1',
      article: 'a-one',
      title: 'NATO expelled eight Russian diplomats',
      quote: 'NATO expelled eight Russian diplomats on Oct. 6.',
      dateText: 'Oct. 6',
      date: '2021-10-06',
      actors: ['NATO', 'Russia'],
      at: 0
    })
    const recap = ev({
      id: 'e-same-2',
      article: 'a-one',
      title: 'NATO expelled eight Russian diplomats',
      quote:
        'On Oct. 6, NATO expelled eight Russian diplomats, reducing the mission from 20 to 10.',
      dateText: 'Oct. 6',
      date: '2021-10-06',
      actors: ['NATO', 'Russia'],
      at: 900
    })
    expect(mergeEvents([lead, recap])).toHaveLength(2)
    // A third article telling it joins one of them, never both.
    const out = mergeEvents([lead, recap, natoExpelsB])
    expect(out).toHaveLength(2)
    expect(out.map((e) => e.importance).sort()).toEqual([1, 2])
  })

  it('keeps "eight diplomats" and "four diplomats" apart', () => {
    const four = ev({
      id: 'e-four',
      article: 'a-other',
      title: 'NATO expelled four Russian diplomats',
      quote: 'NATO expelled four Russian diplomats on Oct. 6.',
      dateText: 'Oct. 6',
      date: '2021-10-06',
      actors: ['NATO', 'Russia']
    })
    expect(mergeEvents([natoExpelsA, four])).toHaveLength(2)
  })

  it('keeps the same act by different countries apart', () => {
    const germany = ev({
      id: 'e-germany',
      article: 'a-dw',
      title: 'Germany recalled its ambassador',
      quote: 'Germany recalled its ambassador on Thursday.',
      dateText: 'Thursday',
      date: '2022-02-24',
      actors: ['Germany']
    })
    const japan = ev({
      id: 'e-japan',
      article: 'a-nhk',
      title: 'Japan recalled its ambassador',
      quote: 'Japan recalled its ambassador on Thursday.',
      dateText: 'Thursday',
      date: '2022-02-24',
      actors: ['Japan']
    })
    expect(mergeEvents([germany, japan])).toHaveLength(2)
    // Without extracted actors, the names in the text keep them apart too.
    const bare = [germany, japan].map((e) => ({ ...e, actors: [] }))
    expect(mergeEvents(bare)).toHaveLength(2)
    // And with the same words but actors that share nobody.
    const passive = [germany, japan].map((e) => ({
      ...e,
      title: 'The ambassador was recalled for consultations',
      sources: e.sources.map((s) => ({
        ...s,
        quote: 'The ambassador was recalled for consultations.'
      }))
    }))
    expect(mergeEvents(passive)).toHaveLength(2)
    expect(mergeEvents(passive.map((e) => ({ ...e, actors: [] })))).toHaveLength(1)
  })
})

const corpus: TimelineEvent[] = [
  natoExpelsA,
  natoExpelsB,
  missionReuters,
  missionAp,
  crimeaYear,
  crimeaMonth,
  genevaAp,
  genevaReuters,
  genevaBbc,
  ev({
    id: 'e-coop-2014',
    article: 'a-explainer',
    title: 'NATO suspended all practical cooperation with Russia',
    quote: 'NATO suspended all practical cooperation with Russia in April 2014.',
    dateText: 'April 2014',
    date: '2014-04',
    actors: ['NATO', 'Russia'],
    at: 300
  }),
  ev({
    id: 'e-four-2021',
    article: 'a-other',
    title: 'NATO expelled four Russian diplomats',
    date: '2021-10-06',
    actors: ['NATO', 'Russia']
  })
]

const prng = mulberry32

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

describe('mergeEvents: stability', () => {
  it('is idempotent', () => {
    const once = mergeEvents(corpus)
    expect(once.length).toBeLessThan(corpus.length)
    expect(mergeEvents(once)).toEqual(once)
  })

  it('gives the same output for any input order, sorted by date', () => {
    const expected = mergeEvents(corpus)
    const random = prng(7)
    for (let k = 0; k < 5; k++) {
      const out = mergeEvents(shuffle(corpus, random))
      expect(out).toEqual(expected)
    }
    const starts = expected.map((e) => e.when.start)
    expect(starts).toEqual([...starts].sort())
  })

  it('does not modify its input', () => {
    const copy = structuredClone(corpus)
    mergeEvents(corpus)
    expect(corpus).toEqual(copy)
  })

  it('keeps an event without a usable date as it is', () => {
    const odd = { ...natoExpelsB, when: { ...natoExpelsB.when, start: 'someday', end: 'someday' } }
    const out = mergeEvents([natoExpelsA, odd])
    expect(out).toHaveLength(2)
    expect(out[1]!.when.start).toBe('someday')
  })

  it('merges 20,000 generated events over five years', () => {
    const random = prng(20_211_006)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const actors = ['NATO', 'Russia', 'Ukraine', 'Germany', 'France', 'Poland', 'China', 'Japan']
    const acts = [
      ['expelled', 'diplomats'],
      ['detained', 'journalists'],
      ['deployed', 'battalions'],
      ['imposed sanctions on', 'companies'],
      ['recalled', 'ambassadors'],
      ['seized', 'tankers'],
      ['released', 'prisoners']
    ] as const
    const counts = ['two', 'three', 'four', 'eight', '12', '40']
    const base = Date.UTC(2017, 0, 1)
    const day = (n: number): string => new Date(base + n * 86_400_000).toISOString().slice(0, 10)
    const stories = Array.from({ length: 7000 }, () => ({
      actor: pick(actors),
      target: pick(actors),
      act: pick(acts),
      count: pick(counts),
      day: Math.floor(random() * 1826)
    }))
    const input: TimelineEvent[] = []
    for (let k = 0; k < 20_000; k++) {
      const story = pick(stories)
      const r = random()
      const d = story.day + (r < 0.1 ? 1 : 0)
      const date = r > 0.97 ? day(d).slice(0, 4) : r > 0.9 ? day(d).slice(0, 7) : day(d)
      const title = `${story.actor} ${story.act[0]} ${story.count} ${story.target} ${story.act[1]}`
      input.push(
        ev({
          id: `e-${String(k).padStart(5, '0')}`,
          article: `a-${Math.floor(random() * 4000)}`,
          title,
          quote: `${title} on Monday, officials said.`,
          dateText: 'Monday',
          date,
          actors: [story.actor, story.target],
          at: k * 100
        })
      )
    }

    const out = mergeEvents(input)
    expect(out.length).toBeLessThanOrEqual(input.length)
    expect(out.length).toBeLessThan(input.length)
    // Every source survives exactly once, and no event holds two sentences of one article.
    const key = (s: { articleId: string; start: number }): string => `${s.articleId}@${s.start}`
    expect(out.flatMap((e) => e.sources.map(key)).sort()).toEqual(
      input.flatMap((e) => e.sources.map(key)).sort()
    )
    for (const e of out) {
      const articles = new Set(e.sources.map((s) => s.articleId))
      expect(articles.size).toBe(e.sources.length)
      expect(e.importance).toBe(articles.size)
    }
    const starts = out.map((e) => e.when.start)
    expect(starts).toEqual([...starts].sort())
    // At scale too: a fixed point, and independent of the input order.
    expect(mergeEvents(out)).toEqual(out)
    expect(mergeEvents(shuffle(input, random))).toEqual(out)
  }, 120_000)
})

describe('merge tokens', () => {
  it('gives the inflections of a verb one stem', () => {
    const forms = ['expel', 'expels', 'expelled', 'expelling', 'expulsion', 'expulsions']
    expect(new Set(forms.map(stem))).toEqual(new Set(['expel']))
    expect(stem('suspended')).toBe(stem('suspends'))
    expect(stem('annexed')).toBe(stem('annexation'))
    expect(stem('met')).toBe(stem('meeting'))
  })

  it('reads quantities but not dates, years or clock times', () => {
    expect(
      analyse('NATO expelled eight Russian diplomats on Oct. 6, 2021 at 10:30').numbers
    ).toEqual([8])
    expect(analyse('Troops crossed on 6 October 2014 at 5 a.m.').numbers).toEqual([])
    expect(analyse('About 1,500 troops and two million euros').numbers).toEqual([1500, 2_000_000])
  })

  it('folds names: demonyms and capitals to their country, titles dropped', () => {
    const a = analyse('Moscow will suspend its mission, Foreign Minister Sergei Lavrov said')
    expect(a.names).toEqual(['russia', 'sergei', 'lavrov'])
    expect(a.subject).toEqual(['russia'])
    expect(analyse('The alliance expelled eight members of Russia’s mission').subject).toEqual([])
  })
})

describe('many events on one day', () => {
  it('20,000 same-day events of one article are never compared with each other, and one from another article still merges', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      ev({
        id: `a-${i}`,
        article: 'flood',
        title: `NATO expelled eight Russian diplomats from Brussels (${i})`,
        date: '2021-10-04',
        actors: ['NATO', 'Russia'],
        at: i * 80
      })
    )
    const other = ev({
      id: 'b-1',
      article: 'second',
      title: 'NATO expelled eight Russian diplomats from Brussels (7)',
      date: '2021-10-04',
      actors: ['NATO', 'Russia']
    })
    // Comparing every pair (the old sweep) would be 200 million comparisons: this test would time out.
    const merged = mergeEvents([...many, other])
    expect(merged).toHaveLength(20_000)
    const joined = merged.filter((e) => e.sources.length === 2)
    expect(joined).toHaveLength(1)
    expect(joined[0]!.sources.map((s) => s.articleId).sort()).toEqual(['flood', 'second'])
  })
})
