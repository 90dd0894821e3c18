/**
 * Scaling a recipe to another number of servings, and rounding scaled amounts for display.
 * Scaling keeps full precision; only the display rounds, so scaling up and back is lossless.
 */
import type { Quantity, Recipe } from './types'

/** Every quantity multiplied by `factor` (a measure stays a measure: 1 cup × 2 is 2 cups). */
export function scaleQuantity(quantity: Quantity, factor: number): Quantity {
  if (!Number.isFinite(factor) || factor <= 0) throw new RangeError(`Scale factor must be positive: ${factor}`)
  return { ...quantity, amount: quantity.amount * factor }
}

/**
 * The recipe for `servings` servings: quantities scaled by servings ÷ recipe servings, the
 * rest unchanged. `servings` must be a positive whole number; the same recipe object comes
 * back when nothing changes.
 */
export function scaleRecipe(recipe: Recipe, servings: number): Recipe {
  if (!Number.isInteger(servings) || servings < 1) throw new RangeError(`Servings must be a positive whole number: ${servings}`)
  return scaleRecipeToServings(recipe, servings)
}

/** Servings a planned meal may be cooked for: quarter steps (portions are planned in quarters), up to this many. */
export const plannedServingsLimits = { min: 0.25, max: 48 } as const

/** Whether `servings` is a number of servings a plan can hold: a positive quarter step within the limits. */
export function isPlannedServings(servings: number): boolean {
  return Number.isFinite(servings) && Number.isInteger(servings * 4) && servings >= plannedServingsLimits.min && servings <= plannedServingsLimits.max
}

/**
 * The recipe for a planned number of servings (quarter steps: 2¾ for a dinner of 1 and its
 * leftovers of 1¾): quantities scaled by servings ÷ recipe servings, `servings` set to it.
 */
export function scaleRecipeToServings(recipe: Recipe, servings: number): Recipe {
  if (!isPlannedServings(servings)) throw new RangeError(`Servings must be a positive quarter step up to ${plannedServingsLimits.max}: ${servings}`)
  if (servings === recipe.servings) return recipe
  const factor = servings / Math.max(1, recipe.servings)
  return {
    ...recipe,
    servings,
    ingredients: recipe.ingredients.map((ingredient) => ({ ...ingredient, quantity: scaleQuantity(ingredient.quantity, factor) })),
  }
}

/**
 * Grams or millilitres rounded the way a cook reads a scale: to 0.1 below 1, to 0.5 below 10,
 * whole numbers below 100, to 5 below 1000, to 10 above. Never rounds a positive amount to 0.
 */
export function roundAmount(amount: number): number {
  if (!(amount > 0)) return 0
  const step = amount < 1 ? 0.1 : amount < 10 ? 0.5 : amount < 100 ? 1 : amount < 1000 ? 5 : 10
  const rounded = Math.round(amount / step) * step
  // Fix binary noise from the multiplication (0.30000000000000004).
  return Math.max(step, Number(rounded.toFixed(1)))
}

export type Fraction = '' | '¼' | '⅓' | '½' | '⅔' | '¾'

const fractions: readonly [number, Fraction][] = [
  [0, ''],
  [1 / 4, '¼'],
  [1 / 3, '⅓'],
  [1 / 2, '½'],
  [2 / 3, '⅔'],
  [3 / 4, '¾'],
  [1, ''],
]

/**
 * A household-measure amount as a whole number and a kitchen fraction ("1 ½ cups"), to the
 * nearest quarter or third. Null when the amount is below an eighth, where a fraction would
 * mislead; show the decimal instead.
 */
export function measureFraction(amount: number): { whole: number; fraction: Fraction } | null {
  if (!(amount >= 1 / 8)) return null
  const whole = Math.floor(amount)
  const rest = amount - whole
  let best = fractions[0]!
  for (const candidate of fractions) if (Math.abs(candidate[0] - rest) < Math.abs(best[0] - rest)) best = candidate
  if (best[0] === 1) return { whole: whole + 1, fraction: '' }
  // From an eighth up, something is there: never show it as 0.
  if (whole === 0 && best[1] === '') return { whole: 0, fraction: '¼' }
  return { whole, fraction: best[1] }
}

/**
 * Servings as people read them: whole numbers and quarters ("1", "1¼", "2½"), other amounts to
 * one decimal. Portions are planned in quarter steps, so a plan never needs more.
 */
export function servingsText(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '0'
  const quarters = Math.round(n * 4)
  if (Math.abs(quarters - n * 4) > 1e-9) return String(Math.round(n * 10) / 10)
  const whole = Math.floor(quarters / 4)
  const rest = (['', '¼', '½', '¾'] as const)[quarters % 4] ?? ''
  return whole === 0 ? rest : `${whole}${rest}`
}
