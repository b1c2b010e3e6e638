/**
 * Where the worker code lives and how to start it. Built app: out/main/worker.js, a plain ES
 * module — the Electron main process passes its path as `workerFile`. Development and tests:
 * worker.ts, which plain Node cannot load, so it goes through tsx.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/** The built worker.js next to the bundle if there is one, else the worker.ts source. */
export function defaultWorkerFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  // Bundled, this module sits in out/main/ or, if rollup split it into a chunk, out/main/chunks/.
  for (const candidate of [path.join(here, 'worker.js'), path.join(here, '..', 'worker.js')]) {
    if (existsSync(candidate)) return candidate
  }
  return path.join(here, 'worker.ts')
}

const TYPESCRIPT = /\.[cm]?ts$/

/**
 * Starts one worker on `file`. A TypeScript file is imported by a small bootstrap that registers
 * tsx's ESM hooks first: on Node 20, `execArgv: ['--import', 'tsx']` does not apply the hooks to
 * a worker's entry module (ERR_UNKNOWN_FILE_EXTENSION), whereas a dynamic import after
 * register() does. If that import fails, the rejection is the worker's uncaught error.
 */
export function startWorker(file: string, limits: ResourceLimits | undefined): Worker {
  if (!TYPESCRIPT.test(file)) return new Worker(file, { resourceLimits: limits })
  const code =
    `import(${JSON.stringify(tsxEsmApi())})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}) })`
  return new Worker(code, { eval: true, resourceLimits: limits })
}

/**
 * The URL of tsx's ESM API (`tsx/esm/api`, import condition). require.resolve only finds the
 * CommonJS twin, whose register() fails inside an eval'd worker, so take the .mjs next to it.
 */
function tsxEsmApi(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api')
  const esm = cjs.replace(/\.cjs$/, '.mjs')
  if (!existsSync(esm)) throw new Error(`tsx's ESM API is not at ${esm}; is tsx installed?`)
  return pathToFileURL(esm).href
}
