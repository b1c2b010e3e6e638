/**
 * The exported SVG on the sample project (the seed article through the real pipeline) and on
 * hostile input: it parses as XML, labels what it should, spans what it should, takes the chosen
 * theme, refers to nothing outside itself, and treats every title as text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSampleProject } from '../../src/main/core/ingest/sample'
import { NO_FONTS } from '../../src/renderer/src/export/fonts'
import { buildTimelineSvg, type ImageOptions } from '../../src/renderer/src/export/svg-document'
import { THEMES } from '../../src/renderer/src/export/theme'
import type { Article, Project, TimelineEvent } from '../../src/shared/model'

/** A stand-in for canvas measureText: 0.6 × the font size per character. */
const measure = (text: string, font: string): number =>
  0.6 * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12) * text.length

const options = (over: Partial<ImageOptions> = {}): ImageOptions => ({
  scope: 'whole',
  laneBy: 'none',
  width: 1600,
  theme: 'light',
  title: 'NATO–Russia relations',
  legend: true,
  sources: true,
  fonts: NO_FONTS,
  ...over
})

type Node = Record<string, unknown>

/** The parsed document (fast-xml-parser, order kept, entities decoded). */
function parse(svg: string): Node[] {
  const valid = XMLValidator.validate(svg)
  if (valid !== true) throw new Error(`Not XML: ${JSON.stringify(valid.err)}`)
  return new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false }).parse(
    svg
  ) as Node[]
}

/** Every element name, and the text of each <text> and <title> element, in document order. */
function walk(nodes: Node[]): { names: Set<string>; texts: string[]; attributes: string[][] } {
  const names = new Set<string>()
  const texts: string[] = []
  const attributes: string[][] = []
  const visit = (list: Node[]): void => {
    for (const node of list) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '#text' || key === ':@') continue
        names.add(key)
        const attrs = (node[':@'] ?? {}) as Record<string, string>
        attributes.push(Object.entries(attrs).map(([k, v]) => `${k.slice(2)}=${v}`))
        const children = value as Node[]
        if (key === 'text' || key === 'title')
          texts.push(children.map((c) => String(c['#text'] ?? '')).join(''))
        visit(children)
      }
    }
  }
  visit(nodes)
  return { names, texts, attributes }
}

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/ // eslint-disable-line no-control-regex

let project: Project

beforeAll(async () => {
  project = await loadSampleProject('resources/sample')
})

describe('image export on the sample project', () => {
  it('is well-formed, self-contained XML with every title labelled in the whole timeline', () => {
    expect(project.events).toHaveLength(11)
    const image = buildTimelineSvg(project, options(), measure)
    expect(FORBIDDEN.test(image.svg)).toBe(false)
    const { names, texts, attributes } = walk(parse(image.svg))
    for (const e of project.events) expect(texts).toContain(e.title)
    expect(texts).toContain('NATO–Russia relations')
    expect(
      texts.some((t) => t.includes('Russia cuts off contact with NATO — VG, 18 Oct 2021'))
    ).toBe(true)
    // Only drawing elements: nothing that runs, embeds or links.
    for (const name of names) expect(ALLOWED.has(name), name).toBe(true)
    // The namespace declaration is a name, not a reference; nothing else may point outside.
    const rest = image.svg.replace(' xmlns="http://www.w3.org/2000/svg"', '')
    expect(rest).not.toMatch(/https?:\/\//i)
    for (const list of attributes)
      for (const a of list) {
        const [name, value = ''] = a.split(/=(.*)/s)
        if (/^(href|xlink:href|src)$/i.test(name!)) expect(value).toMatch(/^(#|data:)/)
        expect(name).not.toMatch(/^on/i)
      }
    expect(rest).not.toMatch(/url\((?!#|data:)/)
    // Size attributes as declared.
    expect(image.svg).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="${image.height}" viewBox="0 0 ${image.width} ${image.height}"`
      )
    )
  })

  it("'whole' spans all events, from near the left edge to near the right", () => {
    const image = buildTimelineSvg(project, options(), measure)
    expect(new Set(image.marks.map((m) => m.id))).toEqual(new Set(project.events.map((e) => e.id)))
    const xs = image.marks.map((m) => m.x)
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(24)
    expect(Math.max(...xs)).toBeLessThanOrEqual(image.width - 24)
    // A small margin only: the middle of the first mark (the year 2014) is in the first fifth,
    // the last October 2021 day in the last tenth.
    expect(Math.min(...xs)).toBeLessThan(image.width * 0.2)
    expect(Math.max(...xs)).toBeGreaterThan(image.width * 0.9)
    for (const m of image.marks) {
      expect(m.y).toBeGreaterThan(0)
      expect(m.y).toBeLessThan(image.height)
    }
  })

  it("'view' draws only the events in the window, and all of them", () => {
    const window = {
      start: new Date('2021-10-01T00:00:00Z'),
      end: new Date('2021-10-20T00:00:00Z')
    }
    const image = buildTimelineSvg(
      project,
      options({ scope: 'view', window, width: 1000 }),
      measure
    )
    const inside = project.events.filter(
      (e) => e.when.start < '2021-10-20' && e.when.end >= '2021-10-01'
    )
    expect(inside.length).toBeGreaterThan(3)
    expect(inside.length).toBeLessThan(project.events.length)
    expect(new Set(image.marks.map((m) => m.id))).toEqual(new Set(inside.map((e) => e.id)))
    expect(image.width).toBe(1000)
    const { texts } = walk(parse(image.svg))
    expect(texts).not.toContain('Lavrov meets Stoltenberg in New York')
    // The axis names the days and, under them, the month.
    expect(texts).toContain('October 2021')
  })

  it('draws with the dark colours in the dark theme', () => {
    const light = buildTimelineSvg(project, options({ theme: 'light' }), measure)
    const dark = buildTimelineSvg(project, options({ theme: 'dark' }), measure)
    expect(dark.svg).toContain(`fill:${THEMES.dark.bg}`)
    expect(dark.svg).toContain(`fill:${THEMES.dark.fg}`)
    expect(dark.svg).not.toContain(THEMES.light.bg)
    expect(light.svg).toContain(`fill:${THEMES.light.bg}`)
    for (const m of dark.marks) expect(THEMES.dark.categories).toContain(m.color)
    for (const m of light.marks) expect(THEMES.light.categories).toContain(m.color)
    // Same layout, other colours.
    expect(dark.marks.map((m) => [m.id, m.x, m.y])).toEqual(
      light.marks.map((m) => [m.id, m.x, m.y])
    )
  })

  it('leaves out the title, legend and sources when asked', () => {
    const bare = buildTimelineSvg(
      project,
      options({ title: null, legend: false, sources: false }),
      measure
    )
    const full = buildTimelineSvg(project, options(), measure)
    const { texts } = walk(parse(bare.svg))
    expect(texts).not.toContain('Sources')
    expect(texts).not.toContain('Categories')
    expect(texts.some((t) => /^\[\d+\]$/.test(t))).toBe(false)
    expect(bare.height).toBeLessThan(full.height)
    expect(full.sourceIds).toEqual([project.articles[0]!.id])
    // For the PDF, which lists the sources on its own pages: numbers on labels, no list.
    const numbered = buildTimelineSvg(project, options({ listSources: false }), measure)
    const numberedTexts = walk(parse(numbered.svg)).texts
    expect(numberedTexts).not.toContain('Sources')
    expect(numberedTexts.filter((t) => t === '[1]')).toHaveLength(project.events.length)
    expect(numbered.sourceIds).toEqual(full.sourceIds)
  })
})

const ALLOWED = new Set(['svg', 'title', 'style', 'rect', 'g', 'text', 'line', 'circle', 'path'])

describe('image export of hostile text', () => {
  const article: Article = {
    id: 'a1',
    title: 'Q&A: <b>bold</b> "claims" & \'quotes\'',
    published: '2021-10-18',
    source: 'https://example.com/?a=1&b=<2>',
    text: ''
  }
  const event = (id: string, title: string, day: string): TimelineEvent => ({
    id,
    title,
    when: { value: day, start: day, end: day, granularity: 'day', approximate: false },
    actors: ['<Actor & Co>'],
    places: [],
    category: 'a&b<c>',
    importance: 1,
    sources: [{ articleId: 'a1', quote: '', start: 0, end: 0, dateText: '' }]
  })
  const hostile = [
    event('e1', '</text><script>alert(1)</script>', '2021-10-01'),
    event('e2', 'Tom & Jerry’s "deal" <i>signed</i> & sealed', '2021-10-05'),
    event('e3', 'Bell\u0007 and nul\u0000 and \uFFFF gone', '2021-10-09'),
    event('e4', ']]><!-- not a comment --><?pi?>', '2021-10-12')
  ]

  for (const laneBy of ['none', 'actor', 'category', 'article'] as const)
    it(`keeps titles as text, escaped, with lanes by ${laneBy}`, () => {
      const image = buildTimelineSvg(
        { events: hostile, articles: [article] },
        options({ laneBy, title: 'Title with </svg> & "quotes"' }),
        measure
      )
      expect(FORBIDDEN.test(image.svg)).toBe(false)
      expect(image.svg).not.toContain('<script')
      expect(image.svg).not.toContain('<i>')
      expect(image.svg).not.toContain('<!--')
      const { names, texts } = walk(parse(image.svg))
      for (const name of names) expect(ALLOWED.has(name), name).toBe(true)
      expect(texts).toContain('</text><script>alert(1)</script>')
      expect(texts).toContain('Tom & Jerry’s "deal" <i>signed</i> & sealed')
      // Characters XML cannot hold are dropped; the spaces around them close up into one.
      expect(texts).toContain('Bell and nul and gone')
      expect(texts).toContain(']]><!-- not a comment --><?pi?>')
      expect(texts).toContain('Title with </svg> & "quotes"')
      // The source list names the article as text too; its URL source is text, not a link.
      expect(texts.some((t) => t.startsWith('Q&A: <b>bold</b> "claims" & \'quotes\''))).toBe(true)
    })

  it('refuses bad options with a message naming the option', () => {
    expect(() =>
      buildTimelineSvg({ events: hostile, articles: [] }, options({ scope: 'view' }), measure)
    ).toThrow(/window/)
    expect(() =>
      buildTimelineSvg({ events: hostile, articles: [] }, options({ width: 10 }), measure)
    ).toThrow(/width/)
  })

  it('draws an empty timeline without failing', () => {
    const image = buildTimelineSvg({ events: [], articles: [] }, options(), measure)
    expect(image.marks).toEqual([])
    expect(walk(parse(image.svg)).texts).toContain('No events in this period.')
  })
})
