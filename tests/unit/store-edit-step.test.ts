/** One edit to one history step: what it records, and the guard on the id map. */
import { describe, expect, it } from 'vitest'
import { stepOf } from '../../src/renderer/src/store/edit-step'
import { createDocumentStore } from '../../src/renderer/src/store'
import type { Project } from '../../src/shared/model'
import { day, handEvent } from './store-fixtures'

const a = handEvent('a', { when: day('2021-10-01') })
const b = handEvent('b', { when: day('2021-10-02') })
const doc: Project = { ...createDocumentStore().project, events: [a, b] }
const present = (id: string): boolean => doc.events.some((e) => e.id === id)
const EVENTS = { kind: 'events' } as const

describe('stepOf', () => {
  it('records each touched id with its event before and after', () => {
    const moved = { ...a, when: day('2021-10-03') }
    const c = handEvent('c')
    const step = stepOf(
      { label: 'x', what: EVENTS, remove: [a, b], add: [moved, c] },
      doc,
      doc,
      present
    )!
    expect(step.after.events).toEqual([moved, c])
    expect([...step.eventsBefore]).toEqual([
      ['a', a],
      ['b', b],
      ['c', undefined]
    ])
    expect([...step.eventsAfter]).toEqual([
      ['a', moved],
      ['b', undefined],
      ['c', c]
    ])
    expect(step.before).toBe(doc)
  })

  it('an event handed back unchanged is no change; nothing changed is no step', () => {
    expect(
      stepOf({ label: 'x', what: EVENTS, remove: [a], add: [a] }, doc, doc, present)
    ).toBeNull()
    expect(stepOf({ label: 'x', what: EVENTS, title: doc.title }, doc, doc, present)).toBeNull()
  })

  it('shares what the edit did not touch', () => {
    const step = stepOf({ label: 'x', what: { kind: 'title' }, title: 'New' }, doc, doc, present)!
    expect(step.after.events).toBe(doc.events)
    expect(step.after.articles).toBe(doc.articles)
    expect(step.eventsAfter.size).toBe(0)
  })

  it('refuses an edit that would put two events under one id', () => {
    const twin = handEvent('b', { title: 'Twin' })
    expect(() => stepOf({ label: 'x', what: EVENTS, add: [twin] }, doc, doc, present)).toThrow(
      /two events the id "b"/
    )
    const c = handEvent('c')
    expect(() =>
      stepOf({ label: 'x', what: EVENTS, add: [c, { ...c }] }, doc, doc, present)
    ).toThrow(/two events the id "c"/)
  })
})
