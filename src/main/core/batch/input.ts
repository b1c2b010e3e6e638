/**
 * What a worker reads when the input is not a file on disk: pasted text, the bytes of a file
 * dropped on the window, an article to read again under a new publication date, or events to
 * merge. Main hands these to a worker too, so that reading 64 MB of hostile HTML or merging a
 * large batch never stalls the main process. The events come back merged (mergeEvents), as
 * every caller wants them.
 */
import type { Article, IsoDay, TimelineEvent } from '../../../shared/model'
import { extractEvents } from '../events/extract'
import type { IngestKind } from '../ingest'
import { mergeEvents } from '../merge/merge'
import { processBytes, processFile, processText, type PipelineResult } from '../pipeline'

export type TaskInput =
  | { text: string; kind?: IngestKind; title?: string; source?: string }
  | { bytes: Uint8Array; name: string }
  /** Its events found again (same text, same offsets); no article comes back. */
  | { article: Article }
  /** A web page or feed, fetched. */
  | { url: string }
  /** Merged where they tell the same happening; no article comes back. */
  | { events: TimelineEvent[] }

export async function processInput(
  input: TaskInput,
  published: IsoDay | null
): Promise<PipelineResult> {
  const read = await readInput(input, published)
  return { articles: read.articles, events: mergeEvents(read.events) }
}

async function readInput(input: TaskInput, published: IsoDay | null): Promise<PipelineResult> {
  if ('events' in input) return { articles: [], events: input.events }
  if ('url' in input) return processFile(input.url, { published })
  if ('text' in input) {
    return processText(input.text, {
      published,
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(input.source ? { source: input.source } : {})
    })
  }
  if ('bytes' in input) return processBytes(input.bytes, input.name, { published })
  return { articles: [], events: extractEvents({ ...input.article, published }) }
}

/** Roughly how many bytes the input takes, to size the worker's heap. */
export function inputSize(input: TaskInput): number {
  if ('text' in input) return input.text.length * 2
  if ('bytes' in input) return input.bytes.length
  if ('events' in input) return input.events.length * 2048
  if ('url' in input) return 10 * 1024 * 1024 // the fetch's cap
  return input.article.text.length * 2
}
