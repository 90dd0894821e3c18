import { describe, expect, it, vi } from 'vitest'
import { allSaved, createSaveQueue, hasPendingSaves, holdCloseWhileSaving } from '../../../renderer/db/save-queue'

/** A save that finishes when the test says so. */
function gate() {
  let open!: () => void
  let fail!: (e: Error) => void
  const done = new Promise<void>((resolve, reject) => ((open = resolve), (fail = reject)))
  return { done, open, fail }
}

describe('save queues', () => {
  it('writes in order, reports a failure and goes on', async () => {
    const report = vi.fn()
    const queue = createSaveQueue(report)
    const order: string[] = []
    const first = gate()
    void queue.run(async () => {
      await first.done
      order.push('first')
    })
    void queue.run(() => Promise.reject(new Error('disk full')))
    const last = queue.run(async () => void order.push('last'))
    expect(queue.isBusy()).toBe(true)
    first.open()
    await last
    expect(order).toEqual(['first', 'last'])
    expect(report).toHaveBeenCalledWith(new Error('disk full'))
    expect(queue.isBusy()).toBe(false)
  })

  it('waits for every queue, including saves queued while it waits', async () => {
    const a = createSaveQueue(() => undefined)
    const b = createSaveQueue(() => undefined)
    const written: string[] = []
    const slow = gate()
    void a.run(async () => {
      await slow.done
      written.push('a')
      // A save queued by another store while the first is still being written.
      void b.run(async () => void written.push('b'))
    })
    let isDone = false
    const waiting = allSaved().then(() => (isDone = true))
    await Promise.resolve()
    expect(isDone).toBe(false)
    expect(hasPendingSaves()).toBe(true)
    slow.open()
    await waiting
    expect(written).toEqual(['a', 'b'])
    expect(hasPendingSaves()).toBe(false)
  })

  it('holds the page open while a save is written, then closes it', async () => {
    const listeners: ((e: BeforeUnloadEvent) => void)[] = []
    const target = { addEventListener: (_: string, l: (e: BeforeUnloadEvent) => void) => void listeners.push(l), removeEventListener: vi.fn(), close: vi.fn() }
    holdCloseWhileSaving(target as unknown as Window)
    const idle = { preventDefault: vi.fn(), returnValue: undefined } as unknown as BeforeUnloadEvent
    listeners[0]!(idle)
    expect(idle.preventDefault).not.toHaveBeenCalled()

    const queue = createSaveQueue(() => undefined)
    const save = gate()
    void queue.run(() => save.done)
    const busy = { preventDefault: vi.fn(), returnValue: undefined } as unknown as BeforeUnloadEvent
    listeners[0]!(busy)
    expect(busy.preventDefault).toHaveBeenCalled()
    expect(target.close).not.toHaveBeenCalled()
    save.open()
    await allSaved()
    await Promise.resolve()
    expect(target.close).toHaveBeenCalledOnce()
  })
})
