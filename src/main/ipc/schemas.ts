/**
 * Runtime schemas for every request channel. The `satisfies` clause ties each schema to the
 * request type in src/shared/ipc.ts, so the two cannot drift apart.
 */
import { z } from 'zod'
import type { RequestChannel, RequestOf } from '../../shared/ipc'
import { MAX_YEAR, MIN_YEAR } from '../core/ingest/published'
import { articleSchema, eventSchema, PROJECT_LIMITS, projectSchema } from '../core/project'

/** 64 MiB of text: larger pastes are refused with a clear message rather than stalling main. */
export const MAX_TEXT_LENGTH = 64 * 1024 * 1024

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'is not a real calendar date')

/** A publication date the user gives: a real day, in the years articles are dated. */
const publicationDay = isoDay.refine((s) => {
  const year = Number(s.slice(0, 4))
  return year >= MIN_YEAR && year <= MAX_YEAR
}, `must be in the years ${MIN_YEAR}–${MAX_YEAR}`)

const noArguments = z.strictObject({})

/** The name an export suggests for its file: the main process makes it safe. */
const exportName = z.string().max(1000)

export const requestSchemas = {
  'app:info': noArguments,
  'project:sample': noArguments,
  'articles:extract': z.strictObject({
    text: z.string().max(MAX_TEXT_LENGTH, 'is longer than 64 MiB'),
    published: publicationDay.nullable(),
    title: z.string().max(1000).optional(),
    source: z.string().max(2000).optional(),
    kind: z.enum(['auto', 'text', 'markdown', 'html', 'feed']).optional()
  }),
  'articles:fetch': z.strictObject({
    url: z
      .string()
      .max(2048, 'is longer than 2,048 characters')
      .regex(/^https?:\/\/[^\s]+$/i, 'must be a web address starting with http:// or https://'),
    published: publicationDay.nullable().optional()
  }),
  'articles:open': z.strictObject({
    published: publicationDay.nullable().optional(),
    merge: z.boolean().optional()
  }),
  'articles:extractFile': z.strictObject({
    name: z
      .string()
      .min(1)
      .max(255)
      .refine((n) => !/[\\/\0]/.test(n), 'must be a file name without folders'),
    // base64 takes 4 characters for 3 bytes.
    base64: z
      .string()
      .max(Math.ceil(MAX_TEXT_LENGTH / 3) * 4, 'is longer than 64 MiB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    published: publicationDay.nullable()
  }),
  'articles:redate': z.strictObject({
    article: articleSchema,
    published: publicationDay.nullable()
  }),
  'events:merge': z.strictObject({
    events: z.array(eventSchema).max(PROJECT_LIMITS.events, 'has too many events')
  }),
  'project:new': noArguments,
  'project:open': z.strictObject({ recent: z.string().min(1).max(4096).optional() }),
  'project:save': z.strictObject({ project: projectSchema, saveAs: z.boolean() }),
  'project:recent': noArguments,
  'document:state': z.strictObject({ title: z.string().max(1000), dirty: z.boolean() }),
  'window:close': noArguments,
  'autosave:write': z.strictObject({ project: projectSchema }),
  'autosave:check': noArguments,
  'autosave:restore': noArguments,
  'autosave:discard': noArguments,
  'export:image': z.strictObject({
    format: z.enum(['png', 'svg']),
    // A 4× PNG of a big timeline runs to tens of MB; 512 MiB of base64 is far beyond any.
    data: z.string().max(512 * 1024 * 1024, 'is larger than 512 MiB'),
    name: exportName
  }),
  'export:pdf': z.strictObject({
    svg: z.string().max(256 * 1024 * 1024, 'is larger than 256 MiB'),
    width: z.number().positive().max(100_000),
    height: z.number().positive().max(100_000),
    title: z.string().max(1000).nullable(),
    pageSize: z.enum(['A4', 'Letter', 'A3']),
    orientation: z.enum(['landscape', 'portrait']),
    sources: z
      .array(
        z.strictObject({
          title: z.string().max(10_000),
          source: z.string().max(10_000),
          published: publicationDay.nullable(),
          quotes: z.array(z.string().max(100_000)).max(10_000)
        })
      )
      .max(100_000)
      .nullable(),
    name: exportName
  }),
  'export:data': z.strictObject({
    format: z.enum(['json', 'csv', 'timelinejs', 'ics']),
    project: projectSchema,
    name: exportName
  }),
  'import:open': noArguments
} satisfies { [C in RequestChannel]: z.ZodType<RequestOf<C>> }

/** One readable sentence per problem, each naming the field it is about. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.')
      if (issue.code === 'unrecognized_keys') {
        return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      }
      if (issue.code === 'invalid_type' && path) {
        return `field "${path}": expected ${issue.expected}`
      }
      return path ? `field "${path}" ${issue.message}` : issue.message
    })
    .join('; ')
}
