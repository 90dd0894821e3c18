/**
 * Turning a recipe quantity into grams, through the food's household measures where needed.
 */
import type { Food, Measure } from '../food/types'
import type { Quantity } from './types'

/** Millilitres in the US household measures SR24 uses (cup 236.6 ml, tbsp 14.79 ml, tsp 4.93 ml, fl oz 29.57 ml). */
const mlPerMeasure: readonly [RegExp, number][] = [
  [/^cups?\b/i, 236.588],
  [/^tbsps?\b|^tablespoons?\b/i, 14.787],
  [/^tsps?\b|^teaspoons?\b/i, 4.929],
  [/^fl oz\b/i, 29.574],
]

/** Grams per millilitre of a food, from a volume measure it has; 1 (water) where it has none. */
export function densityGPerMl(food: Food): number {
  for (const measure of food.measures) {
    for (const [pattern, ml] of mlPerMeasure) {
      if (pattern.test(measure.name) && measure.amount > 0 && measure.grams > 0) return measure.grams / (measure.amount * ml)
    }
  }
  return 1
}

/** The food's measure with this name (case-insensitive, ignoring surrounding space), if any. */
export function findMeasure(food: Food, name: string): Measure | undefined {
  const wanted = name.trim().toLowerCase()
  return food.measures.find((m) => m.name.trim().toLowerCase() === wanted)
}

/** Grams of a quantity of a food, or null when a named measure does not exist for it. */
export function quantityToGrams(quantity: Quantity, food: Food): number | null {
  if (quantity.unit === 'g') return quantity.amount
  if (quantity.unit === 'ml') return quantity.amount * densityGPerMl(food)
  const measure = findMeasure(food, quantity.measure)
  if (!measure || measure.amount <= 0) return null
  return (quantity.amount * measure.grams) / measure.amount
}
