/**
 * A planner result made readable: each meal with its recipe's name and every ingredient with its
 * grams for the planned servings. The command line prints this; the week screen shows the same.
 */
import { daysOfWeek } from '../calendar/iso-week'
import type { PlanResult } from '../planner/types'
import type { RecipeFacts } from './analyze'
import type { LocalizedText } from './types'

export interface DescribedIngredient {
  foodId: string
  name: string | null
  grams: number | null
}

export interface DescribedMeal {
  slot: string
  recipeId: string | null
  name: LocalizedText | null
  servings: number
  locked: boolean
  reasons: PlanResult['days'][number]['meals'][number]['reasons']
  ingredients: DescribedIngredient[]
}

export interface DescribedPlan {
  week: string
  seed: number
  days: { day: number; date: string | null; meals: DescribedMeal[] }[]
  scores: PlanResult['scores']
  unmet: PlanResult['unmet']
}

const round1 = (n: number) => Math.round(n * 10) / 10

export function describePlan(result: PlanResult, facts: ReadonlyMap<string, RecipeFacts>): DescribedPlan {
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
      meals: day.meals.map((meal): DescribedMeal => {
        const f = meal.recipeId ? facts.get(meal.recipeId) : undefined
        const factor = f ? meal.servings / Math.max(1, f.recipe.servings) : 0
        return {
          slot: meal.slot,
          recipeId: meal.recipeId,
          name: f ? f.recipe.name : null,
          servings: meal.servings,
          locked: meal.locked,
          reasons: meal.reasons,
          ingredients: (f?.ingredients ?? []).map((i) => ({
            foodId: i.foodId,
            name: i.food?.name ?? null,
            grams: i.grams === null ? null : round1(i.grams * factor),
          })),
        }
      }),
    })),
    scores: result.scores,
    unmet: result.unmet,
  }
}
