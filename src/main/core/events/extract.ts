/**
 * Article text → dated events. Each sentence of the article body (page junk dropped) that carries
 * a date gives an event named by the clause that holds the date; a clause such as "after Russia
 * annexed Crimea" gives an event of its own; a sentence with no date that reports what is
 * happening now ("Russia is withdrawing …") takes the publication date. Timeless statements make
 * no event. Actors and places come from the clause's names.
 */
import type { Article, IsoDay, TimelineEvent, TimeValue } from '../../../shared/model'
import { hashId } from '../ids'
import { withoutPageJunk } from '../text/page-junk'
import { paragraphs, sentences, type Span } from '../text/segments'
import { findDateMentions, type DateMention } from '../time/date-mentions'
import { categoryOf } from './category'
import { clauseAround, sequencedClauses, type Piece } from './clauses'
import { findEntities, PeopleRegistry, titledPeople, type Entity } from './entities'
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

/** "It's over", "There is …": a clause about no one doing anything is no event. */
const TIMELESS =
  /^(?:it|this|that|there|these|those)(?:\s+(?:is|was|were|are|has been|had been)|['’]s)\b/i
/** "Russia is withdrawing …" — a report of what is happening now; not "who is hosting …". */
const PROGRESSIVE =
  /(?<!\b(?:who|which)\s)\b([A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+(?:\s+[A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+)*)\s+(?:is|are)\s+(?:now\s+|currently\s+)?[a-z]+ing\b/
const FUTURE = /\b(?:will|shall|would|next|tomorrow)\b/i

export function extractEvents(article: Article): TimelineEvent[] {
  const events: TimelineEvent[] = []
  const mentions = findDateMentions(article.text, article.published)
  const people = new PeopleRegistry()
  let lastPerson: string | null = null
  let next = 0
  for (const paragraph of withoutPageJunk(paragraphs(article.text))) {
    for (const sentence of sentences(paragraph)) {
      while (next < mentions.length && mentions[next]!.start < sentence.start) next++
      const inSentence: DateMention[] = []
      for (let k = next; k < mentions.length && mentions[k]!.end <= sentence.end; k++)
        inSentence.push(mentions[k]!)
      const mention = inSentence[0]
      const progressive =
        mention || !article.published || FUTURE.test(sentence.text)
          ? null
          : PROGRESSIVE.exec(sentence.text)
      if (!mention && !progressive) {
        // No event here: only note who is named, cheaply, for the sentences that follow.
        const named = titledPeople(sentence.text)
        people.remember(named)
        lastPerson = named[0]?.name ?? lastPerson
        continue
      }
      const entities = dedupe([...findEntities(sentence.text), ...people.resolve(sentence.text)])
      const make = (piece: Piece, when: TimeValue, dateText: string, titleDate: string) =>
        eventOf(article, sentence, piece, when, dateText, titleDate, entities, lastPerson)

      if (mention) {
        const local = { start: mention.start - sentence.start, end: mention.end - sentence.start }
        const clause = clauseAround(sentence.text, local.start, local.end)
        const main = make(clause, mention.when, mention.text, mention.text)
        if (main) events.push(main)
        for (const sub of /\b(?:after|before) /.test(sentence.text)
          ? sequencedClauses(sentence.text)
          : []) {
          if (sub.start <= local.start && local.end <= sub.end) continue
          const e = make(sub, { ...mention.when, approximate: true }, mention.text, '')
          if (e) events.push(e)
        }
      } else if (progressive) {
        const piece = clauseAround(
          sentence.text,
          progressive.index,
          progressive.index + progressive[0].length
        )
        const day = article.published!
        const when: TimeValue = {
          value: day,
          start: day,
          end: day,
          granularity: 'day',
          approximate: true
        }
        const e = make(
          {
            ...piece,
            start: progressive.index,
            text: sentence.text.slice(progressive.index, piece.end)
          },
          when,
          '',
          ''
        )
        if (e) events.push(e)
      }
      people.remember(entities)
      lastPerson = entities.find((e) => e.kind === 'person')?.name ?? lastPerson
    }
  }
  return events.sort(
    (a, b) => a.when.start.localeCompare(b.when.start) || a.sources[0]!.start - b.sources[0]!.start
  )
}

function eventOf(
  article: Article,
  sentence: Span,
  piece: Piece,
  when: TimeValue,
  dateText: string,
  titleDate: string,
  entities: Entity[],
  lastPerson: string | null
): TimelineEvent | null {
  const inPiece = entities
    .filter((e) => e.start >= piece.start && e.end <= piece.end)
    .map((e) => ({ ...e, start: e.start - piece.start, end: e.end - piece.start }))
  const title = headline(piece.text, titleDate, {
    people: inPiece.filter((e) => e.kind === 'person'),
    lastPerson
  })
  if (title.split(/\s+/).length < 3 || TIMELESS.test(title)) return null
  const named = inPiece.length > 0 ? inPiece : entities
  const actors = unique(named.filter((e) => e.kind !== 'place').map((e) => e.name))
  if (/^(?:he|she)\b/i.test(piece.text.replace(/^\W*(?:here|there)\s+/i, '')) && lastPerson)
    actors.unshift(lastPerson)
  return {
    id: hashId('e', article.id, sentence.start + piece.start),
    title,
    when,
    actors: unique(actors),
    places: unique(named.filter((e) => e.kind === 'place').map((e) => e.name)),
    category: categoryOf(piece.text, title),
    importance: 1,
    sources: [
      {
        articleId: article.id,
        quote: sentence.text,
        start: sentence.start,
        end: sentence.end,
        dateText
      }
    ]
  }
}

function unique(names: string[]): string[] {
  return [...new Set(names)]
}

/** Overlapping finds of one name: the first wins, but a person keeps the fullest name known. */
function dedupe(entities: Entity[]): Entity[] {
  const out: Entity[] = []
  for (const e of entities) {
    const i = out.findIndex((o) => o.start < e.end && e.start < o.end)
    if (i < 0) out.push(e)
    else if (
      out[i]!.kind === 'person' &&
      e.kind === 'person' &&
      e.name.length > out[i]!.name.length
    ) {
      out[i] = { ...out[i]!, name: e.name }
    }
  }
  return out
}
