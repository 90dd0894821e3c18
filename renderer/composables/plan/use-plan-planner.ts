/**
 * The week planner as the plan store uses it: recipes turned into the planner's facts for one
 * profile (cached), planning and swap suggestions in the planner worker, and the planner's reading
 * of a plan edited by hand (a few milliseconds, so it runs here).
 */
import { onScopeDispose } from 'vue'
import { planDays, unmetTargets, weekScores } from '../../../shared/planner/explain'
import { assignmentOf } from '../../../shared/planner/evaluate'
import { buildInstance } from '../../../shared/planner/instance'
import { ScoreState } from '../../../shared/planner/score'
import type { PlannerInput, PlannerRecipe, PlanResult, PlanScope, SwapSuggestion } from '../../../shared/planner/types'
import type { Profile } from '../../../shared/profile/profile'
import type { RecipeFacts } from '../../../shared/recipes/analyze'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'
import type { Recipe } from '../../../shared/recipes/types'
import type { WeekPlan } from '../../db/plans'
import { createPlannerClient, type PlannerClient } from '../../planner/planner-client'
import { applyResult, currentDays, lockedSlots, snapshots, withEvaluation, type SlotRef } from './use-plan-week'

/** Where the planner's recipes come from: the library (built-in and own) and their derived facts. */
export interface PlanLibrary {
  readonly recipes: readonly Recipe[]
  readonly factsOf: (recipe: Recipe) => RecipeFacts | null
}

/** A fresh seed for every generation: another seed, another good plan. */
export const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!

export function usePlanPlanner(client: PlannerClient = createPlannerClient()) {
  onScopeDispose(() => client.dispose())
  const cache = new WeakMap<RecipeFacts, { profile: Profile; recipe: PlannerRecipe }>()

  function plannerRecipe(facts: RecipeFacts, profile: Profile): PlannerRecipe {
    const hit = cache.get(facts)
    if (hit?.profile === profile) return hit.recipe
    const recipe = toPlannerRecipe(facts, profile)
    cache.set(facts, { profile, recipe })
    return recipe
  }

  /**
   * The version of each recipe the week uses: the snapshot it holds, else the library's. A recipe
   * deleted from the library still counts where the week holds it, but is never planned anew.
   */
  function versions(plan: WeekPlan, library: PlanLibrary): { byId: Map<string, Recipe>; retired: Set<string> } {
    const byId = new Map(library.recipes.map((r) => [r.id, r]))
    const retired = new Set<string>()
    for (const [id, recipe] of snapshots(plan)) {
      if (!byId.has(id)) retired.add(id)
      byId.set(id, recipe)
    }
    return { byId, retired }
  }

  /** The library as planner facts for this profile and week. */
  function plannerRecipes(plan: WeekPlan, profile: Profile, library: PlanLibrary): PlannerRecipe[] {
    const { byId, retired } = versions(plan, library)
    return [...byId.values()].flatMap((recipe) => {
      const facts = library.factsOf(recipe)
      if (!facts) return []
      const planned = plannerRecipe(facts, profile)
      return [retired.has(recipe.id) ? { ...planned, slots: [] } : planned]
    })
  }

  function input(plan: WeekPlan, profile: Profile, library: PlanLibrary, seed: number, scope: PlanScope): PlannerInput {
    return { profile, recipes: plannerRecipes(plan, profile, library), week: plan.week, locked: lockedSlots(plan), seed, scope, current: currentDays(plan) }
  }

  /** Plans the scope (week, day or slot) with a new seed, keeping locked slots and everything outside the scope. */
  async function generate(plan: WeekPlan, profile: Profile, library: PlanLibrary, scope: PlanScope, seed = randomSeed()): Promise<WeekPlan> {
    const result: PlanResult = await client.plan(input(plan, profile, library, seed, scope))
    const { byId } = versions(plan, library)
    return applyResult(plan, result, (id) => byId.get(id) ?? null)
  }

  /** The planner's reasons and scores for the plan exactly as it stands. */
  function evaluate(plan: WeekPlan, profile: Profile, library: PlanLibrary): WeekPlan {
    const inst = buildInstance({ ...input(plan, profile, library, plan.seed ?? 0, { kind: 'week' }), current: undefined })
    const state = new ScoreState(inst, assignmentOf(inst, currentDays(plan)))
    return withEvaluation(plan, { days: planDays(state), scores: weekScores(state), unmet: unmetTargets(state) })
  }

  /** The planner's best alternatives for one slot, against the rest of the week as it stands. */
  function swaps(plan: WeekPlan, profile: Profile, library: PlanLibrary, at: SlotRef, count = 5): Promise<SwapSuggestion[]> {
    return client.swaps(input(plan, profile, library, plan.seed ?? 0, { kind: 'week' }), at.day, at.slot, count)
  }

  /** Turns the whole library into planner facts ahead of the first generation; returns the recipes' facts. */
  function warm(profile: Profile, library: PlanLibrary): RecipeFacts[] {
    return library.recipes.flatMap((r) => {
      const facts = library.factsOf(r)
      if (facts) plannerRecipe(facts, profile)
      return facts ? [facts] : []
    })
  }

  return { generate, evaluate, swaps, warm, plannerRecipes }
}
