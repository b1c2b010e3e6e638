/**
 * The event form: a modal <dialog> for adding or editing one event. Built with DOM calls and
 * textContent only (titles and names come from articles). It checks what it can itself (a title,
 * real days in order) and shows each error beside its field; what the store refuses (a RangeError)
 * is shown at the foot of the form, which stays open so nothing typed is lost. Esc cancels.
 */
import type { Granularity, TimeValue } from '../../../shared/model'
import { GRANULARITIES, dayNumber, isoOf } from './calendar-units'
import { formTime, unitDays } from './time-value'

export interface EventFields {
  title: string
  when: TimeValue
  actors: string[]
  places: string[]
  category: string
}

export interface EventFormOptions {
  heading: string
  submitLabel: string
  initial: EventFields
  /** Categories in use, offered as suggestions; any other text is accepted too. */
  categories: readonly string[]
  /** Saves the fields; returns an error message to show, or null once saved (the form closes). */
  submit(fields: EventFields): string | null
  /** Called once the dialog has closed, saved or not (the editor takes focus back). */
  closed?(): void
}

const GRANULARITY_NAMES: Record<Granularity, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  season: 'Season',
  half: 'Half year',
  year: 'Year',
  decade: 'Decade',
  century: 'Century'
}

let formCount = 0

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

/** A labelled field with its own error line, tied together for screen readers. */
function field(label: string, control: HTMLInputElement | HTMLSelectElement, hint = '') {
  const error = el('p', { className: 'ev-form-error', id: `${control.id}-error` })
  error.hidden = true
  control.setAttribute('aria-describedby', error.id)
  const row = el('label', { className: 'ev-form-field' }, el('span', {}, label), control)
  if (hint) row.append(el('small', { className: 'muted' }, hint))
  row.append(error)
  const show = (message: string | null): void => {
    error.textContent = message ?? ''
    error.hidden = message === null
    control.setAttribute('aria-invalid', String(message !== null))
  }
  return { row, show }
}

const names = (text: string): string[] =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)

/** Opens the form in `host` (removed again when it closes). */
export function openEventForm(host: HTMLElement, options: EventFormOptions): HTMLDialogElement {
  const id = `ev-form-${++formCount}`
  const { initial } = options
  const input = (name: string, props: Partial<HTMLInputElement>) =>
    el('input', { id: `${id}-${name}`, name, ...props })

  const title = input('title', { type: 'text', value: initial.title, required: true })
  const start = input('start', { type: 'date', value: initial.when.start, min: '0001-01-01' })
  const end = input('end', { type: 'date', value: initial.when.end, max: '9999-12-31' })
  const granularity = el('select', { id: `${id}-granularity`, name: 'granularity' })
  for (const g of GRANULARITIES)
    granularity.append(el('option', { value: g }, GRANULARITY_NAMES[g]))
  granularity.value = initial.when.granularity
  const approximate = input('approximate', { type: 'checkbox', checked: initial.when.approximate })
  const actors = input('actors', { type: 'text', value: initial.actors.join(', ') })
  const places = input('places', { type: 'text', value: initial.places.join(', ') })
  const suggestions = el('datalist', { id: `${id}-categories` })
  for (const c of options.categories) suggestions.append(el('option', { value: c }))
  const category = input('category', { type: 'text', value: initial.category })
  category.setAttribute('list', suggestions.id)

  const fields = {
    title: field('Title', title),
    start: field('From', start),
    end: field('To', end),
    granularity: field('Precision', granularity),
    actors: field('Actors', actors, 'Separated by commas'),
    places: field('Places', places, 'Separated by commas'),
    category: field('Category', category, 'Pick one in use or type a new one')
  }
  const approxRow = el('label', { className: 'ev-form-check' }, approximate, 'Approximate date')
  const failure = el('p', { className: 'ev-form-error', role: 'alert' })
  failure.hidden = true
  const cancel = el('button', { type: 'button', textContent: 'Cancel' })
  const ok = el('button', {
    type: 'submit',
    className: 'primary',
    textContent: options.submitLabel
  })

  const heading = el('h2', { id: `${id}-heading`, textContent: options.heading })
  const form = el(
    'form',
    { className: 'ev-form', noValidate: true },
    heading,
    fields.title.row,
    el('div', { className: 'ev-form-dates' }, fields.start.row, fields.end.row),
    el('div', { className: 'ev-form-dates' }, fields.granularity.row, approxRow),
    fields.actors.row,
    fields.places.row,
    fields.category.row,
    suggestions,
    failure,
    el('div', { className: 'ev-form-buttons' }, cancel, ok)
  )
  const dialog = el('dialog', { className: 'ev-dialog' }, form)
  dialog.setAttribute('aria-labelledby', heading.id)

  // A new precision fills in the whole unit around the first day: 18 Oct as "Month" is October.
  granularity.addEventListener('change', () => {
    const day = dayNumber(start.value)
    if (Number.isNaN(day)) return
    const [first, last] = unitDays(granularity.value as Granularity, day)
    start.value = isoOf(first)
    end.value = isoOf(last)
  })
  // Moving the first day past the last drags the last along, as calendar apps do.
  start.addEventListener('change', () => {
    if (start.value && (!end.value || end.value < start.value)) end.value = start.value
  })

  form.addEventListener('submit', (event) => {
    event.preventDefault() // never a real submission (the CSP has form-action 'none')
    for (const f of Object.values(fields)) f.show(null)
    failure.hidden = true
    const text = title.value.trim()
    if (!text) fields.title.show('An event needs a title.')
    const date = formTime(
      start.value,
      end.value,
      granularity.value as Granularity,
      approximate.checked
    )
    if (!date.ok) fields[date.field].show(date.message)
    if (!text || !date.ok) {
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    const error = options.submit({
      title: text,
      when: date.when,
      actors: names(actors.value),
      places: names(places.value),
      category: category.value.trim()
    })
    if (error === null) return dialog.close()
    failure.textContent = error
    failure.hidden = false
  })
  cancel.addEventListener('click', () => dialog.close())
  dialog.addEventListener('close', () => {
    dialog.remove()
    options.closed?.()
  })

  host.append(dialog)
  dialog.showModal()
  title.focus()
  title.select()
  return dialog
}
