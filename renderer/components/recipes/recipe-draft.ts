/**
 * The editor's working copy of a recipe. Each ingredient and step carries a key so the lists
 * can be reordered without Vue mixing up their inputs. Names and steps stay LocalizedText:
 * what the person types goes into both languages, and what they leave alone (in a duplicated
 * built-in recipe) keeps its translation.
 */
import type { Food } from '../../../shared/food/types'
import type { LocalizedText, Quantity, Recipe, RecipeIngredient } from '../../../shared/recipes/types'

export type DraftUnit = 'g' | 'ml' | `measure:${string}`

export interface DraftIngredient {
  key: string
  foodId: string
  /** NaN while the field is empty. */
  amount: number
  unit: DraftUnit
  note?: LocalizedText
}

export interface DraftStep {
  key: string
  text: LocalizedText
}

export interface RecipeDraft {
  id: string
  name: LocalizedText
  slots: Recipe['slots']
  servings: number
  prepMinutes: number
  cookMinutes: number
  ingredients: DraftIngredient[]
  steps: DraftStep[]
}

const nextKey = () => crypto.randomUUID()

/** Text typed in one language, stored for every language. */
export const everyLanguage = (text: string): LocalizedText => ({ en: text, de: text })

function unitOf(quantity: Quantity): DraftUnit {
  return quantity.unit === 'measure' ? `measure:${quantity.measure}` : quantity.unit
}

export function quantityOf(ingredient: Pick<DraftIngredient, 'amount' | 'unit'>): Quantity {
  const { amount, unit } = ingredient
  if (unit === 'g' || unit === 'ml') return { unit, amount }
  return { unit: 'measure', amount, measure: unit.slice('measure:'.length) }
}

export function draftIngredient(ingredient: RecipeIngredient): DraftIngredient {
  const draft: DraftIngredient = { key: nextKey(), foodId: ingredient.foodId, amount: ingredient.quantity.amount, unit: unitOf(ingredient.quantity) }
  if (ingredient.note) draft.note = { ...ingredient.note }
  return draft
}

/** A new ingredient: 100 g, the amount every food's nutrients are given for. */
export function newIngredient(foodId: string): DraftIngredient {
  return { key: nextKey(), foodId, amount: 100, unit: 'g' }
}

export function newStep(): DraftStep {
  return { key: nextKey(), text: everyLanguage('') }
}

export function blankDraft(id: string): RecipeDraft {
  return { id, name: everyLanguage(''), slots: [], servings: 2, prepMinutes: 10, cookMinutes: 0, ingredients: [], steps: [] }
}

/** A working copy of a recipe; `id` and `name` replace the recipe's own when given (a duplicate). */
export function draftOf(recipe: Recipe, override: { id?: string; name?: LocalizedText } = {}): RecipeDraft {
  return {
    id: override.id ?? recipe.id,
    name: { ...(override.name ?? recipe.name) },
    slots: [...recipe.slots],
    servings: recipe.servings,
    prepMinutes: recipe.prepMinutes,
    cookMinutes: recipe.cookMinutes,
    ingredients: recipe.ingredients.map(draftIngredient),
    steps: recipe.steps.map((text) => ({ key: nextKey(), text: { ...text } })),
  }
}

/** The recipe a draft describes, as plain data (what validation and analysis read). */
export function recipeOf(draft: RecipeDraft): Recipe {
  return {
    id: draft.id,
    name: { ...draft.name },
    slots: [...draft.slots],
    servings: draft.servings,
    prepMinutes: draft.prepMinutes,
    cookMinutes: draft.cookMinutes,
    ingredients: draft.ingredients.map((i) => {
      const ingredient: RecipeIngredient = { foodId: i.foodId, quantity: quantityOf(i) }
      if (i.note) ingredient.note = { ...i.note }
      return ingredient
    }),
    steps: draft.steps.map((s) => ({ ...s.text })),
  }
}

/** The household measures a person can pick for a food: each name once, as `findMeasure` resolves it. */
export function measureChoices(food: Food | undefined): Food['measures'] {
  if (!food) return []
  const seen = new Set<string>()
  return food.measures.filter((m) => {
    const key = m.name.trim().toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Moves item `from` by `by` places (−1 up, +1 down); out-of-range moves change nothing. */
export function moved<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item!)
  return next
}
