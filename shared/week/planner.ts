/**
 * The week as the planner sees it: the planner's input made from a week (the library's recipes as
 * planner facts for one profile, the week's locked and current meals), the planner's reading of a
 * week as it stands (through `explainPlan`), and a planner result applied to the week.
 */
import { explainPlan } from '../planner/evaluate'
import type { PlannerInput, PlannerRecipe, PlanResult, PlanScope } from '../planner/types'
import type { Profile } from '../profile/profile'
import type { RecipeFacts } from '../recipes/analyze'
import { toPlannerRecipe } from '../recipes/plannable'
import type { Recipe } from '../recipes/types'
import { applyResult, currentDays, lockedSlots, snapshots, withEvaluation } from './edits'
import type { Week } from './schema'

/** Where the planner's recipes come from: the library (built-in and own) and their derived facts. */
export interface PlanLibrary {
  readonly recipes: readonly Recipe[]
  readonly factsOf: (recipe: Recipe) => RecipeFacts | null
}

/**
 * The version of each recipe the week uses: the snapshot it holds, else the library's. A recipe
 * deleted from the library still counts where the week holds it, but is never planned anew.
 */
export function recipeVersions(week: Week, library: PlanLibrary): { byId: Map<string, Recipe>; retired: Set<string> } {
  const byId = new Map(library.recipes.map((r) => [r.id, r]))
  const retired = new Set<string>()
  for (const [id, recipe] of snapshots(week)) {
    if (!byId.has(id)) retired.add(id)
    byId.set(id, recipe)
  }
  return { byId, retired }
}

/**
 * Builds planner inputs from weeks. Each recipe's planner facts are made once per profile and
 * kept while its derived facts live (they are cached per recipe object by the library).
 */
export class WeekPlanner {
  private readonly cache = new WeakMap<RecipeFacts, { profile: Profile; recipe: PlannerRecipe }>()

  /** One recipe's planner facts for the profile (cached). */
  plannerRecipe(facts: RecipeFacts, profile: Profile): PlannerRecipe {
    const hit = this.cache.get(facts)
    if (hit?.profile === profile) return hit.recipe
    const recipe = toPlannerRecipe(facts, profile)
    this.cache.set(facts, { profile, recipe })
    return recipe
  }

  /** The library (and the week's snapshots) as planner facts for this profile; retired recipes fill no slot. */
  plannerRecipes(week: Week, profile: Profile, library: PlanLibrary): PlannerRecipe[] {
    const { byId, retired } = recipeVersions(week, library)
    return [...byId.values()].flatMap((recipe) => {
      const facts = library.factsOf(recipe)
      if (!facts) return []
      const planned = this.plannerRecipe(facts, profile)
      return [retired.has(recipe.id) ? { ...planned, slots: [] } : planned]
    })
  }

  /** The planner's input for planning `scope` of the week with `seed`. */
  input(week: Week, profile: Profile, library: PlanLibrary, seed: number, scope: PlanScope): PlannerInput {
    return { profile, recipes: this.plannerRecipes(week, profile, library), week: week.week, locked: lockedSlots(week), seed, scope, current: currentDays(week) }
  }

  /** The planner's reasons, scores and unmet targets for the week exactly as it stands. */
  evaluate(week: Week, profile: Profile, library: PlanLibrary): Week {
    const { current, ...input } = this.input(week, profile, library, week.seed ?? 0, { kind: 'week' })
    return withEvaluation(week, explainPlan(input, current ?? currentDays(week)))
  }

  /** A planner result as the week: new meals take the library's (or the week's) version of their recipe. */
  apply(week: Week, library: PlanLibrary, result: Pick<PlanResult, 'days' | 'scores' | 'unmet'> & { seed?: number }): Week {
    const { byId } = recipeVersions(week, library)
    return applyResult(week, result, (id) => byId.get(id) ?? null)
  }

  /** Turns the whole library into planner facts ahead of the first generation; returns the recipes' facts. */
  warm(profile: Profile, library: PlanLibrary): RecipeFacts[] {
    return library.recipes.flatMap((r) => {
      const facts = library.factsOf(r)
      if (facts) this.plannerRecipe(facts, profile)
      return facts ? [facts] : []
    })
  }
}
