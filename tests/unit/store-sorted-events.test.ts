/** The sorted event list: splicing a few changes in, or merging many, gives what a full sort gives. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareEvents,
  replaceEvents,
  sortedEvents
} from '../../src/renderer/src/store/sorted-events'
import type { TimelineEvent } from '../../src/shared/model'
import { day, handEvent } from './store-fixtures'

const DAYS = ['2021-10-01', '2021-10-02', '2021-10-03', '2021-11-15', '2022-01-01']

/** One event per entry of `days` (an index into DAYS), ids `${prefix}-0`…: many share a start. */
const eventsOn = (days: number[], prefix: string): TimelineEvent[] =>
  days.map((d, i) => handEvent(`${prefix}-${i}`, { when: day(DAYS[d]!) }))

const dayIndex = fc.integer({ min: 0, max: DAYS.length - 1 })

describe('replaceEvents', () => {
  it('equals removing and re-sorting, for few changes and for many', () => {
    fc.assert(
      fc.property(
        fc.array(dayIndex, { maxLength: 80 }),
        fc.array(fc.boolean(), { maxLength: 80 }),
        fc.array(dayIndex, { maxLength: 40 }),
        (days, removeFlags, addDays) => {
          const events = sortedEvents(eventsOn(days, 'e'))
          const remove = events.filter((_, i) => removeFlags[i])
          const add = eventsOn(addDays, 'n')
          const expected = [...events.filter((e) => !remove.includes(e)), ...add].sort(
            compareEvents
          )
          const result = replaceEvents(events, remove, add)
          expect(result).toEqual(expected)
          result.forEach((e, i) => expect(e).toBe(expected[i]))
          expect(events).toEqual(sortedEvents(eventsOn(days, 'e')))
        }
      )
    )
  })

  it('moves a changed event to its new place', () => {
    const events = sortedEvents(eventsOn([0, 1, 2, 3], 'e'))
    const moved = { ...events[0]!, when: day('2021-12-01') }
    expect(replaceEvents(events, [events[0]!], [moved]).map((e) => e.id)).toEqual([
      'e-1',
      'e-2',
      'e-3',
      'e-0'
    ])
  })

  it('refuses to remove an event that is not in the list', () => {
    const events = eventsOn([0, 1], 'e')
    expect(() => replaceEvents(events, [handEvent('stranger')], [])).toThrow(/not in the document/)
    const many = eventsOn(
      Array.from({ length: 20 }, () => 0),
      'x'
    )
    expect(() => replaceEvents(events, many, [])).toThrow(/not in the document/)
  })
})

describe('sortedEvents', () => {
  it('returns a sorted list itself and sorts a copy of any other', () => {
    const sorted = eventsOn([0, 0, 1, 4], 'e')
    expect(sortedEvents(sorted)).toBe(sorted)
    const shuffled = [sorted[2]!, sorted[0]!, sorted[3]!, sorted[1]!]
    expect(sortedEvents(shuffled)).toEqual(sorted)
    expect(shuffled[0]).toBe(sorted[2])
  })
})
