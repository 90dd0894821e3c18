/** Small builders the library files write recipes with. */
import type { LocalizedText, RecipeIngredient } from '../types'

/** Text in English and German. */
export const t = (en: string, de: string): LocalizedText => ({ en, de })

/** An ingredient weighed in grams. */
export const g = (foodId: string, amount: number, note?: LocalizedText): RecipeIngredient =>
  note ? { foodId, quantity: { unit: 'g', amount }, note } : { foodId, quantity: { unit: 'g', amount } }

/** An ingredient measured in millilitres (milk, kefir, plant drinks, water). */
export const ml = (foodId: string, amount: number, note?: LocalizedText): RecipeIngredient =>
  note ? { foodId, quantity: { unit: 'ml', amount }, note } : { foodId, quantity: { unit: 'ml', amount } }
