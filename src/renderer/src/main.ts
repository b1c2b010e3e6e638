/** Renderer boot: asks main for the sample project and wires the timeline, its controls and panels. */
import type { MenuCommand, Progress } from '../../shared/ipc'
import type { Project, TimelineEvent } from '../../shared/model'
import { api, unwrap } from './api'
import { LANE_KEYS, buildLanes, type LaneKey } from './timeline/lanes'
import { Timeline } from './timeline/timeline'
import { showDetails } from './ui/details'
import { makeFilter, renderCategories, type FilterState } from './ui/filters'
import { renderList } from './ui/list-view'
import { clearNotice, showError } from './ui/notice'

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`Missing #${id} in index.html`)
  return el as T
}

const notice = byId<HTMLDivElement>('notice')
const details = byId<HTMLElement>('details')
const listView = byId<HTMLElement>('list-view')
const listToggle = byId<HTMLButtonElement>('list-toggle')
const search = byId<HTMLInputElement>('search')
const period = byId<HTMLSelectElement>('period')
const lanes = byId<HTMLSelectElement>('lanes')
const laneFilter = byId<HTMLSelectElement>('lane-filter')
let project: Project | null = null
const filters: FilterState = { query: '', hiddenCategories: new Set(), lane: null, laneBy: 'none' }

const timeline = new Timeline(byId('timeline'), {
  onSelect: (event) => showDetails(details, event, project?.articles ?? []),
  onWindowChange: (start, end) => {
    if (project)
      project.view = { start: start.toISOString(), end: end.toISOString(), lanes: timeline.laneBy }
    scheduleList()
  }
})

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
  const events = project?.events ?? []
  const options = buildLanes(events, filters.laneBy, project?.articles ?? [], 50)
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

// ── Commands, keys, progress ───────────────────────────────────────────────────────────────
function runCommand(command: MenuCommand): void {
  if (command === 'zoom-in') timeline.zoomBy(2)
  else if (command === 'zoom-out') timeline.zoomBy(0.5)
  else if (command === 'zoom-fit') timeline.fit()
  else if (command === 'open-sample') void loadSample()
}

async function loadSample(): Promise<void> {
  try {
    project = await unwrap(api().loadSample())
    clearNotice(notice)
    byId('project-title').textContent = project.title
    const n = project.events.length
    byId('project-summary').textContent =
      `${n} dated event${n === 1 ? '' : 's'} from ${project.articles.length} article${project.articles.length === 1 ? '' : 's'}`
    document.body.dataset['loaded'] = 'true'
    const view = project.view
    timeline.setEvents(
      project.events,
      project.articles,
      view ? { start: new Date(view.start), end: new Date(view.end), lanes: view.lanes } : undefined
    )
    renderCategories(byId<HTMLFieldSetElement>('categories'), project.events, (hidden) => {
      filters.hiddenCategories = hidden
      applyFilters()
    })
    if (view) {
      lanes.value = view.lanes
      filters.laneBy = view.lanes
    }
    fillPeriods()
    fillLaneFilter()
    applyFilters()
    showDetails(details, null, project.articles)
  } catch (error) {
    showError(notice, error)
    byId('project-title').textContent = 'No project loaded'
  }
}

byId('zoom-in').addEventListener('click', () => runCommand('zoom-in'))
byId('zoom-out').addEventListener('click', () => runCommand('zoom-out'))
byId('zoom-fit').addEventListener('click', () => runCommand('zoom-fit'))
window.addEventListener('keydown', (event) => {
  const target = event.target as Element | null
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    event.ctrlKey ||
    event.metaKey ||
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

function showProgress({ done, total, current }: Progress): void {
  const box = byId('progress')
  box.hidden = done >= total
  const bar = byId<HTMLProgressElement>('progress-bar')
  bar.max = Math.max(1, total)
  bar.value = done
  byId('progress-text').textContent =
    `Reading ${current} (${Math.min(done + 1, total)} of ${total})`
}

try {
  api().on('menu:command', runCommand)
  api().on('progress', showProgress)
} catch (error) {
  showError(notice, error)
}
void loadSample()
