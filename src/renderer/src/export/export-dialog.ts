/**
 * File → Export…: one dialog for every export. The user picks a format and the options that
 * apply to it (the others are disabled, not hidden, so the dialog does not jump about): what to
 * draw (the current view or the whole timeline), pixel density (PNG), theme, title, legend and
 * sources list (images and PDF), page size and orientation (PDF). The last choices are kept in
 * localStorage, except the title's text, which belongs to the document and defaults to its title.
 * Built with DOM calls and textContent only; styled by export.css.
 */
import { canvasTooLarge, type PixelDensity } from './png'

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'json' | 'csv' | 'timelinejs' | 'ics'

export interface ExportChoices {
  format: ExportFormat
  scope: 'view' | 'whole'
  /** PNG only. */
  scale: PixelDensity
  theme: 'light' | 'dark'
  /** Null: no title on the image. */
  title: string | null
  legend: boolean
  sources: boolean
  /** PDF only. */
  pageSize: 'A4' | 'Letter' | 'A3'
  orientation: 'landscape' | 'portrait'
}

export interface ExportDialogOptions {
  /** The document's title: the image title's default text. */
  projectTitle: string
  /** The theme offered when nothing is remembered (the app's current one). */
  theme?: 'light' | 'dark'
  /**
   * The image's CSS size for a scope, if the caller can tell (e.g. from buildTimelineSvg): the
   * dialog then warns, and does not export, when a PNG would be too large for a canvas.
   */
  imageSize?: (scope: 'view' | 'whole') => { width: number; height: number } | null
}

export const EXPORT_STORAGE_KEY = 'dateline.export'

const FORMATS: readonly [ExportFormat, string][] = [
  ['png', 'PNG image'],
  ['svg', 'SVG image'],
  ['pdf', 'PDF document'],
  ['json', 'JSON (the Dateline project)'],
  ['csv', 'CSV spreadsheet'],
  ['timelinejs', 'TimelineJS'],
  ['ics', 'iCalendar (.ics)']
]
const IMAGE: readonly ExportFormat[] = ['png', 'svg', 'pdf']

/** What a data format writes, shown where the image options would apply. */
const DATA_NOTES: Partial<Record<ExportFormat, string>> = {
  json: 'The whole document, articles and events, as data.',
  csv: 'The events as a table, for spreadsheets.',
  timelinejs: 'The events for TimelineJS, to publish the timeline on a web page.',
  ics: 'The events as calendar entries.'
}

type Remembered = Omit<ExportChoices, 'title'> & { titleOn: boolean }

const DEFAULTS: Remembered = {
  format: 'png',
  scope: 'whole',
  scale: 2,
  theme: 'light',
  titleOn: true,
  legend: true,
  sources: true,
  pageSize: 'A4',
  orientation: 'landscape'
}

/** The remembered choices, each checked (localStorage is anyone's to write); defaults otherwise. */
export function rememberedChoices(fallbackTheme?: 'light' | 'dark'): Remembered {
  const base = { ...DEFAULTS, theme: fallbackTheme ?? DEFAULTS.theme }
  let saved: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(EXPORT_STORAGE_KEY) ?? '{}')
    if (parsed && typeof parsed === 'object') saved = parsed as Record<string, unknown>
  } catch {
    return base
  }
  const pick = <T>(value: unknown, allowed: readonly T[], otherwise: T): T =>
    allowed.includes(value as T) ? (value as T) : otherwise
  const flag = (value: unknown, otherwise: boolean): boolean =>
    typeof value === 'boolean' ? value : otherwise
  return {
    format: pick(
      saved['format'],
      FORMATS.map(([f]) => f),
      base.format
    ),
    scope: pick(saved['scope'], ['view', 'whole'] as const, base.scope),
    scale: pick(saved['scale'], [1, 2, 4] as const, base.scale),
    theme: pick(saved['theme'], ['light', 'dark'] as const, base.theme),
    titleOn: flag(saved['titleOn'], base.titleOn),
    legend: flag(saved['legend'], base.legend),
    sources: flag(saved['sources'], base.sources),
    pageSize: pick(saved['pageSize'], ['A4', 'Letter', 'A3'] as const, base.pageSize),
    orientation: pick(saved['orientation'], ['landscape', 'portrait'] as const, base.orientation)
  }
}

let uid = 0

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'textContent' | 'id', string>> = {}
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  Object.assign(node, props)
  return node
}

/** A fieldset of radio buttons; returns it and a getter for the checked value. */
function radios<T extends string | number>(
  legend: string,
  name: string,
  options: readonly [T, string][],
  checked: T
): { set: HTMLFieldSetElement; value: () => T; inputs: HTMLInputElement[] } {
  const set = el('fieldset', { className: 'export-group' })
  set.append(el('legend', { textContent: legend }))
  const inputs: HTMLInputElement[] = []
  for (const [value, text] of options) {
    const label = el('label', { className: 'export-choice' })
    const input = el('input')
    input.type = 'radio'
    input.name = name
    input.value = String(value)
    input.checked = value === checked
    inputs.push(input)
    label.append(input, document.createTextNode(` ${text}`))
    set.append(label)
  }
  const value = (): T => {
    const i = inputs.findIndex((input) => input.checked)
    return options[Math.max(0, i)]![0]
  }
  return { set, value, inputs }
}

function checkbox(
  text: string,
  checked: boolean
): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = el('label', { className: 'export-choice' })
  const input = el('input')
  input.type = 'checkbox'
  input.checked = checked
  label.append(input, document.createTextNode(` ${text}`))
  return { label, input }
}

export function openExportDialog(options: ExportDialogOptions): Promise<ExportChoices | null> {
  const start = rememberedChoices(options.theme)
  const name = `export-${++uid}`
  const dialog = el('dialog', { className: 'ask export-dialog' })
  dialog.setAttribute('aria-labelledby', `${name}-heading`)
  const form = el('form')
  form.method = 'dialog'
  const heading = el('h2', { textContent: 'Export', id: `${name}-heading` })

  // Format.
  const formatRow = el('label', { className: 'export-row' })
  const format = el('select')
  format.id = `${name}-format`
  for (const [value, text] of FORMATS) {
    const option = el('option', { textContent: text })
    option.value = value
    option.selected = value === start.format
    format.append(option)
  }
  formatRow.append(el('span', { textContent: 'Format', className: 'export-key' }), format)

  const scope = radios(
    'Show',
    `${name}-scope`,
    [
      ['view', 'Current view'],
      ['whole', 'Whole timeline']
    ],
    start.scope
  )
  const scale = radios(
    'Pixel density',
    `${name}-scale`,
    [
      [1, '1×'],
      [2, '2×'],
      [4, '4×']
    ],
    start.scale
  )
  const theme = radios(
    'Theme',
    `${name}-theme`,
    [
      ['light', 'Light'],
      ['dark', 'Dark']
    ],
    start.theme
  )

  const content = el('fieldset', { className: 'export-group export-content' })
  content.append(el('legend', { textContent: 'Include' }))
  const titleOn = checkbox('Title', start.titleOn)
  const titleText = el('input')
  titleText.type = 'text'
  titleText.value = options.projectTitle
  titleText.setAttribute('aria-label', 'Title text')
  titleText.className = 'export-title'
  const titleRow = el('div', { className: 'export-title-row' })
  titleRow.append(titleOn.label, titleText)
  const legend = checkbox('Legend', start.legend)
  const sources = checkbox('List of sources', start.sources)
  content.append(titleRow, legend.label, sources.label)

  const page = el('fieldset', { className: 'export-group' })
  page.append(el('legend', { textContent: 'PDF page' }))
  const pageSize = el('select')
  pageSize.setAttribute('aria-label', 'Page size')
  for (const size of ['A4', 'Letter', 'A3'] as const) {
    const option = el('option', { textContent: size })
    option.value = size
    option.selected = size === start.pageSize
    pageSize.append(option)
  }
  const orientation = radios(
    'Orientation',
    `${name}-orientation`,
    [
      ['landscape', 'Landscape'],
      ['portrait', 'Portrait']
    ],
    start.orientation
  )
  orientation.set.classList.add('export-inline')
  page.append(pageSize, orientation.set)

  const note = el('p', { className: 'export-note' })
  note.setAttribute('role', 'status')
  note.setAttribute('aria-live', 'polite')

  const buttons = el('div', { className: 'buttons' })
  const cancel = el('button', { textContent: 'Cancel' })
  cancel.type = 'button'
  cancel.addEventListener('click', () => dialog.close(''))
  const ok = el('button', { textContent: 'Export…', className: 'primary' })
  ok.type = 'submit'
  ok.value = 'ok'
  buttons.append(cancel, ok)

  const grid = el('div', { className: 'export-grid' })
  grid.append(scope.set, scale.set, theme.set, content, page)
  form.append(heading, formatRow, grid, note, buttons)
  dialog.append(form)

  /** Enables what applies to the format, and says why an export cannot go ahead. */
  const update = (): void => {
    const f = format.value as ExportFormat
    const image = IMAGE.includes(f)
    for (const set of [scope.set, theme.set, content]) set.disabled = !image
    scale.set.disabled = f !== 'png'
    page.disabled = f !== 'pdf'
    titleText.disabled = !image || !titleOn.input.checked
    let problem: string | null = null
    if (f === 'png') {
      const size = options.imageSize?.(scope.value())
      if (size) problem = canvasTooLarge(size.width, size.height, scale.value())
    }
    note.textContent = problem ?? DATA_NOTES[f] ?? ''
    note.classList.toggle('export-problem', problem !== null)
    ok.disabled = problem !== null
  }
  form.addEventListener('change', update)
  titleOn.input.addEventListener('change', update)
  update()

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove()
      if (dialog.returnValue !== 'ok') return resolve(null)
      const remembered: Remembered = {
        format: format.value as ExportFormat,
        scope: scope.value(),
        scale: scale.value(),
        theme: theme.value(),
        titleOn: titleOn.input.checked,
        legend: legend.input.checked,
        sources: sources.input.checked,
        pageSize: pageSize.value as ExportChoices['pageSize'],
        orientation: orientation.value()
      }
      try {
        localStorage.setItem(EXPORT_STORAGE_KEY, JSON.stringify(remembered))
      } catch {
        // Storage full or unavailable: the choices still apply to this export.
      }
      const { titleOn: on, ...rest } = remembered
      const text = titleText.value.trim()
      resolve({ ...rest, title: on && text ? text : null })
    })
    document.body.append(dialog)
    dialog.showModal()
    format.focus()
  })
}
