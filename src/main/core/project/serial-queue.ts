/**
 * Runs async tasks one after another in the order they were queued: for files that several
 * callers update (autosave, the recent list), where two overlapping read-modify-writes would
 * lose one of the changes or leave the older one last.
 */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task)
    // One task's failure is its caller's to handle; the next task still runs.
    tail = run.catch(() => undefined)
    return run
  }
}
