/**
 * The project-file core: the .dateline format (schema, migrations), opening and saving files,
 * autosave for crash recovery, and the recent-documents list. Plain Node, no Electron.
 */
export { AtomicWriteError, writeFileAtomic } from './atomic-write'
export { createAutosave, type Autosave, type AutosaveInfo } from './autosave'
export { ProjectFileError, type ProjectFileErrorCode } from './errors'
export { migrateProject, migrations, OLDEST_PROJECT_VERSION, type ProjectData } from './migrate'
export { MAX_PROJECT_BYTES, parseProject, readProjectFile, writeProjectFile } from './project-file'
export { createRecentList, type RecentEntry, type RecentList } from './recent'
export {
  articleSchema,
  describeProjectIssues,
  eventSchema,
  PROJECT_LIMITS,
  projectSchema
} from './schema'
export { serializeProject } from './serialize'
