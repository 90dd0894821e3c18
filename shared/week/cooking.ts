/**
 * Cooking from the week: each time a recipe is cooked (a leftover lunch is the dinner before it,
 * cooked for both), for how many servings, and the planned servings a meal opens its recipe at.
 */
import type { Recipe } from '../recipes/types'
import { leftoverMeal, leftoverSource, mealAt, servingsToCook, type SlotRef } from './edits'
import type { Week, WeekMeal } from './schema'

/** One cooking of the week: the meal it is cooked for, its servings, and the leftovers it makes. */
export interface Cooking {
  at: SlotRef
  meal: WeekMeal & { recipe: Recipe }
  /** Servings to cook: the meal's and its leftovers'. */
  servings: number
  /** The leftover meal it is cooked for too, with that meal's servings. */
  leftover: (SlotRef & { servings: number }) | null
}

/** Every cooking of the week, day by day and in slot order; leftover meals are part of their dinner's. */
export function cookingsOf(plan: Week): Cooking[] {
  return plan.days.flatMap((d) =>
    d.meals.flatMap((m): Cooking[] => {
      const at = { day: d.day, slot: m.slot }
      if (!m.recipe || m.recipeId === null || m.servings <= 0 || leftoverSource(plan, at)) return []
      const rest = leftoverMeal(plan, at)
      return [{ at, meal: { ...m, recipe: m.recipe }, servings: servingsToCook(plan, at), leftover: rest ? { day: rest.day, slot: rest.slot, servings: rest.meal.servings } : null }]
    }),
  )
}

/**
 * The servings a planned meal's recipe opens at: what is cooked for it (its own and its leftovers');
 * a leftover meal opens at its own servings (it is only reheated). Undefined for an empty slot.
 */
export function servingsToOpen(plan: Week, at: SlotRef): number | undefined {
  const meal = mealAt(plan, at)
  if (!meal?.recipe) return undefined
  return leftoverSource(plan, at) ? meal.servings : servingsToCook(plan, at)
}
