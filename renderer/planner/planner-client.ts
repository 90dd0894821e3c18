/**
 * Runs the planner off the UI thread. The worker is inlined (a blob URL), so it loads the same
 * way from a web server and from file:// in Electron; where no Worker exists, it runs in-thread.
 *
 * The worker starts on the first request, not with the app. A worker that fails (an error, a
 * message it cannot read) or does not answer in time is stopped: every request waiting on it is
 * rejected with the reason, and the next request starts a fresh worker.
 */
import type { MealSlot } from '../../shared/profile/profile'
import type { PlannerInput, PlanResult, SwapSuggestion } from '../../shared/planner/types'
import { handlePlannerRequest } from '../workers/planner-handler'
import type { PlannerRequest, PlannerResponse } from '../workers/planner-protocol'
import PlannerWorker from '../workers/planner.worker?worker&inline'

type Pending = { resolve: (response: PlannerResponse) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> }
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

export interface PlannerClient {
  plan(input: PlannerInput): Promise<PlanResult>
  swaps(input: PlannerInput, day: number, slot: MealSlot, count?: number): Promise<SwapSuggestion[]>
  dispose(): void
}

/** What a worker must offer the client (a real Worker, or a stand-in in tests). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>

export interface PlannerClientOptions {
  /** Makes the worker; null runs the planner in this thread. Default: the inlined worker where Worker exists. */
  createWorker?: (() => WorkerLike) | null
  /** How long a request may take before the worker counts as stuck (default 30 s; a week plans in well under a second). */
  timeoutMs?: number
}

/** Thrown for every request the planner could not answer: the worker failed or did not answer in time. */
export type PlannerStop = 'crashed' | 'unreadable' | 'timeout'

export class PlannerUnavailableError extends Error {
  constructor(readonly reason: PlannerStop, detail: string) {
    super(`The planner stopped (${reason}): ${detail}`)
    this.name = 'PlannerUnavailableError'
  }
}

/** What a failed planner request says to the person: why the worker stopped (words in the UI), or the error's message. */
export interface PlannerFailure {
  readonly stopped: PlannerStop | null
  readonly message: string
}

export const plannerFailureOf = (error: unknown): PlannerFailure => ({
  stopped: error instanceof PlannerUnavailableError ? error.reason : null,
  message: error instanceof Error ? error.message : String(error),
})

const defaultWorker = typeof Worker === 'undefined' ? null : () => new PlannerWorker()

export function createPlannerClient(options: PlannerClientOptions = {}): PlannerClient {
  const createWorker = options.createWorker === undefined ? defaultWorker : options.createWorker
  const timeoutMs = options.timeoutMs ?? 30_000
  const pending = new Map<number, Pending>()
  let nextId = 1
  let worker: WorkerLike | null = null

  /** Stops the worker and rejects everything waiting on it. */
  function fail(error: Error): void {
    worker?.terminate()
    worker = null
    for (const p of pending.values()) {
      clearTimeout(p.timer)
      p.reject(error)
    }
    pending.clear()
  }

  function started(make: () => WorkerLike): WorkerLike {
    if (worker) return worker
    const w = make()
    w.addEventListener('message', (event: MessageEvent<PlannerResponse>) => {
      const p = pending.get(event.data.id)
      if (!p) return
      clearTimeout(p.timer)
      pending.delete(event.data.id)
      p.resolve(event.data)
    })
    w.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault?.()
      if (worker === w) fail(new PlannerUnavailableError('crashed', event.message || 'the worker failed'))
    })
    w.addEventListener('messageerror', () => {
      if (worker === w) fail(new PlannerUnavailableError('unreadable', 'the worker sent a message that could not be read'))
    })
    worker = w
    return w
  }

  function send(request: WithoutId<PlannerRequest>): Promise<PlannerResponse> {
    const full = { ...request, id: nextId++ } as PlannerRequest
    if (!createWorker) return Promise.resolve(handlePlannerRequest(full))
    const w = started(createWorker)
    // Inputs cross as structured clones: plain data only (no Vue proxies).
    const message = JSON.parse(JSON.stringify(full)) as PlannerRequest
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (pending.has(full.id)) fail(new PlannerUnavailableError('timeout', `no answer in ${Math.round(timeoutMs / 1000)} s`))
      }, timeoutMs)
      pending.set(full.id, { resolve, reject, timer })
      try {
        w.postMessage(message)
      } catch (error) {
        fail(new PlannerUnavailableError('crashed', error instanceof Error ? error.message : String(error)))
      }
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
    dispose: () => fail(new Error('The planner was closed')),
  }
}
