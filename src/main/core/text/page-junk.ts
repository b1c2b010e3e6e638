/**
 * Recognises the page furniture that scrapers leave in article text ("See also …", "Read also"
 * and the headline after it, comment forms) so that it never becomes an event.
 */
import type { Span } from './segments'

const LINK_LINE = /^(see also|related|more on this|watch|listen)\b[:\s]/i
const HEADLINE_FOLLOWS = /^(read also|read more|also read|related articles?|recommended)\s*:?\s*$/i
const FORM_STARTS =
  /^(leave a (reply|comment)|post a comment|comments?\s*\(\d+\)|your email address will not be published)/i
const SHARE_LINE = /^(share|subscribe|sign up)\b.{0,60}$/i

/** The paragraphs that belong to the article, in order; everything after a comment form is dropped. */
export function withoutPageJunk(paragraphs: Span[]): Span[] {
  const kept: Span[] = []
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    if (FORM_STARTS.test(p.text)) break
    if (HEADLINE_FOLLOWS.test(p.text)) {
      i++ // the linked headline
      continue
    }
    if (LINK_LINE.test(p.text) || SHARE_LINE.test(p.text)) continue
    kept.push(p)
  }
  return kept
}
