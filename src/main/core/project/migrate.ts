/**
 * Migrations from every older project version to the current one. `migrations[v]` turns a
 * version-v document into a version-(v+1) one, so a later format change adds one step here and
 * every older file keeps opening. Steps work on plain JSON and never validate: the result of the
 * whole chain is checked once, against the current schema (schema.ts).
 */
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION } from '../../../shared/model'

/** A parsed project file of some version: a JSON object, otherwise unknown. */
export type ProjectData = Record<string, unknown>

type Migration = (data: ProjectData) => ProjectData

export const migrations: Readonly<Record<number, Migration>> = {
  /**
   * v1 → v2: v2 names its format (so another app's JSON with a `schemaVersion` is told apart)
   * and lets events carry `origin`. v1 events never had one, so they stay as they are: found by
   * the extraction and untouched by anyone.
   */
  1: ({ format: _format, schemaVersion: _version, ...rest }) => ({
    format: PROJECT_FORMAT,
    schemaVersion: 2,
    ...rest
  })
}

/** The oldest version that can still be opened. */
export const OLDEST_PROJECT_VERSION = 1

/**
 * Brings `data` (whose `schemaVersion` is `from`) up to PROJECT_SCHEMA_VERSION. The caller has
 * checked that `from` is a version between OLDEST_PROJECT_VERSION and the current one.
 */
export function migrateProject(data: ProjectData, from: number): ProjectData {
  let current = data
  for (let version = from; version < PROJECT_SCHEMA_VERSION; version++) {
    const step = migrations[version]
    if (!step) throw new Error(`No migration from project version ${version}`)
    current = step(current)
    if (current.schemaVersion !== version + 1) {
      throw new Error(`The migration from project version ${version} did not reach ${version + 1}`)
    }
  }
  return current
}
