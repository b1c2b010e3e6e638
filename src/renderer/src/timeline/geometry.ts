/**
 * Where things go inside the timeline, derived once per size and lane count: the lanes stacked
 * above the axis, each with its track and the label rows above it, and the overview strip below.
 */

export interface LaneBox {
  top: number
  bottom: number
  /** y of the track the lane's marks sit on. */
  trackY: number
  /** How many label rows fit above the track. */
  rows: number
}

export interface Geometry {
  width: number
  height: number
  left: number
  right: number
  top: number
  /** y of the axis line. */
  axisY: number
  /** y of the single lane's track (the first lane's): kept for one-lane views. */
  trackY: number
  labelHeight: number
  rowHeight: number
  /** Label rows of the first lane. */
  rows: number
  lanes: LaneBox[]
  /** The overview strip under the axis: top and height. */
  overviewTop: number
  overviewHeight: number
}

/** Two-line labels (date and title) with one lane; one line (title) with several. */
export const LABEL_HEIGHT = 34
export const COMPACT_LABEL_HEIGHT = 20
const AXIS_HEIGHT = 34
const OVERVIEW_HEIGHT = 40

export function geometry(width: number, height: number, laneCount = 1): Geometry {
  const top = 12
  const overviewHeight = height >= 260 ? OVERVIEW_HEIGHT : 0
  const overviewTop = height - overviewHeight - 4
  const axisY = Math.max(top + 80, overviewTop - AXIS_HEIGHT)
  const count = Math.max(1, laneCount)
  const labelHeight = count > 1 ? COMPACT_LABEL_HEIGHT : LABEL_HEIGHT
  const rowHeight = labelHeight + (count > 1 ? 4 : 8)
  const laneHeight = (axisY - top) / count
  const lanes: LaneBox[] = []
  for (let i = 0; i < count; i++) {
    const laneTop = top + i * laneHeight
    const bottom = laneTop + laneHeight
    const trackY = bottom - (count > 1 ? 12 : 22)
    const rows = Math.max(0, Math.floor((trackY - 12 - laneTop - (count > 1 ? 14 : 0)) / rowHeight))
    lanes.push({ top: laneTop, bottom, trackY, rows })
  }
  const first = lanes[0]!
  return {
    width,
    height,
    left: 16,
    right: width - 16,
    top,
    axisY,
    trackY: first.trackY,
    labelHeight,
    rowHeight,
    rows: first.rows,
    lanes,
    overviewTop,
    overviewHeight
  }
}

/** Top of the label box in row `row` of a lane (row 0 is nearest the track). */
export function rowTop(g: Geometry, lane: LaneBox, row: number): number {
  return lane.trackY - 14 - g.labelHeight - row * g.rowHeight
}
