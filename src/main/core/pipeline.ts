/**
 * The whole path from one input to dated events: read it into articles (text, Markdown, HTML,
 * feeds, web pages), then find each article's events. This is what a batch worker runs per input,
 * what the CLI runs per argument; a worker runs it for pasted text and dropped files too.
 */
import type { Article, IsoDay, TimelineEvent } from '../../shared/model'
import { extractEvents, makeArticle } from './events/extract'
import {
  ingestBytes,
  ingestFile,
  ingestText,
  ingestUrl,
  type IngestedArticle,
  type IngestKind
} from './ingest'

export interface PipelineResult {
  articles: Article[]
  events: TimelineEvent[]
}

export interface FileOptions {
  /** The publication date the user gives; it wins over any date found in the input. */
  published?: IsoDay | null
  /** For web addresses: how long to wait for the page (default 15 s). */
  timeoutMs?: number
}

const WEB = /^https?:\/\//i

/** One file or web address (http/https) to articles and their events. */
export async function processFile(
  input: string,
  options: FileOptions = {}
): Promise<PipelineResult> {
  const ingested = WEB.test(input)
    ? await ingestUrl(input, {
        published: options.published ?? null,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
      })
    : await ingestFile(input, { published: options.published ?? null })
  return fromIngested(ingested)
}

/** A file's bytes (dropped on the window) to articles and their events; `name` gives its kind. */
export function processBytes(
  bytes: Uint8Array,
  name: string,
  options: FileOptions = {}
): PipelineResult {
  return fromIngested(ingestBytes(bytes, name, { published: options.published ?? null }))
}

/** Pasted text, Markdown, HTML or a feed to articles and their events. */
export function processText(
  text: string,
  options: FileOptions & { kind?: IngestKind; source?: string; title?: string } = {}
): PipelineResult {
  const ingested = ingestText(text, {
    kind: options.kind ?? 'auto',
    published: options.published ?? null,
    ...(options.source ? { source: options.source } : {})
  })
  if (options.title && ingested.length === 1) ingested[0]!.title = options.title
  return fromIngested(ingested)
}

function fromIngested(ingested: IngestedArticle[]): PipelineResult {
  const articles = ingested.map((a) =>
    makeArticle({ text: a.text, published: a.published, title: a.title, source: a.source })
  )
  return { articles, events: articles.flatMap(extractEvents) }
}
