/** The renderer's document store: the one place the open project changes, with undo and redo. */
export { createDocumentStore, emptyProject } from './document-store'
export { HISTORY_LIMIT } from './history'
export type { Change, DocumentStore, EventOrigin, EventPatch, NewEvent } from './types'
