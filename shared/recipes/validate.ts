/**
 * Validation of the recipes a person writes: the schema an own recipe must meet before it is
 * stored. Issues carry a dotted path and a code; the UI turns codes into sentences.
 */
import { z } from 'zod'
import type { Food } from '../food/types'
import { mealSlots } from '../profile/profile'
import { quantityToGrams } from './quantity'
import type { Recipe } from './types'

/** Own recipes get "own-<uuid>" ids, which never clash with the built-in "b-…", "l-…", "d-…", "s-…". */
export const ownRecipeIdPrefix = 'own-'

export function isOwnRecipeId(id: string): boolean {
  return id.startsWith(ownRecipeIdPrefix) && id.length > ownRecipeIdPrefix.length
}

/**
 * Bounds of an own recipe. Outside them a value is refused, not clamped: 30 kg of oats in a
 * recipe is a typo, and storing it would skew every plan that uses the recipe.
 */
export const recipeLimits = {
  nameLength: { min: 1, max: 120 },
  slots: { min: 1, max: 8 },
  servings: { min: 1, max: 24 },
  minutes: { min: 0, max: 1440 },
  ingredients: { min: 1, max: 60 },
  /** Largest amount of one ingredient, in grams or millilitres (a measure counts by its weight). */
  amountMax: 10000,
  steps: { max: 40 },
  stepLength: { max: 500 },
  noteLength: { max: 200 },
} as const

export type RecipeIssueCode =
  | 'required'
  | 'too-long'
  | 'too-many'
  | 'duplicate'
  | 'whole'
  | 'range'
  | 'positive'
  | 'too-much'
  | 'unknown-food'
  | 'unknown-measure'
  | 'invalid'

/**
 * A problem with one field. Paths are dotted: "name", "slots", "servings", "prepMinutes",
 * "ingredients" (the list), "ingredients.2.foodId", "ingredients.2.quantity.amount",
 * "ingredients.2.quantity.measure", "steps" (the list), "steps.3". A name or step is one field
 * however many languages it is stored in.
 */
export interface RecipeIssue {
  path: string
  code: RecipeIssueCode
}

export type RecipeValidation = { ok: true; recipe: Recipe } | { ok: false; issues: RecipeIssue[] }

const codes = new Set<string>([
  'required',
  'too-long',
  'too-many',
  'duplicate',
  'whole',
  'range',
  'positive',
  'too-much',
  'unknown-food',
  'unknown-measure',
] satisfies RecipeIssueCode[])

const text = (max: number) => z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too-long')
const localized = (max: number) => z.strictObject({ en: text(max), de: text(max) }, { error: 'required' })
const wholeInRange = (range: { min: number; max: number }) =>
  z.number({ error: 'required' }).int('whole').min(range.min, 'range').max(range.max, 'range')
const amount = z.number({ error: 'required' }).positive('positive')

/** The schema of an own recipe; `foods` are the foods ingredients may use (catalogue and own foods). */
export function recipeSchema(foods: ReadonlyMap<string, Food>) {
  const quantity = z.discriminatedUnion(
    'unit',
    [
      z.strictObject({ unit: z.literal('g'), amount: amount.max(recipeLimits.amountMax, 'too-much') }),
      z.strictObject({ unit: z.literal('ml'), amount: amount.max(recipeLimits.amountMax, 'too-much') }),
      z.strictObject({ unit: z.literal('measure'), amount, measure: z.string({ error: 'required' }).trim().min(1, 'required') }),
    ],
    { error: 'required' },
  )
  const ingredient = z
    .strictObject({
      foodId: z.string({ error: 'required' }).refine((id) => foods.has(id), 'unknown-food'),
      quantity,
      note: localized(recipeLimits.noteLength.max).optional(),
    })
    .superRefine((ing, ctx) => {
      if (ing.quantity.unit !== 'measure') return
      const food = foods.get(ing.foodId)
      if (!food) return
      const grams = quantityToGrams(ing.quantity, food)
      if (grams === null) ctx.addIssue({ code: 'custom', message: 'unknown-measure', path: ['quantity', 'measure'] })
      else if (grams > recipeLimits.amountMax) ctx.addIssue({ code: 'custom', message: 'too-much', path: ['quantity', 'amount'] })
    })

  return z.strictObject({
    id: z.string().min(1, 'required'),
    name: localized(recipeLimits.nameLength.max),
    slots: z
      .array(z.enum(mealSlots))
      .min(recipeLimits.slots.min, 'required')
      .max(recipeLimits.slots.max, 'too-many')
      .refine((list) => new Set(list).size === list.length, 'duplicate'),
    servings: wholeInRange(recipeLimits.servings),
    prepMinutes: wholeInRange(recipeLimits.minutes),
    cookMinutes: wholeInRange(recipeLimits.minutes),
    ingredients: z.array(ingredient).min(recipeLimits.ingredients.min, 'required').max(recipeLimits.ingredients.max, 'too-many'),
    steps: z.array(localized(recipeLimits.stepLength.max)).max(recipeLimits.steps.max, 'too-many'),
  })
}

/** "name.en" and "name.de" are the one name field; "steps.3.de" is step 3. */
function fieldPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String)
  const last = parts[parts.length - 1]
  const isLanguage = last === 'en' || last === 'de'
  const isText = parts[0] === 'name' || parts[0] === 'steps' || (parts[0] === 'ingredients' && parts[2] === 'note')
  return (isLanguage && isText ? parts.slice(0, -1) : parts).join('.')
}

/**
 * Validates an unknown value as an own recipe whose ingredients come from `foods`. Every issue
 * names its field, each field at most once. On success, texts are trimmed and slots in day order.
 */
export function validateRecipe(value: unknown, foods: ReadonlyMap<string, Food>): RecipeValidation {
  const result = recipeSchema(foods).safeParse(value)
  if (result.success) {
    const slots = mealSlots.filter((s) => result.data.slots.includes(s))
    return { ok: true, recipe: { ...result.data, slots } }
  }
  const seen = new Set<string>()
  const issues: RecipeIssue[] = []
  for (const issue of result.error.issues) {
    const code = codes.has(issue.message) ? (issue.message as RecipeIssueCode) : 'invalid'
    const path = fieldPath(issue.path)
    if (seen.has(path)) continue
    seen.add(path)
    issues.push({ path, code })
  }
  return { ok: false, issues }
}
