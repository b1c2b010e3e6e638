/**
 * Fitting text into widths with a measure function (canvas measureText in a page, an estimate in
 * tests): wrapping at spaces for titles and the sources list, shortening with an ellipsis where
 * only one line fits. A word longer than the width is cut by characters, so nothing runs off.
 */
export type Measure = (text: string, font: string) => number

/** The longest start of `text` that fits `maxWidth` with "…" after it (the text itself if it fits). */
export function truncate(text: string, maxWidth: number, font: string, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text
  const chars = Array.from(text)
  // Binary search on the number of characters kept (whole code points: no broken surrogates).
  let lo = 0
  let hi = chars.length
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (measure(chars.slice(0, mid).join('').trimEnd() + '…', font) <= maxWidth) lo = mid
    else hi = mid - 1
  }
  return chars.slice(0, lo).join('').trimEnd() + '…'
}

/**
 * `text` in lines no wider than `maxWidth`, broken at spaces; at most `maxLines`, the last one
 * ending in "…" if text was left over.
 */
export function wrap(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
  maxLines = Infinity
): string[] {
  const lines: string[] = []
  let line = ''
  for (const w of text.split(/\s+/)) {
    if (!w) continue
    let word = w
    const candidate = line ? `${line} ${word}` : word
    if (measure(candidate, font) <= maxWidth) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    // A word wider than the line on its own is cut into pieces that fit.
    while (Array.from(word).length > 1 && measure(word, font) > maxWidth) {
      const piece = breakWord(word, maxWidth, font, measure)
      lines.push(piece)
      word = word.slice(piece.length)
    }
    line = word
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, Math.max(0, maxLines - 1))
  const rest = lines.slice(kept.length).join(' ')
  return [...kept, truncate(`${rest}…`, maxWidth, font, measure)]
}

function breakWord(word: string, maxWidth: number, font: string, measure: Measure): string {
  const chars = Array.from(word)
  let lo = 1
  let hi = chars.length
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (measure(chars.slice(0, mid).join(''), font) <= maxWidth) lo = mid
    else hi = mid - 1
  }
  return chars.slice(0, lo).join('')
}
