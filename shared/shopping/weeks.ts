/**
 * The shopping list made from weeks: the one road from planned weeks to a list, for the app (its
 * stored weeks) and the command line (a week read from `gutplan plan`'s output) alike.
 */
import type { Food, FoodId } from '../food/types'
import type { Week } from '../week/schema'
import { aggregateShoppingList } from './aggregate'
import type { ListMeal, ShoppingList, ShoppingOptions } from './types'

/** One week the list covers: its ISO week and its plan (null when nothing is planned). */
export interface ListWeek {
  readonly week: string
  readonly plan: Week | null
}

/** The meals of the weeks a list covers, the skipped days left out; days count from the first Monday. */
export function mealsOfWeeks(weeks: readonly ListWeek[], skippedDays: ReadonlySet<number> = new Set()): ListMeal[] {
  return weeks.flatMap(({ week, plan }, i) =>
    (plan?.days ?? []).flatMap((d) =>
      skippedDays.has(i * 7 + d.day) ? [] : d.meals.flatMap((m) => (m.recipe && m.servings > 0 ? [{ recipe: m.recipe, servings: m.servings, week, day: d.day, slot: m.slot }] : [])),
    ),
  )
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
