/**
 * The numbered sources of an exported image: the articles its labelled events come from (each
 * event's first source, the one that told it first), numbered in order of publication, and the
 * list of them under the legend in one or two columns, each entry wrapped.
 */
import type { Article } from '../../../shared/model'
import { dayStart } from '../timeline/time'
import type { LanePlan } from './svg-lanes'
import { wrap, type Measure } from './text-fit'
import { oneLine, textEl } from './xml'

/** The cited articles in number order (number i + 1 at index i), and each labelled event's number. */
export function numberSources(
  plans: readonly LanePlan[],
  articles: readonly Article[]
): { entries: SourceEntry[]; refs: Map<string, number> } {
  const byId = new Map(articles.map((article) => [article.id, article]))
  const cited = new Map<string, Article>()
  for (const plan of plans)
    for (const label of plan.labels) {
      const article = byId.get(label.item.event.sources[0]?.articleId ?? '')
      if (article) cited.set(article.id, article)
    }
  const ordered = [...cited.values()].sort(
    (p, q) =>
      (p.published ?? '9999').localeCompare(q.published ?? '9999') || p.title.localeCompare(q.title)
  )
  const numberOf = new Map(ordered.map((article, i) => [article.id, i + 1]))
  const refs = new Map<string, number>()
  for (const plan of plans)
    for (const label of plan.labels) {
      const number = numberOf.get(label.item.event.sources[0]?.articleId ?? '')
      if (number !== undefined) refs.set(label.item.event.id, number)
    }
  return { entries: ordered.map((article, i) => ({ number: i + 1, article })), refs }
}

export interface SourceEntry {
  number: number
  article: Article
}

export interface SourcesSpec {
  top: number
  left: number
  right: number
  entries: readonly SourceEntry[]
  /** The list stops (with a line saying how many are left out) before this height. */
  maxHeight: number
  fonts: { text: string; head: string; number: string }
  measure: Measure
}

const SOURCE_LINE = 16
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
})

/** "Title — Source, 18 Oct 2021" (or "undated"). */
export function sourceText(article: Article): string {
  const title = oneLine(article.title) || 'Untitled article'
  const source = oneLine(article.source)
  const when = article.published ? dateFormat.format(dayStart(article.published)) : 'undated'
  return `${title} — ${source ? `${source}, ` : ''}${when}`
}

/** The numbered sources in one or two columns (two from 1000 px), each entry wrapped to 3 lines. */
export function sourcesSvg(spec: SourcesSpec): { svg: string; height: number } {
  const { measure, fonts, left, right } = spec
  if (spec.entries.length === 0) return { svg: '', height: 0 }
  const columns = right - left >= 1000 ? 2 : 1
  const gutter = 32
  const columnWidth = (right - left - gutter * (columns - 1)) / columns
  const numberWidth = measure(`${spec.entries.length}.`, fonts.number) + 8
  const blocks = spec.entries.map((entry) => ({
    entry,
    lines: wrap(sourceText(entry.article), columnWidth - numberWidth, fonts.text, measure, 3)
  }))
  const headHeight = 26
  // Keep what fits: each column holds at most the room left under the heading.
  const room = Math.max(SOURCE_LINE, spec.maxHeight - headHeight - 8)
  const heightOf = (b: (typeof blocks)[number]): number => b.lines.length * SOURCE_LINE + 4
  const total = blocks.reduce((sum, b) => sum + heightOf(b), 0)
  const perColumn = Math.min(room, Math.ceil(total / columns))
  const placed: { block: (typeof blocks)[number]; column: number; y: number }[] = []
  let column = 0
  let y = 0
  for (const block of blocks) {
    const h = heightOf(block)
    if (y > 0 && y + h > perColumn + SOURCE_LINE) {
      column++
      y = 0
    }
    if (column >= columns || y + h > room) break
    placed.push({ block, column, y })
    y += h
  }
  const listTop = spec.top + headHeight
  let svg = textEl(left, spec.top + 16, 'src-head', 'Sources')
  let height = 0
  for (const { block, column: c, y: dy } of placed) {
    const x = left + c * (columnWidth + gutter)
    const top = listTop + dy + 12
    svg += textEl(x, top, 'src-num', `${block.entry.number}.`)
    block.lines.forEach((line, i) => {
      svg += textEl(x + numberWidth, top + i * SOURCE_LINE, 'src', line)
    })
    height = Math.max(height, dy + heightOf(block))
  }
  const leftOut = spec.entries.length - placed.length
  if (leftOut > 0) {
    svg += textEl(
      left,
      listTop + height + 14,
      'note',
      `… and ${leftOut.toLocaleString('en-US')} more source${leftOut === 1 ? '' : 's'}, not listed for lack of room`
    )
    height += SOURCE_LINE + 4
  }
  return { svg, height: headHeight + height + 8 }
}
