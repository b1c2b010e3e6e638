/** Where the built app finds its files, in development and when packaged. */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export interface AppPaths {
  preload: string
  rendererDir: string
  rendererIndex: string
  sampleDir: string
  icon: string
  /** The batch worker, built beside the main bundle. */
  worker: string
}

/**
 * `outDir` is the folder of the built main bundle (out/main). Packaged builds carry resources/ as
 * extraResources under process.resourcesPath; unpackaged ones use the project's resources/.
 */
export function appPaths(outDir: string, packaged: boolean, resourcesPath: string): AppPaths {
  const resources = packaged
    ? path.join(resourcesPath, 'resources')
    : path.join(outDir, '../../resources')
  const rendererDir = path.join(outDir, '../renderer')
  return {
    preload: path.join(outDir, '../preload/index.cjs'),
    rendererDir,
    rendererIndex: path.join(rendererDir, 'index.html'),
    sampleDir: path.join(resources, 'sample'),
    icon: path.join(resources, 'icon.png'),
    worker: path.join(outDir, 'worker.js')
  }
}

export function isInside(dir: string, url: string): boolean {
  return url.startsWith(pathToFileURL(dir + path.sep).href)
}
