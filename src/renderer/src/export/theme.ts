/**
 * The export's colours: the app's light and dark themes (the values of styles.css's :root and its
 * prefers-color-scheme: dark block, copied here because an exported file must not depend on CSS
 * variables — it is read outside the app), plus one colour per event category for the marks and
 * the legend. The app draws every mark in the accent colour; a printed image has no hover or
 * filter, so categories are told apart by colour, the first in the accent colour.
 */
import type { TimelineEvent } from '../../../shared/model'

export type ThemeName = 'light' | 'dark'

export interface ExportTheme {
  /** The page behind the drawing (--bg). */
  bg: string
  /** Label boxes (--panel). */
  panel: string
  fg: string
  muted: string
  line: string
  grid: string
  accent: string
  /** Category colours, in the order categories are handed them; the last one is shared by the rest. */
  categories: readonly string[]
}

export const THEMES: Record<ThemeName, ExportTheme> = {
  light: {
    bg: '#f7f7f4',
    panel: '#ffffff',
    fg: '#1d232b',
    muted: '#5c6670',
    line: '#d9dcd6',
    grid: '#e8e9e4',
    accent: '#1f5fa8',
    // Dark enough for white label boxes and a light page; told apart by hue, not only lightness.
    categories: [
      '#1f5fa8',
      '#c2410c',
      '#15803d',
      '#7c3aed',
      '#b91c1c',
      '#0e7490',
      '#a16207',
      '#be185d',
      '#4d7c0f',
      '#64748b'
    ]
  },
  dark: {
    bg: '#15191e',
    panel: '#1d232b',
    fg: '#e8eaed',
    muted: '#a2abb5',
    line: '#38414b',
    grid: '#242b33',
    accent: '#7fb0ec',
    // The same hues, lighter, for a dark page.
    categories: [
      '#7fb0ec',
      '#fb923c',
      '#4ade80',
      '#c4b5fd',
      '#f87171',
      '#22d3ee',
      '#facc15',
      '#f472b6',
      '#a3e635',
      '#94a3b8'
    ]
  }
}

export interface CategoryColors {
  /** Category → index into the theme's category colours. */
  index: ReadonlyMap<string, number>
  /** Categories in legend order (most events first), with their counts over all the events. */
  order: readonly { name: string; count: number }[]
}

/**
 * Hands out colours by category size over all the events given (not only those in view), so a
 * category keeps its colour between a view export and a whole-timeline export of one document.
 * With more categories than colours, the smallest share the last colour.
 */
export function categoryColors(events: readonly TimelineEvent[], palette: number): CategoryColors {
  const counts = new Map<string, number>()
  for (const e of events) {
    const name = e.category || 'other'
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const order = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => ({ name, count }))
  const index = new Map(order.map((c, i) => [c.name, Math.min(i, palette - 1)]))
  return { index, order }
}

export function categoryOf(e: TimelineEvent): string {
  return e.category || 'other'
}
