/**
 * docs/hostile-inputs.md lists exactly the kinds the tests run, each with the outcome its test
 * asserts: a kind added, renamed or changed here and not there (or the other way) fails.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SECTIONS } from './kinds'

const DOC = path.resolve(__dirname, '../../../docs/hostile-inputs.md')

/** A table cell as text: the code's backticks, Markdown escapes (\\| \\_ \\*) and the HTML entities &lt; &amp; undone. */
function unescapeCell(cell: string): string {
  return cell
    .replace(/^`([A-Za-z_]+)`:/, '$1:') // the outcome's code, set as code
    .replace(/\\([|_*])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
}

/** The doc's table rows as [first cell, second cell], header and rule rows left out. */
function rows(markdown: string): [string, string][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => unescapeCell(cell.trim()))
    )
    .filter(([name]) => name !== 'Kind')
    .map(([name = '', yields = '']) => [name.replace(/^`|`$/g, ''), yields])
}

describe('docs/hostile-inputs.md', () => {
  const kinds = SECTIONS.flatMap((s) => s.kinds)

  it('has at least 40 kinds, each named once', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(40)
    expect(new Set(kinds.map((k) => k.name)).size).toBe(kinds.length)
  })

  it('lists every kind the tests run, with what it yields, and no other', () => {
    const documented = rows(readFileSync(DOC, 'utf8'))
    expect(documented).toEqual(kinds.map((k) => [k.name, k.yields]))
  })
})
