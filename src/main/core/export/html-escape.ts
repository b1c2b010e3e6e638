/**
 * Text made safe to put into HTML. TimelineJS renders an event's headline and text as HTML, so
 * everything we write there (titles, quotes, article names: text from the web) is escaped; the
 * only markup in an export is the little we write ourselves.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

const SPECIAL = /[&<>"']/

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text
}
