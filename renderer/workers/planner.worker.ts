/// <reference lib="webworker" />
import { handlePlannerRequest } from './planner-handler'
import type { PlannerRequest } from './planner-protocol'

self.addEventListener('message', (event: MessageEvent<PlannerRequest>) => {
  self.postMessage(handlePlannerRequest(event.data))
})
