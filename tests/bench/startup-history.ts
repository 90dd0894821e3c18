/**
 * Five years of history in the rows the app stores (renderer/db/rows.ts): 260 weeks of full plans
 * whose meals carry real snapshots of the built-in recipes, a shopping list with ticks for each week,
 * 200 own recipes and 100 own foods. Scores, reasons and the own food come from the backup fixtures,
 * which the backup tests check against the stored schema.
 */
import type { OwnFoodRow, OwnRecipeRow, PlanRow, ProfileRow, SettingsRow, ShoppingRow } from '../../renderer/db/rows'
import { isoWeekOf, shiftWeek } from '../../shared/calendar/iso-week'
import { defaultProfile, mealSlots } from '../../shared/profile/profile'
import { builtInRecipes } from '../../shared/recipes/library'
import { ownFood, reasons, scores, unmet } from '../shared/backup/fixtures'

export interface HistoryRows {
  settings: SettingsRow[]
  profile: ProfileRow[]
  ownFoods: OwnFoodRow[]
  ownRecipes: OwnRecipeRow[]
  plans: PlanRow[]
  shopping: ShoppingRow[]
}

export const historyWeeks = 260

/** A stable, valid "own-<uuid>" id for the n-th item of a kind. */
function ownId(kind: number, n: number): string {
  const hex = (kind * 100_000 + n).toString(16).padStart(12, '0')
  return `own-00000000-0000-4000-8000-${hex}`
}

export function historyRows(now: Date): HistoryRows {
  const stamp = now.toISOString()
  const current = isoWeekOf(now)
  const bySlot = new Map(mealSlots.map((slot) => [slot, builtInRecipes.filter((r) => r.slots.includes(slot))]))
  const ownFoods: OwnFoodRow[] = Array.from({ length: 100 }, (_, n) => {
    const food = { ...ownFood, id: ownId(1, n), name: `${ownFood.name} ${n + 1}` }
    return { id: food.id, name: food.name, food, createdAt: stamp, updatedAt: stamp }
  })
  const ownRecipes: OwnRecipeRow[] = Array.from({ length: 200 }, (_, n) => {
    const base = builtInRecipes[n % builtInRecipes.length]!
    const recipe = { ...base, id: ownId(2, n), name: { en: `${base.name.en} (mine ${n + 1})`, de: `${base.name.de} (meins ${n + 1})` } }
    return { id: recipe.id, recipe, createdAt: stamp, updatedAt: stamp }
  })
  const plans: PlanRow[] = []
  const shopping: ShoppingRow[] = []
  for (let w = 0; w < historyWeeks; w++) {
    const week = shiftWeek(current, -w)
    const days = Array.from({ length: 7 }, (_, day) => ({
      day,
      note: day === 5 ? 'Market in the morning' : '',
      meals: mealSlots.map((slot, s) => {
        const options = bySlot.get(slot)!
        const recipe = options[(w * 7 + day * 3 + s) % options.length]!
        return { slot, recipeId: recipe.id, servings: 2, locked: day === 0 && s === 0, byHand: false, reasons, recipe }
      }),
    }))
    plans.push({ week, days, seed: 1000 + w, scores, unmet, createdAt: stamp, updatedAt: stamp })
    const foodIds = [...new Set(days.flatMap((d) => d.meals.flatMap((m) => m.recipe.ingredients.map((i) => i.foodId))))]
    shopping.push({
      kind: 'week',
      week,
      weeks: 1,
      skippedDays: [],
      ticks: foodIds.slice(0, 25).map((key) => ({ key, grams: 250 })),
      extras: [{ id: `extra-${w}`, name: 'Coffee', quantity: '1 pack', aisle: 'other' }],
      updatedAt: stamp,
    })
  }
  return {
    settings: [{ key: 'app', locale: 'en', healthNoticeSeenAt: stamp }],
    profile: [{ id: 'me', profile: { ...defaultProfile(), householdSize: 2 }, updatedAt: stamp }],
    ownFoods,
    ownRecipes,
    plans,
    shopping,
  }
}
