/**
 * Article text → dated events: one event per sentence of the article body that carries a date
 * mention, titled with a short headline and pointing back at its sentence.
 */
import type { Article, IsoDay, TimelineEvent } from '../../../shared/model'
import { hashId } from '../ids'
import { withoutPageJunk } from '../text/page-junk'
import { paragraphs, sentences } from '../text/segments'
import { findDateMentions } from '../time/date-mentions'
import { headline } from './titles'

export interface ArticleInput {
  text: string
  published: IsoDay | null
  title?: string
  source?: string
}

export function makeArticle(input: ArticleInput): Article {
  const text = input.text.replace(/^\uFEFF/, '')
  const firstLine = paragraphs(text)[0]?.text ?? ''
  const title = (input.title ?? firstLine.replace(/\s+[–—-]\s+[^–—-]{1,40}$/, '')).trim()
  return {
    id: hashId('a', input.source ?? '', title, text.length, text.slice(0, 2000)),
    title: title || 'Untitled article',
    published: input.published,
    source: input.source ?? '',
    text
  }
}

export function extractEvents(article: Article): TimelineEvent[] {
  const events: TimelineEvent[] = []
  // Tag the whole article once, so anchored expressions ("the day after") see the dates before them.
  const mentions = findDateMentions(article.text, article.published)
  let next = 0
  for (const paragraph of withoutPageJunk(paragraphs(article.text))) {
    for (const sentence of sentences(paragraph)) {
      while (next < mentions.length && mentions[next]!.start < sentence.start) next++
      const mention = mentions[next]
      if (!mention || mention.end > sentence.end) continue
      const title = headline(sentence.text, mention.text)
      if (title.split(/\s+/).length < 3) continue // a dateline or a caption fragment, not an event
      events.push({
        id: hashId('e', article.id, sentence.start),
        title,
        when: mention.when,
        actors: [],
        places: [],
        category: 'unclassified',
        importance: 1,
        sources: [
          {
            articleId: article.id,
            quote: sentence.text,
            start: sentence.start,
            end: sentence.end,
            dateText: mention.text
          }
        ]
      })
    }
  }
  return events.sort((a, b) => a.when.start.localeCompare(b.when.start))
}
