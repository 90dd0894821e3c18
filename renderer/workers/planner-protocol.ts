/** Messages between the renderer and the planner worker. */
import type { MealSlot } from '../../shared/profile/profile'
import type { PlannerInput, PlanResult, SwapSuggestion } from '../../shared/planner/types'

export type PlannerRequest =
  | { id: number; kind: 'plan'; input: PlannerInput }
  | { id: number; kind: 'swaps'; input: PlannerInput; day: number; slot: MealSlot; count: number }

export type PlannerResponse =
  | { id: number; ok: true; kind: 'plan'; result: PlanResult }
  | { id: number; ok: true; kind: 'swaps'; result: SwapSuggestion[] }
  | { id: number; ok: false; message: string }
