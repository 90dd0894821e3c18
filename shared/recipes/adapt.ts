/**
 * Adapted recipes: where a recipe conflicts with a person's profile only through ingredients the
 * swap table (swaps.ts) has a standard swap for, the same dish with those ingredients swapped and
 * their amounts converted. The adapted recipe is analysed by the rules like any recipe, and it is
 * offered only when it then has no conflict and nothing unresolved. Unknown is never swapped away
 * blindly: an unknown food, an unknown measure or an avoided food ends the attempt.
 */
import { assessFood } from '../food/assess'
import type { Conflict } from '../food/rules/types'
import type { Food, FoodId } from '../food/types'
import type { Profile } from '../profile/profile'
import { analyzeRecipe, recipeConflicts, type RecipeFacts } from './analyze'
import { swapMatches, swapTable, type Swap, type SwapLimit } from './swaps'
import type { Recipe, RecipeIngredient } from './types'

/** What an adapted recipe's id ends with. */
export const adaptedIdSuffix = '~adapted'

/** The id of a recipe's adapted version. */
export const adaptedRecipeId = (recipeId: string): string => `${recipeId}${adaptedIdSuffix}`

/** Whether an id is an adapted recipe's. */
export const isAdaptedRecipeId = (id: string): boolean => id.endsWith(adaptedIdSuffix)

/** The id of the recipe an adapted version was made from (an id that is not adapted is its own). */
export const originalRecipeId = (id: string): string => (isAdaptedRecipeId(id) ? id.slice(0, -adaptedIdSuffix.length) : id)

/** One swap as applied: the ingredients it replaced, what it put in, and the grams of each (whole recipe). */
export interface AppliedSwap {
  readonly swapId: string
  readonly from: readonly FoodId[]
  readonly to: FoodId
  readonly fromGrams: number
  /** Grams of `to` the swap added (less than `fromGrams × gramsPerGram` where a serve cap applied). */
  readonly toGrams: number
}

export interface AdaptedFrom {
  readonly recipeId: string
  readonly swaps: readonly AppliedSwap[]
}

export interface Adaptation {
  /** The adapted recipe: id `${original}~adapted`, the original's name, slots, servings, times and steps. */
  readonly recipe: Recipe
  /** Its analysis, by the same rules as every recipe. */
  readonly facts: RecipeFacts
  readonly adaptedFrom: AdaptedFrom
}

/**
 * Why a recipe was not adapted: it fits as written; an ingredient is unknown or has an unknown
 * measure; a conflicting ingredient has no applicable swap; or the swapped recipe still conflicts.
 * `foodIds` names the ingredients behind it.
 */
export type AdaptationOutcome =
  | { readonly ok: true; readonly adaptation: Adaptation }
  | { readonly ok: false; readonly reason: 'fits' | 'unresolved' | 'no-swap' | 'still-conflicts'; readonly foodIds: readonly FoodId[] }

/** The swap limit a conflict is about; null for what no swap may take away (avoided foods). */
export function swapLimitOf(conflict: Conflict): SwapLimit | null {
  switch (conflict.reason) {
    case 'intolerance':
    case 'allergen':
      return conflict.subject
    case 'diet':
      return conflict.subject === 'omnivore' ? null : conflict.subject
    case 'avoided':
      return null
  }
}

const round1 = (g: number): number => Math.round(g * 10) / 10
/** Rounded down, so a capped amount never passes its cap. */
const floor1 = (g: number): number => Math.floor(g * 10 + 1e-9) / 10

/**
 * Adapts a recipe for a person, or says why not. `facts` is the recipe's analysis
 * (analyzeRecipe); `foods` resolves ids as it did; `swaps` defaults to the built-in table.
 * Deterministic: the same inputs give the same adapted recipe.
 */
export function adaptRecipeOutcome(
  facts: RecipeFacts,
  profile: Profile,
  foods: ReadonlyMap<FoodId, Food>,
  swaps: readonly Swap[] = swapTable,
): AdaptationOutcome {
  const { recipe } = facts
  if (facts.unresolved.length > 0) return { ok: false, reason: 'unresolved', foodIds: unique(facts.unresolved.map((u) => u.foodId)) }
  const conflicts = recipeConflicts(facts, profile)
  if (conflicts.length === 0) return { ok: false, reason: 'fits', foodIds: [] }

  const needs = new Map<FoodId, Set<SwapLimit | null>>()
  for (const { foodId, conflict } of conflicts) {
    const set = needs.get(foodId) ?? new Set<SwapLimit | null>()
    set.add(swapLimitOf(conflict))
    needs.set(foodId, set)
  }

  const fitsAlone = new Map<string, boolean>()
  const targetFits = (swap: Swap): boolean => {
    let fits = fitsAlone.get(swap.to)
    if (fits === undefined) {
      const target = foods.get(swap.to)
      fits = target !== undefined && (assessFood(target, profile).conflicts ?? []).length === 0
      fitsAlone.set(swap.to, fits)
    }
    return fits
  }

  const chosen = new Map<FoodId, Swap>()
  const missing: FoodId[] = []
  for (const ing of facts.ingredients) {
    const limits = needs.get(ing.foodId)
    if (!limits || chosen.has(ing.foodId) || missing.includes(ing.foodId)) continue
    const food = ing.food!
    const swap = limits.has(null)
      ? undefined
      : swaps.find((s) => swapMatches(s, food) && [...limits].every((l) => s.limits.includes(l as SwapLimit)) && targetFits(s))
    if (swap) chosen.set(ing.foodId, swap)
    else missing.push(ing.foodId)
  }
  if (missing.length > 0) return { ok: false, reason: 'no-swap', foodIds: missing }

  const { ingredients, applied } = swapIngredients(facts, chosen)
  const adapted: Recipe = { ...recipe, id: adaptedRecipeId(recipe.id), ingredients }
  const adaptedFacts = analyzeRecipe(adapted, foods)
  const remaining = recipeConflicts(adaptedFacts, profile)
  if (adaptedFacts.unresolved.length > 0 || remaining.length > 0) {
    return { ok: false, reason: 'still-conflicts', foodIds: unique([...adaptedFacts.unresolved.map((u) => u.foodId), ...remaining.map((c) => c.foodId)]) }
  }
  return { ok: true, adaptation: { recipe: adapted, facts: adaptedFacts, adaptedFrom: { recipeId: recipe.id, swaps: applied } } }
}

/**
 * The adapted version of a recipe for a person, or null when there is none: the recipe fits as
 * written, something in it is unknown, a conflicting ingredient has no swap, or the swapped recipe
 * still conflicts (adaptRecipeOutcome says which).
 */
export function adaptRecipe(
  facts: RecipeFacts,
  profile: Profile,
  foods: ReadonlyMap<FoodId, Food>,
  swaps: readonly Swap[] = swapTable,
): Adaptation | null {
  const outcome = adaptRecipeOutcome(facts, profile, foods, swaps)
  return outcome.ok ? outcome.adaptation : null
}

interface Target {
  /** Where the swapped-in food goes: the first of its own place in the recipe and the places it replaces. */
  index: number
  /** Grams of the food on its first own line in the recipe, which the swapped-in grams merge into (0 when it has none). */
  existingGrams: number
  existingIndex: number | null
  capG: number | null
  bySwap: Map<string, { swap: Swap; from: FoodId[]; fromGrams: number; added: number }>
  finalGrams: number
}

/** The swapped ingredient list: every unswapped ingredient as it was, swap targets merged into one line each. */
function swapIngredients(facts: RecipeFacts, chosen: ReadonlyMap<FoodId, Swap>) {
  const { recipe } = facts
  const servings = Math.max(1, recipe.servings)
  const targets = new Map<FoodId, Target>()
  const targetOf = (to: FoodId, index: number): Target => {
    let t = targets.get(to)
    if (!t) {
      t = { index, existingGrams: 0, existingIndex: null, capG: null, bySwap: new Map(), finalGrams: 0 }
      targets.set(to, t)
    }
    t.index = Math.min(t.index, index)
    return t
  }
  facts.ingredients.forEach((ing, index) => {
    const swap = chosen.get(ing.foodId)
    const grams = ing.grams ?? 0
    if (!swap) return
    const t = targetOf(swap.to, index)
    if (swap.maxGramsPerServing !== undefined) t.capG = Math.min(t.capG ?? Infinity, swap.maxGramsPerServing * servings)
    const entry = t.bySwap.get(swap.id) ?? { swap, from: [], fromGrams: 0, added: 0 }
    if (!entry.from.includes(ing.foodId)) entry.from.push(ing.foodId)
    entry.fromGrams += grams
    entry.added += grams * swap.gramsPerGram
    t.bySwap.set(swap.id, entry)
  })
  // The first line of a swap target the recipe already holds takes the swapped-in grams.
  facts.ingredients.forEach((ing, index) => {
    const t = targets.get(ing.foodId)
    if (!t || chosen.has(ing.foodId) || t.existingIndex !== null) return
    t.existingGrams = ing.grams ?? 0
    t.existingIndex = index
    t.index = Math.min(t.index, index)
  })

  const applied: AppliedSwap[] = []
  for (const [to, t] of [...targets].sort((a, b) => a[1].index - b[1].index)) {
    const added = [...t.bySwap.values()].reduce((sum, e) => sum + e.added, 0)
    const uncapped = t.existingGrams + added
    const capped = t.capG === null || uncapped <= t.capG
    t.finalGrams = capped ? round1(uncapped) : Math.max(t.existingGrams, floor1(t.capG!))
    const share = added > 0 ? (t.finalGrams - t.existingGrams) / added : 0
    for (const e of t.bySwap.values()) {
      applied.push({ swapId: e.swap.id, from: e.from, to, fromGrams: round1(e.fromGrams), toGrams: round1(e.added * share) })
    }
  }

  const placedAt = new Map([...targets].map(([to, t]) => [t.index, to]))
  const ingredients: RecipeIngredient[] = []
  recipe.ingredients.forEach((ingredient, index) => {
    const to = placedAt.get(index)
    if (to !== undefined) {
      const t = targets.get(to)!
      const note = t.existingIndex === null ? undefined : recipe.ingredients[t.existingIndex]!.note
      ingredients.push({ foodId: to, quantity: { unit: 'g', amount: t.finalGrams }, ...(note ? { note } : {}) })
      return
    }
    // Swapped lines are replaced by their target; a target's own line is merged into it.
    if (chosen.has(ingredient.foodId) || [...targets.values()].some((t) => t.existingIndex === index)) return
    ingredients.push(ingredient)
  })
  return { ingredients, applied }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
