/**
 * Rendering speed of our D3 timeline next to vis-timeline 8.5 on the same generated events, in
 * headless Chromium. Run: npm run bench:render
 *
 * The page (scripts/bench-render/page/index.ts, with the app's styles.css and vis-timeline's CSS)
 * is bundled by esbuild into a temp dir and loaded from file://. For each N in 1,000 / 10,000 /
 * 100,000 and each library, a fresh page (1280×720 viewport, a 1200×500 container) generates the
 * same N events (seeded PRNG: ~70% single days, the rest weeks, months and years, spread over
 * 2005–2024; see bench-render/events.ts) before any clock starts, then measures:
 *
 * - first frame: ours is `new Timeline(container)` + `setEvents(events, [], {start, end})` (the
 *   window given with the events, as the app restores a saved view);
 *   vis-timeline is `new Timeline(container, new DataSet(items), {start, end, height})`, the items
 *   given to the constructor (its bulk setItems into a wide window is quadratic) and the same
 *   window, the events' whole span. The events → vis items mapping (a box for a day, a range for
 *   the rest) is done before the clock starts; the DataSet is built inside the timing.
 *   The figure is busy time (page/frame.ts): the clock starts inside a requestAnimationFrame
 *   callback, just before the construction; a frame ends when a task posted from inside it runs
 *   (after the frame's style, layout and paint); it stops at the end of the frame after the
 *   construction (two frames: the one the construction ran in and the next), or later if the
 *   library has not finished drawing by then; idle waits for the next vsync between frames are
 *   left out (the wall time, printed too, keeps them). vis-timeline draws synchronously in its
 *   constructor, then again in the next frame (a throttled redraw); "drawn" for it means it has
 *   emitted "changed" since it was constructed. Each first frame is taken in FIRST_FRAME_RUNS
 *   fresh pages and the median reported (once only when the first run took over
 *   REPEAT_BELOW_MS). Also printed: when the timeline became visible (vis-timeline keeps its root
 *   hidden until its initial draw is complete, which with start/end options waits for its 200 ms
 *   "rangechanged" debounce).
 * - zoom p50 / p95: 60 scripted windows (bench-render/sequence.ts: zoom in toward a point, pan
 *   later and earlier, zoom out, pan, zoom in, zoom out), run once on the page of the last first
 *   frame run, after the timeline is visible. Each step applies a window with setWindow (vis:
 *   `{ animation: false }`, which redraws in the next requestAnimationFrame) and is timed like the
 *   first frame: busy time over the frame of the call and the next one, or until vis-timeline
 *   emits "changed". Nearest-rank percentiles over the 60 steps. vis-timeline runs the sequence
 *   at 1k and 10k only; at 100k only its first frame is tried.
 *
 * Every measured step is capped (STEP_CAP_MS): a first frame that takes longer is reported as
 * timed out (the browser is closed and relaunched, since a busy page cannot be interrupted), and a
 * zoom sequence stops after the step that crosses the cap; what could not be measured is null.
 * Chromium gets --js-flags=--expose-gc so the page collects garbage before each measurement.
 * `tsx scripts/bench-render.ts 1000 10000` runs only the sizes given.
 *
 * Output: a table, Chromium's version and the machine; the last stdout line is JSON:
 * {"n10k": {firstFrameMs, zoomP95Ms, visFirstFrameMs, ...}, "n100k": {firstFrameMs, zoomP95Ms, ...}}.
 * Targets (not asserted here): at 10k first frame ≤ 100 ms and ≥ 30× faster than vis-timeline,
 * zoom p95 ≤ 16 ms; at 100k zoom p95 ≤ 33 ms.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { build } from 'esbuild'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { callPageApi, launchChromium } from './lib/bench-browser'
import {
  BENCH_GLOBAL,
  VISIBLE_WAIT_MS,
  type BenchApi,
  type FirstFrameResult,
  type Library,
  type ZoomResult
} from './bench-render/protocol'

const ALL_SIZES = [1_000, 10_000, 100_000]
/** `tsx scripts/bench-render.ts 1000 10000` runs only those sizes (the JSON keeps its shape). */
const SIZES = process.argv.slice(2).length
  ? process.argv.slice(2).map((arg) => {
      const n = Number(arg.replace(/[_,]/g, ''))
      if (!Number.isInteger(n) || n < 1) throw new Error(`Not an event count: ${arg}`)
      return n
    })
  : ALL_SIZES
/** vis-timeline runs the zoom sequence up to this N; above it, its first frame only. */
const VIS_ZOOM_MAX_N = 10_000
const STEP_CAP_MS = 60_000
/** First frames are measured this many times, each in a fresh page, and the median reported… */
const FIRST_FRAME_RUNS = 3
/** …unless the first run took longer than this (vis-timeline at 10k takes ~35 s): then once. */
const REPEAT_BELOW_MS = 5_000

/** Extra time the driver gives a page past the cap before it gives up on it. */
const GRACE_MS = 30_000
const VIEWPORT = { width: 1280, height: 720 }

const root = fileURLToPath(new URL('..', import.meta.url))
const pageDir = path.join(root, 'scripts/bench-render')

const progress = (message: string): void => {
  process.stderr.write(`[bench:render] ${message}\n`)
}

interface CaseResult {
  library: Library
  n: number
  /** The median run. */
  firstFrame: FirstFrameResult | null
  /** Busy time of each run, in order. */
  firstFrameRuns: number[]
  firstFrameNote: string
  zoom: ZoomResult | null
  zoomNote: string
}

class TimedOut extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`no answer within ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function bundle(dir: string): Promise<void> {
  await build({
    entryPoints: {
      bench: path.join(pageDir, 'page/index.ts'),
      'bench-style': path.join(pageDir, 'bench.css')
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: false,
    outdir: dir,
    entryNames: '[name]',
    loader: { '.woff2': 'file', '.png': 'file', '.svg': 'file' },
    logLevel: 'warning'
  })
  copyFileSync(path.join(pageDir, 'index.html'), path.join(dir, 'index.html'))
}

const launch = launchChromium

/** Calls a method of the page's bench API. */
function call<K extends keyof BenchApi & string>(
  page: Page,
  method: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return callPageApi<BenchApi, K>(page, BENCH_GLOBAL, method, ...args)
}

/** Page messages worth reporting (vis-timeline warnings, errors), counted once each. */
const pageMessages = new Map<string, number>()
function note(message: string): void {
  const key = message.length > 300 ? `${message.slice(0, 300)}…` : message
  if (!pageMessages.has(key)) progress(`page: ${key}`)
  pageMessages.set(key, (pageMessages.get(key) ?? 0) + 1)
}

interface Session {
  context: BrowserContext
  page: Page
}

async function openPage(browser: Browser, url: string, library: Library): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error')
      note(`${library} ${message.type()}: ${message.text()}`)
    else if (/warn|error|infinite/i.test(message.text())) note(`${library} log: ${message.text()}`)
  })
  page.on('pageerror', (error) => note(`${library} page error: ${error.message}`))
  await page.goto(url)
  return { context, page }
}

/** The run with the median busy time (the lower middle one for an even count). */
function medianRun(runs: readonly FirstFrameResult[]): FirstFrameResult | null {
  const sorted = [...runs].sort((a, b) => a.busyMs - b.busyMs)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null
}

/**
 * One library at one N: the first frame in up to FIRST_FRAME_RUNS fresh pages, then the zoom
 * sequence on the last one. Returns the browser to use next: a new one if a step timed out (a
 * page busy in a long synchronous call cannot be stopped any other way).
 */
async function runCase(
  browser: Browser,
  url: string,
  library: Library,
  n: number,
  withZoom: boolean
): Promise<{ result: CaseResult; browser: Browser }> {
  const result: CaseResult = {
    library,
    n,
    firstFrame: null,
    firstFrameRuns: [],
    firstFrameNote: 'not run',
    zoom: null,
    zoomNote: withZoom ? 'not run' : 'not measured'
  }
  const label = `${library} n=${n}`
  const step = async <T>(name: string, run: () => Promise<T>, capMs: number): Promise<T | null> => {
    progress(`${label}: ${name}…`)
    try {
      return await withTimeout(run(), capMs)
    } catch (error) {
      if (error instanceof TimedOut) return null
      throw error
    }
  }
  const restart = async (): Promise<Browser> => {
    progress('restarting Chromium (a page busy in a long call cannot be stopped otherwise)')
    await withTimeout(browser.close(), 20_000).catch(() => progress('Chromium did not close'))
    return launch()
  }
  let session: Session | null = null
  try {
    const runs: FirstFrameResult[] = []
    for (let run = 1; run <= FIRST_FRAME_RUNS; run++) {
      await session?.context.close()
      session = await openPage(browser, url, library)
      const { page } = session
      const prepared = await step('generate', () => call(page, 'prepare', n), STEP_CAP_MS)
      if (!prepared) throw new Error('generating the events timed out')
      if (run === 1) progress(`${label}: generated in ${prepared.generateMs.toFixed(0)} ms`)
      const first = await step(
        `first frame, run ${run}`,
        () => call(page, 'firstFrame', library),
        STEP_CAP_MS
      )
      if (!first) {
        result.firstFrameNote = `timed out (> ${STEP_CAP_MS / 1000} s)`
        if (withZoom) result.zoomNote = 'not run (first frame timed out)'
        return { result, browser: await restart() }
      }
      runs.push(first)
      progress(
        `${label}: first frame ${first.busyMs.toFixed(1)} ms busy, ${first.wallMs.toFixed(1)} ms` +
          ` wall, ${first.frames} frames, ${first.elements} elements, visible after` +
          ` ${fmt(first.visibleMs)} ms`
      )
      if (runs[0] && runs[0].busyMs > REPEAT_BELOW_MS) break
    }
    result.firstFrame = medianRun(runs)
    result.firstFrameRuns = runs.map((r) => r.busyMs)
    result.firstFrameNote = runs.some((r) => r.unfinished)
      ? 'drawing unfinished at the frame limit'
      : runs.some((r) => r.visibleMs === null)
        ? `not visible within ${VISIBLE_WAIT_MS / 1000} s of the first frame`
        : ''
    if (!withZoom || !session) return { result, browser }
    const { page } = session
    // The page stops the sequence past STEP_CAP_MS; the grace covers one long last step.
    const zoom = await step(
      'zoom and pan',
      () => call(page, 'zoom', library, STEP_CAP_MS),
      STEP_CAP_MS + GRACE_MS
    )
    if (!zoom) {
      result.zoomNote = `timed out (no answer within ${(STEP_CAP_MS + GRACE_MS) / 1000} s)`
      return { result, browser: await restart() }
    }
    result.zoom = zoom
    result.zoomNote = zoom.timedOut
      ? `timed out after ${zoom.stepsMs.length}/${zoom.total} steps (> ${STEP_CAP_MS / 1000} s)`
      : ''
    if (zoom.unfinished > 0)
      note(`${label}: ${zoom.unfinished} zoom steps unfinished at the frame limit`)
    checkWindow(label, zoom)
    progress(
      `${label}: zoom ${zoom.stepsMs.length}/${zoom.total} steps, ` +
        `p50 ${fmt(zoomP(zoom, 50))} ms, p95 ${fmt(zoomP(zoom, 95))} ms`
    )
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    progress(`${label}: failed: ${message}`)
    if (!result.firstFrame) result.firstFrameNote = `failed: ${message.split('\n')[0]}`
    else result.zoomNote = `failed: ${message.split('\n')[0]}`
  } finally {
    if (browser.isConnected()) await session?.context.close().catch(() => undefined)
  }
  return { result, browser }
}

function checkWindow(label: string, zoom: ZoomResult): void {
  if (!zoom.finalWindow) return
  const [a, b] = zoom.finalWindow
  const [x, y] = zoom.expectedFinalWindow
  // A second of slack at either end, on a window of years.
  if (Math.abs(a - x) > 1000 || Math.abs(b - y) > 1000)
    note(
      `${label}: final window ${new Date(a).toISOString()}–${new Date(b).toISOString()}` +
        ` is not the scripted ${new Date(x).toISOString()}–${new Date(y).toISOString()}`
    )
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null
}

function zoomP(zoom: ZoomResult | null, p: number): number | null {
  return zoom && !zoom.timedOut ? percentile(zoom.stepsMs, p) : null
}

function fmt(value: number | null, digits = 1): string {
  return value === null ? '—' : value.toFixed(digits)
}

const round1 = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? []
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd : cell.padStart).call(cell, widths[i] ?? 0))
        .join('  ')
    )
    .join('\n')
}

async function main(): Promise<void> {
  const started = performance.now()
  const loadBefore = os.loadavg()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-render-'))
  const results: CaseResult[] = []
  let version = 'unknown'
  try {
    progress('bundling the page with esbuild…')
    await bundle(dir)
    const url = pathToFileURL(path.join(dir, 'index.html')).href
    let browser = await launch()
    version = browser.version()
    try {
      for (const n of SIZES) {
        for (const library of ['ours', 'vis'] as const) {
          const withZoom = library === 'ours' || n <= VIS_ZOOM_MAX_N
          const run = await runCase(browser, url, library, n, withZoom)
          browser = run.browser
          results.push(run.result)
        }
      }
    } finally {
      await withTimeout(browser.close(), 20_000).catch(() => progress('Chromium did not close'))
    }
  } catch (error) {
    // Still print the table and the JSON line, with null for what was not measured.
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  report(results, version, loadBefore, started)
}

function report(
  results: CaseResult[],
  version: string,
  loadBefore: number[],
  started: number
): void {
  const get = (library: Library, n: number): CaseResult | undefined =>
    results.find((r) => r.library === library && r.n === n)
  const first = (r: CaseResult | undefined): number | null => r?.firstFrame?.busyMs ?? null
  const wall = (r: CaseResult | undefined): number | null => r?.firstFrame?.wallMs ?? null
  const ratio = (n: number): number | null => {
    const ours = first(get('ours', n))
    const vis = first(get('vis', n))
    return ours !== null && vis !== null && ours > 0 ? vis / ours : null
  }
  const rows = [
    [
      'N',
      'ours first frame',
      'vis first frame',
      'vis/ours',
      'ours zoom p50',
      'ours zoom p95',
      'vis zoom p50',
      'vis zoom p95'
    ]
  ]
  /** A figure, or why there is none: "timed out", "n/a" (not measured by design) or "—". */
  const cell = (value: number | null, why: string | undefined): string =>
    value !== null
      ? `${fmt(value)} ms`
      : why?.startsWith('timed out')
        ? 'timed out'
        : why === 'not measured'
          ? 'n/a'
          : '—'
  for (const n of SIZES) {
    const ours = get('ours', n)
    const vis = get('vis', n)
    const r = ratio(n)
    rows.push([
      n.toLocaleString('en-US'),
      cell(first(ours), ours?.firstFrameNote),
      cell(first(vis), vis?.firstFrameNote),
      r === null ? '—' : `${fmt(r)}×`,
      cell(zoomP(ours?.zoom ?? null, 50), ours?.zoomNote),
      cell(zoomP(ours?.zoom ?? null, 95), ours?.zoomNote),
      cell(zoomP(vis?.zoom ?? null, 50), vis?.zoomNote),
      cell(zoomP(vis?.zoom ?? null, 95), vis?.zoomNote)
    ])
  }
  const line = (text = ''): void => {
    process.stdout.write(`${text}\n`)
  }
  line('Dateline render bench: our timeline vs vis-timeline 8.5 on the same generated events')
  line('first frame: main-thread busy time from just before construction to the end of the frame')
  line('  after it (or of the frame in which the library finished drawing), vsync waits excluded;')
  line(
    `  median of ${FIRST_FRAME_RUNS} fresh pages (1 if over ${REPEAT_BELOW_MS / 1000} s).` +
      ' zoom: the same per step over 60 scripted windows,'
  )
  line(
    '  nearest-rank p50 / p95. n/a: not measured by design (vis zoom above ' +
      `${VIS_ZOOM_MAX_N.toLocaleString('en-US')} events).`
  )
  line()
  line(table(rows))
  line()
  line(
    'first frame runs (busy ms, fresh page each; median above), wall time of the median run' +
      ' (vsync waits included) and when the timeline was visible:'
  )
  for (const n of SIZES) {
    const detail = (r: CaseResult | undefined): string =>
      r?.firstFrame
        ? `${r.firstFrameRuns.map((ms) => fmt(ms)).join(' / ')}; wall ${fmt(wall(r))}; visible ` +
          `${fmt(r.firstFrame.visibleMs)}`
        : '—'
    line(
      `  ${n.toLocaleString('en-US').padStart(7)}: ours ${detail(get('ours', n))}` +
        ` | vis ${detail(get('vis', n))}`
    )
  }
  const notes = results.flatMap((r) =>
    [
      r.firstFrameNote && `${r.library} n=${r.n} first frame: ${r.firstFrameNote}`,
      r.zoomNote && r.zoomNote !== 'not measured' && `${r.library} n=${r.n} zoom: ${r.zoomNote}`
    ].filter((s): s is string => Boolean(s))
  )
  if (notes.length > 0) {
    line('notes:')
    for (const text of notes) line(`  ${text}`)
  }
  if (pageMessages.size > 0) {
    line('page console (warnings and errors, with counts):')
    for (const [text, count] of pageMessages) line(`  ${count}× ${text}`)
  }
  line()
  const cpus = os.cpus()
  line(`Chromium ${version} (headless), viewport 1280×720, container 1200×500`)
  line(
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ` +
      `load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ` +
      `${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} after; Node ${process.version}`
  )
  line(`total bench time: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const ours10k = get('ours', 10_000)
  const vis10k = get('vis', 10_000)
  const ours100k = get('ours', 100_000)
  const vis100k = get('vis', 100_000)
  line(
    JSON.stringify({
      n10k: {
        firstFrameMs: round1(first(ours10k)),
        zoomP95Ms: round1(zoomP(ours10k?.zoom ?? null, 95)),
        visFirstFrameMs: round1(first(vis10k)),
        zoomP50Ms: round1(zoomP(ours10k?.zoom ?? null, 50)),
        visZoomP50Ms: round1(zoomP(vis10k?.zoom ?? null, 50)),
        visZoomP95Ms: round1(zoomP(vis10k?.zoom ?? null, 95)),
        visOverOurs: round1(ratio(10_000)),
        visVisibleMs: round1(vis10k?.firstFrame?.visibleMs ?? null)
      },
      n100k: {
        firstFrameMs: round1(first(ours100k)),
        zoomP95Ms: round1(zoomP(ours100k?.zoom ?? null, 95)),
        zoomP50Ms: round1(zoomP(ours100k?.zoom ?? null, 50)),
        visFirstFrameMs: round1(first(vis100k))
      }
    })
  )
}

await main()
