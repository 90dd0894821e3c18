/**
 * Runs the planner off the UI thread. The worker is inlined (a blob URL), so it loads the same
 * way from a web server and from file:// in Electron; where no Worker exists, it runs in-thread.
 */
import type { MealSlot } from '../../shared/profile/profile'
import type { PlannerInput, PlanResult, SwapSuggestion } from '../../shared/planner/types'
import { handlePlannerRequest } from '../workers/planner-handler'
import type { PlannerRequest, PlannerResponse } from '../workers/planner-protocol'
import PlannerWorker from '../workers/planner.worker?worker&inline'

type Pending = { resolve: (response: PlannerResponse) => void }
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

export interface PlannerClient {
  plan(input: PlannerInput): Promise<PlanResult>
  swaps(input: PlannerInput, day: number, slot: MealSlot, count?: number): Promise<SwapSuggestion[]>
  dispose(): void
}

export function createPlannerClient(useWorker: boolean = typeof Worker !== 'undefined'): PlannerClient {
  const pending = new Map<number, Pending>()
  let nextId = 1
  let worker: Worker | null = null
  if (useWorker) {
    worker = new PlannerWorker()
    worker.addEventListener('message', (event: MessageEvent<PlannerResponse>) => {
      pending.get(event.data.id)?.resolve(event.data)
      pending.delete(event.data.id)
    })
  }

  function send(request: WithoutId<PlannerRequest>): Promise<PlannerResponse> {
    const full = { ...request, id: nextId++ } as PlannerRequest
    if (!worker) return Promise.resolve(handlePlannerRequest(full))
    // Inputs cross as structured clones: plain data only (no Vue proxies).
    const message = JSON.parse(JSON.stringify(full)) as PlannerRequest
    return new Promise((resolve) => {
      pending.set(full.id, { resolve })
      worker!.postMessage(message)
    })
  }

  function unwrap<T>(response: PlannerResponse, kind: 'plan' | 'swaps'): T {
    if (!response.ok) throw new Error(`The planner failed: ${response.message}`)
    if (response.kind !== kind) throw new Error(`The planner answered ${response.kind} to ${kind}`)
    return response.result as T
  }

  return {
    plan: async (input) => unwrap<PlanResult>(await send({ kind: 'plan', input }), 'plan'),
    swaps: async (input, day, slot, count = 5) => unwrap<SwapSuggestion[]>(await send({ kind: 'swaps', input, day, slot, count }), 'swaps'),
    dispose: () => {
      worker?.terminate()
      worker = null
    },
  }
}
