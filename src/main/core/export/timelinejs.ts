/**
 * The timeline as a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html),
 * for people who publish with Knight Lab's TimelineJS.
 *
 * - title: the project's title as the title slide (none when the project has no title).
 * - events: one per event, in date order; dates as timelinejs-dates.ts explains; the headline is
 *   the event's title; the text is its quotes, each with the article it comes from; the group is
 *   the category (or, as an option, the first actor); unique_id is the event's id.
 * - No eras: an era is a named background period (a war, a presidency), which the project does
 *   not know; its spans are events, drawn as such.
 *
 * TimelineJS renders headline, text and group labels as HTML: everything taken from the project
 * is escaped, and the only markup is our own <p>.
 */
import type { Project, TimelineEvent } from '../../../shared/model'
import { inTimeOrder } from './event-order'
import { escapeHtml } from './html-escape'
import { articleLabel, indexArticles, type ArticleIndex } from './source-lines'
import { timelineJsWhen, type TimelineJsWhen } from './timelinejs-dates'

export interface TimelineJsText {
  headline: string
  text: string
}

export interface TimelineJsEvent extends TimelineJsWhen {
  text: TimelineJsText
  group?: string
  unique_id: string
}

export interface TimelineJsFile {
  title?: { text: TimelineJsText }
  events: TimelineJsEvent[]
}

export interface TimelineJsOptions {
  /** What TimelineJS groups events by (its rows): the category (default), first actor, or none. */
  group?: 'category' | 'actor' | 'none'
}

export type TimelineSource = Pick<Project, 'title' | 'articles' | 'events'>

export function timelineJsOf(
  project: TimelineSource,
  options: TimelineJsOptions = {}
): TimelineJsFile {
  const articles = indexArticles(project)
  const group = options.group ?? 'category'
  const file: TimelineJsFile = {
    events: inTimeOrder(project.events).map((event) => eventOf(event, articles, group))
  }
  if (project.title.trim()) file.title = { text: { headline: escapeHtml(project.title), text: '' } }
  return file
}

/** The file's text: one event per line, so it stays readable and diffable at any size. */
export function exportTimelineJs(project: TimelineSource, options: TimelineJsOptions = {}): string {
  const file = timelineJsOf(project, options)
  const events = file.events.map((event) => JSON.stringify(event)).join(',\n    ')
  const title = file.title ? `\n  "title": ${JSON.stringify(file.title)},` : ''
  return `{${title}\n  "events": [${events ? `\n    ${events}\n  ` : ''}]\n}\n`
}

function eventOf(
  event: TimelineEvent,
  articles: ArticleIndex,
  group: NonNullable<TimelineJsOptions['group']>
): TimelineJsEvent {
  const name = group === 'category' ? event.category : group === 'actor' ? event.actors[0] : ''
  return {
    ...timelineJsWhen(event.when),
    text: { headline: escapeHtml(event.title), text: quotesHtml(event, articles) },
    // TimelineJS writes the group label into the page as HTML too.
    ...(name ? { group: escapeHtml(name) } : {}),
    unique_id: event.id
  }
}

/** <p>“quote” — Article (source, date)</p> per source, every part escaped. */
function quotesHtml(event: TimelineEvent, articles: ArticleIndex): string {
  return event.sources
    .map(
      (source) =>
        `<p>“${escapeHtml(source.quote)}” — ${escapeHtml(articleLabel(articles, source.articleId))}</p>`
    )
    .join('')
}
