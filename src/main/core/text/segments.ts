/** Paragraphs and sentences with their offsets into the original text. */
import { skipSpace, skipSpaceBack } from './chars'

export interface Span {
  text: string
  start: number
  end: number
}

/** Non-empty lines (scraped articles put one paragraph per line), trimmed, with offsets. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = []
  for (let from = 0; from < text.length;) {
    const to = lineEnd(text, from)
    pushTrimmed(out, text, from, to, 0)
    from = to + 1
  }
  return out
}

/** paragraphs(text)[0], without reading on past it. */
export function firstParagraph(text: string): Span | undefined {
  const found: Span[] = []
  for (let from = 0; from < text.length && found.length === 0;) {
    const to = lineEnd(text, from)
    pushTrimmed(found, text, from, to, 0)
    from = to + 1
  }
  return found[0]
}

const LINE_BREAK = /[\r\n]/g

/** Where the line that starts at `from` ends: its \r or \n, or the end of the text. */
function lineEnd(text: string, from: number): number {
  // A regular expression finds the next break several times faster than a charCodeAt loop.
  LINE_BREAK.lastIndex = from
  return LINE_BREAK.exec(text)?.index ?? text.length
}

/**
 * Adds s[from, to) trimmed (as String.prototype.trim would), with its offsets moved by `offset`,
 * unless nothing is left. One slice for the trimmed text instead of the three of slice, trim and
 * trimStart: this runs for every sentence.
 */
function pushTrimmed(out: Span[], s: string, from: number, to: number, offset: number): void {
  const start = skipSpace(s, from, to)
  const end = skipSpaceBack(s, start, to)
  if (start < end) out.push({ text: s.slice(start, end), start: offset + start, end: offset + end })
}

/** A sentence ends at . ! or ? (with closing quotes or brackets) before white space and a capital, digit or quote. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu
/** Words whose period ends no sentence: titles, months, initials, "U.S.", "No. 5". */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Gen|Col|Lt|Sgt|Capt|Adm|Gov|Sen|Rep|Rev|Hon|Pres|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|No|Nos|Vol|vs|etc|Inc|Corp|Co|Ltd|Bros|Ave|Blvd|Rd|Ft|Fig|approx|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.$/

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63
/** The closing quotes and brackets BOUNDARY allows after the stop: " ' ” ’ ) ]. */
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93
/** The opening quotes and brackets BOUNDARY allows before the capital: " ' “ ‘ ( [. */
const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91
const SPACE = /\s/
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u
/** Runs longer than this (of stops, closers or white space) end a sentence without more ado. */
const LONG_RUN = 64

/**
 * Whether the run of . ! ? that starts at text[i] ends a sentence, by the same test as
 * sentences(): white space follows (after closing quotes or brackets), then a capital, digit or
 * opening quote and a capital, and a period is not an abbreviation's ("vs. Wade", "Sen. Kerry",
 * "U.S. officials"). The end of the text ends a sentence too. For code that reads a clause from
 * inside the text: it looks at a bounded stretch (a run of over LONG_RUN stops, closers or spaces
 * counts as an end), so calling it near hostile runs of punctuation stays cheap.
 */
export function endsSentenceAt(text: string, i: number): boolean {
  const n = text.length
  if (!isStop(text.charCodeAt(i))) return false
  let j = i + 1
  while (j < n && isStop(text.charCodeAt(j))) if (++j - i > LONG_RUN) return true
  const closers = j
  while (j < n && isCloser(text.charCodeAt(j))) if (++j - closers > LONG_RUN) return true
  if (j >= n) return true
  if (!SPACE.test(text[j]!)) return false
  const from = j
  while (j < n && SPACE.test(text[j]!)) if (++j - from > LONG_RUN) return true
  if (j >= n) return true
  if (isOpener(text.charCodeAt(j))) j++
  if (!CAPITAL_OR_DIGIT.test(text.slice(j, j + 2))) return false
  return text.charCodeAt(i) !== 46 || !ABBREVIATION.test(text.slice(Math.max(0, i - 12), i + 1))
}

/**
 * Sentences of one paragraph, trimmed, with offsets into the whole text. A regular expression
 * rather than Intl.Segmenter: three times faster, and it knows news abbreviations ("Sept. 30",
 * "U.S. officials") that the segmenter splits on. (An exec loop on the one shared expression:
 * matchAll would make a new RegExp object on every call, which showed in profiles.)
 */
export function sentences(paragraph: Span): Span[] {
  const out: Span[] = []
  const text = paragraph.text
  let from = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (
      text.charCodeAt(m.index) === 46 &&
      ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index + 1))
    )
      continue
    const end = m.index + m[0].length
    pushTrimmed(out, text, from, end, paragraph.start)
    from = end
  }
  pushTrimmed(out, text, from, text.length, paragraph.start)
  return out
}
