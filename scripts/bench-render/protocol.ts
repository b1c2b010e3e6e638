/**
 * What the bench page (page.ts, in Chromium) exposes to the Node driver (../bench-render.ts).
 * No DOM types here: the driver type-checks under the Node config.
 */

export type Library = 'ours' | 'vis'

/** The page's API lives on globalThis under this name. */
export const BENCH_GLOBAL = '__datelineBench'

/** How long the page waits after the first frame for the timeline to be visible. */
export const VISIBLE_WAIT_MS = 5_000

export interface Prepared {
  n: number
  /** The events' extent, [first start day, day after the last end day], epoch ms (UTC). */
  span: [number, number]
  /** Generating the events (and vis-timeline's item objects); not part of any timing. */
  generateMs: number
}

export interface FrameTiming {
  /**
   * Main-thread time from just before the call to the end of the first frame that shows its
   * result, counting only the frames involved (see measureFrames in frame.ts).
   */
  busyMs: number
  /** Wall time over the same frames, idle waits for the next vsync included. */
  wallMs: number
  /** How many frames were counted. */
  frames: number
  /** True when the library had not finished drawing after the frame limit. */
  unfinished: boolean
  /** performance.now() in the page when the clock started. */
  startedAt: number
}

export interface FirstFrameResult extends FrameTiming {
  /** Elements under the container after the frame: a sanity check that something was drawn. */
  elements: number
  /**
   * Wall time from the same start to the end of the first frame in which the timeline is visible
   * (vis-timeline keeps its root hidden until its initial draw is complete), null if it was not
   * within VISIBLE_WAIT_MS after the first frame.
   */
  visibleMs: number | null
}

export interface ZoomResult {
  /** busyMs of each step that ran, in order. */
  stepsMs: number[]
  total: number
  /** The page stopped after the step that went past its time budget. */
  timedOut: boolean
  /** Steps whose drawing had not finished within the frame limit. */
  unfinished: number
  /** The library's visible window after the last step, epoch ms, to check it followed the script. */
  finalWindow: [number, number] | null
  expectedFinalWindow: [number, number]
}

export interface BenchApi {
  prepare(n: number): Prepared
  firstFrame(library: Library): Promise<FirstFrameResult>
  zoom(library: Library, budgetMs: number): Promise<ZoomResult>
}

export type BenchGlobal = { [BENCH_GLOBAL]: BenchApi }
