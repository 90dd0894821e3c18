/**
 * Saves in order, one queue per store, and one place that knows whether anything is still being
 * written: restore waits for every queue before it replaces the data, a backup waits so it holds
 * the last edit, and closing the page waits (or asks) while a save is in flight.
 */

export interface SaveQueue {
  /** Runs `task` after every task queued before it; a failure is reported and does not stop the queue. */
  run(task: () => Promise<unknown>): Promise<void>
  /** Resolves once every task queued so far has finished. */
  settled(): Promise<void>
  /** Whether a task is queued or running. */
  isBusy(): boolean
}

const queues = new Set<SaveQueue>()

export function createSaveQueue(report: (error: unknown) => void): SaveQueue {
  let tail: Promise<void> = Promise.resolve()
  let running = 0
  const queue: SaveQueue = {
    run(task) {
      running++
      tail = tail
        .then(task)
        .then(
          () => undefined,
          (error: unknown) => report(error),
        )
        .finally(() => void running--)
      return tail
    },
    settled: () => tail,
    isBusy: () => running > 0,
  }
  queues.add(queue)
  return queue
}

/** Whether any queue still has a save to write. */
export const hasPendingSaves = (): boolean => [...queues].some((q) => q.isBusy())

/** Resolves once every queue is empty, including saves queued while waiting. */
export async function allSaved(): Promise<void> {
  while (hasPendingSaves()) await Promise.all([...queues].map((q) => q.settled()))
}

/**
 * Keeps the page open while a save is being written: the close is held, and once every save has
 * landed the window closes itself (Electron closes the window; a browser asks the person first).
 */
export function holdCloseWhileSaving(target: Pick<Window, 'addEventListener' | 'close'> = window): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasPendingSaves()) return
    event.preventDefault()
    event.returnValue = ''
    void allSaved().then(() => target.close())
  }
  target.addEventListener('beforeunload', onBeforeUnload)
  return () => (target as Window).removeEventListener('beforeunload', onBeforeUnload)
}
