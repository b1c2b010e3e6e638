/**
 * Throughput of the whole pipeline over many files. Run: npm run bench:extract
 *
 * Generates (seeded PRNG, identical on every run) 10,000 news-like articles, ~50 MB of plain .txt
 * files, into a temp dir, then times over the same corpus:
 *   (1) runBatch with workers: 1 — the whole pipeline in one worker thread;
 *   (2) runBatch with the default number of workers (os.availableParallelism());
 *   (3) chrono-node's bare chrono.parse(paragraph, refDate), in this thread, per paragraph
 *       (chrono is superlinear on long strings, so whole files would measure the wrong thing).
 * (1) and (2) are wall time of the runBatch call, worker start-up included: that is what a user
 * waits for. The workers run src/main/core/batch/worker.ts bundled by esbuild into one plain ES
 * module (in a temp dir, before any clock starts), as the shipped app runs electron-vite's bundled
 * out/main/worker.js: the .ts source would go through tsx, whose loader and per-function name
 * wrappers make the workers markedly slower, and that is not what a user runs.
 * Each also reports how long the main thread's event loop was busy reading the results: on a
 * machine with as many cores as workers, that time is taken from the workers in (2) but runs
 * beside the one worker in (1), so it is what keeps the pool's ratio below the machine's ceiling.
 * MB = 10^6 bytes of UTF-8 file content. Peak RSS is process.resourceUsage().maxRSS, which
 * covers the whole process, worker threads included. The corpus and the bundle are deleted at
 * the end.
 *   (4) chrono's bare parse alone on one worker thread and on N (scripts/lib/parallel-ceiling.ts):
 *       how far this machine scales CPU-bound work at all, the ceiling for the pool's ratio.
 * (1), (2) and (3) run in turn ROUNDS times (3; BENCH_ROUNDS=n to change) and the figures are
 * the medians, with the ratios of each round beside them: this host's speed drifts by a third
 * within minutes, so one run of each could set a fast stretch against a slow one. (4) runs
 * ROUNDS times after them.
 * Before each timed run a full garbage collection clears what the run before left (its results
 * are dropped, but V8 collects lazily): each run starts from the same heap, and the peak RSS is
 * the run's own, not the leftovers of the one before plus its own.
 * The last stdout line is JSON: {oneWorkerMBps, poolMBps, chronoMBps, peakRssMB, articles,
 * parallelCeiling}.
 */
import * as chrono from 'chrono-node'
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import { runBatch, type BatchResult } from '../src/main/core/batch/index'
import { timeChronoOnWorkers } from './lib/parallel-ceiling'
import { mulberry32 } from './lib/prng'

const ARTICLES = 10_000
const SEED = 20_251_018
const PUBLISHED = '2021-10-18'
/** chrono's reference date: the publication date at noon UTC, as the pipeline reads it. */
const REF = new Date(`${PUBLISHED}T12:00:00Z`)
/**
 * Share of the corpus (leading articles) chrono is timed on. All of it fits in the ~5 minute
 * budget today (chrono does ~2 MB/s here); lower it if a slower machine needs a bound.
 */
const CHRONO_SHARE = 1
/** How many times (1), (2) and (3) run in turn; the figures are the medians. BENCH_ROUNDS overrides. */
const ROUNDS = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? 3) || 3)
const MB = 1_000_000
const root = fileURLToPath(new URL('..', import.meta.url))

// ---------------------------------------------------------------------------------------------
// The corpus

const words = (s: string): string[] => s.split('|')
const MONTHS = words(
  'January|February|March|April|May|June|July|August|September|October|November|December'
)
const WEEKDAYS = words('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday')
const FIRST = words(
  'Maria|John|Ahmed|Ruth|Lars|Ingrid|Kwame|Mei|Olga|Pedro|Aisha|Tomas|Sofia|Daniel|Yuki|Fatima'
)
const LAST = words(
  'Lopez|Smith|Karimi|Kline|Berg|Nilsen|Mensah|Chen|Ivanova|Alves|Okafor|Novak|Rossi|Haddad|Tanaka'
)
const TITLES = words(
  'Prime Minister|Senator|Mayor|Chief Executive|Finance Minister|Judge|General|Professor|Governor'
)
const ORGS = words(
  'the European Commission|NATO|the World Health Organization|Acme Corp.|the central bank|' +
    'Statoil|the Interior Ministry|the United Nations|Reuters|the Red Cross|Nordic Shipping AS|' +
    'the Supreme Court|Parliament|the union|the opposition Labour Party|Global Grain Ltd.'
)
const PLACES = words(
  'Oslo|Brussels|Moscow|Nairobi|Lagos|Lisbon|Ankara|Kyiv|Tokyo|Lima|Manila|Cairo|Warsaw|' +
    'the Baltic Sea|northern Norway|the capital|the border region|Texas|Bavaria|Hong Kong'
)
const VERBS = words('said|announced|reported|confirmed|denied|warned|estimated|told reporters')
const NOUNS = words(
  'talks|the strike|the merger|the election|the trial|the summit|the flood|the ceasefire|' +
    'the project|the investigation|the vote|the negotiations|the inquiry|the expansion|the sanctions'
)
const HAPPENED = words(
  'began|ended|collapsed|resumed|was postponed|was approved|stalled|was delayed|opened|' +
    'was announced|was suspended|was signed|broke down|was completed'
)
const HEADLINE_VERBS = words('faces|rejects|backs|delays|ends|expands|cuts|launches|probes')

function makeCorpus(seed: number): () => string {
  const random = mulberry32(seed)
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const year = (): number => int(1990, 2024)
  const day = (): number => int(1, 28)
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
  const person = (): string =>
    random() < 0.4 ? `${pick(TITLES)} ${pick(FIRST)} ${pick(LAST)}` : `${pick(FIRST)} ${pick(LAST)}`
  const actor = (): string => (random() < 0.5 ? person() : pick(ORGS))
  const amount = (): string =>
    pick([
      `$${int(2, 900)} million`,
      `${int(2, 98)}.${int(0, 9)} percent`,
      `${int(2, 40)},${String(int(0, 999)).padStart(3, '0')} people`,
      `€${int(1, 30)}.${int(1, 9)} billion`,
      `${int(3, 600)} kilometres`
    ])

  // Absolute dates, weekdays, relative dates, months, durations, times, quarters, seasons.
  const temporal: (() => string)[] = [
    () => `on ${pick(MONTHS)} ${day()}, ${year()}`,
    () => `on ${day()} ${pick(MONTHS)} ${year()}`,
    () => `on ${year()}-${String(int(1, 12)).padStart(2, '0')}-${String(day()).padStart(2, '0')}`,
    () => `on ${pick(WEEKDAYS)}`,
    () => `last ${pick(WEEKDAYS)}`,
    () => `on ${pick(WEEKDAYS)} evening`,
    () =>
      `${pick(['two', 'three', 'four', 'six', 'several'])} ${pick(['days', 'weeks', 'months', 'years'])} ago`,
    () => pick(['last year', 'last month', 'last week', 'next year', 'this week', 'yesterday']),
    () => pick(['earlier this month', 'later this year', 'at the end of the year', 'this spring']),
    () => `in ${pick(MONTHS)}`,
    () => `in ${pick(MONTHS)} ${year()}`,
    () => `in ${year()}`,
    () => `since ${year()}`,
    () => `for ${pick(['three', 'six', 'eight', 'ten'])} ${pick(['days', 'weeks', 'months'])}`,
    () => `over the past ${pick(['decade', 'two years', 'five months'])}`,
    () => `at ${int(1, 12)}:${String(int(0, 59)).padStart(2, '0')} ${pick(['a.m.', 'p.m.'])}`,
    () => `in the ${pick(['first', 'second', 'third', 'fourth'])} quarter of ${year()}`,
    () => `in the summer of ${year()}`
  ]
  const when = (): string => pick(temporal)()

  const dated: (() => string)[] = [
    () => `${cap(actor())} ${pick(VERBS)} ${when()} that ${pick(NOUNS)} ${pick(HAPPENED)}.`,
    () => `${cap(when())}, ${person()} ${pick(VERBS)} that ${amount()} had been set aside.`,
    () =>
      `${cap(pick(NOUNS))} in ${pick(PLACES)} ${pick(HAPPENED)} ${when()}, according to ${actor()}.`,
    () => `${cap(person())} has led ${pick(ORGS)} ${when()} and plans to stay on.`,
    () => `"We expect a decision ${when()}," ${person()} said in ${pick(PLACES)}.`,
    () => `${cap(pick(NOUNS))}, which ${pick(HAPPENED)} ${when()}, involved ${amount()}.`
  ]
  const filler: (() => string)[] = [
    () =>
      `${cap(person())}, a spokesperson for ${pick(ORGS)}, said the cost could reach ${amount()}.`,
    () => `Officials in ${pick(PLACES)} said ${amount()} were affected by ${pick(NOUNS)}.`,
    () =>
      `${cap(pick(ORGS))} declined to comment on ${pick(NOUNS)} when contacted by ${pick(ORGS)}.`,
    () => `Critics say the plan does little for the ${amount()} who live near ${pick(PLACES)}.`,
    () => `Shares in ${pick(ORGS)} fell ${int(1, 9)}.${int(0, 9)} percent in heavy trading.`,
    () => `The report, which runs to ${int(40, 400)} pages, has not been made public.`,
    () => `${cap(person())} called the outcome "a serious setback for ${pick(PLACES)}".`
  ]
  // 40% dated sentences: about one temporal expression per 2–3 sentences.
  const sentence = (): string => (random() < 0.4 ? pick(dated) : pick(filler))()

  return () => {
    const headline =
      `${cap(actor())} ${pick(HEADLINE_VERBS)} ${pick(NOUNS).replace(/^the /, '')}` +
      ` in ${pick(PLACES)}`
    const parts: string[] = [headline]
    const count = int(6, 20)
    for (let p = 0; p < count; p++) {
      const lead =
        p === 0 ? `${pick(PLACES).toUpperCase()} (${pick(['Reuters', 'AP', 'NTB'])}) — ` : ''
      const sentences: string[] = []
      for (let s = int(3, 7); s > 0; s--) sentences.push(sentence())
      parts.push(lead + sentences.join(' '))
    }
    return `${parts.join('\n\n')}\n`
  }
}

interface Corpus {
  dir: string
  files: string[]
  bytes: number
}

function writeCorpus(): Corpus {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-extract-'))
  const next = makeCorpus(SEED)
  const files: string[] = []
  let bytes = 0
  for (let i = 0; i < ARTICLES; i++) {
    const text = next()
    const file = path.join(dir, `article-${String(i).padStart(5, '0')}.txt`)
    writeFileSync(file, text)
    files.push(file)
    bytes += Buffer.byteLength(text, 'utf8')
  }
  return { dir, files, bytes }
}

// ---------------------------------------------------------------------------------------------
// The worker

const WORKER_SOURCE = path.join(root, 'src/main/core/batch/worker.ts')

/**
 * worker.ts and everything it imports as one ES module in `dir`, as electron-vite ships it. The
 * banner gives the bundled CommonJS dependencies the `require` an ES module lacks.
 */
async function bundleWorker(dir: string): Promise<string> {
  const outfile = path.join(dir, 'worker.mjs')
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
    }
  })
  return outfile
}

// ---------------------------------------------------------------------------------------------
// Timing

interface Measurement {
  seconds: number
  bytes: number
  articles: number
  /** Events found (pipeline) or mentions found (chrono). */
  found: number
  failures: number
  peakRssMB: number
  /** CPU time of the whole process (all threads) over wall time: the cores the run really got. */
  cores: number
  /**
   * Seconds the main thread's event loop was busy (performance.eventLoopUtilization): receiving
   * and reading the workers' results, and collecting their garbage. In a pool run it shares the
   * cores with the workers.
   */
  mainBusy: number
  /** MB of main-thread heap the result holds (articles and events), after a full collection. */
  heldMB: number
}

const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9
/** process.resourceUsage().maxRSS is in KiB and covers all threads of this process. */
const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024
const mbps = (m: Measurement): number => m.bytes / MB / m.seconds
const perSecond = (m: Measurement): number => m.articles / m.seconds

/** CPU seconds (user + system) the whole process used since `since`. */
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1e6
}

/** A full garbage collection (untimed), through the flag V8 lets a running process turn on. */
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

async function timeBatch(
  corpus: Corpus,
  workerFile: string,
  workers?: number
): Promise<Measurement> {
  collectGarbage()
  const heapBefore = process.memoryUsage().heapUsed
  const cpu = process.cpuUsage()
  const loop = performance.eventLoopUtilization()
  const begin = process.hrtime.bigint()
  const result: BatchResult = await runBatch(corpus.files, {
    published: PUBLISHED,
    workers,
    workerFile
  })
  const elapsed = seconds(begin)
  const mainBusy = performance.eventLoopUtilization(loop).active / 1000
  const cores = cpuSeconds(cpu) / elapsed
  collectGarbage()
  return {
    heldMB: (process.memoryUsage().heapUsed - heapBefore) / MB,
    mainBusy,
    cores,
    seconds: elapsed,
    bytes: corpus.bytes,
    articles: result.articles.length,
    found: result.events.length,
    failures: result.failures.length,
    peakRssMB: peakRssMB()
  }
}

/**
 * The paragraphs chrono gets, read back from the files only now (untimed), so the text is not
 * held in this thread's memory during the pipeline runs and their RSS.
 */
function chronoInput(corpus: Corpus): { paragraphs: string[]; bytes: number; articles: number } {
  const files = corpus.files.slice(0, Math.ceil(corpus.files.length * CHRONO_SHARE))
  const paragraphs: string[] = []
  let bytes = 0
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    bytes += Buffer.byteLength(text, 'utf8')
    paragraphs.push(...text.split('\n\n'))
  }
  return { paragraphs, bytes, articles: files.length }
}

function timeChrono(input: ReturnType<typeof chronoInput>): Measurement {
  collectGarbage()
  // Warm-up so the JIT has compiled chrono's parsers before the clock starts.
  for (const paragraph of input.paragraphs.slice(0, 500)) chrono.parse(paragraph, REF)
  const cpu = process.cpuUsage()
  const begin = process.hrtime.bigint()
  let found = 0
  for (const paragraph of input.paragraphs) found += chrono.parse(paragraph, REF).length
  const elapsed = seconds(begin)
  return {
    mainBusy: elapsed,
    heldMB: 0,
    cores: cpuSeconds(cpu) / elapsed,
    seconds: elapsed,
    bytes: input.bytes,
    articles: input.articles,
    found,
    failures: 0,
    peakRssMB: peakRssMB()
  }
}

/** The run of median time (the upper middle one of an even count). */
function median(runs: readonly Measurement[]): Measurement {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!
}

function medianOf(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
}

// ---------------------------------------------------------------------------------------------
// Report

const round2 = (x: number): number => Math.round(x * 100) / 100
const fmt = (x: number): string => x.toFixed(2)
const line = (s = ''): void => {
  process.stdout.write(`${s}\n`)
}
const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')

function row(label: string, m: Measurement, found: string): string {
  return (
    `${label.padEnd(30)}${fmt(m.seconds).padStart(9)}${fmt(perSecond(m)).padStart(12)}` +
    `${fmt(mbps(m)).padStart(9)}${fmt(m.cores).padStart(7)}${m.failures.toString().padStart(6)}` +
    `${fmt(m.peakRssMB).padStart(12)}  ${found}`
  )
}

function version(pkg: string): string {
  try {
    const file = path.join(root, 'node_modules', pkg, 'package.json')
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?'
  } catch {
    return '?'
  }
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint()
  const cores = os.availableParallelism()
  line(
    `bench:extract — Node ${process.version}, chrono-node ${version('chrono-node')}, ` +
      `${cores} cores (availableParallelism), load average ${load()}`
  )
  const corpus = writeCorpus()
  const workerDir = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-worker-'))
  try {
    const workerFile = await bundleWorker(workerDir)
    line(
      `corpus: ${corpus.files.length} articles, ${fmt(corpus.bytes / MB)} MB in ${corpus.dir}` +
        ` (seed ${SEED}, published ${PUBLISHED}); written in ${fmt(seconds(started))} s`
    )
    line()
    line(
      `${'run'.padEnd(30)}${'seconds'.padStart(9)}${'articles/s'.padStart(12)}${'MB/s'.padStart(9)}` +
        `${'cores'.padStart(7)}${'fail'.padStart(6)}${'maxRSS MB'.padStart(12)}  found`
    )
    // (1), (2) and (3) in turn, ROUNDS times: the host's speed drifts by a third within minutes
    // here, and one run of each, minutes apart, compared a fast stretch with a slow one.
    const ones: Measurement[] = []
    const pools: Measurement[] = []
    const bares: Measurement[] = []
    let paragraphCount = 0
    for (let round = 1; round <= ROUNDS; round++) {
      const one = await timeBatch(corpus, workerFile, 1)
      line(row(`(1) pipeline, 1 worker #${round}`, one, `${one.found} events`))
      const pool = await timeBatch(corpus, workerFile)
      line(row(`(2) pipeline, pool of ${cores} #${round}`, pool, `${pool.found} events`))
      const chronoText = chronoInput(corpus)
      paragraphCount = chronoText.paragraphs.length
      const bare = timeChrono(chronoText)
      line(row(`(3) chrono.parse #${round}`, bare, `${bare.found} mentions`))
      ones.push(one)
      pools.push(pool)
      bares.push(bare)
      if (one.found !== pool.found || one.articles !== pool.articles) {
        line(`WARNING: the one-worker and pool runs disagree on articles or events.`)
      }
    }
    // The pipeline's high-water mark, taken before the ceiling runs below add their own.
    const pipelinePeakMB = peakRssMB()
    const one = median(ones)
    const pool = median(pools)
    const bare = median(bares)
    line(row('(1) median', one, ''))
    line(row('(2) median', pool, ''))
    line(row('(3) median', bare, ''))
    // The machine's own parallel ceiling, for the pool's ratio: chrono alone on 1 and N threads.
    const ceilings: number[] = []
    let ceilingOne = await timeChronoOnWorkers(root, corpus.files, 1, REF)
    let ceilingAll = await timeChronoOnWorkers(root, corpus.files, cores, REF)
    ceilings.push(ceilingOne.seconds / ceilingAll.seconds)
    while (ceilings.length < ROUNDS) {
      ceilingOne = await timeChronoOnWorkers(root, corpus.files, 1, REF)
      ceilingAll = await timeChronoOnWorkers(root, corpus.files, cores, REF)
      ceilings.push(ceilingOne.seconds / ceilingAll.seconds)
    }
    const ceiling = medianOf(ceilings)
    line()
    const share =
      CHRONO_SHARE < 1
        ? `a fixed ${CHRONO_SHARE * 100}% of the corpus (the first ${bare.articles} articles,` +
          ` ${fmt(bare.bytes / MB)} MB), to keep the bench near 5 minutes`
        : `the whole corpus`
    line(
      `chrono timed in this thread on ${share}: ${paragraphCount} paragraphs,` +
        ` headlines included.`
    )
    line(
      `(1) and (2): wall time of runBatch, start-up of the workers included` +
        ` (${path.relative(root, WORKER_SOURCE)} bundled by esbuild).`
    )
    line(
      `cores: CPU time of the whole process over wall time — below the worker count means other` +
        ` processes had the CPU and the pool numbers are noisy.`
    )
    line(
      `maxRSS: the process's high-water mark (main thread + worker threads) after each run;` +
        ` the main thread holds every result until runBatch returns (input order).`
    )
    line(
      `(4) chrono.parse alone on worker threads, warmed, start-up excluded, ${ROUNDS} rounds:` +
        ` 1 thread over ${cores} threads ${ceilings.map(fmt).join(', ')}` +
        ` (last: ${fmt(ceilingOne.seconds)} s and ${fmt(ceilingAll.seconds)} s,` +
        ` ${ceilingAll.mentions} mentions)`
    )
    line(
      `    → this machine's parallel ceiling for CPU-bound work: ${fmt(ceiling)}x on ${cores}` +
        ` threads; the pool reaches ${fmt(mbps(pool) / mbps(one) / ceiling)} of it.`
    )
    line(
      `main thread busy (event-loop utilization): ${fmt(one.mainBusy)} s of (1),` +
        ` ${fmt(pool.mainBusy)} s of (2) — reading the results; in (2) it shares the cores`
    )
    line(
      `heap the result holds (main thread, after a full collection): ${fmt(one.heldMB)} MB for` +
        ` (1), ${fmt(pool.heldMB)} MB for (2)`
    )
    const perRound = (a: Measurement[], b: Measurement[]): string =>
      a.map((m, i) => fmt(mbps(m) / mbps(b[i]!))).join(', ')
    line(
      `ratio pool / one worker:            ${fmt(mbps(pool) / mbps(one))}x` +
        ` (medians; round by round ${perRound(pools, ones)})`
    )
    line(
      `ratio pipeline (1 worker) / chrono:  ${fmt(mbps(one) / mbps(bare))}x` +
        ` (medians; round by round ${perRound(ones, bares)})`
    )
    line(
      `ratio pipeline (pool) / chrono:      ${fmt(mbps(pool) / mbps(bare))}x` +
        ` (medians; round by round ${perRound(pools, bares)})`
    )
    line(
      `peak RSS (process.resourceUsage().maxRSS, main + worker threads) over (1)–(3):` +
        ` ${fmt(pipelinePeakMB)} MB (${fmt(peakRssMB())} MB after the ceiling runs of (4));` +
        ` load average now ${load()}`
    )
    line(`total bench time: ${fmt(seconds(started))} s`)
    line(
      JSON.stringify({
        oneWorkerMBps: round2(mbps(one)),
        poolMBps: round2(mbps(pool)),
        chronoMBps: round2(mbps(bare)),
        peakRssMB: round2(pipelinePeakMB),
        articles: corpus.files.length,
        parallelCeiling: round2(ceiling)
      })
    )
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true })
    rmSync(workerDir, { recursive: true, force: true })
  }
}

await main()
