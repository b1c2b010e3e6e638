/**
 * The project schema: the real sample project passes; broken ones are refused with a message
 * that names the field (`events[0].when.start: …`).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { describeProjectIssues, PROJECT_LIMITS, projectSchema } from '../../src/main/core/project'
import { isValidatedProject } from '../../src/main/core/project/schema'
import { dayNotAfter, isIsoDay } from '../../src/main/core/project/dates'
import type { Project } from '../../src/shared/model'
import { sampleProject } from './fixtures/project-helpers'

let sample: Project
beforeAll(async () => {
  sample = await sampleProject()
})

/** A change to a copy of the sample: `path` (`events.0.when.start`) is set to `value`. */
type Change = [path: string, value: unknown]
/** As a value: remove the key. */
const REMOVE = Symbol('remove')
/** As a value: computed from the copy being changed. */
type FromCopy = (copy: Project) => unknown

function apply(copy: Project, [at, value]: Change): void {
  const keys = at.split('.')
  const last = keys.pop() ?? ''
  let node = copy as unknown as Record<string, unknown>
  for (const key of keys) node = node[key] as Record<string, unknown>
  if (value === REMOVE) delete node[last]
  else node[last] = typeof value === 'function' ? (value as FromCopy)(copy) : value
}

/** The problems with a copy of the sample after `changes`, as describeProjectIssues tells them. */
function problemsAfter(...changes: Change[]): string {
  const copy = structuredClone(sample)
  for (const change of changes) apply(copy, change)
  const result = projectSchema.safeParse(copy)
  if (result.success) throw new Error('the broken project passed the schema')
  return describeProjectIssues(result.error)
}

describe('the project schema', () => {
  it('accepts the real sample project, unchanged', () => {
    expect(sample.events.length).toBeGreaterThan(5)
    const result = projectSchema.safeParse(sample)
    expect(result.success).toBe(true)
    expect(result.data).toEqual(sample)
  })

  it('accepts what people add: origins, an empty project, a view', () => {
    const copy = structuredClone(sample)
    copy.events[0]!.origin = 'edited'
    copy.events[1]!.origin = 'manual'
    copy.view = {
      start: '2014-01-01T00:00:00Z',
      end: '2021-12-31T00:00:00.000+02:00',
      lanes: 'actor'
    }
    expect(projectSchema.safeParse(copy).success).toBe(true)
    const empty = { format: 'dateline', schemaVersion: 2, title: '', articles: [], events: [] }
    expect(projectSchema.safeParse(empty).success).toBe(true)
  })

  const view = (start: string, end: string, lanes = 'none'): unknown => ({ start, end, lanes })
  it.each<[string, Change[], RegExp]>([
    [
      'an impossible day',
      [['articles.0.published', '2021-02-30']],
      /^articles\[0\]\.published: must be a real date as YYYY-MM-DD, got "2021-02-30"/
    ],
    [
      'a date in words',
      [['events.0.when.start', 'yesterday']],
      /^events\[0\]\.when\.start: must be a real date/
    ],
    [
      'a day with a time',
      [['events.2.when.end', '2014-12-31T10:00']],
      /^events\[2\]\.when\.end: must be a real date/
    ],
    [
      'start after end',
      [
        ['events.0.when.start', '2015-01-01'],
        ['events.0.when.end', '2014-12-31']
      ],
      /^events\[0\]\.when\.end: is before start/
    ],
    [
      'an unknown granularity',
      [['events.0.when.granularity', 'fortnight']],
      /^events\[0\]\.when\.granularity: /
    ],
    [
      'a duplicate event id',
      [['events.3.id', (p: Project) => p.events[1]!.id]],
      /^events\[3\]\.id: repeats an id used before/
    ],
    [
      'a duplicate article id',
      [['articles.1', (p: Project) => ({ ...p.articles[0]! })]],
      /^articles\[1\]\.id: repeats an id/
    ],
    [
      'a dangling articleId',
      [['events.4.sources.0.articleId', 'a-gone']],
      /^events\[4\]\.sources\[0\]\.articleId: names no article in the project \("a-gone"\)/
    ],
    [
      'a string for a number',
      [['events.0.importance', '3']],
      /^events\[0\]\.importance: Invalid input: expected number, received string/
    ],
    ['a negative importance', [['events.0.importance', -1]], /^events\[0\]\.importance: /],
    ['an infinite importance', [['events.0.importance', Infinity]], /^events\[0\]\.importance: /],
    ['a string for a list', [['events.0.actors', 'NATO']], /^events\[0\]\.actors: /],
    ['a number in a list', [['events.0.places', [7]]], /^events\[0\]\.places\[0\]: /],
    [
      'quote offsets the wrong way round',
      [
        ['events.0.sources.0.start', 50],
        ['events.0.sources.0.end', 40]
      ],
      /^events\[0\]\.sources\[0\]\.end: is before start/
    ],
    [
      'a fractional offset',
      [['events.0.sources.0.start', 1.5]],
      /^events\[0\]\.sources\[0\]\.start: /
    ],
    [
      'a negative offset',
      [['events.0.sources.0.start', -1]],
      /^events\[0\]\.sources\[0\]\.start: /
    ],
    ['an unknown origin', [['events.0.origin', 'robot']], /^events\[0\]\.origin: /],
    ['an unknown key', [['events.0.colour', 'red']], /^events\[0\]: Unrecognized key: "colour"/],
    ['no title', [['title', REMOVE]], /^title: /],
    ['an article that is not an object', [['articles.0', 'text']], /^articles\[0\]: /],
    [
      'a view window the wrong way round',
      [['view', view('2021-01-01T00:00:00Z', '2020-01-01T00:00:00Z')]],
      /^view\.end: is before start/
    ],
    [
      'a view instant that is not one',
      [['view', view('soon', '2020-01-01T00:00:00Z')]],
      /^view\.start: [^;]+$/
    ],
    [
      'unknown lanes',
      [['view', view('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z', 'mood')]],
      /^view\.lanes: /
    ],
    ['another format', [['format', 'timelinejs']], /^format: /],
    ['another version', [['schemaVersion', 1]], /^schemaVersion: /],
    [
      'an over-long title',
      [['events.0.title', 'x'.repeat(PROJECT_LIMITS.label + 1)]],
      /^events\[0\]\.title: /
    ],
    [
      'too many actors',
      [['events.0.actors', Array.from({ length: PROJECT_LIMITS.listItems + 1 }, () => 'A')]],
      /^events\[0\]\.actors: /
    ]
  ])('refuses %s, naming the field', (_, changes, message) => {
    expect(problemsAfter(...changes)).toMatch(message)
  })

  it('tells at most three problems, then how many more', () => {
    const message = problemsAfter(
      ...sample.events.map((_, i): Change => [`events.${i}.when.start`, 'someday'])
    )
    const more = sample.events.length - 3
    expect(message).toMatch(
      new RegExp(
        `^events\\[0\\]\\.when\\.start: [^;]+; events\\[1\\][^;]+; events\\[2\\][^;]+; and ${more} more$`
      )
    )
  })

  it('describes anything else by its message', () => {
    expect(describeProjectIssues(new Error('plain'))).toBe('plain')
    expect(describeProjectIssues('text')).toBe('text')
  })

  it('knows the projects it produced, so a save need not check them twice', () => {
    const parsed = projectSchema.parse(sample)
    expect(isValidatedProject(parsed)).toBe(true)
    expect(isValidatedProject(sample)).toBe(false)
    expect(projectSchema.safeParse({ ...sample, title: 5 }).success).toBe(false)
  })
})

describe('calendar days', () => {
  it('knows leap years and month lengths', () => {
    expect(
      ['2020-02-29', '2000-02-29', '0000-02-29', '2021-12-31', '1970-01-01'].map(isIsoDay)
    ).toEqual([true, true, true, true, true])
    expect(
      [
        '2021-02-29',
        '1900-02-29',
        '2021-04-31',
        '2021-13-01',
        '2021-00-10',
        '2021-1-01',
        '-000000-01-01'
      ].map(isIsoDay)
    ).toEqual([false, false, false, false, false, false, false])
  })

  it('orders expanded years (which do not sort as text) correctly', () => {
    expect(isIsoDay('+012021-01-01')).toBe(true)
    expect(isIsoDay('-000044-03-15')).toBe(true)
    expect(dayNotAfter('-000044-03-15', '0001-01-01')).toBe(true)
    expect(dayNotAfter('-000044-03-15', '-000100-01-01')).toBe(false)
    expect(dayNotAfter('9999-12-31', '+010000-01-01')).toBe(true)
    expect(dayNotAfter('2021-10-18', '2021-10-18')).toBe(true)
    expect(dayNotAfter('2021-10-19', '2021-10-18')).toBe(false)
  })
})
