/** What the planner worker does with one request; also run in-thread where workers are missing. */
import { planWeek, suggestSwaps } from '../../shared/planner/engine'
import type { PlannerRequest, PlannerResponse } from './planner-protocol'

export function handlePlannerRequest(request: PlannerRequest): PlannerResponse {
  try {
    if (request.kind === 'plan') return { id: request.id, ok: true, kind: 'plan', result: planWeek(request.input) }
    return { id: request.id, ok: true, kind: 'swaps', result: suggestSwaps(request.input, request.day, request.slot, request.count) }
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
