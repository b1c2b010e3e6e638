/** "April 24 and 25": each day of the pair is a date (AQUAINT XIE19990210.0079, DCT 1999-02-10). */
import { describe, expect, it } from 'vitest'
import { tagTimexes } from '../../src/main/core/time/tagger'

describe('a pair of days in one month', () => {
  it('tags the second day on its own, in the month of the first', () => {
    const text =
      'He added that a ceremonial accession would still be held at the NATO Washington summit ' +
      'on April 24 and 25.'
    const found = tagTimexes(text, '1999-02-10').map((t) => [t.text, t.value])
    expect(found).toEqual([
      ['April 24', '1999-04-24'],
      ['25', '1999-04-25']
    ])
  })

  it('takes a year that follows the pair', () => {
    const found = tagTimexes('Votes are due on May 3 or 4, 2024.', '2023-01-01')
    expect(found.map((t) => t.value)).toContain('2024-05-04')
  })

  it('leaves numbers that are not days alone', () => {
    const found = tagTimexes('Shares rose on April 24 and 250 staff were hired.', '1999-02-10')
    expect(found.map((t) => t.text)).toEqual(['April 24'])
  })
})
