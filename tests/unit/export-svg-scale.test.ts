/**
 * The exported SVG at scale, with the real embedded fonts: 100,000 generated events give an image
 * of bounded size and height (crowded lanes become density strips, lanes and label rows are
 * capped), which still fits a canvas at 4×; the fonts are woff2 data URIs with their ranges.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateEvents } from '../../scripts/bench-render/events'
import {
  FONT_FAMILY,
  FONT_FILES,
  fontFacesFromDataUrls,
  type FontFaces
} from '../../src/renderer/src/export/fonts'
import { canvasTooLarge } from '../../src/renderer/src/export/png'
import {
  MAX_IMAGE_HEIGHT,
  buildTimelineSvg,
  type ImageOptions
} from '../../src/renderer/src/export/svg-document'
import type { Article, TimelineEvent } from '../../src/shared/model'

const measure = (text: string, font: string): number =>
  0.6 * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12) * text.length

const fontDir = path.resolve('node_modules/@fontsource/noto-sans/files')
let fonts: FontFaces

beforeAll(() => {
  fonts = fontFacesFromDataUrls(
    Object.fromEntries(
      FONT_FILES.map(({ file }) => [
        file,
        `data:font/woff2;base64,${readFileSync(path.join(fontDir, file)).toString('base64')}`
      ])
    )
  )
})

/** The generator's events with an article for every source id (so the sources list is full). */
function documentOf(n: number): { events: TimelineEvent[]; articles: Article[] } {
  const events = generateEvents(n)
  const ids = new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)))
  const articles = [...ids].map((id, i) => ({
    id,
    title: `Report ${i} on the talks, the vote and what comes next for the coalition`,
    published: '2020-01-01',
    source: 'Wire service',
    text: ''
  }))
  return { events, articles }
}

const options = (over: Partial<ImageOptions> = {}): ImageOptions => ({
  scope: 'whole',
  laneBy: 'category',
  width: 1600,
  theme: 'light',
  title: 'Generated',
  legend: true,
  sources: true,
  fonts,
  ...over
})

describe('image export at scale', () => {
  it('embeds Noto Sans 400 and 700 for latin, latin-ext and cyrillic as woff2 data URIs', () => {
    const faces = fonts.css.match(/@font-face\{[^}]*\}/g) ?? []
    expect(faces).toHaveLength(6)
    for (const weight of [400, 700])
      for (const range of ['U+0000-00FF', 'U+0100-02BA', 'U+0400-045F'])
        expect(
          faces.some((f) => f.includes(`font-weight:${weight}`) && f.includes(range)),
          `${weight} ${range}`
        ).toBe(true)
    for (const face of faces) {
      expect(face).toContain(`font-family:'${FONT_FAMILY}'`)
      expect(face).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\)/)
    }
    expect(() => fontFacesFromDataUrls({})).toThrow(/noto-sans-latin-400-normal/)
    const bad = Object.fromEntries(FONT_FILES.map(({ file }) => [file, 'https://x/y.woff2']))
    expect(() => fontFacesFromDataUrls(bad)).toThrow(/not a base64 woff2 data URL/)
  })

  it('builds 100,000 events into an image of bounded size and height that fits a 4× canvas', () => {
    const small = buildTimelineSvg(documentOf(1_000), options(), measure)
    const big = buildTimelineSvg(documentOf(100_000), options(), measure)
    // The fonts are ~210 kB; density strips are at most 8 lanes × ~520 bars of ~30 bytes; thin
    // marks only in lanes under the density threshold (≤ 0.35 per pixel: ~550 per lane); labels
    // and sources at most 40 each. So well under 1 MB, whatever the number of events — and
    // 100× the events costs far less than 2× the bytes.
    expect(big.svg.length).toBeLessThan(1_000_000)
    expect(big.svg.length).toBeLessThan(2 * small.svg.length)
    expect(XMLValidator.validate(big.svg)).toBe(true)
    expect(big.svg).toContain('class="density"')
    for (const image of [small, big]) {
      expect(image.height).toBeLessThanOrEqual(MAX_IMAGE_HEIGHT)
      expect(canvasTooLarge(image.width, image.height, 4)).toBeNull()
    }
    // Only the most important events get labels (and marks of their own over the strips).
    expect(big.marks.length).toBeGreaterThan(8)
    expect(big.marks.length).toBeLessThanOrEqual(40)
    expect(big.sourceIds.length).toBeLessThanOrEqual(big.marks.length)
  })

  it('keeps a 100,000-event view of one busy month readable and bounded', () => {
    const doc = documentOf(100_000)
    const window = {
      start: new Date('2015-03-01T00:00:00Z'),
      end: new Date('2015-04-01T00:00:00Z')
    }
    const image = buildTimelineSvg(doc, options({ scope: 'view', window, width: 1200 }), measure)
    expect(image.svg.length).toBeLessThan(1_000_000)
    expect(image.height).toBeLessThanOrEqual(MAX_IMAGE_HEIGHT)
    for (const m of image.marks) {
      expect(m.x).toBeGreaterThanOrEqual(24)
      expect(m.x).toBeLessThanOrEqual(1200 - 24)
    }
  })

  it('refuses a canvas past Chromium’s limits with a message that says what to do', () => {
    expect(canvasTooLarge(1600, 2000, 4)).toBeNull()
    expect(canvasTooLarge(5000, 2250, 4)).toBe(
      'At 4× the image would be 20,000 × 9,000 pixels, more than an image can hold; choose 2× or the current view'
    )
    expect(canvasTooLarge(8400, 3000, 2)).toMatch(/^At 2× the image would be 16,800 × 6,000 pixels/)
    expect(canvasTooLarge(8400, 3000, 2)).toMatch(/choose 1× or the current view$/)
    expect(canvasTooLarge(20000, 100, 1)).toMatch(/choose the current view/)
  })
})
