/**
 * A project as file text. Pretty enough to read and to diff (one article or event per line)
 * yet as fast as plain JSON.stringify: full pretty-printing of 100,000 events makes the file
 * about half as large again, and writing and parsing it slower, for whitespace nobody reads.
 */
import type { Project } from '../../../shared/model'

const ITEM_INDENT = '\n    '

export function serializeProject(project: Project): string {
  const fields: string[] = []
  for (const [key, value] of Object.entries(project)) {
    if (value === undefined) continue
    const json =
      Array.isArray(value) && value.length > 0
        ? `[${ITEM_INDENT}${value.map((item) => JSON.stringify(item)).join(`,${ITEM_INDENT}`)}\n  ]`
        : JSON.stringify(value)
    fields.push(`  ${JSON.stringify(key)}: ${json}`)
  }
  return `{\n${fields.join(',\n')}\n}\n`
}
