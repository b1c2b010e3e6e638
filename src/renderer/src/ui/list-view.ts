/**
 * The list view: the events of the visible period as an ordered list of buttons, in time order,
 * for screen readers and for anyone who prefers reading to looking. Long lists are cut at a limit
 * with a note saying how many more there are and how to narrow them.
 */
import type { TimelineEvent } from '../../../shared/model'
import { displayDate } from '../timeline/marks'

export const LIST_LIMIT = 500

export function renderList(
  box: HTMLElement,
  events: readonly TimelineEvent[],
  onPick: (event: TimelineEvent) => void
): void {
  const heading = document.createElement('p')
  heading.className = 'muted'
  heading.textContent =
    events.length > LIST_LIMIT
      ? `The first ${LIST_LIMIT.toLocaleString()} of ${events.length.toLocaleString()} events in this period. Zoom in or search to narrow the list.`
      : `${events.length.toLocaleString()} event${events.length === 1 ? '' : 's'} in this period.`
  const list = document.createElement('ol')
  for (const e of events.slice(0, LIST_LIMIT)) {
    const item = document.createElement('li')
    const time = document.createElement('time')
    time.dateTime = e.when.start
    time.textContent = displayDate(e)
    const button = document.createElement('button')
    button.type = 'button'
    button.dataset['id'] = e.id
    button.textContent = e.title
    button.addEventListener('click', () => onPick(e))
    item.append(time, button)
    list.append(item)
  }
  box.replaceChildren(heading, list)
}
