/**
 * Frame timing in the page, the same for every library.
 *
 * measureFrames(apply, drawn) starts at the beginning of a frame, inside a requestAnimationFrame
 * callback, so no wait for the next vsync is counted up front (the rAF callback runs where the
 * browser dispatches input such as wheel events). It takes t0 = performance.now(), calls apply()
 * and then follows frames: a frame ends when a task posted (MessageChannel) from inside it runs,
 * which is after that frame's rAF callbacks, style, layout and paint. It counts
 *
 *   busyMs = (end of frame 0 − t0) + Σ over later frames (end of frame − start of frame)
 *
 * where a later frame starts at a rAF callback queued before apply() could queue its own, so the
 * library's deferred drawing in that frame is counted. It stops after the first frame that ends
 * with drawn() true, and never before the end of frame 1 (the frame after the call): a library
 * that defers its drawing by one frame (vis-timeline does, through requestAnimationFrame) is
 * counted in full, and one that draws at once pays for an empty frame (well under a millisecond).
 * The idle gaps between frames are left out of busyMs and kept in wallMs.
 */
import type { FrameTiming } from '../protocol'

const MIN_FRAMES = 2
const MAX_FRAMES = 12

function afterFrame(callback: () => void): void {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    callback()
  }
  channel.port2.postMessage(null)
}

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve))
}

export function measureFrames(apply: () => void, drawn: () => boolean): Promise<FrameTiming> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const t0 = performance.now()
      let busy = 0
      let frames = 0
      let frameStart = t0
      let pending = 0
      const onFrameStart = (): void => {
        frameStart = performance.now()
        pending = requestAnimationFrame(onFrameStart)
        afterFrame(onFrameEnd)
      }
      const onFrameEnd = (): void => {
        const now = performance.now()
        busy += now - frameStart
        frames += 1
        const done = frames >= MIN_FRAMES && drawn()
        if (done || frames >= MAX_FRAMES) {
          cancelAnimationFrame(pending)
          resolve({ busyMs: busy, wallMs: now - t0, frames, unfinished: !done, startedAt: t0 })
        }
      }
      pending = requestAnimationFrame(onFrameStart)
      try {
        apply()
      } catch (error) {
        cancelAnimationFrame(pending)
        reject(error instanceof Error ? error : new Error(String(error)))
        return
      }
      afterFrame(onFrameEnd)
    })
  })
}
