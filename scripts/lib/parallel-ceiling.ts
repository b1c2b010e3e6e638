/**
 * How much faster this machine runs a CPU-bound job on N worker threads than on one, measured on
 * chrono-node's bare parse: a library with no shared state and no messages to speak of, so its
 * scaling is what the cores, caches and memory give, not what our pool does. It puts the pool's
 * ratio in context (a 2-core virtual machine whose second core is shared gives well under 2×).
 *
 * Each worker reads its share of the files, splits them into paragraphs and parses a few hundred
 * untimed to warm the JIT, then says it is ready; the clock runs from the moment every worker is
 * told to go until the last one is done. Start-up is left out on purpose: this is the ceiling for
 * the work itself.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

export interface CeilingRun {
  workers: number
  seconds: number
  mentions: number
}

/** The worker's code, run with eval: module-free so it needs no loader. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { readFileSync } = require('node:fs')
const chrono = require(workerData.chrono)
const ref = new Date(workerData.ref)
const paragraphs = []
for (const file of workerData.files) paragraphs.push(...readFileSync(file, 'utf8').split('\\n\\n'))
for (const p of paragraphs.slice(0, 300)) chrono.parse(p, ref)
parentPort.once('message', () => {
  let found = 0
  for (const p of paragraphs) found += chrono.parse(p, ref).length
  parentPort.postMessage(found)
})
parentPort.postMessage('ready')
`

/** Times chrono over `files` split evenly across `workers` threads. */
export async function timeChronoOnWorkers(
  root: string,
  files: string[],
  workers: number,
  ref: Date
): Promise<CeilingRun> {
  const chrono = createRequire(path.join(root, 'package.json')).resolve('chrono-node')
  const shares = Array.from({ length: workers }, (_, w) =>
    files.filter((_, i) => i % workers === w)
  )
  const threads = shares.map(
    (share) =>
      new Worker(WORKER, {
        eval: true,
        workerData: { chrono, ref: ref.toISOString(), files: share }
      })
  )
  try {
    await Promise.all(threads.map((t) => nextMessage(t)))
    const begin = process.hrtime.bigint()
    const counts = Promise.all(threads.map((t) => nextMessage(t)))
    for (const t of threads) t.postMessage('go')
    const mentions = (await counts).reduce((sum: number, n) => sum + Number(n), 0)
    return { workers, seconds: Number(process.hrtime.bigint() - begin) / 1e9, mentions }
  } finally {
    await Promise.all(threads.map((t) => t.terminate()))
  }
}

function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
}
