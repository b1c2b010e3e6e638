/**
 * File → Paste Article…: a dialog taking pasted text, HTML or a web address, and the publication
 * date if the user knows it (otherwise the article's own, if it has one, else undated).
 */
export interface PastedArticle {
  input: string
  published: string | null
}

export function askForArticle(): Promise<PastedArticle | null> {
  const dialog = document.createElement('dialog')
  dialog.className = 'ask paste'
  dialog.setAttribute('aria-label', 'Paste an article')
  const form = document.createElement('form')
  form.method = 'dialog'
  const heading = document.createElement('h2')
  heading.textContent = 'Paste an article'
  const hint = document.createElement('p')
  hint.className = 'muted'
  hint.textContent = 'Text, HTML or a web address (https://…).'
  const area = document.createElement('textarea')
  area.id = 'paste-input'
  area.rows = 10
  area.required = true
  area.setAttribute('aria-label', 'Article text, HTML or web address')
  const dateLabel = document.createElement('label')
  dateLabel.textContent = 'Published (if known) '
  const date = document.createElement('input')
  date.type = 'date'
  date.id = 'paste-published'
  date.min = '1800-01-01'
  date.max = '2100-12-31'
  dateLabel.append(date)
  const buttons = document.createElement('div')
  buttons.className = 'buttons'
  const ok = document.createElement('button')
  ok.type = 'submit'
  ok.value = 'ok'
  ok.className = 'primary'
  ok.textContent = 'Read article'
  const cancel = document.createElement('button')
  cancel.type = 'button'
  cancel.textContent = 'Cancel'
  cancel.addEventListener('click', () => dialog.close())
  buttons.append(ok, cancel)
  form.append(heading, hint, area, dateLabel, buttons)
  dialog.append(form)
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove()
      const input = area.value
      resolve(
        dialog.returnValue === 'ok' && input.trim()
          ? { input, published: date.value || null }
          : null
      )
    })
    document.body.append(dialog)
    dialog.showModal()
    area.focus()
  })
}
