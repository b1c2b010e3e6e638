/**
 * Puts labels into rows so that no two overlap: each label goes into the lowest row where it
 * fits after the label before it; a label that fits nowhere is hidden until zoom makes room.
 * Labels of more important events are placed first, so they are the ones that stay; at most
 * `limit` are placed.
 */

export interface LabelBox {
  id: string
  /** Left edge and width in pixels. */
  left: number
  width: number
  importance: number
}

export interface PlacedLabel extends LabelBox {
  row: number
}

export function layoutLabels(
  boxes: readonly LabelBox[],
  rows: number,
  gap = 8,
  limit = Infinity
): PlacedLabel[] {
  // Most important first; among equals, in the order given (the caller spreads them over time).
  const order = [...boxes].sort((a, b) => b.importance - a.importance)
  const occupied: [number, number][][] = Array.from({ length: Math.max(0, rows) }, () => [])
  const placed: PlacedLabel[] = []
  for (const box of order) {
    if (placed.length >= limit) break
    const lo = box.left - gap / 2
    const hi = box.left + box.width + gap / 2
    const row = occupied.findIndex((spans) => spans.every(([a, b]) => hi <= a || lo >= b))
    if (row < 0) continue
    occupied[row]!.push([lo, hi])
    placed.push({ ...box, row })
  }
  return placed.sort((a, b) => a.left - b.left)
}
