/**
 * The shape of a current (v2) project, checked in full: used when a file is opened and by main's
 * IPC when the renderer sends a project to save, so a bad document is refused with a message
 * instead of written to disk or half-loaded.
 *
 * Objects are strict: a key the model does not know is an error rather than silently dropped, so a
 * field added to src/shared/model.ts without being added here fails loudly (and in tests).
 * The caps are far above anything the app makes; they only stop a hostile file from making us
 * build absurd structures (the file-size cap in project-file.ts bounds the whole).
 */
import { z } from 'zod'
import {
  GRANULARITIES,
  PROJECT_FORMAT,
  PROJECT_SCHEMA_VERSION,
  type Project
} from '../../../shared/model'
import { dayNotAfter, isIsoDay } from './dates'

export const PROJECT_LIMITS = {
  articles: 10_000,
  events: 1_000_000,
  /** Same as ingest's default file cap (64 MiB): an article's text never decodes to more chars. */
  text: 64 * 1024 * 1024,
  id: 200,
  /** Titles, names, sources (URLs), categories: generous for what people type or paste. */
  label: 10_000,
  dateText: 10_000,
  listItems: 10_000,
  sourcesPerEvent: 10_000
} as const

const id = z.string().min(1).max(PROJECT_LIMITS.id)
const label = z.string().max(PROJECT_LIMITS.label)
const isoDay = z
  .string()
  .max(20)
  .refine(isIsoDay, { error: (issue) => `must be a real date as YYYY-MM-DD, got ${show(issue)}` })
const isoDateTime = z.iso.datetime({ offset: true })
/**
 * What Date.prototype.toISOString writes for a year before 0000 or after 9999 (`-000500-01-01T…`):
 * the renderer stores its visible window that way, and a timeline can be zoomed out that far.
 */
const EXPANDED_INSTANT = /^[+-]\d{6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const instant = z.string().refine(
  (s) =>
    isoDateTime.safeParse(s).success ||
    // toISOString's own output, exactly: no impossible day (Date.parse rolls those over).
    (EXPANDED_INSTANT.test(s) && Number.isFinite(Date.parse(s)) && new Date(s).toISOString() === s),
  { error: 'Invalid ISO datetime' }
)

const timeValueSchema = z
  .strictObject({
    value: z.string().min(1).max(100),
    start: isoDay,
    end: isoDay,
    granularity: z.enum(GRANULARITIES),
    approximate: z.boolean()
  })
  // Zod runs this even when a day failed its own check; say nothing more about those.
  .refine((t) => !isIsoDay(t.start) || !isIsoDay(t.end) || dayNotAfter(t.start, t.end), {
    path: ['end'],
    error: 'is before start'
  })

export const articleSchema = z.strictObject({
  id,
  title: label,
  published: isoDay.nullable(),
  source: label,
  text: z.string().max(PROJECT_LIMITS.text)
})

const offset = z.number().int().min(0)

const eventSourceSchema = z
  .strictObject({
    articleId: id,
    quote: z.string().max(PROJECT_LIMITS.text),
    start: offset,
    end: offset,
    dateText: z.string().max(PROJECT_LIMITS.dateText)
  })
  .refine((s) => s.start <= s.end, { path: ['end'], error: 'is before start' })

export const eventSchema = z.strictObject({
  id,
  title: label,
  when: timeValueSchema,
  actors: z.array(label).max(PROJECT_LIMITS.listItems),
  places: z.array(label).max(PROJECT_LIMITS.listItems),
  category: label,
  importance: z.number().min(0),
  sources: z.array(eventSourceSchema).max(PROJECT_LIMITS.sourcesPerEvent),
  origin: z.enum(['edited', 'manual']).optional()
})

const viewSchema = z
  .strictObject({
    start: instant,
    end: instant,
    lanes: z.enum(['none', 'actor', 'category', 'article'])
  })
  // Written so that an instant that failed its own check (NaN) adds no second complaint.
  .refine((v) => !(Date.parse(v.end) < Date.parse(v.start)), {
    path: ['end'],
    error: 'is before start'
  })

export const projectSchema = z
  .strictObject({
    format: z.literal(PROJECT_FORMAT),
    schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
    title: label,
    articles: z.array(articleSchema).max(PROJECT_LIMITS.articles),
    events: z.array(eventSchema).max(PROJECT_LIMITS.events),
    view: viewSchema.optional()
  })
  // Zod runs this only when every field has the right type (though other checks may have
  // failed), so the lookups below are safe.
  .superRefine((project, ctx) => {
    const articleIds = new Set<string>()
    project.articles.forEach((article, i) => {
      if (articleIds.has(article.id))
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'id'], message: dup(article.id) })
      articleIds.add(article.id)
    })
    const eventIds = new Set<string>()
    project.events.forEach((event, i) => {
      if (eventIds.has(event.id))
        ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: dup(event.id) })
      eventIds.add(event.id)
      event.sources.forEach((source, j) => {
        if (!articleIds.has(source.articleId))
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'sources', j, 'articleId'],
            message: `names no article in the project (${JSON.stringify(source.articleId)})`
          })
      })
    })
    if (ctx.issues.length === 0) validated.add(project)
  })

/**
 * Projects that came out of projectSchema whole. Checking 100,000 events takes most of a second,
 * and main's IPC has already checked a project it then asks to save or autosave, so
 * writeProjectFile skips a second check of that very object. (Zod returns new objects, so a
 * project is only here if it is exactly what the schema produced.)
 */
const validated = new WeakSet<object>()

/** True when `project` is an object projectSchema produced, so it needs no second check. */
export function isValidatedProject(project: object): boolean {
  return validated.has(project)
}

function dup(value: string): string {
  return `repeats an id used before (${JSON.stringify(value)})`
}

/** The offending value, shortened, for a message. */
function show(issue: { input?: unknown }): string {
  const text = JSON.stringify(issue.input) ?? String(issue.input)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

// The schema and the model must describe the same thing; this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const schemaMatchesModel: Same<z.infer<typeof projectSchema>, Project> = true
void schemaMatchesModel

export { describeProjectIssues } from './issues'
