/**
 * The week planner as the plan store uses it: planning and swap suggestions in the planner worker,
 * the planner's reading of a week edited by hand here (a few milliseconds). The planner's input
 * is made from the week in shared/week/planner.ts.
 */
import { onScopeDispose } from 'vue'
import type { PlanScope, SwapSuggestion } from '../../../shared/planner/types'
import type { Profile } from '../../../shared/profile/profile'
import type { RecipeFacts } from '../../../shared/recipes/analyze'
import type { SlotRef } from '../../../shared/week/edits'
import { WeekPlanner, type PlanLibrary } from '../../../shared/week/planner'
import type { Week } from '../../../shared/week/schema'
import { createPlannerClient, type PlannerClient } from '../../planner/planner-client'

export type { PlanLibrary }

/** A fresh seed for every generation: another seed, another good plan. */
export const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!

export function usePlanPlanner(client: PlannerClient = createPlannerClient()) {
  onScopeDispose(() => client.dispose())
  const planner = new WeekPlanner()

  /** Plans the scope (week, day or slot) with a new seed, keeping locked slots and everything outside the scope. */
  async function generate(plan: Week, profile: Profile, library: PlanLibrary, scope: PlanScope, seed = randomSeed(), previousWeek?: readonly string[]): Promise<Week> {
    const result = await client.plan(planner.input(plan, profile, library, seed, scope, previousWeek))
    return planner.apply(plan, library, result, profile)
  }

  /** The planner's reasons and scores for the plan exactly as it stands. */
  function evaluate(plan: Week, profile: Profile, library: PlanLibrary, previousWeek?: readonly string[]): Week {
    return planner.evaluate(plan, profile, library, previousWeek)
  }

  /** The planner's best alternatives for one slot, against the rest of the week as it stands. */
  function swaps(plan: Week, profile: Profile, library: PlanLibrary, at: SlotRef, count = 5, previousWeek?: readonly string[]): Promise<SwapSuggestion[]> {
    return client.swaps(planner.input(plan, profile, library, plan.seed ?? 0, { kind: 'week' }, previousWeek), at.day, at.slot, count)
  }

  /** Turns the whole library into planner facts ahead of the first generation; returns the recipes' facts. */
  function warm(profile: Profile, library: PlanLibrary): RecipeFacts[] {
    return planner.warm(profile, library)
  }

  return { generate, evaluate, swaps, warm }
}
