/** Small builders for shopping tests: recipes, planned meals and synthetic foods. */
import type { Food } from '../../../shared/food/types'
import { nutrientKeys, type Measure, type Nutrients } from '../../../shared/food/types'
import type { FoodGroupCode } from '../../../shared/food/groups'
import type { Quantity, Recipe } from '../../../shared/recipes/types'
import type { ListMeal } from '../../../shared/shopping/types'
import { testCatalogue } from '../food/catalogue-fixture'

const noNutrients = Object.fromEntries(nutrientKeys.map((k) => [k, null])) as unknown as Nutrients

/** A food made up for a test (an own food, say), with the measures given. */
export function syntheticFood(id: string, name: string, group: FoodGroupCode, measures: Measure[] = []): Food {
  return { id, name, group, nutrients: noNutrients, measures }
}

export function recipe(id: string, servings: number, ingredients: [foodId: string, quantity: Quantity][]): Recipe {
  return {
    id,
    name: { en: id, de: id },
    slots: ['lunch'],
    servings,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: ingredients.map(([foodId, quantity]) => ({ foodId, quantity })),
    steps: [],
  }
}

export const g = (amount: number): Quantity => ({ unit: 'g', amount })
export const ml = (amount: number): Quantity => ({ unit: 'ml', amount })
export const measure = (amount: number, name: string): Quantity => ({ unit: 'measure', amount, measure: name })

export function meal(r: Recipe, servings = r.servings, where: Partial<Pick<ListMeal, 'week' | 'day' | 'slot'>> = {}): ListMeal {
  return { recipe: r, servings, ...where }
}

/** The catalogue's foods plus the synthetic ones given. */
export function foodsWith(...extra: Food[]): ReadonlyMap<string, Food> {
  const foods = new Map(testCatalogue().byId)
  for (const food of extra) foods.set(food.id, food)
  return foods
}
