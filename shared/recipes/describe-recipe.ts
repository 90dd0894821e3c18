/**
 * The JSON the command line prints for a recipe (`gutplan recipe`): nutrition per serving, the
 * fits (true, false or "unknown"), FODMAP levels per subgroup for one serving with loads stacked,
 * the EU-14 allergens, and why each fit is not true. With a profile, the conflicts too.
 */
import { fodmapSubgroups, type Allergen, type FodmapSubgroup, type Profile } from '../profile/profile'
import type { Certainty, Conflict, FodmapLevel } from '../food/rules/types'
import type { NutrientKey } from '../food/types'
import { recipeConflicts, type RecipeFacts } from './analyze'
import type { Fit, FitKey, FitWhy } from './meal-knowledge'

export interface DescribedRecipe {
  id: string
  name: string
  servings: number
  perServing: Record<NutrientKey, number> & { grams: number; incomplete: NutrientKey[] }
  fits: Record<FitKey, Fit>
  fodmap: Record<FodmapSubgroup | 'lactose', FodmapLevel | 'unknown'>
  /** The summed load per subgroup (REFERENCE §2d), where every portion has one. */
  fodmapLoad: Partial<Record<FodmapSubgroup, number>>
  lactoseGPerServing: number | null
  allergens: Partial<Record<Allergen, Certainty>>
  why: FitWhy[]
  unresolved: RecipeFacts['unresolved']
  prebioticDose: RecipeFacts['prebioticDose']
  conflicts?: { foodId: string; reason: Conflict['reason']; rule: Conflict['rule']; subject: string; certainty: Conflict['certainty'] }[]
  fitsProfile?: boolean
}

/** A recipe's facts as the command line prints them (English name). */
export function describeRecipe(facts: RecipeFacts, profile?: Profile): DescribedRecipe {
  const k = facts.knowledge
  const fodmap = Object.fromEntries([...fodmapSubgroups.map((s) => [s, k.fodmap[s].level]), ['lactose', k.lactose.level]]) as DescribedRecipe['fodmap']
  const fodmapLoad: DescribedRecipe['fodmapLoad'] = {}
  for (const s of fodmapSubgroups) {
    const load = k.fodmap[s].load
    if (load !== null) fodmapLoad[s] = load
  }
  const allergens = Object.fromEntries(Object.entries(k.allergens).map(([a, v]) => [a, v.certainty])) as DescribedRecipe['allergens']
  const described: DescribedRecipe = {
    id: facts.recipe.id,
    name: facts.recipe.name.en,
    servings: facts.recipe.servings,
    perServing: { ...facts.perServing.nutrients, grams: facts.perServing.grams, incomplete: facts.perServing.incomplete },
    fits: facts.fits,
    fodmap,
    fodmapLoad,
    lactoseGPerServing: k.lactose.gPerServing,
    allergens,
    why: facts.why,
    unresolved: facts.unresolved,
    prebioticDose: facts.prebioticDose,
  }
  if (!profile) return described
  const conflicts = recipeConflicts(facts, profile).map(({ foodId, conflict }) => ({
    foodId,
    reason: conflict.reason,
    rule: conflict.rule,
    subject: conflict.subject,
    certainty: conflict.certainty,
  }))
  return { ...described, conflicts, fitsProfile: conflicts.length === 0 && facts.unresolved.length === 0 }
}
