/** Dates as the store accepts them, and the date of merged events. */
import { describe, expect, it } from 'vitest'
import { checkedWhen, isRealDay, unionWhen } from '../../src/renderer/src/store/time-value'
import type { TimeValue } from '../../src/shared/model'
import { day } from './store-fixtures'

const year = (y: number): TimeValue => ({
  value: String(y),
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  granularity: 'year',
  approximate: false
})

describe('isRealDay', () => {
  it.each([
    ['2021-10-18', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2021-04-31', false],
    ['2021-00-10', false],
    ['2021-1-18', false],
    ['2021-10-18T00:00', false],
    ['', false]
  ])('%s → %s', (text, real) => expect(isRealDay(text)).toBe(real))

  it('refuses what is not a string', () => expect(isRealDay(20211018)).toBe(false))
})

describe('checkedWhen', () => {
  it('keeps only the fields of a date, value trimmed', () => {
    const when = { ...day('2021-10-18'), value: ' 2021-10-18 ', extra: 1 }
    expect(checkedWhen(when)).toEqual(day('2021-10-18'))
  })

  it('allows a one-day interval and refuses a reversed one', () => {
    expect(checkedWhen({ ...year(2021) })).toEqual(year(2021))
    expect(() => checkedWhen({ ...year(2021), start: '2022-01-01' })).toThrow(/before the start/)
  })

  it('refuses an empty value or a non-boolean approximate', () => {
    expect(() => checkedWhen({ ...day('2021-10-18'), value: ' ' })).toThrow(RangeError)
    expect(() => checkedWhen({ ...day('2021-10-18'), approximate: 'yes' as never })).toThrow(
      RangeError
    )
  })
})

describe('unionWhen', () => {
  it('keeps a date every part shares', () => {
    const when = day('2021-10-18')
    expect(unionWhen(when, [when, { ...when }])).toBe(when)
  })

  it("keeps the main part's date when it covers the others", () => {
    const main = year(2021)
    expect(unionWhen(main, [main, day('2021-03-04'), day('2021-12-31')])).toBe(main)
  })

  it('otherwise spans earliest start to latest end, from the start day, at the widest granularity', () => {
    expect(unionWhen(day('2021-10-18'), [day('2021-10-18'), year(2019)])).toEqual({
      value: '2019-01-01',
      start: '2019-01-01',
      end: '2021-10-18',
      granularity: 'year',
      approximate: true
    })
    expect(unionWhen(day('2021-10-18'), [day('2021-10-18'), day('2021-10-20')])).toEqual({
      value: '2021-10-18',
      start: '2021-10-18',
      end: '2021-10-20',
      granularity: 'day',
      approximate: true
    })
  })
})
