/**
 * The week as the planner sees it: the planner's input made from a week (the library's recipes as
 * planner facts for one profile, the week's locked and current meals), the planner's reading of a
 * week as it stands (through `explainPlan`), and a planner result applied to the week.
 */
import { explainPlan } from '../planner/evaluate'
import type { PlannerInput, PlannerRecipe, PlanResult, PlanScope } from '../planner/types'
import type { Profile } from '../profile/profile'
import type { Food } from '../food/types'
import { isAdaptedRecipeId, originalRecipeId, type Adaptation } from '../recipes/adapt'
import type { RecipeFacts } from '../recipes/analyze'
import { adaptedVersion, toPlannerRecipe } from '../recipes/plannable'
import type { Recipe } from '../recipes/types'
import { applyResult, currentDays, lockedSlots, snapshots, withEvaluation } from './edits'
import type { Week } from './schema'

/** Where the planner's recipes come from: the library (built-in and own) and their derived facts. */
export interface PlanLibrary {
  readonly recipes: readonly Recipe[]
  readonly factsOf: (recipe: Recipe) => RecipeFacts | null
  /** The catalogue, for adapted recipes (swaps put in foods the recipe doesn't have); without it none are made. */
  readonly foods?: ReadonlyMap<string, Food>
}

/**
 * The version of each recipe the week uses: the snapshot it holds, else the library's. A recipe
 * deleted from the library still counts where the week holds it, but is never planned anew.
 */
export function recipeVersions(week: Week, library: PlanLibrary): { byId: Map<string, Recipe>; retired: Set<string> } {
  const byId = new Map(library.recipes.map((r) => [r.id, r]))
  const retired = new Set<string>()
  for (const [id, recipe] of snapshots(week)) {
    // An adapted version is the library's while its original is.
    const inLibrary = byId.has(id) || (isAdaptedRecipeId(id) && byId.has(originalRecipeId(id)))
    if (!inLibrary) retired.add(id)
    byId.set(id, recipe)
  }
  return { byId, retired }
}

/**
 * Builds planner inputs from weeks. Each recipe's planner facts are made once per profile and
 * kept while its derived facts live (they are cached per recipe object by the library).
 */
export class WeekPlanner {
  private readonly cache = new WeakMap<RecipeFacts, { profile: Profile; foods: ReadonlyMap<string, Food> | undefined; recipe: PlannerRecipe; adaptation: Adaptation | null; adapted: PlannerRecipe | null }>()

  /** One recipe's planner facts for the profile, and its adapted version where one passes the rules (cached). */
  private derived(facts: RecipeFacts, profile: Profile, foods?: ReadonlyMap<string, Food>) {
    const hit = this.cache.get(facts)
    if (hit?.profile === profile && hit.foods === foods) return hit
    const recipe = toPlannerRecipe(facts, profile)
    const version = foods ? adaptedVersion(facts, recipe, profile, foods) : null
    const entry = { profile, foods, recipe, adaptation: version?.adaptation ?? null, adapted: version?.recipe ?? null }
    this.cache.set(facts, entry)
    return entry
  }

  /** One recipe's planner facts for the profile (cached). */
  plannerRecipe(facts: RecipeFacts, profile: Profile): PlannerRecipe {
    return this.derived(facts, profile).recipe
  }

  /**
   * The library (and the week's snapshots) as planner facts for this profile, each conflicting
   * recipe followed by its adapted version where one passes the rules. Retired recipes, and
   * adapted versions the profile no longer calls for, stay where the week holds them but fill no new slot.
   */
  plannerRecipes(week: Week, profile: Profile, library: PlanLibrary): PlannerRecipe[] {
    const { byId, retired } = recipeVersions(week, library)
    const fresh = new Set<string>()
    const out: PlannerRecipe[] = []
    for (const recipe of byId.values()) {
      const facts = library.factsOf(recipe)
      if (!facts) continue
      if (isAdaptedRecipeId(recipe.id)) {
        if (fresh.has(recipe.id)) continue
        out.push({ ...this.plannerRecipe(facts, profile), adaptedFrom: originalRecipeId(recipe.id), slots: [] })
        continue
      }
      const { recipe: planned, adapted } = this.derived(facts, profile, library.foods)
      out.push(retired.has(recipe.id) ? { ...planned, slots: [] } : planned)
      if (adapted && !retired.has(recipe.id)) {
        fresh.add(adapted.id)
        out.push(adapted)
      }
    }
    return out
  }

  /** The adapted versions the profile calls for, by adapted id (after `plannerRecipes` or `warm` made them). */
  adaptations(profile: Profile, library: PlanLibrary): Map<string, Adaptation> {
    const out = new Map<string, Adaptation>()
    for (const recipe of library.recipes) {
      const facts = library.factsOf(recipe)
      const adaptation = facts ? this.derived(facts, profile, library.foods).adaptation : null
      if (adaptation) out.set(adaptation.recipe.id, adaptation)
    }
    return out
  }

  /** The planner's input for planning `scope` of the week with `seed`. */
  input(week: Week, profile: Profile, library: PlanLibrary, seed: number, scope: PlanScope, previousWeek?: readonly string[]): PlannerInput {
    const ramp = week.recentFiberG === undefined ? {} : { recentFiberG: week.recentFiberG }
    const previous = previousWeek ? { previousWeek } : {}
    const leftovers = week.leftovers === undefined ? {} : { leftovers: week.leftovers }
    return { profile, recipes: this.plannerRecipes(week, profile, library), week: week.week, locked: lockedSlots(week), seed, scope, current: currentDays(week), ...ramp, ...previous, ...leftovers }
  }

  /** The planner's reasons, scores and unmet targets for the week exactly as it stands. */
  evaluate(week: Week, profile: Profile, library: PlanLibrary, previousWeek?: readonly string[]): Week {
    const { current, ...input } = this.input(week, profile, library, week.seed ?? 0, { kind: 'week' }, previousWeek)
    return withEvaluation(week, explainPlan(input, current ?? currentDays(week)))
  }

  /**
   * A planner result as the week: new meals take the library's (or the week's) version of their
   * recipe; an adapted meal takes its adapted recipe and says what was swapped.
   */
  apply(week: Week, library: PlanLibrary, result: Pick<PlanResult, 'days' | 'scores' | 'unmet'> & { seed?: number }, profile?: Profile): Week {
    const { byId } = recipeVersions(week, library)
    const adapted = profile ? this.adaptations(profile, library) : new Map<string, Adaptation>()
    return applyResult(
      week,
      result,
      (id) => adapted.get(id)?.recipe ?? byId.get(id) ?? null,
      (id) => {
        const from = adapted.get(id)?.adaptedFrom
        return from ? { recipeId: from.recipeId, swaps: from.swaps.map(({ swapId, from, to }) => ({ swapId, from: [...from], to })) } : null
      },
    )
  }

  /** Turns the whole library into planner facts ahead of the first generation; returns the recipes' facts. */
  warm(profile: Profile, library: PlanLibrary): RecipeFacts[] {
    return library.recipes.flatMap((r) => {
      const facts = library.factsOf(r)
      if (facts) this.derived(facts, profile, library.foods)
      return facts ? [facts] : []
    })
  }
}
