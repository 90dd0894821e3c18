/**
 * A planner result made readable, as the command line prints it: each meal with its recipe's name
 * and every ingredient with its quantity and grams for the planned servings. And the way back:
 * a described plan read as a week, so the command line's shopping list is made from weeks the
 * same way as the app's.
 */
import { foodName } from '../food/names'
import type { FoodLang } from '../food/words'
import { z } from 'zod'
import { daysOfWeek } from '../calendar/iso-week'
import type { PlanResult } from '../planner/types'
import { mealSlots, type MealSlot } from '../profile/profile'
import type { Adaptation } from '../recipes/adapt'
import type { RecipeFacts } from '../recipes/analyze'
import type { LocalizedText, Quantity, Recipe } from '../recipes/types'
import { emptyPlan, withMeal } from './edits'
import { daysPerWeek, type Week, type WeekMeal } from './schema'

export interface DescribedIngredient {
  foodId: string
  /** The everyday name in the plan's language (names.ts); null for a food the catalogue doesn't have. */
  name: string | null
  /** The catalogue description; null for a food the catalogue doesn't have. */
  description: string | null
  /** Grams for the planned servings; null when the quantity's measure is not one the food has. */
  grams: number | null
  /** The recipe's quantity scaled to the planned servings (what the shopping list reads). */
  quantity: Quantity
}

export interface DescribedMeal {
  slot: MealSlot
  recipeId: string | null
  name: LocalizedText | null
  /** Servings for the household (household size × servingsPerPerson). */
  servings: number
  servingsPerPerson: number
  /** Preparation and cooking time of the meal: the recipe's, 0 for leftovers (nothing to cook); null for an empty slot. */
  totalMinutes: number | null
  /** For leftovers: the meal they were cooked as (the previous day's dinner); null otherwise. */
  leftoverOf: { day: number; slot: MealSlot } | null
  /** For a dinner cooked for more: the meal that eats the rest and its servings (cook servings + these); null otherwise. */
  leftoverFor: { day: number; slot: MealSlot; servings: number } | null
  /** For an adapted recipe: the recipe it was adapted from and the swaps; null otherwise. */
  adaptedFrom: { recipeId: string; swaps: { swapId: string; from: string[]; to: string; fromGrams: number; toGrams: number }[] } | null
  locked: boolean
  reasons: PlanResult['days'][number]['meals'][number]['reasons']
  ingredients: DescribedIngredient[]
  /** With household members: the names of those who eat it. */
  eaters?: string[]
}

export interface DescribedPlan {
  week: string
  seed: number
  /** Each day with its energy per person (kcal) and its meals. */
  days: { day: number; date: string | null; energyKcal: number; meals: DescribedMeal[] }[]
  scores: PlanResult['scores']
  unmet: PlanResult['unmet']
  /** The person's rules the plan could not keep (time caps, day rules, last week's recipes). */
  unmetRules: PlanResult['unmetRules']
  /** Whether leftovers were planned for (rules.leftovers, else on for a household of one or two). */
  leftovers: boolean
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** An adaptation's record as the plan prints it: the original recipe and, per swap, the foods replaced and the food put in. */
function adaptedFromOf(adaptation: Pick<Adaptation, 'adaptedFrom'> | undefined): DescribedMeal['adaptedFrom'] {
  if (!adaptation) return null
  const { recipeId, swaps } = adaptation.adaptedFrom
  return { recipeId, swaps: swaps.map((s) => ({ swapId: s.swapId, from: [...s.from], to: s.to, fromGrams: s.fromGrams, toGrams: s.toGrams })) }
}
const round3 = (n: number) => Math.round(n * 1000) / 1000

/** The plan as `gutplan plan` prints it, food names in `lang` (English by default). */
export function describePlan(
  result: PlanResult,
  facts: ReadonlyMap<string, RecipeFacts>,
  lang: FoodLang = 'en',
  adaptations: ReadonlyMap<string, Pick<Adaptation, 'adaptedFrom'>> = new Map(),
): DescribedPlan {
  let dates: string[] = []
  try {
    dates = daysOfWeek(result.week)
  } catch {
    dates = []
  }
  return {
    week: result.week,
    seed: result.seed,
    days: result.days.map((day) => ({
      day: day.day,
      date: dates[day.day] ?? null,
      energyKcal: day.energyKcal,
      meals: day.meals.map((meal): DescribedMeal => {
        const f = meal.recipeId ? facts.get(meal.recipeId) : undefined
        const factor = f ? meal.servings / Math.max(1, f.recipe.servings) : 0
        return {
          slot: meal.slot,
          recipeId: meal.recipeId,
          name: f ? f.recipe.name : null,
          servings: meal.servings,
          servingsPerPerson: meal.servingsPerPerson,
          totalMinutes: f ? (meal.leftover === true ? 0 : f.recipe.prepMinutes + f.recipe.cookMinutes) : null,
          leftoverOf: meal.leftoverOf ?? null,
          leftoverFor: meal.leftoverFor ?? null,
          adaptedFrom: adaptedFromOf(meal.recipeId ? adaptations.get(meal.recipeId) : undefined),
          locked: meal.locked,
          reasons: meal.reasons,
          ...(meal.eaters ? { eaters: [...meal.eaters] } : {}),
          ingredients: (f ? f.ingredients : []).map((i, n) => {
            const quantity = f?.recipe.ingredients[n]?.quantity ?? { unit: 'g', amount: 0 }
            return {
              foodId: i.foodId,
              name: i.food ? foodName(i.food, lang) : null,
              description: i.food?.name ?? null,
              grams: i.grams === null ? null : round1(i.grams * factor),
              quantity: { ...quantity, amount: round3(quantity.amount * factor) },
            }
          }),
        }
      }),
    })),
    scores: result.scores,
    unmet: result.unmet,
    unmetRules: result.unmetRules,
    leftovers: result.leftovers,
  }
}

const amount = z.number().nonnegative()
const quantitySchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('g'), amount }),
  z.object({ unit: z.literal('ml'), amount }),
  z.object({ unit: z.literal('measure'), amount, measure: z.string().min(1).max(200) }),
])

/** The parts of a described plan a week needs (a file may carry more; older files have no `quantity`). */
const describedPlanSchema = z.object({
  week: z.string().min(1),
  days: z.array(
    z.object({
      day: z.number().int().min(0).max(daysPerWeek - 1),
      meals: z.array(
        z.object({
          slot: z.enum(mealSlots),
          recipeId: z.string().min(1).nullable(),
          name: z.object({ en: z.string(), de: z.string() }).nullable().optional(),
          servings: z.number().positive().optional(),
          locked: z.boolean().optional(),
          leftoverOf: z.object({ day: z.number().int().min(0).max(daysPerWeek - 1), slot: z.enum(mealSlots) }).nullable().optional(),
          ingredients: z.array(z.object({ foodId: z.string().min(1), grams: amount.nullable(), quantity: quantitySchema.optional() })),
        }),
      ),
    }),
  ),
})

export type DescribedPlanInput = z.infer<typeof describedPlanSchema>

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

/** Checks parsed JSON against the parts of a described plan a week needs; throws PlanShapeError naming the first problem. */
export function parseDescribedPlan(value: unknown): DescribedPlanInput {
  const parsed = describedPlanSchema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new PlanShapeError(issue?.message ?? 'invalid', issue?.path.length ? issue.path.join('.') : '(root)')
}

/** A quantity no food has a measure for: an ingredient whose grams the plan could not say. */
const unknownMeasure: Quantity = { unit: 'measure', amount: 1, measure: 'unknown measure' }

/**
 * A described plan as a week. Each planned meal holds a snapshot made from what the plan says:
 * the ingredients' quantities for the planned servings (older files: their grams; no grams, a
 * measure no food has, so the list reports it rather than guess). Empty slots stay empty.
 */
export function weekFromDescribedPlan(plan: DescribedPlanInput): Week {
  let week = emptyPlan(plan.week)
  for (const described of plan.days) {
    for (const m of described.meals) {
      if (m.recipeId === null) continue
      const servings = m.servings ?? 1
      // The snapshot is one serving (servings may be a portion such as 1¼): the plan's amounts ÷ servings.
      const perServing = (q: Quantity): Quantity => ({ ...q, amount: q.amount / servings })
      const recipe: Recipe = {
        id: m.recipeId,
        name: m.name ?? { en: m.recipeId, de: m.recipeId },
        slots: [m.slot],
        servings: 1,
        prepMinutes: 0,
        cookMinutes: 0,
        ingredients: m.ingredients.map((i) => ({
          foodId: i.foodId,
          quantity: i.quantity ? perServing(i.quantity) : i.grams === null ? unknownMeasure : perServing({ unit: 'g', amount: i.grams }),
        })),
        steps: [],
      }
      const meal: WeekMeal = { slot: m.slot, recipeId: m.recipeId, servings, locked: m.locked ?? false, byHand: false, reasons: [], recipe, ...(m.leftoverOf ? { leftover: true } : {}) }
      week = withMeal(week, { day: described.day, slot: m.slot }, meal)
    }
  }
  return week
}
