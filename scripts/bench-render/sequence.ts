/**
 * The scripted zoom-and-pan sequence: 60 explicit windows derived from the events' span, the same
 * for every library and every N. Zooms scale the window about a point (that point stays put on
 * screen, as under a wheel); pans shift it by a share of its own width. Every window stays within
 * the span plus a quarter of it on each side and is at least a day wide, so neither library
 * clamps it and both show exactly the scripted windows.
 */

export type Window = [number, number]

type Move = { zoom: number; at: number; steps: number } | { pan: number; steps: number }

/** zoom < 1 zooms in; `at` is where the fixed point sits across the window (0 left, 1 right). */
const SCRIPT: Move[] = [
  { zoom: 1 / 1.5, at: 0.62, steps: 14 }, // in toward a point right of centre, to ~25 days
  { pan: 0.2, steps: 8 }, // later
  { pan: -0.2, steps: 12 }, // earlier
  { zoom: 1.5, at: 0.5, steps: 10 }, // out about the centre, to ~3 years
  { pan: -0.15, steps: 6 }, // earlier
  { zoom: 1 / 1.5, at: 0.3, steps: 4 }, // in again
  { zoom: 1.6, at: 0.5, steps: 6 } // out, to about the whole span
]

const DAY = 86_400_000

export function zoomPanSequence([spanStart, spanEnd]: Window): Window[] {
  const span = spanEnd - spanStart
  const lo = spanStart - span / 4
  const hi = spanEnd + span / 4
  const windows: Window[] = []
  let [a, b] = [spanStart, spanEnd]
  for (const move of SCRIPT) {
    for (let i = 0; i < move.steps; i++) {
      const width = b - a
      if ('zoom' in move) {
        const fixed = a + width * move.at
        const next = Math.max(DAY, Math.min(hi - lo, width * move.zoom))
        a = fixed - next * move.at
        b = a + next
      } else {
        a += width * move.pan
        b += width * move.pan
      }
      // Keep the window inside [lo, hi] by sliding it, never by resizing it.
      if (a < lo) [a, b] = [lo, lo + (b - a)]
      if (b > hi) [a, b] = [hi - (b - a), hi]
      windows.push([Math.round(a), Math.round(b)])
    }
  }
  return windows
}
