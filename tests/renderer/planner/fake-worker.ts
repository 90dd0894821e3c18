/** A stand-in planner worker for tests: answers with the real planner, or fails the way it is told to. */
import { handlePlannerRequest } from '../../../renderer/workers/planner-handler'
import type { PlannerRequest } from '../../../renderer/workers/planner-protocol'
import type { WorkerLike } from '../../../renderer/planner/planner-client'

export type Behaviour = 'answer' | 'crash' | 'garble' | 'silent'

/** `behaviour` holds for every message, or is asked anew for each one. */
export function fakeWorker(behaviour: Behaviour | (() => Behaviour)) {
  const listeners = new Map<string, ((event: never) => void)[]>()
  const emit = (type: string, event: unknown) => setTimeout(() => listeners.get(type)?.forEach((l) => l(event as never)))
  const worker: WorkerLike & { terminated: boolean } = {
    terminated: false,
    addEventListener: ((type: string, listener: (event: never) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener])) as WorkerLike['addEventListener'],
    postMessage: (message: PlannerRequest) => {
      const now = typeof behaviour === 'function' ? behaviour() : behaviour
      if (now === 'answer') emit('message', { data: handlePlannerRequest(message) })
      else if (now === 'crash') emit('error', { message: 'out of memory', preventDefault: () => undefined })
      else if (now === 'garble') emit('messageerror', {})
    },
    terminate: () => void (worker.terminated = true),
  }
  return worker
}
