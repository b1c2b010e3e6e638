/** Paragraphs and sentences with their offsets into the original text. */

export interface Span {
  text: string
  start: number
  end: number
}

/** Non-empty lines (scraped articles put one paragraph per line), trimmed, with offsets. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = []
  const re = /[^\r\n]+/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length
    const body = m[0].trim()
    if (body) out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length })
  }
  return out
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Sentences of one paragraph (Intl.Segmenter), trimmed, with offsets into the whole text. */
export function sentences(paragraph: Span): Span[] {
  const out: Span[] = []
  for (const s of segmenter.segment(paragraph.text)) {
    const lead = s.segment.length - s.segment.trimStart().length
    const body = s.segment.trim()
    if (!body) continue
    const start = paragraph.start + s.index + lead
    out.push({ text: body, start, end: start + body.length })
  }
  return out
}
