/** The built-in recipe library: our own recipes, written from catalogue foods. */
import type { Recipe } from '../types'
import { breakfasts } from './breakfasts'
import { dinners } from './dinners'
import { lunches } from './lunches'
import { snacks } from './snacks'

export const builtInRecipes: readonly Recipe[] = [...breakfasts, ...lunches, ...dinners, ...snacks]

/** The foods the built-in recipes use: the ones people cook with, ranked up in food search. */
export const builtInFoodIds: ReadonlySet<string> = new Set(builtInRecipes.flatMap((r) => r.ingredients.map((i) => i.foodId)))
