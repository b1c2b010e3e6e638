import { describe, expect, it } from 'vitest'
import { clauseAround, sequencedClauses } from '../../src/main/core/events/clauses'
import { findEntities } from '../../src/main/core/events/entities'
import { headline } from '../../src/main/core/events/titles'

const EXPEL =
  'But two weeks ago, NATO chose to expel eight Russian diplomats from its office in Brussels, reducing the number of Russian representatives in that office from 20 to 10.'

describe('clauses', () => {
  it('a fronted date joins the clause after it', () => {
    const at = EXPEL.indexOf('two weeks ago')
    expect(clauseAround(EXPEL, at, at + 'two weeks ago'.length).text).toBe(
      'But two weeks ago, NATO chose to expel eight Russian diplomats from its office in Brussels'
    )
  })

  it('"after Russia annexed Crimea" is an earlier event of its own', () => {
    const s =
      'NATO suspended all military cooperation with Russia in 2014, after Russia annexed Crimea.'
    expect(sequencedClauses(s)).toEqual([
      expect.objectContaining({ text: 'Russia annexed Crimea.', relation: 'before' })
    ])
  })
})

describe('headline', () => {
  it('drops the date phrase and leading connectives', () => {
    const clause =
      'But two weeks ago, NATO chose to expel eight Russian diplomats from its office in Brussels'
    expect(headline(clause, 'two weeks ago')).toBe(
      'NATO chose to expel eight Russian diplomats from its office in Brussels'
    )
  })

  it('removes the preposition of a year', () => {
    expect(headline('NATO suspended all military cooperation with Russia in 2014', '2014')).toBe(
      'NATO suspended all military cooperation with Russia'
    )
  })

  it('names people by surname and puts the person spoken of in place of "he"', () => {
    const clause = 'Here he meets NATO Secretary General Jens Stoltenberg in New York in 2016.'
    const people = findEntities(clause).filter((e) => e.kind === 'person')
    expect(headline(clause, '2016', { people, lastPerson: 'Sergei Lavrov' })).toBe(
      'Lavrov meets Stoltenberg in New York'
    )
  })

  it('takes the anchor of "the day after" with the date phrase', () => {
    expect(
      headline(
        'Stoltenberg told VG at a press conference the day after the decision.',
        'the day after'
      )
    ).toBe('Stoltenberg told VG at a press conference')
  })

  it('keeps the first action of a long clause', () => {
    expect(
      headline(
        'Next Tuesday, Lavrov announced his arrival in Tromso and held a ministerial meeting of the Barents Council of the Cooperation Authority.',
        'Next Tuesday'
      )
    ).toBe('Lavrov announced his arrival in Tromso')
  })

  it('cuts a long clause at a word and marks the cut', () => {
    const t = headline(
      'Stoltenberg met Foreign Minister Lavrov in New York during the United Nations summit in September while many other ministers were also there and talked.',
      'September'
    )
    expect(t.length).toBeLessThanOrEqual(81)
    expect(t.endsWith('…')).toBe(true)
    expect(t).toMatch(/^Stoltenberg met Foreign Minister Lavrov/)
  })

  it('drops the dash that opens a quotation', () => {
    expect(headline('– They engaged in an activity incompatible with their status', '')).toBe(
      'They engaged in an activity incompatible with their status'
    )
  })

  it('never cuts an emoji in half when a long clause has no space to cut at', () => {
    const clause = `Delegates ${'😀'.repeat(60)} met in 2021`
    for (const pad of [0, 1]) {
      const t = headline(`${'x'.repeat(pad)}${clause}`, '2021')
      expect(t.endsWith('…')).toBe(true)
      // No lone surrogate before the ellipsis.
      expect(t.slice(0, -1)).toMatch(/^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/)
    }
  })

  it('turns control characters from scraped text into single spaces', () => {
    expect(headline('NATO\texpelled\u0000\u0007 eight diplomats in 2021', '2021')).toBe(
      'NATO expelled eight diplomats'
    )
  })
})
