/**
 * The shopping list made from weeks: the one road from planned weeks to a list, for the app (its
 * stored weeks) and the command line (a week read from `gutplan plan`'s output) alike.
 */
import type { Food, FoodId } from '../food/types'
import { leftoverMeal, leftoverSource } from '../week/edits'
import type { Week } from '../week/schema'
import { aggregateShoppingList } from './aggregate'
import type { ListMeal, ShoppingList, ShoppingOptions } from './types'

/** One week the list covers: its ISO week and its plan (null when nothing is planned). */
export interface ListWeek {
  readonly week: string
  readonly plan: Week | null
}

/**
 * The meals of the weeks a list covers, the skipped days left out; days count from the first Monday.
 * Leftovers are bought once, with the dinner they are cooked as: that dinner's servings include
 * them (unless their day is skipped), and they add nothing of their own (unless the dinner's is).
 */
export function mealsOfWeeks(weeks: readonly ListWeek[], skippedDays: ReadonlySet<number> = new Set()): ListMeal[] {
  return weeks.flatMap(({ week, plan }, i) => {
    if (!plan) return []
    const skipped = (day: number) => skippedDays.has(i * 7 + day)
    return plan.days.flatMap((d) => {
      if (skipped(d.day)) return []
      return d.meals.flatMap((m) => {
        const at = { day: d.day, slot: m.slot }
        const source = leftoverSource(plan, at)
        if (!m.recipe || m.servings <= 0 || (source && !skipped(source.day))) return []
        const rest = leftoverMeal(plan, at)
        const servings = m.servings + (rest && !skipped(rest.day) ? rest.meal.servings : 0)
        return [{ recipe: m.recipe, servings, week, day: d.day, slot: m.slot }]
      })
    })
  })
}

/** The shopping list of the weeks (skipped days left out), per aisle, pantry apart, extras in their aisles. */
export function shoppingListOfWeeks(
  weeks: readonly ListWeek[],
  foods: ReadonlyMap<FoodId, Food>,
  options: ShoppingOptions & { readonly skippedDays?: ReadonlySet<number> } = {},
): ShoppingList {
  const { skippedDays, ...rest } = options
  return aggregateShoppingList(mealsOfWeeks(weeks, skippedDays), foods, rest)
}
