/**
 * The exported SVG's one stylesheet: the embedded @font-face rules, then one class per kind of
 * thing drawn, with the theme's colours written in (no CSS variables: the file is read outside
 * the app). Only single-class and type selectors, so simple SVG readers (svg-to-pdfkit for the
 * PDF, editors) apply it too. The text is ours, not the document's: no escaping needed, and none
 * of it contains '<' or '&'.
 */
import type { FontFaces } from './fonts'
import type { ExportTheme } from './theme'

export function styleSheet(theme: ExportTheme, fonts: FontFaces): string {
  const t = theme
  const rules: [string, string][] = [
    ['text', `font-family:'${fonts.family}',sans-serif`],
    ['.bg', `fill:${t.bg}`],
    ['.title', `fill:${t.fg};font-size:22px;font-weight:700`],
    ['.caption', `fill:${t.muted};font-size:13px`],
    ['.grid', `stroke:${t.grid};stroke-width:1`],
    ['.axis-line', `stroke:${t.muted};stroke-width:1`],
    ['.tick', `fill:${t.muted};font-size:12px`],
    ['.context', `fill:${t.fg};font-size:12px;font-weight:700`],
    ['.track', `stroke:${t.line};stroke-width:2`],
    ['.lane-sep', `stroke:${t.line};stroke-width:1;stroke-dasharray:2 3`],
    ['.lane-name', `fill:${t.muted};font-size:12px;font-weight:700`],
    ['.stem', `stroke:${t.line};stroke-width:1.5`],
    ['.label-bg', `fill:${t.panel};stroke:${t.line};stroke-width:1`],
    ['.label-date', `fill:${t.muted};font-size:12px`],
    ['.label-title', `fill:${t.fg};font-size:13px;font-weight:700`],
    ['.compact', 'font-size:12px'],
    ['.label-ref', `fill:${t.muted};font-size:11px`],
    ['.dot', `stroke:${t.bg};stroke-width:2`],
    ['.band', `fill-opacity:0.55;stroke:${t.bg};stroke-width:1`],
    ['.approx', 'fill-opacity:0.3;stroke-width:1.5;stroke-dasharray:3 2'],
    ['.bar', 'fill-opacity:0.55'],
    ['.faint', 'fill-opacity:0.35'],
    ['.density', `fill:${t.accent};fill-opacity:0.7`],
    ['.key', `fill:${t.accent}`],
    ['.skey', `stroke:${t.accent}`],
    ['.legend', `fill:${t.fg};font-size:12px`],
    ['.legend-head', `fill:${t.fg};font-size:12px;font-weight:700`],
    ['.note', `fill:${t.muted};font-size:12px`],
    ['.src-head', `fill:${t.fg};font-size:14px;font-weight:700`],
    ['.src', `fill:${t.fg};font-size:12px`],
    ['.src-num', `fill:${t.muted};font-size:12px;font-weight:700`],
    // Category colours last: a mark's colour class wins over its shape's defaults.
    ...t.categories.flatMap((color, i): [string, string][] => [
      [`.c${i}`, `fill:${color}`],
      [`.s${i}`, `stroke:${color}`]
    ])
  ]
  const css = rules.map(([selector, body]) => `${selector}{${body}}`).join('\n')
  return fonts.css ? `${fonts.css}\n${css}` : css
}
