/**
 * Throughput of the TIMEX3 tagger next to chrono-node's bare parser. Run: npm run bench:time
 *
 * (a) All TempEval-3 text (timebank.jsonl + aquaint.jsonl, ../shared/data/tempeval3), split into
 *     paragraphs on blank lines, each tagged with its document's creation date.
 * (b) A generated news-like corpus (seeded PRNG, identical on every run) at 1 MB and 20 MB; the
 *     1 MB corpus is the first 1 MB of the 20 MB one. chrono is timed on that 1 MB sample only.
 *     Its share of dated sentences (NEWS_DATED_SHARE) is set so that it holds about as many
 *     temporal expressions per MB as the TempEval-3 news: real news tells a date every few
 *     sentences, not in every one. The bench prints both densities.
 * (c) A dense stress corpus, 1 MB: the same generator with three sentences in four dated, about
 *     four times the density of real news. Reported beside (b), not instead of it.
 *
 * MB = 10^6 bytes of UTF-8. The last stdout line is JSON: {taggerMBps, chronoMBps, tagger20MBps}.
 */
import * as chrono from 'chrono-node'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MONTH_NAMES } from '../src/main/core/export/time-labels'
import { tagTimexes } from '../src/main/core/time/tagger'
import { mulberry32 } from './lib/prng'

interface Paragraph {
  text: string
  dct: string | null
  /** chrono's reference date, derived from the dct once so it is not part of the timing. */
  ref: Date
}

interface Corpus {
  paragraphs: Paragraph[]
  bytes: number
}

const MB = 1_000_000
/** Repeat a measurement until it has taken at least this long, so short corpora are not noise. */
const MIN_SECONDS = 1.5
const FALLBACK_REF = new Date('2000-01-01T12:00:00Z')
const root = fileURLToPath(new URL('..', import.meta.url))
const dataDir = path.resolve(root, '../shared/data/tempeval3')

let peakRss = process.memoryUsage.rss()
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss())
}

function refDate(dct: string | null): Date {
  if (dct === null) return FALLBACK_REF
  const date = new Date(dct)
  return Number.isNaN(date.getTime()) ? FALLBACK_REF : date
}

function corpus(paragraphs: Paragraph[]): Corpus {
  let bytes = 0
  for (const p of paragraphs) bytes += Buffer.byteLength(p.text, 'utf8')
  return { paragraphs, bytes }
}

function loadTempEval(): Corpus {
  const paragraphs: Paragraph[] = []
  for (const name of ['timebank.jsonl', 'aquaint.jsonl']) {
    const lines = readFileSync(path.join(dataDir, name), 'utf8').split('\n')
    for (const line of lines) {
      if (line.trim() === '') continue
      const doc = JSON.parse(line) as { dct?: string | null; text: string }
      const dct = doc.dct ?? null
      const ref = refDate(dct)
      for (const text of doc.text.split(/\n[ \t]*\n/)) {
        if (text.trim() !== '') paragraphs.push({ text, dct, ref })
      }
    }
  }
  return corpus(paragraphs)
}

// ---------------------------------------------------------------------------------------------
// The generated corpus

const MONTHS = MONTH_NAMES
const MONTH_ABBR = ['Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'ten', 'several', 'a few']
const UNITS = ['days', 'weeks', 'months', 'years', 'hours', 'decades']
const NAMES = [
  'Maria Lopez',
  'John Smith',
  'Prime Minister Ahmed Karimi',
  'Senator Ruth Kline',
  'the Interior Ministry',
  'Acme Corp.',
  'the central bank',
  'police',
  'a spokeswoman for the union',
  'Reuters',
  'the World Health Organization',
  'Chief Executive Lars Berg',
  'residents',
  'the opposition leader'
]
const VERBS = ['said', 'announced', 'reported', 'confirmed', 'denied', 'warned', 'estimated']
const NOUNS = [
  'talks',
  'the strike',
  'the merger',
  'the election',
  'the trial',
  'the summit',
  'the flood',
  'the ceasefire',
  'exports',
  'the project',
  'the investigation',
  'the vote'
]
const EVENTS = [
  'began',
  'ended',
  'collapsed',
  'resumed',
  'was postponed',
  'was approved',
  'stalled',
  'was delayed',
  'opened',
  'was announced'
]
const FILLER = [
  'Prices rose 3.2 percent as demand for oil and gas increased across the region.',
  'The company employs about 1,200 people at its plant near Route 66.',
  'Shares fell 4.5 percent to $27.80 in heavy trading on the exchange.',
  'Analysts said the decision could cost the government as much as $4.5 billion.',
  'The team won 5-3 and moved to No. 2 in the standings.',
  'More than 300 families were moved to shelters, officials said.',
  'The report, which runs to 240 pages, has not been made public.',
  'Critics say the plan does little for the 40,000 workers affected.',
  'Turnout was 61 percent, slightly higher than expected.',
  'The bill passed 52-48 after a long debate in the chamber.',
  'The ministry did not respond to a request for comment.',
  'Police said they had detained two men and were looking for a third.',
  'The agreement still needs the approval of both parliaments and the regulator.',
  'Opposition lawmakers called the proposal a giveaway to the largest banks.',
  'Aid groups warned that food and clean water were running short in the camps.',
  'The central bank kept its main rate unchanged at 4.25 percent.',
  'Residents said the sirens could be heard across the city.',
  'The museum, which holds more than 9,000 works, will stay closed to visitors.',
  'Negotiators from both sides met behind closed doors at a hotel near the airport.',
  'The firm said it would cut 850 jobs, mostly in its European sales offices.',
  'Witnesses described a loud explosion followed by a column of black smoke.',
  'The coalition holds 88 of the 150 seats in the lower house.',
  'Exports of grain and fertiliser have slowed since the port was damaged.',
  'A spokesman said the minister was "deeply concerned" by the reports.',
  'The union, which represents about 14,000 nurses, rejected the offer.',
  'Engineers are still assessing the damage to the bridge and the rail line.',
  'The court is expected to rule on the appeal before the end of its session.',
  'Both candidates have promised to raise the minimum wage and cut fuel taxes.'
]

/**
 * Paragraphs of 2–6 sentences; a sentence is dated (one or two temporal expressions among names,
 * places and figures) with probability `datedShare`, else a plain news sentence.
 */
function makeGenerator(seed: number, datedShare: number): () => string {
  const random = mulberry32(seed)
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const year = (): number => int(1985, 2030)
  const day = (): number => int(1, 28)

  const temporal: (() => string)[] = [
    () => `on ${pick(MONTHS)} ${day()}, ${year()}`,
    () => `on ${day()} ${pick(MONTHS)} ${year()}`,
    () => `on ${year()}-${String(int(1, 12)).padStart(2, '0')}-${String(day()).padStart(2, '0')}`,
    () => `on ${int(1, 12)}/${day()}/${year()}`,
    () => `on ${pick(MONTH_ABBR)} ${day()}`,
    () => `on ${pick(WEEKDAYS)}`,
    () => `last ${pick(WEEKDAYS)}`,
    () => `next ${pick(WEEKDAYS)}`,
    () => `${pick(WEEKDAYS)} morning`,
    () => `${pick(NUMBER_WORDS)} ${pick(UNITS)} ago`,
    () => `${int(2, 40)} ${pick(UNITS)} ago`,
    () => pick(['last year', 'last month', 'last week', 'next year', 'this week', 'this month']),
    () => pick(['yesterday', 'today', 'tomorrow', 'earlier this year', 'later this month']),
    () => `in ${pick(MONTHS)} ${year()}`,
    () => `in ${pick(MONTHS)}`,
    () => `since ${pick(MONTHS)}`,
    () => `in ${year()}`,
    () => `by ${year()}`,
    () => `in the ${int(195, 201)}0s`,
    () => `for ${pick(NUMBER_WORDS)} ${pick(UNITS)}`,
    () => `for ${int(2, 36)} months`,
    () => `at ${int(1, 12)}:${String(int(0, 59)).padStart(2, '0')} ${pick(['a.m.', 'p.m.'])}`,
    () => pick(['at noon', 'at midnight', 'late on Tuesday night', 'early this morning']),
    () => pick(['every Monday', 'each year', 'twice a month', 'every two weeks', 'weekly']),
    () => `in the ${pick(['first', 'second', 'third', 'fourth'])} quarter of ${year()}`,
    () => `in ${pick(['spring', 'summer', 'autumn', 'winter'])} ${year()}`
  ]
  const when = (): string => pick(temporal)()
  const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

  const dated: (() => string)[] = [
    () =>
      `${capitalise(pick(NAMES))} ${pick(VERBS)} ${when()} that ${pick(NOUNS)} ${pick(EVENTS)}.`,
    () => `${capitalise(when())}, ${pick(NAMES)} ${pick(VERBS)} ${int(2, 900)} people were hurt.`,
    () => `${capitalise(pick(NOUNS))} ${pick(EVENTS)} ${when()}, according to ${pick(NAMES)}.`,
    () => `${capitalise(pick(NAMES))} has held the post ${when()} and plans to stay ${when()}.`,
    () => `${capitalise(pick(NOUNS))}, which ${pick(EVENTS)} ${when()}, ${pick(EVENTS)} ${when()}.`,
    () => `"We expect a decision ${when()}," ${pick(NAMES)} told reporters ${when()}.`
  ]
  const sentence = (): string => (random() < datedShare ? pick(dated)() : pick(FILLER))
  return () => {
    const count = int(2, 6)
    const parts: string[] = []
    for (let i = 0; i < count; i++) parts.push(sentence())
    return parts.join(' ')
  }
}

/**
 * News-like density: with about one sentence in six dated, the corpus has about as many expressions per
 * MB as TempEval-3 (the bench prints both). The stress corpus dates three sentences in four.
 */
const NEWS_DATED_SHARE = 0.17
const DENSE_DATED_SHARE = 0.75

const NEWS_DCTS = ['2019-10-18', '2020-03-02', '2021-06-30', '2015-01-09T14:05:00', '1998-02-06']

/** Paragraphs from the generator until the corpus has at least `bytes` bytes of UTF-8. */
function generateNews(bytes: number, datedShare: number, seed = 20240607): Corpus {
  const next = makeGenerator(seed, datedShare)
  const paragraphs: Paragraph[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const text = next()
    const dct = NEWS_DCTS[Math.floor(i / 8) % NEWS_DCTS.length] ?? null
    paragraphs.push({ text, dct, ref: refDate(dct) })
    size += Buffer.byteLength(text, 'utf8')
  }
  return corpus(paragraphs)
}

/** The leading paragraphs of a corpus that add up to at least `bytes` bytes. */
function prefix(source: Corpus, bytes: number): Corpus {
  const paragraphs: Paragraph[] = []
  let size = 0
  for (const p of source.paragraphs) {
    if (size >= bytes) break
    paragraphs.push(p)
    size += Buffer.byteLength(p.text, 'utf8')
  }
  return corpus(paragraphs)
}

// ---------------------------------------------------------------------------------------------
// Timing

interface Measurement {
  mbps: number
  seconds: number
  passes: number
  /** Mentions found in one pass. */
  found: number
}

function runTagger(c: Corpus): number {
  let found = 0
  const { paragraphs } = c
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph
    found += tagTimexes(p.text, p.dct).length
    if ((i & 1023) === 0) sampleRss()
  }
  sampleRss()
  return found
}

function runChrono(c: Corpus): number {
  let found = 0
  const { paragraphs } = c
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph
    found += chrono.parse(p.text, p.ref).length
    if ((i & 1023) === 0) sampleRss()
  }
  sampleRss()
  return found
}

/** Whole passes over the corpus until at least `minSeconds` have gone by (one pass at least). */
function measure(run: (c: Corpus) => number, c: Corpus, minSeconds = MIN_SECONDS): Measurement {
  let passes = 0
  let found = 0
  const begin = process.hrtime.bigint()
  let seconds = 0
  do {
    found = run(c)
    passes += 1
    seconds = Number(process.hrtime.bigint() - begin) / 1e9
  } while (seconds < minSeconds)
  return { mbps: (c.bytes * passes) / MB / seconds, seconds, passes, found }
}

const round2 = (x: number): number => Math.round(x * 100) / 100
const fmt = (x: number): string => x.toFixed(2)
const mb = (bytes: number): string => `${(bytes / MB).toFixed(2)} MB`
const line = (s = ''): void => {
  process.stdout.write(`${s}\n`)
}
function report(label: string, m: Measurement): void {
  line(
    `  ${label.padEnd(8)} ${fmt(m.mbps).padStart(8)} MB/s  (${m.passes} pass${m.passes === 1 ? '' : 'es'}` +
      ` in ${m.seconds.toFixed(2)} s, ${m.found} mentions per pass)`
  )
}

/** One corpus, tagger then chrono: a heading, both measurements and their speed ratio. */
function compare(
  heading: string,
  c: Corpus,
  ratioNote?: (tagger: Measurement) => string
): { tagger: Measurement; chrono: Measurement } {
  line()
  line(heading)
  const tagger = measure(runTagger, c)
  const chrono = measure(runChrono, c)
  report('tagger', tagger)
  report('chrono', chrono)
  line(
    `  tagger/chrono speed ratio: ${fmt(tagger.mbps / chrono.mbps)}x${ratioNote ? `; ${ratioNote(tagger)}` : ''}`
  )
  return { tagger, chrono }
}

// ---------------------------------------------------------------------------------------------

const started = process.hrtime.bigint()
line(`bench:time — Node ${process.version}, chrono-node ${chronoVersion()}; MB = 10^6 bytes UTF-8`)

const tempeval = loadTempEval()
const news20 = generateNews(20 * MB, NEWS_DATED_SHARE)
const news1 = prefix(news20, MB)
const dense1 = generateNews(MB, DENSE_DATED_SHARE)
sampleRss()

// Warm-up: let V8 compile and optimise both parsers before anything is timed.
runTagger(tempeval)
runChrono(tempeval)
runTagger(news1)
runChrono(prefix(news1, MB / 4))
runTagger(prefix(dense1, MB / 4))
runChrono(prefix(dense1, MB / 4))

const { tagger: teTagger, chrono: teChrono } = compare(
  `(a) TempEval-3 (TimeBank + AQUAINT): ${tempeval.paragraphs.length} paragraphs, ${mb(tempeval.bytes)}`,
  tempeval
)
const { tagger: n1Tagger, chrono: n1Chrono } = compare(
  `(b) generated news corpus (seeded PRNG), 1 MB: ${news1.paragraphs.length} paragraphs, ${mb(news1.bytes)}`,
  news1
)

line()
line(
  `(b) generated news corpus (seeded PRNG), 20 MB: ${news20.paragraphs.length} paragraphs, ${mb(news20.bytes)}`
)
const n20Tagger = measure(runTagger, news20, 0)
report('tagger', n20Tagger)
line(
  `  chrono   timed on a fixed sample, not on all 20 MB (to bound the run time): the first` +
    ` ${mb(news1.bytes)} of this corpus (= the 1 MB corpus above), ${fmt(n1Chrono.mbps)} MB/s`
)
line(`  tagger/chrono speed ratio (chrono on the sample): ${fmt(n20Tagger.mbps / n1Chrono.mbps)}x`)
line(
  `  linearity: tagger MB/s at 20 MB / at 1 MB = ${fmt(n20Tagger.mbps)} / ${fmt(n1Tagger.mbps)}` +
    ` = ${fmt(n20Tagger.mbps / n1Tagger.mbps)} (1.00 = linear)`
)
const perMB = (m: Measurement, c: Corpus): string => (m.found / (c.bytes / MB)).toFixed(0)
line(
  `  tagger mentions per MB: ${perMB(n1Tagger, news1)} at 1 MB, ${perMB(n20Tagger, news20)} at` +
    ` 20 MB; TempEval-3: ${perMB(teTagger, tempeval)}`
)

compare(
  `(c) dense stress corpus (three sentences in four dated), 1 MB: ${dense1.paragraphs.length}` +
    ` paragraphs, ${mb(dense1.bytes)}`,
  dense1,
  (tagger) => `tagger mentions per MB: ${perMB(tagger, dense1)}`
)

line()
sampleRss()
line(
  `peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB (sampled process.memoryUsage().rss);` +
    ` OS max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`
)
line(`total bench time: ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`)
line(
  JSON.stringify({
    taggerMBps: round2(teTagger.mbps),
    chronoMBps: round2(teChrono.mbps),
    tagger20MBps: round2(n20Tagger.mbps)
  })
)

function chronoVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(path.join(root, 'node_modules/chrono-node/package.json'), 'utf8')
    ) as { version?: string }
    return pkg.version ?? '?'
  } catch {
    return '?'
  }
}
