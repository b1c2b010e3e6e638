import { describe, expect, it } from 'vitest'
import { layoutLabels, type LabelBox } from '../../src/renderer/src/timeline/label-layout'

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('label layout', () => {
  it('never puts two overlapping labels in one row, over many random layouts', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = random(seed)
      const boxes: LabelBox[] = Array.from({ length: 5 + Math.floor(r() * 60) }, (_, i) => ({
        id: String(i),
        left: r() * 1200,
        width: 20 + r() * 300,
        importance: Math.floor(r() * 4)
      }))
      const rows = 1 + Math.floor(r() * 8)
      const placed = layoutLabels(boxes, rows, 8)
      for (const a of placed) {
        expect(a.row).toBeGreaterThanOrEqual(0)
        expect(a.row).toBeLessThan(rows)
        for (const b of placed) {
          if (a === b || a.row !== b.row) continue
          const apart =
            a.left + a.width + 8 <= b.left + 1e-9 || b.left + b.width + 8 <= a.left + 1e-9
          expect(apart, `seed ${seed}: ${a.id} and ${b.id} collide in row ${a.row}`).toBe(true)
        }
      }
    }
  })

  it('places every label when there is room', () => {
    const boxes = [0, 100, 200].map((left, i) => ({
      id: String(i),
      left,
      width: 80,
      importance: 1
    }))
    expect(layoutLabels(boxes, 1).map((p) => p.row)).toEqual([0, 0, 0])
  })

  it('stacks colliding labels and hides what does not fit, keeping the most important', () => {
    const boxes = [
      { id: 'minor', left: 0, width: 100, importance: 1 },
      { id: 'major', left: 10, width: 100, importance: 5 },
      { id: 'middle', left: 20, width: 100, importance: 3 }
    ]
    const placed = layoutLabels(boxes, 2)
    expect(placed.map((p) => [p.id, p.row])).toEqual([
      ['major', 0],
      ['middle', 1]
    ])
  })
})

describe('label layout order', () => {
  it('keeps the given order among equally important labels, so a limit keeps a spread', () => {
    // Given spread over the width (as the timeline hands them out), the first four placed are
    // not the four leftmost.
    const lefts = [0, 600, 300, 900, 150, 750, 450, 1050]
    const boxes = lefts.map((left, i) => ({ id: String(i), left, width: 100, importance: 1 }))
    const placed = layoutLabels(boxes, 1, 8, 4)
    expect(placed.map((p) => p.left)).toEqual([0, 300, 600, 900])
  })
})
