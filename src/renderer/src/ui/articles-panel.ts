/**
 * The Articles panel: each article with its source, its publication date (editable: its events
 * are read again under the new date) and how many events it tells, a Remove button, and the files
 * the last read could not take. Text only, never HTML.
 */
import type { BatchFailure } from '../../../shared/ipc'
import type { Article, TimelineEvent } from '../../../shared/model'

export interface ArticlePanelActions {
  setPublished(articleId: string, day: string | null): void
  remove(articleId: string): void
}

export function renderArticles(
  list: HTMLElement,
  articles: readonly Article[],
  events: readonly TimelineEvent[],
  actions: ArticlePanelActions
): void {
  const counts = new Map<string, number>()
  for (const event of events) {
    for (const id of new Set(event.sources.map((s) => s.articleId))) {
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  if (articles.length === 0) {
    const empty = document.createElement('p')
    empty.className = 'muted'
    empty.textContent =
      'No articles yet. Add files, paste text or a web address, or drop files on the window.'
    list.replaceChildren(empty)
    return
  }
  const items = articles.map((article) => {
    const li = document.createElement('li')
    li.dataset['articleId'] = article.id
    const title = document.createElement('strong')
    title.textContent = article.title || '(untitled)'
    const meta = document.createElement('span')
    meta.className = 'muted'
    const n = counts.get(article.id) ?? 0
    meta.textContent = `${article.source} · ${n} event${n === 1 ? '' : 's'}`
    const label = document.createElement('label')
    label.textContent = 'Published '
    const date = document.createElement('input')
    date.type = 'date'
    // The years main accepts for a publication date (src/main/core/ingest/published.ts).
    date.min = '1800-01-01'
    date.max = '2100-12-31'
    date.value = article.published ?? ''
    date.setAttribute('aria-label', `Publication date of ${article.title}`)
    date.addEventListener('change', () => actions.setPublished(article.id, date.value || null))
    label.append(date)
    if (!article.published) {
      const warn = document.createElement('span')
      warn.className = 'undated'
      warn.textContent = 'Undated: “yesterday”, “last week” stay unresolved until you set it.'
      label.append(warn)
    }
    const remove = document.createElement('button')
    remove.type = 'button'
    remove.textContent = 'Remove'
    remove.setAttribute('aria-label', `Remove ${article.title}`)
    remove.addEventListener('click', () => actions.remove(article.id))
    li.append(title, meta, label, remove)
    return li
  })
  const ol = document.createElement('ol')
  ol.append(...items)
  list.replaceChildren(ol)
}

/** The files a read could not take, each with its reason; empty clears the list. */
export function renderFailures(el: HTMLElement, failures: readonly BatchFailure[]): void {
  el.hidden = failures.length === 0
  if (failures.length === 0) {
    el.replaceChildren()
    return
  }
  const heading = document.createElement('h3')
  heading.textContent = `${failures.length} file${failures.length === 1 ? '' : 's'} could not be read`
  const ul = document.createElement('ul')
  for (const failure of failures) {
    const li = document.createElement('li')
    const name = document.createElement('strong')
    name.textContent = failure.file.split(/[\\/]/).pop() ?? failure.file
    const why = document.createElement('span')
    why.textContent = ` — ${failure.message}`
    li.append(name, why)
    ul.append(li)
  }
  el.replaceChildren(heading, ul)
}
