/**
 * The article edits as pure functions over the current document: which events leave, which
 * enter (a changed event does both) and the new article list. Events that carry an origin are
 * the user's work and survive re-reading their article.
 */
import type { Article, IsoDay, Project, TimelineEvent } from '../../../shared/model'
import { importanceOf } from './event-fields'
import { isRealDay } from './time-value'

export interface ArticleEdit {
  remove: TimelineEvent[]
  add: TimelineEvent[]
  articles: Article[]
}

type Lookup = (id: string) => TimelineEvent | undefined

const citesArticle = (event: TimelineEvent, articleId: string): boolean =>
  event.sources.some((source) => source.articleId === articleId)

/** The event without the given articles' sources, importance counted again. */
function withoutArticles(event: TimelineEvent, articleIds: ReadonlySet<string>): TimelineEvent {
  const sources = event.sources.filter((source) => !articleIds.has(source.articleId))
  return { ...event, sources, importance: importanceOf(sources) }
}

/**
 * Events coming from main, given ids no event in the document has. The same id as an event of
 * the user's means it is the same passage read again, and the user's version stands for it: the
 * newcomer is dropped. Any other clash (an extracted event kept for another article, or a repeat
 * within `incoming`) gets a `-2`, `-3`… suffix, so every event stays reachable by its id.
 */
export function admitEvents(incoming: readonly TimelineEvent[], present: Lookup): TimelineEvent[] {
  const used = new Set<string>()
  const out: TimelineEvent[] = []
  for (const event of incoming) {
    if (present(event.id)?.origin) continue
    let id = event.id
    for (let n = 2; present(id) !== undefined || used.has(id); n++) id = `${event.id}-${n}`
    used.add(id)
    out.push(id === event.id ? event : { ...event, id })
  }
  return out
}

/**
 * New articles and their events. An article already in the document (the same file added twice)
 * is skipped with its events; an event main merged across it and a new article keeps only the
 * new article's sources.
 */
export function addArticlesEdit(
  project: Project,
  articles: readonly Article[],
  events: readonly TimelineEvent[],
  present: Lookup,
  replacing: readonly string[] = []
): ArticleEdit {
  // Extracted events main merged into `events` leave; their ids are free for the merged ones.
  const remove = replacing
    .map(present)
    .filter((e): e is TimelineEvent => e !== undefined && e.origin === undefined)
  const freed = new Set(remove.map((e) => e.id))
  const lookup: Lookup = (id) => (freed.has(id) ? undefined : present(id))
  const known = new Set(project.articles.map((article) => article.id))
  const skipped = new Set<string>()
  const accepted: Article[] = []
  for (const article of articles) {
    if (known.has(article.id)) skipped.add(article.id)
    else {
      known.add(article.id)
      accepted.push(article)
    }
  }
  const fresh: TimelineEvent[] = []
  for (const event of events) {
    if (!event.sources.some((source) => skipped.has(source.articleId))) fresh.push(event)
    else if (event.sources.some((source) => !skipped.has(source.articleId))) {
      fresh.push(withoutArticles(event, skipped))
    }
  }
  return {
    remove,
    add: admitEvents(fresh, lookup),
    articles: accepted.length > 0 ? [...project.articles, ...accepted] : project.articles
  }
}

/**
 * An article out: the events only it tells go, unless they are the user's work and `keepEdited`;
 * every other event citing it stays without its sources.
 */
export function removeArticleEdit(
  project: Project,
  articleId: string,
  keepEdited: boolean
): ArticleEdit {
  if (!project.articles.some((a) => a.id === articleId)) {
    throw new RangeError(`No article with id "${articleId}"`)
  }
  const gone = new Set([articleId])
  const remove: TimelineEvent[] = []
  const add: TimelineEvent[] = []
  for (const event of project.events) {
    if (!citesArticle(event, articleId)) continue
    remove.push(event)
    const kept = withoutArticles(event, gone)
    if (kept.sources.length > 0 || (keepEdited && event.origin)) add.push(kept)
  }
  return { remove, add, articles: project.articles.filter((article) => article.id !== articleId) }
}

/**
 * An article re-read under a new publication date: its extracted events (no origin) give way to
 * `events`, the ones it shared with other articles keep their other sources, and the user's
 * events stay exactly as they are.
 */
export function redateArticleEdit(
  project: Project,
  articleId: string,
  published: IsoDay | null,
  events: readonly TimelineEvent[],
  present: Lookup
): ArticleEdit {
  if (published !== null && !isRealDay(published)) {
    throw new RangeError(`The publication date "${String(published)}" is not a YYYY-MM-DD day`)
  }
  const article = project.articles.find((a) => a.id === articleId)
  if (!article) throw new RangeError(`No article with id "${articleId}"`)
  const gone = new Set([articleId])
  const remove: TimelineEvent[] = []
  const add: TimelineEvent[] = []
  const freed = new Set<string>()
  for (const event of project.events) {
    if (event.origin || !citesArticle(event, articleId)) continue
    remove.push(event)
    const kept = withoutArticles(event, gone)
    if (kept.sources.length > 0) add.push(kept)
    else freed.add(event.id)
  }
  add.push(...admitEvents(events, (id) => (freed.has(id) ? undefined : present(id))))
  const articles =
    article.published === published
      ? project.articles
      : project.articles.map((a) => (a === article ? { ...a, published } : a))
  return { remove, add, articles }
}
