/**
 * Recipes as written: ingredients with quantities, servings, times, steps. Everything else
 * about a recipe (nutrition, tags, flags, diets) is derived from its ingredients by the food rules.
 */
import type { MealSlot } from '../profile/profile'

/** Text in every language the app speaks. */
export interface LocalizedText {
  en: string
  de: string
}

/** How much of a food: grams, millilitres, or a number of a household measure named in the catalogue. */
export type Quantity =
  | { unit: 'g'; amount: number }
  | { unit: 'ml'; amount: number }
  | { unit: 'measure'; amount: number; measure: string }

export interface RecipeIngredient {
  /** A catalogue food id: a USDA NDB number ("11282") or a curated id ("gp-kefir"). */
  foodId: string
  quantity: Quantity
  /** Preparation note shown beside the ingredient ("finely chopped"). */
  note?: LocalizedText
}

export interface Recipe {
  /** Stable id: built-in recipes use "b-…" (breakfast), "l-…", "d-…", "s-…"; own recipes a UUID. */
  id: string
  name: LocalizedText
  slots: MealSlot[]
  /** How many servings the quantities make. */
  servings: number
  prepMinutes: number
  cookMinutes: number
  ingredients: RecipeIngredient[]
  steps: LocalizedText[]
}
