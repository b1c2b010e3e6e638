/** The details panel: the selected event, its date as normalised and as written, and its quote. */
import type { Article, TimelineEvent } from '../../../shared/model'
import { displayDate } from '../timeline/marks'

export function showDetails(
  panel: HTMLElement,
  event: TimelineEvent | null,
  articles: readonly Article[]
): void {
  panel.replaceChildren()
  if (!event) {
    const hint = document.createElement('p')
    hint.className = 'muted'
    hint.textContent =
      'Click an event to read the sentence it comes from. Scroll to zoom, drag to pan.'
    panel.append(hint)
    return
  }
  const title = document.createElement('h2')
  title.textContent = event.title
  const when = document.createElement('p')
  when.className = 'when'
  when.textContent = `${displayDate(event)} · ${event.when.value} · ${event.category}`
  panel.append(title, when)
  const who = [
    event.actors.length ? `Who: ${event.actors.join(', ')}` : '',
    event.places.length ? `Where: ${event.places.join(', ')}` : ''
  ].filter(Boolean)
  if (who.length) {
    const line = document.createElement('p')
    line.className = 'who'
    line.textContent = who.join(' · ')
    panel.append(line)
  }
  if (event.origin) {
    // The user's own work: it survives reading its article again.
    const mine = document.createElement('p')
    mine.className = 'origin'
    mine.textContent =
      event.origin === 'manual'
        ? 'Added by you'
        : 'Edited by you (kept when its article is re-read)'
    panel.append(mine)
  }
  if (event.sources.length === 0) {
    const none = document.createElement('p')
    none.className = 'muted'
    none.textContent = 'No article tells this event.'
    panel.append(none)
  }
  for (const source of event.sources) {
    const quote = document.createElement('blockquote')
    const at = source.quote.indexOf(source.dateText)
    if (source.dateText && at >= 0) {
      const mark = document.createElement('mark')
      mark.textContent = source.dateText
      quote.append(source.quote.slice(0, at), mark, source.quote.slice(at + source.dateText.length))
    } else {
      quote.textContent = source.quote
    }
    const article = articles.find((a) => a.id === source.articleId)
    const cite = document.createElement('cite')
    cite.textContent = article
      ? `${article.title}${article.source ? ` — ${article.source}` : ''}${article.published ? `, ${article.published}` : ''}`
      : ''
    panel.append(quote, cite)
  }
}
