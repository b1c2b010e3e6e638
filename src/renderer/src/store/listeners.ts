/**
 * The store's subscribers. One listener that throws must not keep the others from hearing about
 * a change (a broken panel should not also freeze the timeline), so each call is guarded.
 */
export class Listeners<T> {
  private readonly entries = new Set<{ listener: (value: T) => void }>()

  /** Returns the function that unsubscribes; the same listener added twice is called twice. */
  add(listener: (value: T) => void): () => void {
    const entry = { listener }
    this.entries.add(entry)
    return () => {
      this.entries.delete(entry)
    }
  }

  emit(value: T): void {
    // A copy, so a listener that subscribes during the call does not hear this value; one
    // unsubscribed by an earlier listener is skipped.
    for (const entry of [...this.entries]) {
      if (!this.entries.has(entry)) continue
      try {
        entry.listener(value)
      } catch (error) {
        console.error('A document store listener failed:', error)
      }
    }
  }
}
