/**
 * How an event's sources are named in the data exports: "Article title (source, published)",
 * the same words in the CSV, TimelineJS and iCalendar files, so a reader can find the article.
 */
import type { Article, EventSource, Project } from '../../../shared/model'

export type ArticleIndex = ReadonlyMap<string, Article>

export function indexArticles(project: Pick<Project, 'articles'>): ArticleIndex {
  return new Map(project.articles.map((article) => [article.id, article]))
}

/** "Russia cuts off contact with NATO (VG, 2021-10-18)"; an unknown article says so. */
export function articleLabel(articles: ArticleIndex, articleId: string): string {
  const article = articles.get(articleId)
  if (!article) return `(unknown article ${articleId})`
  const where = article.published ? `${article.source}, ${article.published}` : article.source
  return where ? `${article.title} (${where})` : article.title
}

/** "Article title (source, published): quote" for the CSV's sources cell. */
export function sourceLine(articles: ArticleIndex, source: EventSource): string {
  return `${articleLabel(articles, source.articleId)}: ${source.quote}`
}
