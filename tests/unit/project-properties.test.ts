/**
 * Property tests for the project loader (src/main/core/project): whatever text it is given it
 * either returns a valid project or throws its own ProjectFileError naming the file; every valid
 * project survives saving and opening unchanged; every way of breaking a valid file is refused
 * with the right error code, never accepted and never a crash; every version-1 file migrates.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseProject,
  ProjectFileError,
  projectSchema,
  readProjectFile,
  serializeProject,
  writeProjectFile,
  type ProjectFileErrorCode
} from '../../src/main/core/project'
import type { Project } from '../../src/shared/model'
import { projectArb, version1Arb } from './fixtures/arbitraries'
import { tempDir } from './fixtures/project-helpers'

/**
 * Runs of the main properties; the slower ones (files on disk) take a fraction of it, rounded:
 * fast-check never stops on a run count such as 133.3.
 */
const RUNS = 500
const dir = tempDir('properties')

/** How messages name a file: its base name in curly quotes (errors.ts). */
const quoted = (file: string): string => `“${path.basename(file)}”`

/** Parses `text`; returns the project, or the ProjectFileError. Anything else thrown fails. */
function open(text: string, file: string): Project | ProjectFileError {
  try {
    return parseProject(text, file)
  } catch (error) {
    if (!(error instanceof ProjectFileError)) throw error
    expect(error.message, 'the message names the file').toContain(quoted(file))
    return error
  }
}

/** A file name, or a path to one: only its base name is shown in messages. */
const fileNameArb = fc.oneof(
  fc.constantFrom('project.dateline', '/home/a/My timeline.dateline', 'x', 'C:\\a\\b.dateline'),
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.string({ minLength: 1, maxLength: 12 }))
    .map(([folder, name]) => `${folder}/${name.replace(/\//g, '_')}.dateline`)
)

// ---------------------------------------------------------------------------------------------
// Text that is not a project, or only partly one

/** The keys a project file's objects may have (schema.ts). */
const KEYS = {
  root: ['format', 'schemaVersion', 'title', 'articles', 'events', 'view'],
  article: ['id', 'title', 'published', 'source', 'text'],
  event: ['id', 'title', 'when', 'actors', 'places', 'category', 'importance', 'sources', 'origin'],
  when: ['value', 'start', 'end', 'granularity', 'approximate'],
  source: ['articleId', 'quote', 'start', 'end', 'dateText'],
  view: ['start', 'end', 'lanes']
} as const
type Kind = keyof typeof KEYS
const OPTIONAL = new Set(['view', 'origin'])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/** Every object of a project (as plain JSON), with what kind of object it is. */
function objectsOf(project: JsonObject): { kind: Kind; object: JsonObject }[] {
  const out: { kind: Kind; object: JsonObject }[] = [{ kind: 'root', object: project }]
  for (const a of project['articles'] as JsonObject[]) out.push({ kind: 'article', object: a })
  for (const e of project['events'] as JsonObject[]) {
    out.push({ kind: 'event', object: e }, { kind: 'when', object: e['when'] as JsonObject })
    for (const s of e['sources'] as JsonObject[]) out.push({ kind: 'source', object: s })
  }
  if (project['view']) out.push({ kind: 'view', object: project['view'] as JsonObject })
  return out
}

const asJson = (project: Project): JsonObject => JSON.parse(JSON.stringify(project)) as JsonObject

/** A valid project with one subtree replaced by any JSON value: the schema's work, everywhere. */
const damagedArb = fc
  .tuple(projectArb(), fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 3 }))
  .map(([project, which, key, value]) => {
    const objects = objectsOf(asJson(project))
    const { object } = objects[which % objects.length]!
    const keys = Object.keys(object)
    object[keys[key % keys.length]!] = value as Json
    return JSON.stringify(objects[0]!.object)
  })

/** Some JSON object that says it is a project of some version. */
const headedArb = fc
  .tuple(
    fc.constantFrom<unknown>(1, 2, 'dateline', 0, -1, 2.5, 3, 1e300, null, undefined),
    fc.constantFrom<unknown>('dateline', undefined, 'timelinejs', 1),
    fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 })
  )
  .map(([schemaVersion, format, rest]) => JSON.stringify({ ...rest, format, schemaVersion }))

/** Valid project text with characters changed, removed or added at random places. */
const editedArb = fc
  .tuple(
    projectArb(),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 })), {
      minLength: 1,
      maxLength: 4
    })
  )
  .map(([project, edits]) => {
    let text = serializeProject(project)
    for (const [at, cut, insert] of edits) {
      const i = at % (text.length + 1)
      text = text.slice(0, i) + insert + text.slice(i + cut)
    }
    return text
  })

const anyInputArb = fc.oneof(
  fc.string({ maxLength: 100 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.json({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? String(v)),
  headedArb,
  damagedArb,
  editedArb
)

describe('parseProject on any text', () => {
  it('returns a valid project or throws a ProjectFileError that names the file', () => {
    // Nesting far deeper than a recursive parser or validator could take.
    const nested = '['.repeat(100_000) + ']'.repeat(100_000)
    const deep = `{"format":"dateline","schemaVersion":2,"title":"","articles":[],"events":[${nested}]}`
    fc.assert(
      fc.property(anyInputArb, fileNameArb, (text, file) => {
        const result = open(text, file)
        if (!(result instanceof ProjectFileError)) {
          // Accepted: then it really is a current, valid project.
          expect(projectSchema.safeParse(result).success).toBe(true)
        }
      }),
      {
        numRuns: RUNS * 3,
        examples: [
          ['', 'empty.dateline'],
          ['\uFEFF', 'bom.dateline'],
          ['\0\0\0\0', 'zeros.dateline'],
          ['{"schemaVersion":1,"__proto__":{"title":1}}', 'proto.dateline'],
          ['{"format":"dateline","schemaVersion":9007199254740993}', 'big.dateline'],
          [deep, 'deep.dateline']
        ]
      }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Valid projects

describe('valid projects', () => {
  // Found by the round-trip property: the renderer stores its visible window with toISOString,
  // which writes years before 0000 or after 9999 as ±YYYYYY, and the schema refused those, so a
  // timeline zoomed out past year 0 (events from the first century to today) could not be saved.
  it('include a view zoomed out past year 0 or year 9999, as toISOString writes it', () => {
    const project: Project = {
      format: 'dateline',
      schemaVersion: 2,
      title: 'Zoomed out',
      articles: [],
      events: [],
      view: {
        start: new Date(Date.UTC(-500, 0, 1)).toISOString(),
        end: new Date(Date.UTC(10_000, 0, 1)).toISOString(),
        lanes: 'none'
      }
    }
    expect(project.view!.start).toBe('-000500-01-01T00:00:00.000Z')
    expect(parseProject(serializeProject(project), 'zoomed.dateline')).toEqual(project)
    // Only what toISOString writes: no impossible day, no year "-000000".
    for (const start of ['+010000-02-30T00:00:00.000Z', '-000000-01-01T00:00:00.000Z']) {
      const bad = serializeProject({ ...project, view: { ...project.view!, start } })
      expect(open(bad, 'bad.dateline')).toBeInstanceOf(ProjectFileError)
    }
  })

  it('come back equal through serialising and parsing', () => {
    fc.assert(
      fc.property(projectArb(), fileNameArb, (project, file) => {
        expect(projectSchema.safeParse(project).success).toBe(true) // the arbitrary is sound
        expect(parseProject(serializeProject(project), file)).toEqual(project)
      }),
      { numRuns: RUNS }
    )
  })

  it('come back equal through writeProjectFile and readProjectFile', async () => {
    const file = path.join(dir, 'round-trip.dateline')
    await fc.assert(
      fc.asyncProperty(projectArb(), async (project) => {
        await writeProjectFile(file, project)
        expect(await readProjectFile(file)).toEqual(project)
      }),
      { numRuns: Math.ceil(RUNS / 4) }
    )
  })

  it('open from version 1 as the same project in the current version', () => {
    fc.assert(
      fc.property(version1Arb, fileNameArb, ({ v1, expected }, file) => {
        const opened = parseProject(JSON.stringify(v1), file)
        expect(opened).toEqual(expected)
        expect(opened.events.some((e) => 'origin' in e)).toBe(false)
      }),
      { numRuns: RUNS }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Broken projects

type Mutation =
  | 'drop a required key'
  | 'change a type'
  | 'start after end'
  | 'dangling article id'
  | 'duplicate id'
  | 'unknown key'
  | 'future version'
  | 'truncated'

const MUTATIONS: Mutation[] = [
  'drop a required key',
  'change a type',
  'start after end',
  'dangling article id',
  'duplicate id',
  'unknown key',
  'future version',
  'truncated'
]

interface Choice {
  mutation: Mutation
  /** Pick objects, keys and offsets (taken modulo what there is). */
  a: number
  b: number
  name: string
  value: Json
}

const choiceArb: fc.Arbitrary<Choice> = fc.record({
  mutation: fc.constantFrom(...MUTATIONS),
  a: fc.nat(),
  b: fc.nat(),
  name: fc.string({ maxLength: 10 }),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>
})

/** A value of another JSON type than `value`, never one the same field could take. */
function otherType(value: Json): Json {
  if (typeof value === 'string') return 0
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return String(value)
  if (value === null) return 0
  return Array.isArray(value) ? {} : []
}

/** The schema's last and first days: any other day lies strictly between them. */
const AFTER_ANY_DAY = '+999999-12-31'
const BEFORE_ANY_DAY = '-999999-01-01'
/** The last instant a Date can hold (ms). */
const LAST_INSTANT = 8.64e15

/**
 * Breaks a valid project as `choice` says; returns the file text and the error code the loader
 * must give. Inapplicable choices (no event to break) break what there is instead.
 */
function mutate(project: Project, choice: Choice): { text: string; code: ProjectFileErrorCode } {
  const root = asJson(project)
  const objects = objectsOf(root)
  const pickOf = <T>(items: readonly T[], n: number): T => items[n % items.length]!
  const articles = root['articles'] as JsonObject[]
  const events = root['events'] as JsonObject[]
  switch (choice.mutation) {
    case 'drop a required key': {
      const { kind, object } = pickOf(objects, choice.a)
      const key = pickOf(
        KEYS[kind].filter((k) => !OPTIONAL.has(k)),
        choice.b
      )
      delete object[key]
      // Without its version or format a file is not recognised as a project at all.
      const unrecognised = kind === 'root' && (key === 'format' || key === 'schemaVersion')
      return { text: JSON.stringify(root), code: unrecognised ? 'NOT_A_PROJECT' : 'INVALID' }
    }
    case 'change a type': {
      const { kind, object } = pickOf(objects, choice.a)
      const key = pickOf(Object.keys(object), choice.b)
      object[key] = otherType(object[key]!)
      const unrecognised = kind === 'root' && (key === 'format' || key === 'schemaVersion')
      return { text: JSON.stringify(root), code: unrecognised ? 'NOT_A_PROJECT' : 'INVALID' }
    }
    case 'start after end': {
      const ordered = objects.filter((o) => ['when', 'source', 'view'].includes(o.kind))
      const { kind, object } = pickOf(ordered.length ? ordered : objects.slice(0, 1), choice.a)
      if (kind === 'source') {
        const end = object['end'] as number
        object['start'] = end + 1 + (choice.b % 100)
      } else if (kind === 'view') {
        if (object['start'] !== object['end'])
          [object['start'], object['end']] = [object['end']!, object['start']!]
        else {
          // The same instant: move the start later, or the end earlier at the end of time.
          const at = Date.parse(object['start'] as string)
          const step = 1 + (choice.b % 1000)
          if (at + step <= LAST_INSTANT) object['start'] = new Date(at + step).toISOString()
          else object['end'] = new Date(at - step).toISOString()
        }
      } else if (kind === 'when') {
        if (object['start'] !== object['end'])
          [object['start'], object['end']] = [object['end']!, object['start']!]
        else if (object['start'] !== AFTER_ANY_DAY) object['start'] = AFTER_ANY_DAY
        else object['end'] = BEFORE_ANY_DAY
      } else {
        // No event and no view: add an event that ends before it starts.
        events.push({ ...eventStub('reversed'), when: reversedWhen })
      }
      return { text: JSON.stringify(root), code: 'INVALID' }
    }
    case 'dangling article id': {
      const ids = new Set(articles.map((a) => a['id']))
      let missing = `missing-${choice.name}`
      while (ids.has(missing)) missing += '?'
      const sources = objects.filter((o) => o.kind === 'source')
      if (sources.length) pickOf(sources, choice.a).object['articleId'] = missing
      else events.push({ ...eventStub('dangling'), sources: [sourceStub(missing)] })
      return { text: JSON.stringify(root), code: 'INVALID' }
    }
    case 'duplicate id': {
      const list = choice.b % 2 === 0 && articles.length ? articles : events
      if (list.length) list.push(structuredClone(pickOf(list, choice.a)))
      else events.push(eventStub('twice'), eventStub('twice'))
      return { text: JSON.stringify(root), code: 'INVALID' }
    }
    case 'unknown key': {
      const { kind, object } = pickOf(objects, choice.a)
      let key = choice.name
      while ((KEYS[kind] as readonly string[]).includes(key)) key += '_'
      // defineProperty, so that "__proto__" becomes a key like any other.
      Object.defineProperty(object, key, {
        value: choice.value,
        enumerable: true,
        configurable: true,
        writable: true
      })
      return { text: JSON.stringify(root), code: 'INVALID' }
    }
    case 'future version': {
      root['schemaVersion'] = 3 + (choice.a % 2 === 0 ? choice.b : choice.b * 2 ** 21)
      return { text: JSON.stringify(root), code: 'TOO_NEW' }
    }
    case 'truncated': {
      // Cut before the closing brace: a strict prefix of an object is never valid JSON.
      const text = serializeProject(project)
      const end = text.trimEnd().length
      return { text: text.slice(0, choice.a % end), code: 'CORRUPT' }
    }
  }
}

const reversedWhen: JsonObject = {
  value: '2021',
  start: '2021-12-31',
  end: '2021-01-01',
  granularity: 'year',
  approximate: false
}

function eventStub(id: string): JsonObject {
  return {
    id,
    title: '',
    when: { ...reversedWhen, start: '2021-01-01', end: '2021-12-31' },
    actors: [],
    places: [],
    category: '',
    importance: 1,
    sources: []
  }
}

function sourceStub(articleId: string): JsonObject {
  return { articleId, quote: '', start: 0, end: 0, dateText: '' }
}

describe('a broken project', () => {
  it('is refused with the right error code, never accepted, never a crash', () => {
    fc.assert(
      fc.property(projectArb(), choiceArb, fileNameArb, (project, choice, file) => {
        const { text, code } = mutate(project, choice)
        const result = open(text, file)
        expect(result, `accepted after "${choice.mutation}"`).toBeInstanceOf(ProjectFileError)
        expect((result as ProjectFileError).code, (result as Error).message).toBe(code)
      }),
      { numRuns: RUNS * 3 }
    )
  })

  it('is damaged mid-file when cut short, and the message says so', () => {
    fc.assert(
      fc.property(projectArb({ minEvents: 1 }), fc.nat(), (project, at) => {
        const text = serializeProject(project)
        const end = text.trimEnd().length
        // Offset 0 leaves nothing: "empty", checked above. Anything else stops in the middle.
        const cut = 1 + (at % (end - 1))
        const result = open(text.slice(0, cut), 'cut.dateline')
        expect(result).toBeInstanceOf(ProjectFileError)
        expect((result as Error).message).toMatch(/ends in the middle/)
      }),
      { numRuns: RUNS }
    )
  })

  it('is not saved: writeProjectFile refuses it and leaves the file on disk alone', async () => {
    const file = path.join(dir, 'refuse.dateline')
    const before = 'the previous file\n'
    await fc.assert(
      fc.asyncProperty(
        projectArb(),
        choiceArb.filter((c) => c.mutation !== 'truncated'),
        async (project, choice) => {
          writeFileSync(file, before)
          const broken = JSON.parse(mutate(project, choice).text) as Project
          const error: unknown = await writeProjectFile(file, broken).then(
            () => null,
            (e: unknown) => e
          )
          expect(error, `saved after "${choice.mutation}"`).toBeInstanceOf(ProjectFileError)
          expect((error as ProjectFileError).code).toBe('INVALID')
          expect(readFileSync(file, 'utf8')).toBe(before)
        }
      ),
      { numRuns: Math.ceil(RUNS / 2) }
    )
  })
})
