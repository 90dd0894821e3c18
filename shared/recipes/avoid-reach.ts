/**
 * What an avoid entry keeps out: how many foods of the catalogue, and which recipes (a recipe is
 * kept out when one of its ingredients is). Shown next to each entry of the avoid list, so a
 * person sees at once that "Pilze" keeps out the mushroom soup.
 */
import { avoidHits, type AvoidEntry } from '../food/avoid'
import { findingsOf } from '../food/badges'
import { knowledgeOf } from '../food/knowledge'
import type { Food, FoodId } from '../food/types'
import type { Recipe } from './types'

export interface AvoidReach {
  /** Foods the entry keeps out ("is" or "may"). */
  readonly foodIds: readonly FoodId[]
  /** Recipes with at least one such ingredient, in the order given. */
  readonly recipeIds: readonly string[]
}

/** Whether an avoid entry keeps a food out (for family entries, the allergen rules decide too). */
export function avoids(food: Food, entries: readonly AvoidEntry[]): boolean {
  return avoidHits(food, entries, knowledgeOf(food, findingsOf(food)).allergens).length > 0
}

export function avoidReach(entry: AvoidEntry, foods: readonly Food[], recipes: readonly Recipe[]): AvoidReach {
  const entries = [entry]
  const kept = new Set<FoodId>()
  for (const food of foods) if (avoids(food, entries)) kept.add(food.id)
  const recipeIds = recipes.filter((r) => r.ingredients.some((i) => kept.has(i.foodId))).map((r) => r.id)
  return { foodIds: [...kept], recipeIds }
}
