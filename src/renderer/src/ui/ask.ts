/**
 * A modal question with buttons, on a <dialog> element: resolves with the chosen button's value,
 * or with `cancel` on Esc. Text only, never HTML.
 */
export interface Choice<T> {
  label: string
  value: T
  /** The button Enter presses. */
  primary?: boolean
}

export function ask<T>(title: string, detail: string, choices: Choice<T>[], cancel: T): Promise<T> {
  const dialog = document.createElement('dialog')
  dialog.className = 'ask'
  const heading = document.createElement('h2')
  heading.textContent = title
  const text = document.createElement('p')
  text.textContent = detail
  const buttons = document.createElement('div')
  buttons.className = 'buttons'
  dialog.append(heading, text, buttons)
  return new Promise<T>((resolve) => {
    let answer = cancel
    for (const choice of choices) {
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = choice.label
      if (choice.primary) button.classList.add('primary')
      button.addEventListener('click', () => {
        answer = choice.value
        dialog.close()
      })
      buttons.append(button)
      if (choice.primary) queueMicrotask(() => button.focus())
    }
    dialog.addEventListener('close', () => {
      dialog.remove()
      resolve(answer)
    })
    document.body.append(dialog)
    dialog.showModal()
  })
}
