/**
 * From a recipe's facts and a person's profile to what the planner reads. This is where
 * "fermented", "prebiotic", "oily fish" and "ALA source" are decided for planning.
 */
import type { PlannerRecipe } from '../planner/types'
import type { Profile } from '../profile/profile'
import { hasMembers, householdProfile, tableProfile } from '../profile/members'
import { scoreParams } from '../planner/params'
import type { Food } from '../food/types'
import { adaptRecipe, isAdaptedRecipeId, type Adaptation } from './adapt'
import { doseFitsAt, minimumGramsPerServing, plantOmega3GPerServing, recipeConflicts, type RecipeFacts } from './analyze'

/**
 * Fermented for the daily target means live microbes when eaten, or reduced (tempeh, usually cooked):
 * the benefits REFERENCE §4 cites (Wastyk 2021) come from foods with live cultures; baked sourdough
 * and pasteurised ferments are fermented but carry none (MARCO-T1).
 */
export function hasLiveFermented(facts: RecipeFacts): boolean {
  return facts.findings.some((f) => f.finding.rule === 'fermented' && f.finding.level !== 'none')
}

export function hasPrebiotic(facts: RecipeFacts): boolean {
  return facts.findings.some((f) => f.finding.rule === 'prebiotic')
}

export function hasOilyFish(facts: RecipeFacts): boolean {
  return facts.findings.some((f) => f.finding.rule === 'oily-fish')
}

/** A recipe's conflicts with one (table) profile, as the planner reads them. */
function plannerConflicts(facts: RecipeFacts, profile: Profile): PlannerRecipe['conflicts'] {
  const conflicts: PlannerRecipe['conflicts'] = recipeConflicts(facts, profile).map(({ foodId, conflict }) => ({
    rule: conflict.reason === 'intolerance' || conflict.reason === 'allergen' ? conflict.subject : conflict.reason,
    foodId,
    reason: `${conflict.reason}:${conflict.subject}`,
  }))
  // An ingredient that can't be resolved can't be shown to be safe: never plan it.
  for (const missing of facts.unresolved) conflicts.push({ rule: 'unknown-food', foodId: missing.foodId, reason: missing.problem })
  return conflicts
}

/**
 * The planner's view of one recipe for one person, or with members for the whole table: its
 * conflicts are those with every member's limits (householdProfile), and `memberConflicts` says
 * whose they are, so a meal a member is away for may hold what only they can't eat.
 */
export function toPlannerRecipe(facts: RecipeFacts, profile: Profile): PlannerRecipe {
  const { recipe } = facts
  const table = householdProfile(profile)
  const conflicts = plannerConflicts(facts, table)
  const members = profile.members ?? []
  const memberConflicts = !hasMembers(profile) ? undefined : conflicts.length === 0 ? members.map(() => []) : members.map((m) => plannerConflicts(facts, tableProfile(profile, [m])))
  return {
    id: recipe.id,
    slots: [...recipe.slots],
    perServing: { energyKcal: facts.perServing.nutrients.energyKcal, fiberG: facts.perServing.nutrients.fiberG },
    fermented: hasLiveFermented(facts),
    // Conflicting recipes are never planned, so a prebiotic in a plannable recipe is one the person tolerates.
    prebiotic: hasPrebiotic(facts),
    oilyFish: hasOilyFish(facts),
    alaSource: plantOmega3GPerServing(facts) >= minimumGramsPerServing.alaG,
    plants: facts.plants.map((p) => ({ key: p.key, points: p.points })),
    limitFlags: facts.findings.filter((f) => f.finding.kind === 'limit').length,
    conflicts,
    ...(memberConflicts ? { memberConflicts } : {}),
    totalMinutes: recipe.prepMinutes + recipe.cookMinutes,
    portions: conflicts.length === 0 ? portionRange(facts, table) : { min: 0.5, max: 1 },
    // For day rules: fish or seafood is in it for sure; meat-free only when known to be vegetarian.
    fish: (['fish', 'crustaceans', 'molluscs'] as const).some((a) => facts.knowledge.allergens[a]?.certainty === 'is'),
    meatFree: facts.fits.vegetarian === true,
    noCook: recipe.cookMinutes === 0,
  }
}

/**
 * The servings per person the planner may choose: ½ to 2 in quarter steps, the top lowered to the
 * largest serve that still keeps the person's dose limits (a meal that is low in FODMAPs or
 * lactose at one serving can stack past the cut-off at a double one, REFERENCE §2d).
 */
export function portionRange(facts: RecipeFacts, profile: Profile): { min: number; max: number } {
  const { min, max } = scoreParams.portionQuarters
  let top = 4
  for (let q = max; q > 4; q--) {
    if (doseFitsAt(facts, profile, q / 4)) {
      top = q
      break
    }
  }
  return { min: min / 4, max: top / 4 }
}

/** A planner recipe for an adapted version: planned like any recipe, its uses counted as the original's. */
export function toAdaptedPlannerRecipe(adaptation: Adaptation, profile: Profile): PlannerRecipe {
  return { ...toPlannerRecipe(adaptation.facts, profile), adaptedFrom: adaptation.adaptedFrom.recipeId }
}

/** The library as the planner reads it for one person: every recipe, and after each one that conflicts, its adapted version where one passes the rules. */
export interface PlannableLibrary {
  recipes: PlannerRecipe[]
  /** By adapted recipe id. */
  adaptations: Map<string, Adaptation>
}

/**
 * Each recipe as planner facts for the profile and, where it conflicts only through ingredients with
 * a standard swap (swaps.ts), its adapted version, re-analysed and passed by the rules (adapt.ts).
 */
export function plannableLibrary(facts: readonly RecipeFacts[], profile: Profile, foods: ReadonlyMap<string, Food>): PlannableLibrary {
  const recipes: PlannerRecipe[] = []
  const adaptations = new Map<string, Adaptation>()
  for (const f of facts) {
    const base = toPlannerRecipe(f, profile)
    recipes.push(base)
    const adapted = adaptedVersion(f, base, profile, foods)
    if (!adapted) continue
    adaptations.set(adapted.adaptation.recipe.id, adapted.adaptation)
    recipes.push(adapted.recipe)
  }
  return { recipes, adaptations }
}

/** A conflicting recipe's adapted version for the planner, where the swaps make it pass the rules (an adapted recipe is not adapted again). */
export function adaptedVersion(facts: RecipeFacts, base: PlannerRecipe, profile: Profile, foods: ReadonlyMap<string, Food>): { adaptation: Adaptation; recipe: PlannerRecipe } | null {
  if (base.conflicts.length === 0 || isAdaptedRecipeId(base.id)) return null
  // Adapted for the whole table: an adapted meal fits whoever eats it.
  const adaptation = adaptRecipe(facts, householdProfile(profile), foods)
  return adaptation ? { adaptation, recipe: toAdaptedPlannerRecipe(adaptation, profile) } : null
}
