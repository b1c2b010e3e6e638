/**
 * The project as JSON: exactly the project file (.dateline) format, so the export opens again
 * in Dateline (File › Open) and other programs read the whole document, sources and offsets
 * included.
 */
import type { Project } from '../../../shared/model'
import { serializeProject } from '../project/serialize'

export function exportJson(project: Project): string {
  return serializeProject(project)
}
