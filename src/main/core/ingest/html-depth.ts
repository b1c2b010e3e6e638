/**
 * How deep an HTML text nests, found in one linear pass before the real parser sees it.
 *
 * The parser under linkedom (htmlparser2) keeps its open elements in an array that it unshifts
 * and shifts at the front, so every tag costs time in proportion to the depth: 100,000 nested
 * <div>s take seconds, a million take many minutes. A page nested deeper than MAX_HTML_DEPTH is
 * refused instead (real articles nest a few dozen levels). The pass follows what htmlparser2
 * does closely enough for that: void elements, the implied ends of p, li, td and the like, end
 * tags that close everything above their start tag, comments, and script, style, title, textarea
 * and xmp, whose contents are not markup.
 */

/** Far beyond any real page, and cheap enough to parse (a few seconds at 64 MB). */
export const MAX_HTML_DEPTH = 10_000

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' '
  )
)

/** For a start tag: the open elements it ends first while they are innermost (htmlparser2's). */
const IMPLIED_ENDS = new Map<string, Set<string>>()
{
  const set = (names: string) => new Set(names.split(' '))
  const p = set('p')
  const form = set('input option optgroup select button datalist textarea')
  const table: [string, Set<string>][] = [
    ['tr', set('tr th td')],
    ['th', set('th')],
    ['td', set('thead th td')],
    ['li', set('li')],
    ['option', set('option')],
    ['optgroup', set('optgroup option')],
    ['dd', set('dd dt')],
    ['dt', set('dd dt')],
    ['rt', set('rt rp')],
    ['rp', set('rt rp')],
    ['tbody', set('thead tbody')],
    ['tfoot', set('thead tbody')]
  ]
  for (const [tag, ends] of table) IMPLIED_ENDS.set(tag, ends)
  for (const tag of 'select input output button datalist textarea'.split(' ')) {
    IMPLIED_ENDS.set(tag, form)
  }
  const closesP =
    'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
  for (const tag of closesP.split(' ')) IMPLIED_ENDS.set(tag, p)
}

/** Elements whose contents are text up to their end tag. */
const RAW_TEXT = new Map(
  ['script', 'style', 'title', 'textarea', 'xmp'].map((tag) => [tag, new RegExp(`</${tag}`, 'gi')])
)

/**
 * A comment (to its end, or to the end of the text), or a start or end tag. `[^<>]*` rather than
 * `[^>]*`: a '<' with no '>' after it must not send every later '<' to the end of the text.
 */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][^\s/<>]*)([^<>]*)>/g

/** True when `html` opens more than `limit` elements inside one another. */
export function nestsDeeperThan(html: string, limit: number = MAX_HTML_DEPTH): boolean {
  const stack: string[] = []
  /** How many of each name are open: an end tag with none open is ignored at once. */
  const open = new Map<string, number>()
  const push = (tag: string) => {
    stack.push(tag)
    open.set(tag, (open.get(tag) ?? 0) + 1)
  }
  const pop = () => {
    const tag = stack.pop()!
    open.set(tag, open.get(tag)! - 1)
    return tag
  }
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[2]?.toLowerCase()
    if (!name) continue // a comment
    if (m[1]) {
      // An end tag closes its element and everything opened inside it; a stray one nothing.
      if (open.get(name)) for (let top = pop(); top !== name; top = pop());
      continue
    }
    const ends = IMPLIED_ENDS.get(name)
    while (ends && stack.length > 0 && ends.has(stack[stack.length - 1]!)) pop()
    const raw = RAW_TEXT.get(name)
    if (raw) {
      // Skip to its end tag: the contents (a script's "<div>" strings) are not markup.
      raw.lastIndex = TOKEN.lastIndex
      if (!raw.exec(html)) return false
      TOKEN.lastIndex = raw.lastIndex
      continue
    }
    // "<x/>" closes itself only inside svg and math, as in browsers; void elements never open.
    const selfClosing = m[3]!.endsWith('/') && (open.get('svg') || open.get('math'))
    if (VOID.has(name) || selfClosing) continue
    push(name)
    if (stack.length > limit) return true
  }
  return false
}
