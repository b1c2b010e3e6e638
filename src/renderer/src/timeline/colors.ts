/** The theme's colours for the canvas layers, read from the CSS custom properties of the page. */
export interface Palette {
  accent: string
  accentSoft: string
  select: string
  fg: string
  muted: string
  line: string
  grid: string
  panel: string
}

export function readPalette(from: Element = document.documentElement): Palette {
  const style = getComputedStyle(from)
  const v = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback
  return {
    accent: v('--accent', '#1f5fa8'),
    accentSoft: v('--accent-soft', '#d6e4f5'),
    select: v('--select', '#c2410c'),
    fg: v('--fg', '#1d232b'),
    muted: v('--muted', '#5c6670'),
    line: v('--line', '#d9dcd6'),
    grid: v('--grid', '#e8e9e4'),
    panel: v('--panel', '#ffffff')
  }
}

/** Calls `onChange` when the OS switches between light and dark. */
export function onThemeChange(onChange: () => void): void {
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', onChange)
}
