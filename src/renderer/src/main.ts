/**
 * Renderer boot: the document store, the two views on it (the D3 timeline and the vis-timeline
 * editor), the panels, the document's life (files, autosave, recovery) and the commands from the
 * menu, the keyboard and drops. Every change to the document goes through the store.
 */
import type { MenuCommand, Progress, RecoveryInfo } from '../../shared/ipc'
import type { Project, TimelineEvent } from '../../shared/model'
import { api, unwrap } from './api'
import { ArticleActions } from './articles/actions'
import { DocumentController } from './document/controller'
import { openExportDialog } from './export/export-dialog'
import { runExport } from './export/run-export'
import { DEFAULT_WHOLE_WIDTH, MAX_IMAGE_HEIGHT } from './export/svg-document'
import { createEditor, type EditorView } from './editor/editor'
import { createDocumentStore } from './store'
import type { Change } from './store/types'
import { LANE_KEYS, buildLanes, type LaneKey } from './timeline/lanes'
import { Timeline } from './timeline/timeline'
import { renderArticles, renderFailures } from './ui/articles-panel'
import { ask } from './ui/ask'
import { showDetails } from './ui/details'
import { makeFilter, renderCategories, type FilterState } from './ui/filters'
import { renderList } from './ui/list-view'
import { clearNotice, showError } from './ui/notice'
import { askForArticle } from './ui/paste-dialog'

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`Missing #${id} in index.html`)
  return el as T
}

const notice = byId<HTMLDivElement>('notice')
const details = byId<HTMLElement>('details')
const listView = byId<HTMLElement>('list-view')
const listToggle = byId<HTMLButtonElement>('list-toggle')
const articlesPanel = byId<HTMLElement>('articles-panel')
const articlesToggle = byId<HTMLButtonElement>('articles-toggle')
const search = byId<HTMLInputElement>('search')
const period = byId<HTMLSelectElement>('period')
const lanes = byId<HTMLSelectElement>('lanes')
const laneFilter = byId<HTMLSelectElement>('lane-filter')
const statusLine = byId<HTMLElement>('status')
const recentList = byId<HTMLSelectElement>('recent-documents')
const filters: FilterState = { query: '', hiddenCategories: new Set(), lane: null, laneBy: 'none' }

const store = createDocumentStore()
const project = (): Project => store.project

const timeline = new Timeline(byId('timeline'), {
  onSelect: (event) => showDetails(details, event, project().articles),
  onWindowChange: () => {
    scheduleView()
    scheduleList()
  }
})

/** The visible window goes into the document (not an edit), at most every 300 ms while zooming. */
let viewTimer: ReturnType<typeof setTimeout> | undefined
function scheduleView(): void {
  clearTimeout(viewTimer)
  viewTimer = setTimeout(() => {
    const [start, end] = timeline.visibleWindow()
    store.setView({ start: start.toISOString(), end: end.toISOString(), lanes: timeline.laneBy })
  }, 300)
}

function status(message: string): void {
  statusLine.textContent = message
}

// ── The list view follows the visible window, at most once per frame ─────────────────────────
let listPending = false
function scheduleList(): void {
  if (listView.hidden || listPending) return
  listPending = true
  requestAnimationFrame(() => {
    listPending = false
    renderList(listView, timeline.eventsInView(), pick)
  })
}

function pick(event: TimelineEvent): void {
  timeline.select(event.id)
}

listToggle.addEventListener('click', () => {
  listView.hidden = !listView.hidden
  listToggle.setAttribute('aria-expanded', String(!listView.hidden))
  scheduleList()
})

// ── Filters ──────────────────────────────────────────────────────────────────────────────────
function applyFilters(): void {
  timeline.setFilter(makeFilter(filters))
  showCounts()
}

/** "12 events" or "3 of 12 events", and the list view, after the shown events changed. */
function showCounts(): void {
  const { shown, total } = timeline.counts()
  byId('shown-count').textContent =
    shown === total
      ? `${total.toLocaleString()} events`
      : `${shown.toLocaleString()} of ${total.toLocaleString()} events`
  scheduleList()
}

let searchTimer: ReturnType<typeof setTimeout> | undefined
search.addEventListener('input', () => {
  clearTimeout(searchTimer)
  searchTimer = setTimeout(() => {
    filters.query = search.value
    applyFilters()
  }, 150)
})

function fillLaneFilter(): void {
  const options = buildLanes(project().events, filters.laneBy, project().articles, 50)
  const all = document.createElement('option')
  all.value = ''
  all.textContent = 'All lanes'
  laneFilter.replaceChildren(all)
  laneFilter.disabled = filters.laneBy === 'none'
  if (filters.laneBy === 'none') return
  for (const lane of options) {
    const option = document.createElement('option')
    option.value = lane.key
    option.textContent = `${lane.label} (${lane.events.length})`
    laneFilter.append(option)
  }
}

lanes.addEventListener('change', () => {
  const key = (LANE_KEYS as readonly string[]).includes(lanes.value)
    ? (lanes.value as LaneKey)
    : 'none'
  filters.laneBy = key
  filters.lane = null
  timeline.setLaneKey(key)
  fillLaneFilter()
  applyFilters()
})

laneFilter.addEventListener('change', () => {
  filters.lane = laneFilter.value === '' ? null : laneFilter.value
  applyFilters()
})

function fillPeriods(): void {
  const none = document.createElement('option')
  none.value = ''
  none.textContent = 'Choose…'
  period.replaceChildren(none)
  timeline.presets().forEach((preset, i) => {
    const option = document.createElement('option')
    option.value = String(i)
    option.textContent = preset.label
    period.append(option)
  })
}

period.addEventListener('change', () => {
  const preset = timeline.presets()[Number(period.value)]
  if (preset && period.value !== '') timeline.setWindow(preset.start, preset.end)
  period.value = ''
})

// ── The document in the views ──────────────────────────────────────────────────────────────
function showCategories(): void {
  renderCategories(
    byId<HTMLFieldSetElement>('categories'),
    project().events,
    (hidden) => {
      filters.hiddenCategories = hidden
      applyFilters()
    },
    filters.hiddenCategories
  )
}

function showSummary(): void {
  const { events, articles } = project()
  byId('project-title').textContent = project().title
  byId('dirty-mark').hidden = !store.dirty
  byId('project-summary').textContent =
    `${events.length.toLocaleString()} dated event${events.length === 1 ? '' : 's'} from ` +
    `${articles.length} article${articles.length === 1 ? '' : 's'}`
  renderArticles(byId('articles-list'), articles, events, {
    setPublished: (id, day) => void articleActions.setPublished(id, day).catch(fail),
    remove: (id) => void articleActions.remove(id).catch(fail)
  })
}

/** A whole new document: every view and control starts again from it. */
function showDocument(): void {
  const { events, articles, view } = project()
  filters.hiddenCategories = new Set()
  filters.lane = null
  filters.laneBy = view?.lanes ?? 'none'
  lanes.value = filters.laneBy
  timeline.setEvents(
    events,
    articles,
    view ? { start: new Date(view.start), end: new Date(view.end), lanes: view.lanes } : undefined
  )
  editor.setLaneBy(filters.laneBy)
  showCategories()
  fillPeriods()
  fillLaneFilter()
  applyFilters()
  showSummary()
  showDetails(details, null, articles)
  document.body.dataset['loaded'] = 'true'
}

/** An edit, undo or redo: the views keep their window, lanes, filters and selection. */
function showChange(change: Change): void {
  if (change.kind === 'load') {
    void fillRecent().catch(() => undefined)
    return showDocument()
  }
  if (change.kind === 'saved') void fillRecent().catch(() => undefined)
  if (change.kind === 'saved' || change.kind === 'title') return showSummary()
  // The filter is unchanged by an edit: updateEvents applies it again; no second rebuild.
  timeline.updateEvents(project().events, project().articles)
  showCategories()
  fillLaneFilter()
  showCounts()
  showSummary()
  const selected = timeline.selected
  showDetails(details, selected ? (store.event(selected) ?? null) : null, project().articles)
}

store.subscribe(showChange)

// ── The editor view ─────────────────────────────────────────────────────────────────────────
const editorSection = byId<HTMLElement>('editor')
const timelineSection = byId<HTMLElement>('timeline')
/** The period the editor was last panned or zoomed to: the timeline opens there after it. */
let editorWindow: [Date, Date] | null = null
const editor: EditorView = createEditor(editorSection, store, {
  onSelect: (ids) => {
    const event = ids.length === 1 ? store.event(ids[0]!) : undefined
    showDetails(details, event ?? null, project().articles)
  },
  onWindowChange: (start, end) => {
    editorWindow = [start, end]
  },
  laneBy: filters.laneBy
})

/** Above this many events in view, the editor opens on its own window (see editor/windows.ts). */
const EDITOR_WINDOW_LIMIT = 600

function showEditor(on: boolean): void {
  timelineSection.hidden = on
  editorSection.hidden = !on
  byId('view-timeline').setAttribute('aria-pressed', String(!on))
  byId('view-editor').setAttribute('aria-pressed', String(on))
  document.body.dataset['view'] = on ? 'editor' : 'timeline'
  if (on) {
    const [start, end] = timeline.visibleWindow()
    editorWindow = null
    editor.show()
    if (timeline.eventsInView().length <= EDITOR_WINDOW_LIMIT) {
      // A little margin: the editor's items carry their titles to the right of their start.
      const pad = (end.getTime() - start.getTime()) * 0.05
      editor.setWindow(new Date(start.getTime() - pad), new Date(end.getTime() + pad))
    }
  } else {
    editor.hide()
    if (editorWindow) timeline.setWindow(...editorWindow)
    timeline.render()
  }
}

byId('view-timeline').addEventListener('click', () => showEditor(false))
byId('view-editor').addEventListener('click', () => showEditor(true))

// ── Articles ────────────────────────────────────────────────────────────────────────────────
const articleActions = new ArticleActions(store, {
  progress: (done, total, current) => showProgress({ done, total, current }),
  failures: (failures) => {
    renderFailures(byId('article-failures'), failures)
    if (failures.length > 0) showArticles(true)
  },
  status
})

function showArticles(on: boolean): void {
  articlesPanel.hidden = !on
  articlesToggle.setAttribute('aria-expanded', String(on))
}

articlesToggle.addEventListener('click', () => showArticles(articlesPanel.hidden !== false))
byId('add-articles').addEventListener('click', () => runCommand('add-articles'))
byId('paste-article').addEventListener('click', () => runCommand('paste-article'))

async function pasteArticle(): Promise<void> {
  const pasted = await askForArticle()
  if (pasted) await articleActions.paste(pasted.input, pasted.published)
}

// Files dropped anywhere on the window are read as articles (their bytes go to main).
window.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return
  event.preventDefault()
  event.dataTransfer.dropEffect = 'copy'
  document.body.classList.add('dropping')
})
window.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) document.body.classList.remove('dropping')
})
window.addEventListener('drop', (event) => {
  document.body.classList.remove('dropping')
  const files = [...(event.dataTransfer?.files ?? [])]
  if (files.length === 0) return
  event.preventDefault()
  void articleActions.addDropped(files).catch(fail)
})

// ── Files, autosave, recovery ───────────────────────────────────────────────────────────────
const controller = new DocumentController(store, {
  loaded: () => clearNotice(notice),
  status,
  error: fail,
  offerRecovery,
  askToSave: (title) =>
    ask(
      `Save the changes to “${title}”?`,
      'Your changes will be lost if you don’t save them.',
      [
        { label: 'Save', value: 'save' as const, primary: true },
        { label: 'Don’t Save', value: 'discard' as const },
        { label: 'Cancel', value: 'cancel' as const }
      ],
      'cancel' as const
    )
})

function offerRecovery(info: RecoveryInfo): Promise<boolean> {
  const when = new Date(info.savedAt).toLocaleString()
  return ask(
    'Restore unsaved work?',
    `Dateline closed before “${info.title}” was saved. Its last autosave, from ${when}, has ` +
      `${info.events} events from ${info.articles} articles.`,
    [
      { label: 'Restore', value: true, primary: true },
      { label: 'Discard', value: false }
    ],
    false
  )
}

function fail(error: unknown): void {
  showError(notice, error)
}

/** The in-app list of recent timelines (File → Open Recent holds the same list). */
async function fillRecent(): Promise<void> {
  const recent = await unwrap(api().recentProjects())
  const first = document.createElement('option')
  first.value = ''
  first.textContent = 'Recent…'
  recentList.replaceChildren(first)
  recentList.disabled = recent.length === 0
  recentList.title = recent.length ? 'Open a recent timeline' : 'No recent timelines yet'
  for (const doc of recent) {
    const option = document.createElement('option')
    option.value = doc.path
    option.textContent = doc.name
    option.title = doc.path
    recentList.append(option)
  }
}

recentList.addEventListener('change', () => {
  const file = recentList.value
  recentList.value = ''
  if (file) void controller.open(file).catch(fail)
})

// ── Commands, keys, progress ───────────────────────────────────────────────────────────────
function runCommand(command: MenuCommand): void {
  const run = (job: Promise<unknown>): void => void job.catch(fail)
  if (command === 'zoom-in') timeline.zoomBy(2)
  else if (command === 'zoom-out') timeline.zoomBy(0.5)
  else if (command === 'zoom-fit') timeline.fit()
  else if (command === 'open-sample') run(openSample())
  else if (command === 'new') run(controller.newDocument())
  else if (command === 'open') run(controller.open())
  else if (command === 'save') run(controller.save(false))
  else if (command === 'save-as') run(controller.save(true))
  else if (command === 'save-and-close') run(controller.saveAndClose())
  else if (command === 'undo') undoOrRedo(false)
  else if (command === 'redo') undoOrRedo(true)
  else if (command === 'add-articles') run(articleActions.addFromDialog())
  else if (command === 'paste-article') run(pasteArticle())
  else if (command === 'toggle-editor') showEditor(editorSection.hidden !== false)
  else if (command === 'import') run(importTimeline())
  else if (command === 'export') run(exportTimeline())
}

/** In a text field, the field's own undo; elsewhere the document's. */
function undoOrRedo(redo: boolean): void {
  const active = document.activeElement
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    document.execCommand(redo ? 'redo' : 'undo')
    return
  }
  const label = redo ? store.redoLabel : store.undoLabel
  if (redo ? store.redo() : store.undo()) status(`${redo ? 'Redid' : 'Undid'}: ${label ?? ''}`)
}

/** File → Export…: the dialog, then the file; errors in the notice, success in the status. */
async function exportTimeline(): Promise<void> {
  const timelineBox = (): DOMRect => timelineSection.getBoundingClientRect()
  const choices = await openExportDialog({
    projectTitle: project().title,
    theme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    imageSize: (scope) => ({
      width: scope === 'view' ? timelineBox().width : DEFAULT_WHOLE_WIDTH,
      height: MAX_IMAGE_HEIGHT
    })
  })
  if (!choices) return
  status('Exporting…')
  const written = await runExport(choices, {
    project: project(),
    shown: timeline.shownEvents(),
    window: timeline.visibleWindow(),
    laneBy: timeline.laneBy,
    viewWidth: timelineBox().width || DEFAULT_WHOLE_WIDTH
  })
  if (!written) return status('')
  const name = written.path.split(/[\\/]/).pop() ?? written.path
  status(`Exported “${name}” (${formatBytes(written.bytes)})`)
}

function formatBytes(n: number): string {
  return n < 1024 * 1024
    ? `${Math.max(1, Math.round(n / 1024))} kB`
    : `${(n / 1048576).toFixed(1)} MB`
}

/** File → Import: a TimelineJS JSON or CSV file's events join the document as the user's own. */
async function importTimeline(): Promise<void> {
  const result = await unwrap(api().importTimeline())
  if (!result) return
  const name = result.file.split(/[\\/]/).pop() ?? result.file
  if (result.events.length > 0) store.addArticles([], result.events)
  const skipped = result.skipped.length
  status(
    `Imported ${result.events.length} event${result.events.length === 1 ? '' : 's'} from “${name}”` +
      (skipped ? `; ${skipped} row${skipped === 1 ? '' : 's'} skipped` : '') +
      '.'
  )
  if (skipped) {
    const shown = result.skipped
      .slice(0, 5)
      .map((s) => `row ${s.row}: ${s.reason}`)
      .join('\n')
    showError(
      notice,
      new Error(
        `Some rows of “${name}” could not be imported:\n${shown}` +
          (skipped > 5 ? `\n… and ${skipped - 5} more.` : '')
      )
    )
  }
}

/** The sample project as a new document. */
async function openSample(): Promise<void> {
  const sample = await unwrap(api().loadSample())
  await controller.newDocument(sample)
}

byId('zoom-in').addEventListener('click', () => runCommand('zoom-in'))
byId('zoom-out').addEventListener('click', () => runCommand('zoom-out'))
byId('zoom-fit').addEventListener('click', () => runCommand('zoom-fit'))
byId('export-button').addEventListener('click', () => runCommand('export'))
window.addEventListener('keydown', (event) => {
  const target = event.target as Element | null
  const mod = event.ctrlKey || event.metaKey
  // Undo and redo: the menu shows these keys but leaves them to the page (see menu.ts).
  if (mod && !event.altKey && (event.key === 'z' || event.key === 'Z' || event.key === 'y')) {
    const inField = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
    if (inField) return
    event.preventDefault()
    undoOrRedo(event.key === 'y' || event.shiftKey)
    return
  }
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    target?.closest?.('dialog, #editor') ||
    mod ||
    event.altKey
  )
    return
  if (event.key === '+' || event.key === '=') runCommand('zoom-in')
  else if (event.key === '-') runCommand('zoom-out')
  else if (event.key === 'Home') runCommand('zoom-fit')
  else if (target?.closest?.('g.mark'))
    return // arrows move between events there
  else if (event.key === 'ArrowLeft') timeline.panBy(event.shiftKey ? -0.5 : -0.15)
  else if (event.key === 'ArrowRight') timeline.panBy(event.shiftKey ? 0.5 : 0.15)
  else if (event.key === 'ArrowUp') runCommand('zoom-in')
  else if (event.key === 'ArrowDown') runCommand('zoom-out')
})

function showProgress({ done, total, current, stage }: Progress): void {
  const box = byId('progress')
  box.hidden = done >= total
  const bar = byId<HTMLProgressElement>('progress-bar')
  const text = byId('progress-text')
  if (stage === 'merging') {
    // A merge has no steps to count: the bar runs without a value until it is done.
    bar.removeAttribute('value')
    text.textContent = `Merging ${current}…`
    return
  }
  bar.max = Math.max(1, total)
  bar.value = done
  text.textContent = `Reading ${current} (${Math.min(done + 1, total)} of ${total})`
}

/** Start: unsaved work a crash left behind if the user wants it back, else the sample story. */
async function start(): Promise<void> {
  try {
    api().on('menu:command', runCommand)
    api().on('menu:open-recent', (file) => void controller.open(file).catch(fail))
    api().on('progress', showProgress)
    if (await controller.recoverIfAny()) return
    store.load(await unwrap(api().loadSample()))
  } catch (error) {
    fail(error)
    byId('project-title').textContent = 'No project loaded'
  }
}

void start()
