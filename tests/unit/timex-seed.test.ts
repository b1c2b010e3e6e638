/** The tagger on the seed article's own sentences, with its publication date as the DCT. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tagTimexes } from '../../src/main/core/time/tagger'

const ROOT = path.resolve(__dirname, '../..')
const text = readFileSync(
  path.join(ROOT, 'resources/sample/vg-russia-cuts-off-contact-with-nato.txt'),
  'utf8'
)
const DCT = '2021-10-18'
const timexes = tagTimexes(text, DCT)
const find = (phrase: string) => {
  const t = timexes.find((x) => x.text === phrase)
  if (!t) throw new Error(`"${phrase}" not tagged; got ${timexes.map((x) => x.text).join(' | ')}`)
  return t
}

describe('tagger on the seed article (DCT 2021-10-18)', () => {
  it('in 2014 → 2014, a year', () => {
    expect(find('2014')).toMatchObject({
      type: 'DATE',
      value: '2014',
      interval: { start: '2014-01-01', end: '2014-12-31', granularity: 'year' }
    })
  })

  it('in 2016 → 2016', () => {
    expect(find('2016')).toMatchObject({ type: 'DATE', value: '2016' })
  })

  it('two weeks ago → 2021-10-04', () => {
    expect(find('two weeks ago')).toMatchObject({ type: 'DATE', value: '2021-10-04' })
  })

  it('10 days ago → 2021-10-08', () => {
    expect(find('10 days ago')).toMatchObject({ type: 'DATE', value: '2021-10-08' })
  })

  it('in September (a past-tense sentence in October) → 2021-09', () => {
    expect(find('September')).toMatchObject({
      type: 'DATE',
      value: '2021-09',
      interval: { start: '2021-09-01', end: '2021-09-30', granularity: 'month' }
    })
  })

  it('next Tuesday said on a Monday → the Tuesday of next week, 2021-10-26', () => {
    expect(find('Next Tuesday')).toMatchObject({ type: 'DATE', value: '2021-10-26' })
  })

  it('more than two years → a duration', () => {
    expect(find('More than two years')).toMatchObject({ type: 'DURATION', value: 'P2Y' })
  })

  it('On Monday afternoon, with the DCT a Monday → the DCT', () => {
    expect(find('Monday afternoon')).toMatchObject({ value: '2021-10-18TAF' })
  })

  it('now → PRESENT_REF, drawn at the DCT', () => {
    expect(find('now')).toMatchObject({
      type: 'DATE',
      value: 'PRESENT_REF',
      interval: { start: DCT, approximate: true }
    })
  })

  it('the day after (the decision two weeks ago) → anchored to that day, 2021-10-05', () => {
    expect(find('the day after')).toMatchObject({ type: 'DATE', value: '2021-10-05' })
  })

  it('offsets point at the text', () => {
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('does not read "from 20 to 10" diplomats as a time', () => {
    expect(timexes.some((t) => /20 to 10/.test(t.text))).toBe(false)
  })
})

describe('tagger: forms news uses', () => {
  const one = (s: string, dct = '2013-05-01') => {
    const [t] = tagTimexes(s, dct)
    return t ? { text: t.text, type: t.type, value: t.value } : null
  }
  it.each([
    ['It happened on March 22, 2013.', 'March 22, 2013', '2013-03-22'],
    ['It happened on 22 March 2013.', '22 March 2013', '2013-03-22'],
    ['It happened on 3/22/2013.', '3/22/2013', '2013-03-22'],
    ['It happened on 2013-03-22.', '2013-03-22', '2013-03-22'],
    ['Sales slowed in mid-2014.', 'mid-2014', '2014'],
    ['It began in the early 1990s.', 'the early 1990s', '199'],
    ['It began in the 1990s.', 'the 1990s', '199'],
    ['Profit rose in fiscal 1998.', 'fiscal 1998', '1998'],
    ['Profit rose in Q3 2012.', 'Q3 2012', '2012-Q3'],
    ['Profit rose in the first quarter.', 'the first quarter', '2013-Q1'],
    ['It was built in the 19th century.', 'the 19th century', '18'],
    ['He left yesterday.', 'yesterday', '2013-04-30'],
    ['He leaves tomorrow.', 'tomorrow', '2013-05-02'],
    ['He spoke last week.', 'last week', '2013-W17'],
    ['Sales grew this year.', 'this year', '2013'],
    ['It opens next month.', 'next month', '2013-06'],
    ['It will close in the summer of 2014.', 'the summer of 2014', '2014-SU'],
    ['Prices rose over the past three years.', 'the past three years', 'P3Y'],
    ['The talks lasted a month.', 'a month', 'P1M'],
    ['It took a decade.', 'a decade', 'P10Y'],
    ['It was a three-day meeting.', 'three-day', 'P3D'],
    ['It meets every week.', 'every week', 'P1W'],
    ['It is paid annually.', 'annually', 'P1Y'],
    ['It happens each winter.', 'each winter', 'XXXX-WI'],
    ['Things changed recently.', 'recently', 'PAST_REF'],
    ['It may change in the future.', 'the future', 'FUTURE_REF'],
    ['It is currently closed.', 'currently', 'PRESENT_REF']
  ])('%s', (sentence, text, value) => {
    expect(one(sentence)).toMatchObject({ text, value })
  })

  it('a weekday follows the tense: past → before the DCT, future → after', () => {
    // 2013-05-01 is a Wednesday.
    expect(one('He resigned on Monday.')?.value).toBe('2013-04-29')
    expect(one('He will resign on Friday.')?.value).toBe('2013-05-03')
  })

  it('tracks the reference time: "two days later" counts from the last date given', () => {
    const t = tagTimexes(
      'The talks began on March 3, 2010. Two days later they collapsed.',
      '2013-05-01'
    )
    expect(t.map((x) => x.value)).toEqual(['2010-03-03', '2010-03-05'])
  })

  it('without a DCT relative expressions stay unresolved; absolute ones are kept', () => {
    const t = tagTimexes('Two weeks ago NATO acted; in 2014 Russia annexed Crimea.', null)
    expect(t.map((x) => x.value)).toEqual(['2014'])
  })
})
