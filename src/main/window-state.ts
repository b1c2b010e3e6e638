/**
 * Remembers the window's size and position between runs in a small JSON file. Plain Node: the
 * caller passes the displays' work areas so a window is never restored off-screen.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 800 }
const MIN_SIZE = { width: 640, height: 420 }

const stateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(MIN_SIZE.width).max(100_000),
    height: z.number().int().min(MIN_SIZE.height).max(100_000)
  }),
  maximized: z.boolean()
})

/** The saved state, or null when there is none, it is unreadable, or it lies on no display. */
export function loadWindowState(file: string, workAreas: Rect[]): WindowState | null {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
  const parsed = stateSchema.safeParse(raw)
  if (!parsed.success) return null
  const { bounds } = parsed.data
  return workAreas.some((area) => overlapsEnough(bounds, area)) ? parsed.data : null
}

export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify(state))
  renameSync(tmp, file)
}

/** At least 100×50 px of the window's top must be on the display so it can be grabbed. */
function overlapsEnough(r: Rect, area: Rect): boolean {
  const w = Math.min(r.x + r.width, area.x + area.width) - Math.max(r.x, area.x)
  const h = Math.min(r.y + 50, area.y + area.height) - Math.max(r.y, area.y)
  return w >= 100 && h >= 50
}
