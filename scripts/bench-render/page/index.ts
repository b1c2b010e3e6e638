/**
 * The bench page, bundled by esbuild and loaded in headless Chromium by ../bench-render.ts. It
 * holds one library at a time (the driver opens a fresh page per library and N) in a fixed
 * 1200×500 container, and exposes prepare / firstFrame / zoom on globalThis for the driver.
 */
import { DataSet } from 'vis-data/peer'
import { Timeline as VisTimeline, type DataItem } from 'vis-timeline/peer'
import type { TimelineEvent } from '../../../src/shared/model'
import { Timeline } from '../../../src/renderer/src/timeline/timeline'
import { dayMs, eventsSpan, generateEvents } from '../events'
import { measureFrames, nextFrame } from './frame'
import {
  BENCH_GLOBAL,
  VISIBLE_WAIT_MS,
  type BenchApi,
  type BenchGlobal,
  type FirstFrameResult,
  type Library,
  type Prepared,
  type ZoomResult
} from '../protocol'
import { zoomPanSequence, type Window } from '../sequence'

const DAY = 86_400_000

interface View {
  setWindow(start: Date, end: Date): void
  window(): [number, number]
  /** True once the library has drawn everything asked of it so far. */
  drawn(): boolean
  /** False while the library hides its timeline (vis-timeline does until its first full draw). */
  visible(): boolean
}

let events: TimelineEvent[] = []
let items: DataItem[] = []
let span: Window = [0, 0]
let view: View | null = null

/** vis-timeline's form of an event: a box for a day, a range (end exclusive) for the rest. */
function visItem(e: TimelineEvent): DataItem {
  const start = new Date(dayMs(e.when.start))
  return e.when.granularity === 'day'
    ? { id: e.id, content: e.title, start, type: 'box' }
    : { id: e.id, content: e.title, start, end: new Date(dayMs(e.when.end) + DAY), type: 'range' }
}

function stage(): HTMLElement {
  const container = document.createElement('div')
  container.id = 'stage'
  document.body.replaceChildren(container)
  return container
}

/**
 * Loads the fonts both libraries draw with before anything is timed. A fresh page has drawn no
 * text yet, and its first glyphs pay for the font lookup; in the app the window's own text has
 * done that long before a timeline is drawn. The same for both libraries, outside the clock.
 */
function warmFonts(): void {
  const sample = document.createElement('div')
  sample.style.cssText = 'position:absolute;left:-9999px;top:0'
  for (const font of ['400 12px system-ui, sans-serif', '600 13px system-ui, sans-serif']) {
    const line = document.createElement('div')
    line.style.font = font
    line.textContent = 'Warm-up 0123456789 NATO Lavrov Stoltenberg 2021 Oct'
    sample.append(line)
  }
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  const text = document.createElementNS('http://www.w3.org/2000/svg', 'text')
  text.textContent = 'Warm-up 0123456789'
  svg.append(text)
  sample.append(svg)
  document.body.append(sample)
  void sample.offsetWidth
  const ctx = document.createElement('canvas').getContext('2d')
  if (ctx) {
    ctx.font = '600 13px system-ui, sans-serif'
    ctx.measureText('Warm-up 0123456789')
  }
  sample.remove()
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect) collect()
}

function createOurs(container: HTMLElement): View {
  container.className = 'timeline'
  const timeline = new Timeline(container, { onSelect: () => {} })
  timeline.setEvents(events, [], { start: new Date(span[0]), end: new Date(span[1]) })
  return {
    setWindow: (start, end) => timeline.setWindow(start, end),
    window: () => timeline.visibleWindow().map((d) => d.getTime()) as [number, number],
    drawn: () => true,
    visible: () => true
  }
}

function createVis(container: HTMLElement): View {
  let changes = 0
  const timeline = new VisTimeline(container, new DataSet(items), {
    start: new Date(span[0]),
    end: new Date(span[1]),
    width: '100%',
    height: '500px'
  })
  timeline.on('changed', () => (changes += 1))
  let seen = 0
  return {
    setWindow: (start, end) => {
      seen = changes
      timeline.setWindow(start, end, { animation: false })
    },
    window: () => {
      const { start, end } = timeline.getWindow()
      return [start.getTime(), end.getTime()]
    },
    drawn: () => changes > seen,
    visible: () => {
      const root = container.querySelector<HTMLElement>('.vis-timeline')
      return root !== null && root.style.visibility !== 'hidden'
    }
  }
}

const api: BenchApi = {
  prepare(n: number): Prepared {
    view = null
    warmFonts()
    const t0 = performance.now()
    events = generateEvents(n)
    items = events.map(visItem)
    span = eventsSpan(events)
    return { n, span, generateMs: performance.now() - t0 }
  },

  async firstFrame(library: Library): Promise<FirstFrameResult> {
    const container = stage()
    // Let the page paint once with its empty container, as the app's window has long been
    // painted when a timeline is drawn: the page's first paint is not the library's cost.
    await nextFrame()
    await new Promise((resolve) => setTimeout(resolve, 0))
    gc()
    let created = null as View | null
    const timing = await measureFrames(
      () => {
        created = library === 'ours' ? createOurs(container) : createVis(container)
      },
      () => created !== null && created.drawn()
    )
    const elements = container.querySelectorAll('*').length
    view = created
    let visibleMs: number | null = null
    const waitUntil = performance.now() + VISIBLE_WAIT_MS
    for (;;) {
      // Checked at the end of each frame (the frame's paint is done when a task posted runs).
      if (view?.visible()) {
        visibleMs = performance.now() - timing.startedAt
        break
      }
      if (performance.now() > waitUntil) break
      await nextFrame()
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    return { ...timing, elements, visibleMs }
  },

  async zoom(library: Library, budgetMs: number): Promise<ZoomResult> {
    const current = view
    if (!current) throw new Error(`No ${library} timeline on the page: run firstFrame first`)
    const windows = zoomPanSequence(span)
    const stepsMs: number[] = []
    let unfinished = 0
    let timedOut = false
    gc()
    const started = performance.now()
    for (const [start, end] of windows) {
      const timing = await measureFrames(
        () => current.setWindow(new Date(start), new Date(end)),
        () => current.drawn()
      )
      stepsMs.push(timing.busyMs)
      if (timing.unfinished) unfinished += 1
      if (performance.now() - started > budgetMs) {
        timedOut = stepsMs.length < windows.length
        break
      }
    }
    const last = windows[windows.length - 1] as Window
    return {
      stepsMs,
      total: windows.length,
      timedOut,
      unfinished,
      finalWindow: timedOut ? null : current.window(),
      expectedFinalWindow: last
    }
  }
}

;(globalThis as unknown as BenchGlobal)[BENCH_GLOBAL] = api
