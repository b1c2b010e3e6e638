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

/** A sentence ends at . ! or ? (with closing quotes or brackets) before white space and a capital, digit or quote. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu
/** Words whose period ends no sentence: titles, months, initials, "U.S.", "No. 5". */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Gen|Col|Lt|Sgt|Capt|Adm|Gov|Sen|Rep|Rev|Hon|Pres|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|No|Nos|Vol|vs|etc|Inc|Corp|Co|Ltd|Bros|Ave|Blvd|Rd|Ft|Fig|approx|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.$/

/**
 * Sentences of one paragraph, trimmed, with offsets into the whole text. A regular expression
 * rather than Intl.Segmenter: three times faster, and it knows news abbreviations ("Sept. 30",
 * "U.S. officials") that the segmenter splits on.
 */
export function sentences(paragraph: Span): Span[] {
  const out: Span[] = []
  const text = paragraph.text
  let from = 0
  const push = (to: number) => {
    const raw = text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body)
      out.push({
        text: body,
        start: paragraph.start + from + lead,
        end: paragraph.start + from + lead + body.length
      })
  }
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length
    if (
      m[0].startsWith('.') &&
      ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index + 1))
    )
      continue
    push(end)
    from = end
  }
  push(text.length)
  return out
}
