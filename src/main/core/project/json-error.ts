/**
 * JSON.parse's SyntaxError, told as what happened to the file. The common damage is a file cut
 * short (a copy or download that stopped, a disk that filled up under a non-atomic writer), so
 * that case is named as such; anything else gets the position, for someone who wants to look.
 */

export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const end = text.trimEnd().length
  const at = /at position (\d+)/.exec(message)
  // V8 says "Unexpected end of JSON input" without a position when the text simply stops.
  const position = at ? Number(at[1]) : /end of JSON input/i.test(message) ? end : null
  if (position !== null && position >= end) {
    return `it ends in the middle (JSON error at position ${position})`
  }
  return position !== null
    ? `it is not valid JSON (error at position ${position}: ${firstClause(message)})`
    : `it is not valid JSON (${firstClause(message)})`
}

/** "Unexpected token 'x', "…long excerpt…" is not valid JSON" → "Unexpected token 'x'". */
function firstClause(message: string): string {
  const cut = message.search(/, "|\s+(?:in|after) JSON\b|\s+at position/)
  return (cut > 0 ? message.slice(0, cut) : message).slice(0, 120)
}
