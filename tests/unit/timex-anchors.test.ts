/**
 * Expressions anchored to another time in the same sentence. The sentences are from the TempEval-3
 * development documents (AQUAINT), with their creation dates.
 */
import { describe, expect, it } from 'vitest'
import { tagTimexes } from '../../src/main/core/time/tagger'

const found = (text: string, dct: string): string[][] =>
  tagTimexes(text, dct).map((t) => [t.text, t.type, t.value])

describe('the day before or after a weekday', () => {
  it('"The day before last Tuesday" is the Monday before it', () => {
    const text =
      "The day before last Tuesday's federal court hearing, the relatives met the boy's grandmothers."
    expect(found(text, '2000-02-24')[0]).toEqual([
      'The day before last Tuesday',
      'DATE',
      '2000-02-21'
    ])
  })

  it('"the day after Thursday" is the Friday', () => {
    expect(found('The vote will come the day after Thursday.', '2000-02-21')[0]).toEqual([
      'the day after Thursday',
      'DATE',
      '2000-02-25'
    ])
  })
})

describe('"a year after" an event is a span, not a date counted from today', () => {
  it('"one year after he was killed" is one year (P1Y)', () => {
    const text =
      'About 500 people attended a memorial service for the physician, one year after he was ' +
      "killed by a sniper's bullet."
    expect(found(text, '1999-10-24')).toContainEqual(['one year', 'DURATION', 'P1Y'])
  })

  it('"a year later." at the end of a clause still counts from the last date', () => {
    expect(found('The plant opened in 1994. It closed a year later.', '1999-10-24')).toEqual([
      ['1994', 'DATE', '1994'],
      ['a year later', 'DATE', '1995']
    ])
  })

  it('"a day after, the talks resumed" still counts from the last date', () => {
    expect(
      found('The strike began on May 3, 1998. A day after, talks resumed.', '1999-10-24')
    ).toEqual([
      ['May 3, 1998', 'DATE', '1998-05-03'],
      ['A day after', 'DATE', '1998-05-04']
    ])
  })
})

describe('May or March before a noun', () => {
  it('"The March accession" is the month', () => {
    const text = 'The March accession will enable the three countries to sign the documents.'
    expect(found(text, '1999-02-10')).toEqual([['March', 'DATE', '1999-03']])
  })

  it('"the March of Dimes" and "the may" are not months', () => {
    expect(found('She gave to the March of Dimes. He said the may be late.', '1999-02-10')).toEqual(
      []
    )
  })
})

describe('"the previous Friday", "the following Monday": next to the day being told', () => {
  it('counts from the last day the text gave, not from the DCT', () => {
    const text =
      'On Oct. 30, 1989, the index fell 4.5% from the previous Friday. ' +
      'The talks opened on Friday, Oct. 27, 1989 and closed the following Monday.'
    const values = found(text, '1989-11-15').map(([t, , v]) => `${t}=${v}`)
    expect(values).toContain('the previous Friday=1989-10-27')
    expect(values).toContain('the following Monday=1989-10-30')
  })

  it('with no day given before, "the previous Friday" is the last one before the DCT', () => {
    expect(found('Shares fell from the previous Friday.', '1989-11-15')[0]).toEqual([
      'the previous Friday',
      'DATE',
      '1989-11-10'
    ])
  })
})

describe('"and a half"', () => {
  it('"a minute and a half" is PT1M30S; "two years and a half" is P2Y6M', () => {
    const text =
      'But a minute and a half later, a pilot landed. The war lasted two years and a half.'
    expect(found(text, '1998-01-14')).toEqual([
      ['a minute and a half', 'DURATION', 'PT1M30S'],
      ['two years and a half', 'DURATION', 'P2Y6M']
    ])
  })
})

describe('words that look like times but are not', () => {
  it('"today\'s youth", "in today\'s dollars" are today as in nowadays, no date', () => {
    const text =
      "The case of Elian is for today's youth what the blockade was for their parents. " +
      "In today's dollars that is more. Today's vote was close."
    expect(found(text, '2000-01-07')).toEqual([['Today', 'DATE', '2000-01-07']])
  })

  it('"a second betrayal" is an ordinal; "a second later" is a second', () => {
    expect(found('It will be a second betrayal, and a second group.', '2000-04-17')).toEqual([])
    expect(found('A second later, it exploded.', '2000-04-17')).toEqual([
      ['A second', 'DURATION', 'PT1S']
    ])
  })
})

describe('"the year" is the year the text is about', () => {
  it('in an earnings report, the year of the report (TimeBank wsj_0189, wsj_0520)', () => {
    expect(
      found('For the year, pet food volume was flat, the company said.', '1989-11-02')
    ).toEqual([['the year', 'DATE', '1989']])
    expect(
      found('Sales rose to $713.5 million through the first nine months of the year.', '1989-10-30')
    ).toEqual([
      ['the first nine months', 'DURATION', 'P9M'],
      ['the year', 'DATE', '1989']
    ])
  })

  it('after a past year is named, that year; after a forecast year, the report’s', () => {
    expect(
      found(
        'In 2014 Russia annexed Crimea. Later in the year NATO suspended cooperation.',
        '2021-10-18'
      )
    ).toEqual([
      ['2014', 'DATE', '2014'],
      ['the year', 'DATE', '2014']
    ])
    // TimeBank wsj_0610: "by 1992 it intended to achieve …", then "for the full year".
    const text =
      'By 1992 it intended to achieve a 50% share of market. The chairman forecast an earnings ' +
      'increase for the full year.'
    expect(found(text, '1989-10-30')).toEqual([
      ['1992', 'DATE', '1992'],
      ['the full year', 'DATE', '1989']
    ])
  })

  it('"the year ended March 31" is a year’s span; "the player of the year" is no time', () => {
    expect(found('Revenue was $76 million for the year ended March 31.', '1989-11-01')).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['March 31', 'DATE', '1989-03-31']
    ])
    expect(found('He was named the player of the year.', '1989-11-01')).toEqual([])
    expect(found('Man of the Year: Lech Walesa.', '1989-11-01')).toEqual([])
  })
})

describe('"in the short term" looks ahead', () => {
  it('is FUTURE_REF, as "the near term" is; "short-term debt" is no time', () => {
    expect(found('Prices may fall in the short term, analysts said.', '1989-10-30')).toEqual([
      ['the short term', 'DATE', 'FUTURE_REF']
    ])
    expect(found('The company repaid its short-term debt.', '1989-10-30')).toEqual([])
  })
})
