/**
 * File → Export…: the dialog's choices carried out. Data formats are made by main from the
 * document; images are drawn here (the renderer has the layout and the fonts) and main writes the
 * bytes, or makes the PDF from the SVG. Every file is written by main after its save dialog.
 */
import type { ExportResult, PdfSource } from '../../../shared/ipc'
import type { Article, Project, TimelineEvent } from '../../../shared/model'
import { api, unwrap } from '../api'
import { toBase64 } from '../articles/actions'
import type { LaneKey } from '../timeline/lanes'
import type { ExportChoices } from './export-dialog'
import type { ImageOptions } from './svg-document'
import { DEFAULT_WHOLE_WIDTH } from './svg-document'
import { timelinePng, timelineSvg } from './timeline-image'

/** What the screen shows now: the export draws the same events, lanes and window. */
export interface ExportView {
  project: Project
  /** The events the filters let through. */
  shown: readonly TimelineEvent[]
  window: [Date, Date]
  laneBy: LaneKey
  /** The timeline's width on screen, for 'view'. */
  viewWidth: number
}

/** Carries out `choices`; null when the user cancelled the save dialog. */
export async function runExport(
  choices: ExportChoices,
  view: ExportView
): Promise<ExportResult | null> {
  const name = choices.title ?? view.project.title
  if (
    choices.format === 'json' ||
    choices.format === 'csv' ||
    choices.format === 'timelinejs' ||
    choices.format === 'ics'
  ) {
    return unwrap(api().exportData({ format: choices.format, project: view.project, name }))
  }
  const input = { events: view.shown, articles: view.project.articles }
  const options: Omit<ImageOptions, 'fonts'> = {
    scope: choices.scope,
    window: { start: view.window[0], end: view.window[1] },
    laneBy: view.laneBy,
    width: choices.scope === 'view' ? Math.round(view.viewWidth) : DEFAULT_WHOLE_WIDTH,
    theme: choices.theme,
    title: choices.title,
    legend: choices.legend,
    sources: choices.sources
  }
  if (choices.format === 'png') {
    const { bytes } = await timelinePng(input, options, choices.scale)
    return unwrap(api().exportImage({ format: 'png', data: toBase64(bytes), name }))
  }
  if (choices.format === 'svg') {
    const image = await timelineSvg(input, options)
    return unwrap(api().exportImage({ format: 'svg', data: image.svg, name }))
  }
  // PDF: the title is set by the PDF itself and the sources go on their own pages as text, so
  // the image keeps only the labels' source numbers.
  const image = await timelineSvg(input, { ...options, title: null, listSources: false })
  return unwrap(
    api().exportPdf({
      svg: image.svg,
      width: image.width,
      height: image.height,
      title: choices.title,
      pageSize: choices.pageSize,
      orientation: choices.orientation,
      sources: choices.sources ? sourcesOf(image.sourceIds, view.project) : null,
      name
    })
  )
}

/** The numbered sources of the image (number i + 1 is `ids[i]`), with the quotes they give. */
function sourcesOf(ids: readonly string[], project: Project): PdfSource[] {
  const byId = new Map<string, Article>(project.articles.map((a) => [a.id, a]))
  const quotes = new Map<string, string[]>()
  for (const event of project.events) {
    for (const source of event.sources) {
      const list = quotes.get(source.articleId) ?? []
      if (!list.includes(source.quote)) list.push(source.quote)
      quotes.set(source.articleId, list)
    }
  }
  return ids.flatMap((id) => {
    const article = byId.get(id)
    return article
      ? [
          {
            title: article.title,
            source: article.source,
            published: article.published,
            quotes: quotes.get(id) ?? []
          }
        ]
      : []
  })
}
