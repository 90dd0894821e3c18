/**
 * Leftovers in the week: a lunch flagged as the previous day's dinner's rest holds only while that
 * dinner holds the same recipe; choosing another dinner takes the leftover along; the dinner cooks
 * for both; the shopping list buys it once, with the dinner.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import type { MealSlot } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { mealsOfWeeks, shoppingListOfWeeks } from '../../../shared/shopping/weeks'
import { chosenMeal, currentDays, emptyPlan, leftoverMeal, leftoverSource, lockedSlots, mealAt, moveMeal, servingsToCook, tidyLeftovers, withChosenMeal, withLeftover, withMeal } from '../../../shared/week/edits'
import { cookingsOf, servingsToOpen } from '../../../shared/week/cooking'
import { weekFromStored } from '../../../shared/week/repair'
import { weekSchema, type Week, type WeekMeal } from '../../../shared/week/schema'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const dinners = builtInRecipes.filter((r) => r.slots.includes('dinner'))
const meal = (slot: MealSlot, r: Recipe, extra: Partial<WeekMeal> = {}): WeekMeal => ({ slot, recipeId: r.id, servings: 2, locked: false, byHand: false, reasons: [], recipe: r, ...extra })

/** Monday dinner A (2 servings) eaten again as Tuesday lunch (1 serving); Tuesday dinner B. */
function sample(): Week {
  let plan = emptyPlan('2026-W20')
  plan = withMeal(plan, { day: 0, slot: 'dinner' }, meal('dinner', dinners[0]!))
  plan = withMeal(plan, { day: 1, slot: 'lunch' }, meal('lunch', dinners[0]!, { servings: 1, leftover: true }))
  plan = withMeal(plan, { day: 1, slot: 'dinner' }, meal('dinner', dinners[1]!))
  return plan
}

describe('leftovers in the week', () => {
  it('know their dinner, and the dinner cooks for both', () => {
    const plan = sample()
    expect(weekSchema.safeParse(plan).success).toBe(true)
    expect(leftoverSource(plan, { day: 1, slot: 'lunch' })).toMatchObject({ day: 0, slot: 'dinner' })
    expect(leftoverMeal(plan, { day: 0, slot: 'dinner' })).toMatchObject({ day: 1, slot: 'lunch' })
    expect(servingsToCook(plan, { day: 0, slot: 'dinner' })).toBe(3)
    expect(servingsToCook(plan, { day: 1, slot: 'dinner' })).toBe(2)
    expect(currentDays(plan)[1]!.meals.find((m) => m.slot === 'lunch')).toMatchObject({ leftover: true })
  })

  it('are cooked with their dinner: one cooking for both, and the dinner opens at both servings', () => {
    const plan = sample()
    expect(cookingsOf(plan).map((c) => [c.at.day, c.at.slot, c.servings, c.leftover])).toEqual([
      [0, 'dinner', 3, { day: 1, slot: 'lunch', servings: 1 }],
      [1, 'dinner', 2, null],
    ])
    expect(servingsToOpen(plan, { day: 0, slot: 'dinner' })).toBe(3)
    expect(servingsToOpen(plan, { day: 1, slot: 'lunch' })).toBe(1)
    expect(servingsToOpen(plan, { day: 5, slot: 'lunch' })).toBeUndefined()
  })

  it('are read back from storage with the week’s own switch', () => {
    const stored = weekFromStored(JSON.parse(JSON.stringify({ ...sample(), leftovers: false })))
    expect(stored?.leftovers).toBe(false)
    expect(mealAt(stored!, { day: 1, slot: 'lunch' })?.leftover).toBe(true)
    expect(weekFromStored(JSON.parse(JSON.stringify(sample())))?.leftovers).toBeUndefined()
  })

  it('follow a dinner the person chooses anew; a meal chosen for the leftover slot is cooked there', () => {
    const chosen = withChosenMeal(sample(), { day: 0, slot: 'dinner' }, chosenMeal('dinner', dinners[2]!, 2))
    expect(mealAt(chosen, { day: 1, slot: 'lunch' })).toMatchObject({ recipeId: dinners[2]!.id, leftover: true, servings: 1 })
    expect(leftoverSource(chosen, { day: 1, slot: 'lunch' })).toBeDefined()
    const cooked = withChosenMeal(sample(), { day: 1, slot: 'lunch' }, chosenMeal('lunch', dinners[3]!, 1))
    expect(mealAt(cooked, { day: 1, slot: 'lunch' })?.leftover).toBe(false)
    expect(servingsToCook(cooked, { day: 0, slot: 'dinner' })).toBe(2)
  })

  it('are chosen for a lunch from the swap list: the dinner before, locked, at the servings chosen', () => {
    const plan = withLeftover(sample(), { day: 2, slot: 'lunch' }, 1.25)
    expect(mealAt(plan, { day: 2, slot: 'lunch' })).toMatchObject({ recipeId: dinners[1]!.id, leftover: true, locked: true, byHand: true, servings: 1.25 })
    expect(servingsToCook(plan, { day: 1, slot: 'dinner' })).toBe(3.25)
    // No dinner before it, or not a lunch: nothing changes.
    expect(withLeftover(sample(), { day: 4, slot: 'lunch' }, 1)).toEqual(sample())
    expect(withLeftover(sample(), { day: 1, slot: 'dinner' }, 1)).toEqual(sample())
  })

  it('stop being leftovers when their dinner moves away, and say so (tidied)', () => {
    const moved = tidyLeftovers(moveMeal(sample(), { day: 0, slot: 'dinner' }, { day: 3, slot: 'dinner' }))
    expect(leftoverSource(moved, { day: 1, slot: 'lunch' })).toBeUndefined()
    expect(mealAt(moved, { day: 1, slot: 'lunch' })?.leftover).toBeUndefined()
    expect(lockedSlots(withMeal(sample(), { day: 1, slot: 'lunch' }, meal('lunch', dinners[0]!, { servings: 1, leftover: true, locked: true })))).toEqual([
      { day: 1, slot: 'lunch', recipeId: dinners[0]!.id, servings: 1, leftover: true },
    ])
  })

  it('are bought once, with their dinner: the list is the same as one dinner cooked for both', () => {
    const plan = sample()
    const mealsBought = mealsOfWeeks([{ week: plan.week, plan }])
    expect(mealsBought.map((m) => [m.day, m.slot, m.servings])).toEqual([
      [0, 'dinner', 3],
      [1, 'dinner', 2],
    ])
    let cookedOnce = emptyPlan('2026-W20')
    cookedOnce = withMeal(cookedOnce, { day: 0, slot: 'dinner' }, meal('dinner', dinners[0]!, { servings: 3 }))
    cookedOnce = withMeal(cookedOnce, { day: 1, slot: 'dinner' }, meal('dinner', dinners[1]!))
    const list = shoppingListOfWeeks([{ week: plan.week, plan }], catalogue.byId)
    expect(list).toEqual(shoppingListOfWeeks([{ week: cookedOnce.week, plan: cookedOnce }], catalogue.byId))
    // The lunch's day skipped: the dinner is bought for itself only.
    expect(mealsOfWeeks([{ week: plan.week, plan }], new Set([1])).map((m) => m.servings)).toEqual([2])
    // The dinner's day skipped: the leftover lunch is bought as a meal of its own.
    expect(mealsOfWeeks([{ week: plan.week, plan }], new Set([0])).map((m) => [m.slot, m.servings])).toEqual([
      ['lunch', 1],
      ['dinner', 2],
    ])
  })
})
