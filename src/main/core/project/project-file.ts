/**
 * Reading and writing .dateline files. Opening goes: size check, bytes, UTF-8 check, JSON,
 * "is this ours and which version", migration, full validation — and every way that can fail
 * ends in a ProjectFileError whose message names the file and says what is wrong with it.
 * Saving validates first (never write a file we would refuse to open) and replaces the file
 * atomically.
 */
import { constants as bufferConstants, isUtf8 } from 'node:buffer'
import { open, stat, type FileHandle } from 'node:fs/promises'
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION, type Project } from '../../../shared/model'
import { writeFileAtomic } from './atomic-write'
import { ProjectFileError, quoteName } from './errors'
import {
  formatSize,
  notAProject,
  openError,
  startsLikeJsonObject,
  tooLarge,
  unreadable
} from './file-problems'
import { describeJsonError } from './json-error'
import { migrateProject, OLDEST_PROJECT_VERSION, type ProjectData } from './migrate'
import { describeProjectIssues, isValidatedProject, projectSchema } from './schema'
import { serializeProject } from './serialize'

/**
 * The largest file we open: 1 GiB, or less where a JavaScript string cannot hold that much
 * (about 512 MiB in Node 20), since the text must become one string for JSON.parse.
 */
export const MAX_PROJECT_BYTES = Math.min(1024 ** 3, bufferConstants.MAX_STRING_LENGTH)

export async function readProjectFile(file: string): Promise<Project> {
  // Look before opening: opening a named pipe blocks until something writes to it.
  const info = await stat(file).catch((error: unknown) => {
    throw openError(file, error)
  })
  if (info.isDirectory()) throw notAProject(file, 'it is a folder')
  if (!info.isFile()) throw notAProject(file, 'it is not a regular file')
  if (info.size > MAX_PROJECT_BYTES) throw tooLarge(file, info.size, MAX_PROJECT_BYTES)
  let handle: FileHandle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw openError(file, error)
  }
  let bytes: Buffer
  try {
    // Checked again on the open file: the path may have been replaced since the stat.
    const size = (await handle.stat()).size
    if (size > MAX_PROJECT_BYTES) throw tooLarge(file, size, MAX_PROJECT_BYTES)
    bytes = await handle.readFile()
  } catch (error) {
    throw error instanceof ProjectFileError ? error : unreadable(file, error)
  } finally {
    await handle.close().catch(() => undefined)
  }
  if (bytes.length > MAX_PROJECT_BYTES) throw tooLarge(file, bytes.length, MAX_PROJECT_BYTES)
  if (!isUtf8(bytes)) {
    // A damaged project still starts like one; anything else is some other kind of file.
    if (!startsLikeJsonObject(bytes)) throw notAProject(file, 'it is not a text file')
    throw new ProjectFileError(
      'CORRUPT',
      `${quoteName(file)} is damaged: it contains bytes that are not text.`
    )
  }
  return parseProject(bytes.toString('utf8'), file)
}

/** Parses project file text; `nameForMessages` is the file's name or path, used in messages. */
export function parseProject(text: string, nameForMessages: string): Project {
  const name = quoteName(nameForMessages)
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text // a BOM some editors add
  const first = body.trimStart().charAt(0)
  if (first === '') throw new ProjectFileError('CORRUPT', `${name} is damaged: it is empty.`)
  // What a crash can leave of a file written in place: the right length, all zero bytes.
  if (first === '\0' && /^\0+$/.test(body)) {
    throw new ProjectFileError('CORRUPT', `${name} is damaged: it holds only zero bytes.`)
  }
  if (first !== '{') throw notAProject(nameForMessages)
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch (error) {
    throw new ProjectFileError(
      'CORRUPT',
      `${name} is damaged: ${describeJsonError(error, body)}.`,
      {
        cause: error
      }
    )
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw notAProject(nameForMessages)
  }
  const project = data as ProjectData
  const version = project.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw notAProject(nameForMessages, 'it has no Dateline file version')
  }
  // From v2 on a project names its format; v1 did not, so a v1 file may lack it.
  const format = project.format
  if (format !== PROJECT_FORMAT && (format !== undefined || version > OLDEST_PROJECT_VERSION)) {
    throw notAProject(nameForMessages)
  }
  if (version > PROJECT_SCHEMA_VERSION) {
    throw new ProjectFileError(
      'TOO_NEW',
      `${name} was made by a newer Dateline (file version ${version}; this one reads up to ` +
        `${PROJECT_SCHEMA_VERSION}). Update Dateline to open it.`
    )
  }
  const result = projectSchema.safeParse(migrateProject(project, version))
  if (!result.success) {
    throw new ProjectFileError(
      'INVALID',
      `${name} is not a valid Dateline project: ${describeProjectIssues(result.error)}.`,
      { cause: result.error }
    )
  }
  return result.data
}

/**
 * Saves `project` to `file`, replacing it atomically. A project that would not open again is
 * refused (ProjectFileError 'INVALID') and the file is left alone; so are write failures
 * (AtomicWriteError, whose message says the previous file is untouched). A project that is
 * exactly what projectSchema returned (main's IPC checks every project it receives) is not
 * checked twice; do not change such an object and then save it.
 */
export async function writeProjectFile(file: string, project: Project): Promise<void> {
  const name = quoteName(file)
  const result = isValidatedProject(project) ? null : projectSchema.safeParse(project)
  if (result && !result.success) {
    throw new ProjectFileError(
      'INVALID',
      `Could not save ${name}: the project is not valid (${describeProjectIssues(result.error)}). ` +
        `The file on disk is untouched.`,
      { cause: result.error }
    )
  }
  const bytes = Buffer.from(serializeProject(project), 'utf8')
  if (bytes.length > MAX_PROJECT_BYTES) {
    throw new ProjectFileError(
      'INVALID',
      `Could not save ${name}: at ${formatSize(bytes.length)} it would be too large to open ` +
        `again (the limit is ${formatSize(MAX_PROJECT_BYTES)}). The file on disk is untouched.`
    )
  }
  await writeFileAtomic(file, bytes)
}
