/** Stable, short identifiers: the same input always gives the same id (FNV-1a, 32 bit). */
export function hashId(prefix: string, ...parts: (string | number)[]): string {
  let h = 0x811c9dc5
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `${prefix}-${h.toString(16).padStart(8, '0')}`
}
