/**
 * What the user does with articles, from the panel, the menu and drops: add files (the open
 * dialog or dropped on the window), paste text, HTML or a web address, set or correct a
 * publication date (its events are read again under it), remove one. Every change goes through
 * the store, so it can be undone; reading happens in main.
 */
import type { BatchFailure, ExtractResponse } from '../../../shared/ipc'
import type { IsoDay, TimelineEvent } from '../../../shared/model'
import { api, unwrap } from '../api'
import type { DocumentStore } from '../store/types'
import { ask } from '../ui/ask'

export interface ArticleHooks {
  /** Progress of a multi-file read done here (drops); null when it ends. */
  progress(done: number, total: number, current: string): void
  /** Files that could not be read, each with main's sentence why. */
  failures(failures: BatchFailure[]): void
  status(message: string): void
}

export class ArticleActions {
  constructor(
    private readonly store: DocumentStore,
    private readonly hooks: ArticleHooks
  ) {}

  /**
   * File → Add Articles…: main shows the dialog and reads the files in its worker pool. When the
   * document has extracted events the new ones may meet, main leaves the batch unmerged and it
   * is merged here with those it meets, once, rather than merged twice.
   */
  async addFromDialog(): Promise<void> {
    const mayMeet = this.store.project.events.some((e) => e.origin === undefined)
    const result = await unwrap(api().openArticles({ merge: !mayMeet }))
    if (!result) return
    await this.add(result, !mayMeet)
    this.hooks.failures(result.failures)
  }

  /** Files dropped on the window: each read by main from its bytes; a bad one is listed, the rest go on. */
  async addDropped(files: readonly File[]): Promise<void> {
    const failures: BatchFailure[] = []
    const found: ExtractResponse = { articles: [], events: [] }
    let read = 0
    for (const [i, file] of files.entries()) {
      this.hooks.progress(i, files.length, file.name)
      try {
        const base64 = toBase64(new Uint8Array(await file.arrayBuffer()))
        const result = await unwrap(api().extractFile({ name: file.name, base64, published: null }))
        found.articles.push(...result.articles)
        found.events.push(...result.events)
        read += 1
      } catch (error) {
        failures.push({
          file: file.name,
          message: error instanceof Error ? error.message : String(error)
        })
      }
    }
    this.hooks.progress(files.length, files.length, '')
    // Each file's events were merged on their own: two files may tell the same happening.
    await this.add(found, read <= 1)
    this.hooks.failures(failures)
  }

  /** Pasted text or HTML, or a web address main fetches. */
  async paste(input: string, published: IsoDay | null): Promise<void> {
    const trimmed = input.trim()
    const result = /^https?:\/\/\S+$/i.test(trimmed)
      ? await unwrap(api().fetchUrl({ url: trimmed, published }))
      : await unwrap(api().extract({ text: input, published, kind: 'auto', source: 'Pasted text' }))
    await this.add(result)
  }

  /** Sets or corrects the publication date; relative dates ("two weeks ago") are read again. */
  async setPublished(articleId: string, published: IsoDay | null): Promise<void> {
    const article = this.store.project.articles.find((a) => a.id === articleId)
    if (!article || article.published === published) return
    const { events } = await unwrap(api().redateArticle({ article, published }))
    this.store.redateArticle(articleId, published, events)
    this.hooks.status(
      `Read “${article.title}” again as published ${published ?? 'on an unknown date'}: ${events.length} events.`
    )
  }

  /** Removes an article and its events; asks first whether to keep the events the user edited. */
  async remove(articleId: string): Promise<void> {
    const article = this.store.project.articles.find((a) => a.id === articleId)
    if (!article) return
    const edited = this.store.project.events.filter(
      (e) => e.origin !== undefined && e.sources.some((s) => s.articleId === articleId)
    ).length
    let keepEdited = false
    if (edited > 0) {
      const choice = await ask(
        `Remove “${article.title}”?`,
        `${edited} of its events were edited by you. Keep them (without this article as their source), or remove them too?`,
        [
          { label: 'Keep my edited events', value: 'keep' as const, primary: true },
          { label: 'Remove them too', value: 'remove' as const },
          { label: 'Cancel', value: 'cancel' as const }
        ],
        'cancel' as const
      )
      if (choice === 'cancel') return
      keepEdited = choice === 'keep'
    }
    this.store.removeArticle(articleId, keepEdited)
    this.hooks.status(`Removed “${article.title}”. Undo brings it back.`)
  }

  /**
   * Adds what main read. The same happening may already be in the document, told by an article
   * added earlier: main merges the new events with the extracted ones whose dates they meet.
   * `mergedTogether` says main already merged all of `result` as one batch; events read in
   * separate calls (dropped files) are merged here even when nothing in the document meets them.
   */
  private async add(result: ExtractResponse, mergedTogether = true): Promise<void> {
    const known = new Set(this.store.project.articles.map((a) => a.id))
    const fresh = result.articles.filter((a) => !known.has(a.id))
    const skipped = result.articles.length - fresh.length
    if (result.articles.length > 0) {
      const nearby = extractedMeeting(this.store.project.events, result.events)
      const events =
        nearby.length === 0 && mergedTogether
          ? result.events
          : (await unwrap(api().mergeEvents({ events: [...nearby, ...result.events] }))).events
      this.store.addArticles(
        result.articles,
        events,
        nearby.map((e) => e.id)
      )
    }
    const n = fresh.length
    this.hooks.status(
      `Added ${n} article${n === 1 ? '' : 's'}` +
        (skipped ? ` (${skipped} already in the timeline, skipped)` : '') +
        '.'
    )
  }
}

/**
 * The document's extracted events (not the user's) whose dates overlap those of `incoming`:
 * the only ones a new event could be the same happening as. Both lists are scanned once after
 * sorting the new intervals, so a large document costs a pass, not a product.
 */
export function extractedMeeting(
  existing: readonly TimelineEvent[],
  incoming: readonly TimelineEvent[]
): TimelineEvent[] {
  if (incoming.length === 0) return []
  const spans = incoming.map((e) => [e.when.start, e.when.end] as const).sort(byStart)
  // Merged spans: disjoint, sorted, so each existing event is checked by binary search.
  const merged: [string, string][] = []
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = end > last[1] ? end : last[1]
    else merged.push([start, end])
  }
  return existing.filter((event) => {
    if (event.origin !== undefined) return false
    let lo = 0
    let hi = merged.length
    // The first merged span that ends on or after the event's start.
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (merged[mid]![1] < event.when.start) lo = mid + 1
      else hi = mid
    }
    const span = merged[lo]
    return span !== undefined && span[0] <= event.when.end
  })
}

const byStart = (a: readonly [string, string], b: readonly [string, string]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0

/** Bytes as base64, in chunks: String.fromCharCode(...all) overflows the stack on big files. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}
