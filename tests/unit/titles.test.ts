import { describe, expect, it } from 'vitest'
import { headline } from '../../src/main/core/events/titles'

describe('headline', () => {
  it('drops the date phrase and leading connectives and stops at the clause', () => {
    expect(
      headline(
        'But two weeks ago, NATO chose to expel eight Russian diplomats from its office in Brussels, reducing the number of Russian representatives in that office from 20 to 10.',
        'two weeks ago'
      )
    ).toBe('NATO chose to expel eight Russian diplomats from its office in Brussels')
  })

  it('removes the preposition of a year', () => {
    expect(
      headline(
        'NATO suspended all military cooperation with Russia in 2014, after Russia annexed Crimea.',
        '2014'
      )
    ).toBe('NATO suspended all military cooperation with Russia')
  })

  it('cuts a long sentence at a word and marks the cut', () => {
    const t = headline(
      'Stoltenberg met Foreign Minister Lavrov in New York during the United Nations summit in September while many other ministers were also there.',
      'September'
    )
    expect(t.length).toBeLessThanOrEqual(81)
    expect(t.endsWith('…')).toBe(true)
    expect(t).toMatch(/^Stoltenberg met Foreign Minister Lavrov/)
  })
})

describe('headline of a quoted line', () => {
  it('drops the dash that opens a quotation', () => {
    expect(
      headline(
        '– They engaged in an activity incompatible with their status, the day after the decision.',
        'the day after'
      )
    ).toBe('They engaged in an activity incompatible with their status')
  })
})
