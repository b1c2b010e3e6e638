/** Renderer boot: asks main for the sample project and draws its events. */
import type { MenuCommand, Progress } from '../../shared/ipc'
import type { Project } from '../../shared/model'
import { api, unwrap } from './api'
import { Timeline } from './timeline/timeline'
import { showDetails } from './ui/details'
import { clearNotice, showError } from './ui/notice'

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`Missing #${id} in index.html`)
  return el as T
}

const notice = byId<HTMLDivElement>('notice')
const details = byId<HTMLElement>('details')
let project: Project | null = null

const timeline = new Timeline(byId('timeline'), {
  onSelect: (event) => showDetails(details, event, project?.articles ?? [])
})

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
    timeline.setEvents(project.events)
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
  if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey)
    return
  if (event.key === '+' || event.key === '=') runCommand('zoom-in')
  else if (event.key === '-') runCommand('zoom-out')
  else if (event.key === 'Home') runCommand('zoom-fit')
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
