/** The hover tooltip: the event's title, its date as written and as normalised, and its actors. */
import type { TimelineEvent } from '../../../shared/model'
import { displayDate } from './marks'

export class Tooltip {
  private readonly box: HTMLDivElement

  constructor(container: HTMLElement) {
    this.box = document.createElement('div')
    this.box.className = 'tooltip'
    this.box.setAttribute('role', 'tooltip')
    this.box.hidden = true
    container.append(this.box)
  }

  showEvent(e: TimelineEvent, x: number, y: number): void {
    const written = e.sources[0]?.dateText
    this.show(
      [
        e.title,
        `${displayDate(e)} (${e.when.value})${written ? ` — “${written}”` : ''}`,
        e.actors.length ? e.actors.join(', ') : ''
      ],
      x,
      y
    )
  }

  show(lines: string[], x: number, y: number): void {
    const [first, ...rest] = lines.filter(Boolean)
    const title = document.createElement('strong')
    title.textContent = first ?? ''
    this.box.replaceChildren(title)
    for (const line of rest) {
      const p = document.createElement('div')
      p.textContent = line
      this.box.append(p)
    }
    this.box.hidden = false
    const parent = this.box.parentElement!.getBoundingClientRect()
    const width = this.box.offsetWidth
    const left = Math.min(Math.max(4, x + 12), parent.width - width - 4)
    const top = Math.max(4, y - this.box.offsetHeight - 12)
    this.box.style.left = `${left}px`
    this.box.style.top = `${top}px`
  }

  hide(): void {
    this.box.hidden = true
  }
}
