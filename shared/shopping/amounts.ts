/**
 * The two producers of ingredient amounts the aggregation reads: planned meals (recipe snapshot ×
 * planned servings, through the catalogue's measures) and a described plan (the JSON `gutplan
 * plan` prints, whose ingredients are already in grams for the planned servings).
 */
import { z } from 'zod'
import type { Food, FoodId } from '../food/types'
import { quantityToGrams } from '../recipes/quantity'
import type { IngredientAmount, MealRef, PlannedMeal } from './types'

/** Where a meal sits, without the fields it does not have (so it prints and compares cleanly). */
function mealRef(meal: PlannedMeal): MealRef {
  return {
    ...(meal.week === undefined ? {} : { week: meal.week }),
    ...(meal.day === undefined ? {} : { day: meal.day }),
    ...(meal.slot === undefined ? {} : { slot: meal.slot }),
    recipeId: meal.recipe.id,
  }
}

/**
 * Every ingredient of every meal in grams for the planned servings: the recipe's quantities ×
 * servings ÷ recipe servings. A meal with no servings (0, negative or not a number) adds nothing.
 * `grams` is null when a named measure does not exist for the food; an unknown food keeps its
 * grams when the recipe gave grams (the aggregation reports it as unknown).
 */
export function amountsFromMeals(meals: readonly PlannedMeal[], foods: ReadonlyMap<FoodId, Food>): IngredientAmount[] {
  const amounts: IngredientAmount[] = []
  for (const meal of meals) {
    const factor = meal.servings / Math.max(1, meal.recipe.servings)
    if (!(factor > 0 && Number.isFinite(factor))) continue
    const from = mealRef(meal)
    for (const ingredient of meal.recipe.ingredients) {
      const food = foods.get(ingredient.foodId)
      const q = ingredient.quantity
      const grams = food ? quantityToGrams(q, food) : q.unit === 'g' ? q.amount : null
      amounts.push({ foodId: ingredient.foodId, grams: grams === null ? null : grams * factor, from })
    }
  }
  return amounts
}

/** The part of a DescribedPlan (shared/recipes/describe-plan.ts) the shopping list reads. */
export interface DescribedPlanLike {
  readonly week: string
  readonly days: readonly {
    readonly day: number
    readonly meals: readonly {
      readonly slot: string
      readonly recipeId: string | null
      readonly ingredients: readonly { readonly foodId: string; readonly grams: number | null }[]
    }[]
  }[]
}

/** Every ingredient of every planned meal of a described plan; empty slots add nothing. */
export function amountsFromDescribedPlan(plan: DescribedPlanLike): IngredientAmount[] {
  const amounts: IngredientAmount[] = []
  for (const day of plan.days) {
    for (const meal of day.meals) {
      if (meal.recipeId === null) continue
      const from: MealRef = { week: plan.week, day: day.day, slot: meal.slot, recipeId: meal.recipeId }
      for (const ingredient of meal.ingredients) amounts.push({ foodId: ingredient.foodId, grams: ingredient.grams, from })
    }
  }
  return amounts
}

const describedPlanSchema = z.object({
  week: z.string().min(1),
  days: z.array(
    z.object({
      day: z.number().int().min(0),
      meals: z.array(
        z.object({
          slot: z.string(),
          recipeId: z.string().nullable(),
          ingredients: z.array(z.object({ foodId: z.string().min(1), grams: z.number().nonnegative().nullable() })),
        }),
      ),
    }),
  ),
})

/** Thrown when a plan does not have the shape `gutplan plan` prints; `path` says where. */
export class PlanShapeError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`)
    this.name = 'PlanShapeError'
  }
}

/** Checks parsed JSON against the parts of a described plan the list needs; throws PlanShapeError naming the first problem. */
export function parseDescribedPlan(value: unknown): DescribedPlanLike {
  const parsed = describedPlanSchema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new PlanShapeError(issue?.message ?? 'invalid', issue?.path.length ? issue.path.join('.') : '(root)')
}
