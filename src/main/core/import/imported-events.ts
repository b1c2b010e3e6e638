/**
 * Collects the events of one import. Imported events are the user's own (origin 'manual': they
 * came from a person's file, not from an article, and re-extraction keeps them), with no sources
 * and the importance of a single telling.
 *
 * Ids are stable: 'i-' and a hash of the content, so importing the same file twice gives the
 * same ids; a second identical event in the same file gets the hash of its content and its
 * ordinal, so ids are unique within the import.
 */
import type { TimelineEvent, TimeValue } from '../../../shared/model'
import { hashId } from '../ids'
import { PROJECT_LIMITS } from '../project/schema'
import type { ImportedTimeline, SkippedRow } from './types'

export interface ImportedFields {
  title: string
  when: TimeValue
  category: string
  actors?: string[]
  places?: string[]
}

export class ImportedEvents {
  readonly events: TimelineEvent[] = []
  readonly skipped: SkippedRow[] = []
  private readonly ids = new Set<string>()
  private readonly nextOrdinal = new Map<string, number>()

  skip(row: number, reason: string): void {
    this.skipped.push({ row, reason })
  }

  /** Adds the event, or skips the row when a field is longer than a project allows. */
  add(row: number, fields: ImportedFields): void {
    const { title, when, category } = fields
    const actors = fields.actors ?? []
    const places = fields.places ?? []
    const problem =
      tooLong(title, 'title') ??
      tooLong(category, 'category') ??
      tooMany(actors, 'actors') ??
      tooMany(places, 'places')
    if (problem) return this.skip(row, problem)
    const parts = [title, when.value, when.start, when.end, when.granularity, category]
    const base = hashId('i', ...parts)
    let id = base
    if (this.ids.has(id)) {
      // Resume from the last ordinal used for this content: a file of 100,000 identical rows
      // must not try 1, 2, 3, … for each.
      let n = this.nextOrdinal.get(base) ?? 2
      while (this.ids.has((id = hashId('i', ...parts, n)))) n++
      this.nextOrdinal.set(base, n + 1)
    }
    this.ids.add(id)
    this.events.push({
      id,
      title,
      when,
      actors,
      places,
      category,
      importance: 1,
      sources: [],
      origin: 'manual'
    })
  }

  /** The import, with the file's title cut to what a project's title may hold. */
  result(title?: string): ImportedTimeline {
    const kept = title?.slice(0, PROJECT_LIMITS.label)
    return { events: this.events, skipped: this.skipped, ...(kept ? { title: kept } : {}) }
  }
}

function tooLong(text: string, field: string): string | null {
  return text.length > PROJECT_LIMITS.label
    ? `its ${field} is longer than ${PROJECT_LIMITS.label.toLocaleString('en')} characters`
    : null
}

function tooMany(names: string[], field: string): string | null {
  if (names.length > PROJECT_LIMITS.listItems)
    return `it has more than ${PROJECT_LIMITS.listItems.toLocaleString('en')} ${field}`
  const long = names.find((name) => name.length > PROJECT_LIMITS.label)
  return long === undefined ? null : tooLong(long, field.slice(0, -1))
}
