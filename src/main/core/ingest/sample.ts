/**
 * The sample project shipped in resources/sample: article files with their metadata
 * (publication date, source) in sample.json beside them.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION, type Project } from '../../../shared/model'
import { extractEvents, makeArticle } from '../events/extract'

const manifestSchema = z.object({
  title: z.string(),
  /** How the timeline opens: a window and lanes (the document's view), if not the whole story. */
  view: z
    .object({
      start: z.iso.datetime(),
      end: z.iso.datetime(),
      lanes: z.enum(['none', 'actor', 'category', 'article'])
    })
    .optional(),
  articles: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+$/, 'must be a plain file name'),
      title: z.string(),
      source: z.string(),
      published: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
    })
  )
})

export async function loadSampleProject(sampleDir: string): Promise<Project> {
  const manifest = manifestSchema.parse(
    JSON.parse(await readFile(path.join(sampleDir, 'sample.json'), 'utf8'))
  )
  const articles = await Promise.all(
    manifest.articles.map(async (entry) =>
      makeArticle({
        text: await readFile(path.join(sampleDir, entry.file), 'utf8'),
        published: entry.published,
        title: entry.title,
        source: entry.source
      })
    )
  )
  return {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    title: manifest.title,
    articles,
    events: articles.flatMap(extractEvents),
    ...(manifest.view ? { view: manifest.view } : {})
  }
}
