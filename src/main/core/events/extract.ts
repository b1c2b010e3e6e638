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
import { firstParagraph, paragraphs, sentences, type Span } from '../text/segments'
import { findDateMentions } from '../time/date-mentions'
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
  // Only looked for when no title is given (ingested articles always have one).
  const title = (input.title ?? titleFromFirstLine(text)).trim()
  return {
    id: hashId('a', input.source ?? '', title, text.length, text.slice(0, 2000)),
    title: title || 'Untitled article',
    published: input.published,
    source: input.source ?? '',
    text
  }
}

/** The first line, without a trailing " – Site name". */
function titleFromFirstLine(text: string): string {
  const firstLine = firstParagraph(text)?.text ?? ''
  return firstLine.replace(/\s+[–—-]\s+[^–—-]{1,40}$/, '')
}

/** "It's over", "There is …": a clause about no one doing anything is no event. */
const TIMELESS =
  /^(?:it|this|that|there|these|those)(?:\s+(?:is|was|were|are|has been|had been)|['’]s)\b/i
/** "Russia is withdrawing …" — a report of what is happening now; not "who is hosting …". */
const PROGRESSIVE =
  /(?<!\b(?:who|which)\s)\b([A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+(?:\s+[A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+)*)\s+(?:is|are)\s+(?:now\s+|currently\s+)?[a-z]+ing\b/
/** What every PROGRESSIVE match holds: a cheap test that turns most sentences down first. */
const PROGRESSIVE_VERB = /\s(?:is|are)\s+(?:now\s+|currently\s+)?[a-z]+ing\b/
const FUTURE = /\b(?:will|shall|would|next|tomorrow)\b/i
/** A sentence that may hold a sequenced clause ("after Russia annexed Crimea"). */
const SEQUENCE_WORD = /\b(?:after|before) /
const HE_OR_SHE = /^(?:he|she)\b/i
const LEADING_HERE = /^\W*(?:here|there)\s+/i
/**
 * At least two runs of white space, so at least three words: what title.split(/\s+/).length >= 3
 * tells, without making the array.
 */
const TWO_SPACE_RUNS = /\s\S+\s/

export function extractEvents(article: Article): TimelineEvent[] {
  const events: TimelineEvent[] = []
  const mentions = findDateMentions(article.text, article.published)
  const people = new PeopleRegistry()
  let lastPerson: string | null = null
  let next = 0
  for (const paragraph of withoutPageJunk(paragraphs(article.text))) {
    for (const sentence of sentences(paragraph)) {
      while (next < mentions.length && mentions[next]!.start < sentence.start) next++
      // The first date of the sentence names its event.
      const first = mentions[next]
      const mention = first && first.end <= sentence.end ? first : undefined
      const progressive =
        mention ||
        !article.published ||
        !PROGRESSIVE_VERB.test(sentence.text) ||
        FUTURE.test(sentence.text)
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
      const context: EventContext = { article, sentence, entities, lastPerson }

      if (mention) {
        const local = { start: mention.start - sentence.start, end: mention.end - sentence.start }
        const clause = clauseAround(sentence.text, local.start, local.end)
        const main = eventOf(context, clause, mention.when, mention.text, mention.text)
        if (main) events.push(main)
        for (const sub of SEQUENCE_WORD.test(sentence.text)
          ? sequencedClauses(sentence.text)
          : []) {
          if (sub.start <= local.start && local.end <= sub.end) continue
          const e = eventOf(context, sub, { ...mention.when, approximate: true }, mention.text, '')
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
        const e = eventOf(
          context,
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
  // ISO days sort as plain strings; localeCompare would ask ICU for the same order, slowly.
  return events.sort(
    (a, b) =>
      (a.when.start < b.when.start ? -1 : a.when.start > b.when.start ? 1 : 0) ||
      a.sources[0]!.start - b.sources[0]!.start
  )
}

/** What the events of one sentence share. */
interface EventContext {
  article: Article
  sentence: Span
  /** The names in the sentence (offsets in it). */
  entities: Entity[]
  /** The person the text spoke of last, before this sentence. */
  lastPerson: string | null
}

function eventOf(
  { article, sentence, entities, lastPerson }: EventContext,
  piece: Piece,
  when: TimeValue,
  dateText: string,
  titleDate: string
): TimelineEvent | null {
  const inPiece = entitiesIn(entities, piece)
  const title = headline(piece.text, titleDate, {
    people: inPiece.filter((e) => e.kind === 'person'),
    lastPerson
  })
  if (!TWO_SPACE_RUNS.test(title) || TIMELESS.test(title)) return null
  const named = inPiece.length > 0 ? inPiece : entities
  const actors = namesOf(named, (kind) => kind !== 'place')
  if (lastPerson && HE_OR_SHE.test(piece.text.replace(LEADING_HERE, ''))) actors.unshift(lastPerson)
  return {
    id: hashId('e', article.id, sentence.start + piece.start),
    title,
    when,
    actors: unique(actors),
    places: namesOf(named, (kind) => kind === 'place'),
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

/** The entities inside the piece, with offsets in the piece. */
function entitiesIn(entities: Entity[], piece: Piece): Entity[] {
  const out: Entity[] = []
  for (const e of entities) {
    if (e.start >= piece.start && e.end <= piece.end)
      out.push({
        name: e.name,
        kind: e.kind,
        start: e.start - piece.start,
        end: e.end - piece.start
      })
  }
  return out
}

/** The distinct names of the entities whose kind passes, in order of first appearance. */
function namesOf(entities: Entity[], kindWanted: (kind: Entity['kind']) => boolean): string[] {
  const names: string[] = []
  for (const e of entities) if (kindWanted(e.kind) && !names.includes(e.name)) names.push(e.name)
  return names
}

/**
 * [...new Set(names)] without the Set: these lists hold a name or two. (Set and includes agree
 * on strings.)
 */
function unique(names: string[]): string[] {
  const out: string[] = []
  for (const name of names) if (!out.includes(name)) out.push(name)
  return out
}

/**
 * Overlapping finds of one name: the first wins, but a person keeps the fullest name known.
 * Kept finds are filed by where they start, in buckets of BUCKET characters, so that a find is
 * checked only against those that could overlap it: a sentence with thousands of names (a
 * megabyte with no full stop) stays linear instead of comparing every pair.
 */
function dedupe(entities: Entity[]): Entity[] {
  const out: Entity[] = []
  if (entities.length < 16) {
    for (const e of entities)
      keep(
        out,
        e,
        out.findIndex((o) => overlaps(o, e))
      )
    return out
  }
  const buckets = new Map<number, number[]>()
  let longest = 0
  for (const e of entities) {
    // Any kept find that overlaps e starts after e.start - longest and before e.end.
    const from = Math.floor((e.start - longest) / BUCKET)
    const to = Math.floor((e.end - 1) / BUCKET)
    let first = -1
    if (to - from > buckets.size) {
      first = out.findIndex((o) => overlaps(o, e))
    } else {
      for (let b = from; b <= to; b++) {
        for (const i of buckets.get(b) ?? []) {
          if ((first < 0 || i < first) && overlaps(out[i]!, e)) first = i
        }
      }
    }
    if (first < 0) {
      const key = Math.floor(e.start / BUCKET)
      const list = buckets.get(key)
      if (list) list.push(out.length)
      else buckets.set(key, [out.length])
      longest = Math.max(longest, e.end - e.start)
    }
    keep(out, e, first)
  }
  return out
}

const BUCKET = 64

function overlaps(a: Entity, b: Entity): boolean {
  return a.start < b.end && b.start < a.end
}

/** Adds e, or lets it lengthen the person it overlaps (the kept find at index `i`). */
function keep(out: Entity[], e: Entity, i: number): void {
  if (i < 0) out.push(e)
  else if (
    out[i]!.kind === 'person' &&
    e.kind === 'person' &&
    e.name.length > out[i]!.name.length
  ) {
    out[i] = { ...out[i]!, name: e.name }
  }
}
