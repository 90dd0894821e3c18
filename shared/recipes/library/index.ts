/** The built-in recipe library: our own recipes, written from catalogue foods. */
import type { Recipe } from '../types'
import { breakfasts } from './breakfasts'
import { breakfastsFitting } from './breakfasts-fitting'
import { dinners } from './dinners'
import { dinnersFitting } from './dinners-fitting'
import { fishFitting } from './fish-fitting'
import { lunches } from './lunches'
import { lunchesFitting } from './lunches-fitting'
import { snacks } from './snacks'
import { snacksFitting } from './snacks-fitting'
import { breakfastsVegan, snacksVegan } from './vegan-fitting'

/**
 * The "-fitting" files hold recipes written for vegetarian and vegan people who also avoid
 * gluten, lactose and FODMAPs; they come after the first library so its order stays as it was.
 * fish-fitting.ts adds oily-fish dinners and lunches for fish eaters with those limits, and
 * vegan-fitting.ts vegan breakfasts and snacks; they come last, for the same reason.
 */
export const builtInRecipes: readonly Recipe[] = [
  ...breakfasts,
  ...lunches,
  ...dinners,
  ...snacks,
  ...breakfastsFitting,
  ...lunchesFitting,
  ...dinnersFitting,
  ...snacksFitting,
  ...fishFitting,
  ...breakfastsVegan,
  ...snacksVegan,
]

/** The foods the built-in recipes use: the ones people cook with, ranked up in food search. */
/** How many built-in recipes use each food (a recipe counts once per food). */
export const builtInFoodUses: ReadonlyMap<string, number> = (() => {
  const uses = new Map<string, number>()
  for (const recipe of builtInRecipes) for (const id of new Set(recipe.ingredients.map((i) => i.foodId))) uses.set(id, (uses.get(id) ?? 0) + 1)
  return uses
})()
/** The foods the built-in recipes use. */
export const builtInFoodIds: ReadonlySet<string> = new Set(builtInFoodUses.keys())
