/**
 * What a worker reads when the input is not a file on disk: pasted text, the bytes of a file
 * dropped on the window, or an article to read again under a new publication date. Main hands
 * these to a worker too, so that reading 64 MB of hostile HTML never stalls the main process.
 */
import type { Article, IsoDay } from '../../../shared/model'
import { extractEvents } from '../events/extract'
import type { IngestKind } from '../ingest'
import { processBytes, processText, type PipelineResult } from '../pipeline'

export type TaskInput =
  | { text: string; kind?: IngestKind; title?: string; source?: string }
  | { bytes: Uint8Array; name: string }
  /** Its events found again (same text, same offsets); no article comes back. */
  | { article: Article }

export function processInput(input: TaskInput, published: IsoDay | null): PipelineResult {
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
  return input.article.text.length * 2
}
