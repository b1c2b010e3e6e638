/**
 * Normalising the fields a person edits, so the same input always makes the same event and an
 * edit that changes nothing can be recognised (and kept out of the history).
 */
import type { EventSource } from '../../../shared/model'

/** The category of an event nobody classified. */
export const DEFAULT_CATEGORY = 'other'

export function cleanTitle(title: string): string {
  const trimmed = typeof title === 'string' ? title.trim() : ''
  if (trimmed === '') throw new RangeError('An event needs a title')
  return trimmed
}

/** Trimmed, empties dropped, each name once (first spelling kept; the comparison is exact). */
export function cleanNames(names: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of names) {
    const name = typeof raw === 'string' ? raw.trim() : ''
    if (name === '' || seen.has(name)) continue
    seen.add(name)
    out.push(name)
  }
  return out
}

/** A cleared category field means "no category", which the model writes as the default one. */
export function cleanCategory(category: string | undefined): string {
  const trimmed = typeof category === 'string' ? category.trim() : ''
  return trimmed === '' ? DEFAULT_CATEGORY : trimmed
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** Importance is the number of articles telling an event; one told by none still counts once. */
export function importanceOf(sources: readonly EventSource[]): number {
  return Math.max(1, new Set(sources.map((s) => s.articleId)).size)
}
