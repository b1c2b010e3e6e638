/**
 * Expressions of company reports: quarters and halves. The sentences are from the TempEval-3
 * development documents (TimeBank, Wall Street Journal), with their creation dates.
 */
import { describe, expect, it } from 'vitest'
import { tagTimexes } from '../../src/main/core/time/tagger'

const found = (text: string, dct: string): string[][] =>
  tagTimexes(text, dct).map((t) => [t.text, t.type, t.value])

describe('quarters and halves of a report', () => {
  it('"the current quarter" is the one under way, "the latest quarter" the last reported', () => {
    const text =
      'Results for the latest quarter were weak, with the current quarter having begun ' +
      '"extremely slowly," the company said.'
    expect(found(text, '1989-10-26')).toEqual([
      ['the latest quarter', 'DATE', '1989-Q3'],
      ['the current quarter', 'DATE', '1989-Q4']
    ])
  })

  it('"the last half of 1989" is its second half; "the last half hour" is no half-year', () => {
    expect(
      found('Orders should pick up in the last half of 1989 and in 1990.', '1989-10-26')
    ).toEqual([
      ['the last half of 1989', 'DATE', '1989-H2'],
      ['1990', 'DATE', '1990']
    ])
    expect(found('The last half of last year was weak.', '1989-10-26')).toEqual([
      ['The last half of last year', 'DATE', '1988-H2']
    ])
    expect(found('Trading was heavy in the last half hour.', '1989-10-26')).not.toContainEqual([
      'the last half',
      'DATE',
      '1989-H2'
    ])
  })
})
