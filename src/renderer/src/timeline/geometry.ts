/** Where things go inside the timeline's SVG, derived once per size. */

export interface Geometry {
  width: number
  height: number
  left: number
  right: number
  top: number
  /** y of the axis line. */
  axisY: number
  /** y of the track the marks sit on. */
  trackY: number
  rowHeight: number
  /** How many label rows fit above the track. */
  rows: number
}

export const LABEL_HEIGHT = 34

export function geometry(width: number, height: number): Geometry {
  const top = 12
  const axisY = Math.max(top + 80, height - 34)
  const trackY = axisY - 22
  const rowHeight = LABEL_HEIGHT + 8
  const rows = Math.max(1, Math.floor((trackY - 24 - top) / rowHeight))
  return { width, height, left: 16, right: width - 16, top, axisY, trackY, rowHeight, rows }
}

/** Top of the label box in row `row` (row 0 is nearest the track). */
export function rowTop(g: Geometry, row: number): number {
  return g.trackY - 24 - LABEL_HEIGHT - row * g.rowHeight
}
