/**
 * The whole path from one input to dated events: read it into articles, then find each article's
 * events. This is what a batch worker runs per file and what the CLI runs per argument.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Article, IsoDay, TimelineEvent } from '../../shared/model'
import { extractEvents, makeArticle } from './events/extract'

export interface PipelineResult {
  articles: Article[]
  events: TimelineEvent[]
}

export interface FileOptions {
  /** The publication date the user gives; it wins over any date found in the file. */
  published?: IsoDay | null
}

/** Reads one file (plain text for now) and extracts its events. */
export async function processFile(file: string, options: FileOptions = {}): Promise<PipelineResult> {
  const bytes = await readFile(file)
  if (bytes.includes(0)) throw new Error(`${file}: this looks like a binary file, not an article.`)
  const article = makeArticle({
    text: bytes.toString('utf8'),
    published: options.published ?? null,
    source: path.basename(file)
  })
  return { articles: [article], events: extractEvents(article) }
}
