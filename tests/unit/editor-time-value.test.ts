import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Granularity, TimeValue } from '../../src/shared/model'
import {
  DAY_MS,
  GRANULARITIES,
  dayNumber,
  isoOf,
  parseValue,
  unitAt,
  unitOf
} from '../../src/renderer/src/editor/calendar-units'
import {
  dayTime,
  formTime,
  instantsOf,
  isPoint,
  isWholeUnit,
  movedTime,
  resizedTime,
  unitDays
} from '../../src/renderer/src/editor/time-value'

const ms = (iso: string, hours = 0): number => dayNumber(iso) * DAY_MS + hours * 3_600_000

function unitValue(g: Granularity, iso: string, approximate = false): TimeValue {
  const unit = unitOf(g, dayNumber(iso))
  return {
    value: unit.value,
    start: isoOf(unit.first),
    end: isoOf(unit.last),
    granularity: g,
    approximate
  }
}

describe('calendar units', () => {
  it('numbers days both ways, leap days included', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2024-12-31', '0001-01-01', '9999-12-31'])
      expect(isoOf(dayNumber(iso))).toBe(iso)
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2021-02-29')).toBeNaN()
    expect(dayNumber('2021-2-3')).toBeNaN()
  })

  it('writes the values the tagger writes', () => {
    const at = (g: Granularity, iso: string) => unitOf(g, dayNumber(iso))
    expect(at('week', '2021-01-01').value).toBe('2020-W53') // ISO week of its Thursday
    expect(at('week', '2021-01-04')).toEqual({
      value: '2021-W01',
      first: dayNumber('2021-01-04'),
      last: dayNumber('2021-01-10')
    })
    expect(unitOf('week', dayNumber('2021-10-18'), true).value).toBe('2021-W42-WE')
    expect(at('month', '2021-02-10').value).toBe('2021-02')
    expect(at('quarter', '2021-11-30').value).toBe('2021-Q4')
    expect(at('half', '2021-07-01').value).toBe('2021-H2')
    expect(at('year', '2014-06-15').value).toBe('2014')
    expect(at('decade', '2014-06-15').value).toBe('201')
    expect(at('century', '2014-06-15').value).toBe('20')
    // Winter is December to February and carries December's year.
    const winter = at('season', '2022-02-10')
    expect(winter.value).toBe('2021-WI')
    expect([isoOf(winter.first), isoOf(winter.last)]).toEqual(['2021-12-01', '2022-02-28'])
    expect(at('season', '2021-06-01').value).toBe('2021-SU')
  })

  it('reads every value back into the unit it came from', () => {
    const values = ['2021-10-18', '2020-W53', '2021-W42-WE', '2021-10', '2021-Q4', '2021-WI']
    for (const value of [...values, '2021-H1', '2014', '201', '20']) {
      const parsed = parseValue(value)
      expect(parsed, value).not.toBeNull()
      expect(unitAt(parsed!.granularity, parsed!.index, parsed!.weekend).value).toBe(value)
    }
    expect(parseValue('2021-W60')).toBeNull()
    expect(parseValue('PRESENT_REF')).toBeNull()
  })
})

describe('moving an event', () => {
  it('moves a day event by whole days', () => {
    const when = unitValue('day', '2021-10-18')
    expect(isPoint(when)).toBe(true)
    expect(movedTime(when, ms('2021-10-20', 10))).toMatchObject({
      value: '2021-10-20',
      start: '2021-10-20',
      end: '2021-10-20',
      granularity: 'day'
    })
    expect(movedTime(when, ms('2021-10-18', 11))).toBe(when) // not far enough: no edit
  })

  it('moves coarser events by their own unit, to the nearest one', () => {
    const month = unitValue('month', '2021-01-01', true)
    expect(movedTime(month, ms('2021-02-20'))).toEqual({
      value: '2021-03',
      start: '2021-03-01',
      end: '2021-03-31',
      granularity: 'month',
      approximate: true
    })
    expect(movedTime(unitValue('year', '2014-01-01'), ms('2015-05-01')).value).toBe('2015')
    expect(movedTime(unitValue('quarter', '2021-01-01'), ms('2021-08-10')).value).toBe('2021-Q3')
    expect(movedTime(unitValue('season', '2021-12-01'), ms('2022-03-05')).value).toBe('2022-SP')
    expect(movedTime(unitValue('week', '2021-10-18'), ms('2021-10-26')).value).toBe('2021-W43')
    expect(movedTime(unitValue('decade', '2014-01-01'), ms('2019-01-01')).value).toBe('202')
  })

  it('moves a weekend to the nearest weekend', () => {
    const unit = unitOf('week', dayNumber('2021-10-18'), true)
    const weekend: TimeValue = {
      value: unit.value,
      start: isoOf(unit.first),
      end: isoOf(unit.last),
      granularity: 'week',
      approximate: false
    }
    expect(movedTime(weekend, ms('2021-10-29'))).toMatchObject({
      value: '2021-W43-WE',
      start: '2021-10-30',
      end: '2021-10-31'
    })
  })

  it('shifts a span wider than its value (a merged event) and keeps its length', () => {
    const merged: TimeValue = {
      value: '2021-10-18',
      start: '2021-10-18',
      end: '2021-10-20',
      granularity: 'day',
      approximate: false
    }
    expect(isWholeUnit(merged)).toBe(false)
    expect(movedTime(merged, ms('2021-10-21', 2))).toEqual({
      ...merged,
      value: '2021-10-21',
      start: '2021-10-21',
      end: '2021-10-23'
    })
    const months: TimeValue = {
      value: '2021-01',
      start: '2021-01-15',
      end: '2021-02-28',
      granularity: 'month',
      approximate: false
    }
    expect(movedTime(months, ms('2021-02-14'))).toMatchObject({
      value: '2021-02',
      start: '2021-02-15',
      end: '2021-03-31'
    })
  })

  it('always yields a whole unit with a readable value (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GRANULARITIES),
        fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') }),
        fc.integer({ min: -4000, max: 4000 }),
        (g, day, offset) => {
          const when = unitValue(g, isoOf(day))
          const moved = movedTime(when, (dayNumber(when.start) + offset + 0.3) * DAY_MS)
          expect(isWholeUnit(moved)).toBe(true)
          expect(parseValue(moved.value)?.granularity).toBe(g)
          expect(moved.granularity).toBe(g)
        }
      )
    )
  })
})

describe('resizing a range', () => {
  const january = unitValue('month', '2021-01-01')

  it('snaps a whole month by months and names what it becomes', () => {
    expect(resizedTime(january, ms('2021-01-01'), ms('2021-03-29'))).toMatchObject({
      value: '2021-Q1',
      start: '2021-01-01',
      end: '2021-03-31',
      granularity: 'quarter'
    })
    expect(resizedTime(january, ms('2021-01-01'), ms('2021-02-25'))).toEqual({
      value: '2021-01',
      start: '2021-01-01',
      end: '2021-02-28',
      granularity: 'month',
      approximate: false
    })
    expect(resizedTime(january, ms('2021-01-01'), ms('2021-12-30'))).toMatchObject({
      value: '2021',
      granularity: 'year'
    })
  })

  it('never shrinks below one unit and reports no change as no change', () => {
    expect(resizedTime(january, ms('2021-01-01'), ms('2021-01-03'))).toBe(january)
    expect(resizedTime(january, ms('2021-01-02'), ms('2021-02-01', 5))).toBe(january)
  })

  it('snaps other spans to days; one day becomes a day event', () => {
    const merged: TimeValue = {
      value: '2021-10-18',
      start: '2021-10-18',
      end: '2021-10-20',
      granularity: 'day',
      approximate: true
    }
    expect(resizedTime(merged, ms('2021-10-18'), ms('2021-10-19', 3))).toEqual({
      value: '2021-10-18',
      start: '2021-10-18',
      end: '2021-10-18',
      granularity: 'day',
      approximate: true
    })
    expect(resizedTime(merged, ms('2021-10-18'), ms('2021-10-25', -2))).toMatchObject({
      value: '2021-W42',
      granularity: 'week'
    })
  })
})

describe('the form', () => {
  it('names the typed days by the chosen unit', () => {
    expect(formTime('2021-10-01', '2021-10-31', 'month', false)).toEqual({
      ok: true,
      when: {
        value: '2021-10',
        start: '2021-10-01',
        end: '2021-10-31',
        granularity: 'month',
        approximate: false
      }
    })
    expect(formTime(' 2021-10-18 ', '', 'day', true)).toMatchObject({
      ok: true,
      when: { value: '2021-10-18', end: '2021-10-18', approximate: true }
    })
    expect(unitDays('quarter', dayNumber('2021-05-05')).map(isoOf)).toEqual([
      '2021-04-01',
      '2021-06-30'
    ])
  })

  it('says which field is wrong', () => {
    expect(formTime('18/10/2021', '', 'day', false)).toMatchObject({ ok: false, field: 'start' })
    expect(formTime('2021-10-18', '2021-02-30', 'day', false)).toMatchObject({
      ok: false,
      field: 'end'
    })
    expect(formTime('2021-10-18', '2021-10-01', 'day', false)).toEqual({
      ok: false,
      field: 'end',
      message: 'The end is before the start.'
    })
    expect(formTime('0000-05-01', '', 'day', false)).toMatchObject({ ok: false, field: 'start' })
  })

  it('turns a clicked instant into its day, and days into axis instants', () => {
    expect(dayTime(ms('2021-10-18', 23.5)).value).toBe('2021-10-18')
    expect(instantsOf(unitValue('month', '2021-02-01'))).toEqual([
      ms('2021-02-01'),
      ms('2021-03-01')
    ])
  })
})
