import { describe, expect, it } from 'vitest'
import {
  applyResult,
  chosenMeal,
  clearMeals,
  copyMeals,
  currentDays,
  emptyPlan,
  lockedSlots,
  mealAt,
  moveMeal,
  setNote,
  updateMeal,
  withEvaluation,
  withMeal,
} from '../../../shared/week/edits'
import type { Week, WeekMeal } from '../../../shared/week/schema'
import type { PlanResult } from '../../../shared/planner/types'
import type { MealSlot } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'

const recipe = (i: number): Recipe => builtInRecipes[i]!
const meal = (slot: MealSlot, r: Recipe, extra: Partial<WeekMeal> = {}): WeekMeal => ({
  slot,
  recipeId: r.id,
  servings: 2,
  locked: false,
  byHand: false,
  reasons: [],
  recipe: r,
  ...extra,
})

/** Monday: breakfast 0, lunch 1; Wednesday lunch 2 (locked); Friday lunch 3. */
function sample(): Week {
  let plan = emptyPlan('2026-W20')
  plan = withMeal(plan, { day: 0, slot: 'breakfast' }, meal('breakfast', recipe(0)))
  plan = withMeal(plan, { day: 0, slot: 'lunch' }, meal('lunch', recipe(1)))
  plan = withMeal(plan, { day: 2, slot: 'lunch' }, meal('lunch', recipe(2), { locked: true }))
  plan = withMeal(plan, { day: 4, slot: 'lunch' }, meal('lunch', recipe(3)))
  return setNote(plan, 4, 'Dinner at Anna’s')
}

describe('week plan edits', () => {
  it('starts with seven empty days, Monday first', () => {
    const plan = emptyPlan('2026-W20')
    expect(plan.days.map((d) => d.day)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(plan.days.every((d) => d.meals.length === 0 && d.note === '')).toBe(true)
  })

  it('keeps meals of a day in slot order whatever order they were added in', () => {
    let plan = withMeal(emptyPlan('2026-W20'), { day: 1, slot: 'dinner' }, meal('dinner', recipe(5)))
    plan = withMeal(plan, { day: 1, slot: 'breakfast' }, meal('breakfast', recipe(0)))
    expect(plan.days[1]!.meals.map((m) => m.slot)).toEqual(['breakfast', 'dinner'])
  })

  it('moves a meal to an empty slot, its lock travelling with it', () => {
    const plan = moveMeal(sample(), { day: 2, slot: 'lunch' }, { day: 5, slot: 'lunch' })
    expect(mealAt(plan, { day: 2, slot: 'lunch' })).toBeUndefined()
    expect(mealAt(plan, { day: 5, slot: 'lunch' })).toMatchObject({ recipeId: recipe(2).id, locked: true, slot: 'lunch' })
  })

  it('swaps two meals when the target slot is taken', () => {
    const plan = moveMeal(sample(), { day: 2, slot: 'lunch' }, { day: 4, slot: 'lunch' })
    expect(mealAt(plan, { day: 4, slot: 'lunch' })?.recipeId).toBe(recipe(2).id)
    expect(mealAt(plan, { day: 2, slot: 'lunch' })?.recipeId).toBe(recipe(3).id)
  })

  it('moves between slot types too, taking the target slot', () => {
    const plan = moveMeal(sample(), { day: 0, slot: 'lunch' }, { day: 0, slot: 'dinner' })
    expect(mealAt(plan, { day: 0, slot: 'dinner' })).toMatchObject({ recipeId: recipe(1).id, slot: 'dinner' })
  })

  it('leaves the plan as it is when moving nothing or onto itself', () => {
    const plan = sample()
    expect(moveMeal(plan, { day: 3, slot: 'lunch' }, { day: 4, slot: 'lunch' })).toBe(plan)
    expect(moveMeal(plan, { day: 0, slot: 'lunch' }, { day: 0, slot: 'lunch' })).toBe(plan)
  })

  it('shares untouched days and recipe snapshots between versions', () => {
    const before = sample()
    const after = updateMeal(before, { day: 0, slot: 'lunch' }, { servings: 4 })
    expect(after.days[2]).toBe(before.days[2])
    expect(mealAt(after, { day: 0, slot: 'lunch' })?.recipe).toBe(recipe(1))
    expect(mealAt(after, { day: 0, slot: 'lunch' })?.servings).toBe(4)
    expect(mealAt(before, { day: 0, slot: 'lunch' })?.servings).toBe(2)
  })

  it('clears a slot, a day or the whole week, keeping the notes', () => {
    const plan = sample()
    expect(mealAt(clearMeals(plan, { kind: 'slot', day: 0, slot: 'lunch' }), { day: 0, slot: 'lunch' })).toBeUndefined()
    expect(mealAt(clearMeals(plan, { kind: 'slot', day: 0, slot: 'lunch' }), { day: 0, slot: 'breakfast' })).toBeDefined()
    expect(clearMeals(plan, { kind: 'day', day: 0 }).days[0]!.meals).toEqual([])
    expect(clearMeals(plan, { kind: 'day', day: 0 }).days[2]!.meals).toHaveLength(1)
    const cleared = clearMeals(plan, { kind: 'week' })
    expect(cleared.days.every((d) => d.meals.length === 0)).toBe(true)
    expect(cleared.days[4]!.note).toBe('Dinner at Anna’s')
  })

  it('copies another week’s meals unlocked, keeping this week’s notes', () => {
    const into = setNote(emptyPlan('2026-W21'), 1, 'Gym')
    const copy = copyMeals({ ...sample(), seed: 7 }, into)
    expect(copy.week).toBe('2026-W21')
    expect(copy.seed).toBeNull()
    expect(mealAt(copy, { day: 2, slot: 'lunch' })).toMatchObject({ recipeId: recipe(2).id, locked: false, servings: 2 })
    expect(copy.days[1]!.note).toBe('Gym')
    expect(copy.days[4]!.note).toBe('')
  })

  it('gives the planner the locked slots and the plan as it stands', () => {
    const plan = sample()
    expect(lockedSlots(plan)).toEqual([{ day: 2, slot: 'lunch', recipeId: recipe(2).id, servings: 2 }])
    expect(currentDays(plan)[0]!.meals).toEqual([
      { slot: 'breakfast', recipeId: recipe(0).id, servings: 2 },
      { slot: 'lunch', recipeId: recipe(1).id, servings: 2 },
    ])
  })

  it('a chosen recipe is locked and marked as placed by hand', () => {
    expect(chosenMeal('dinner', recipe(4), 3)).toMatchObject({ slot: 'dinner', recipeId: recipe(4).id, servings: 3, locked: true, byHand: true, recipe: recipe(4) })
  })

  describe('applying a planner result', () => {
    const edited: Recipe = { ...recipe(2), name: { en: 'As it was when planned', de: 'Wie geplant' } }
    const plan = withMeal(sample(), { day: 2, slot: 'lunch' }, meal('lunch', edited, { locked: true, byHand: true, servings: 5 }))
    const result: Pick<PlanResult, 'days' | 'scores' | 'unmet'> & { seed: number } = {
      seed: 99,
      scores: { total: 80, targets: {} as PlanResult['scores']['targets'] },
      unmet: [],
      days: plan.days.map((d) => ({
        day: d.day,
        energyKcal: 1000,
        meals: [
          d.day === 2
            ? { slot: 'lunch', recipeId: edited.id, servings: 5, servingsPerPerson: 5, locked: true, reasons: [{ code: 'locked' }] }
            : d.day === 0
              ? { slot: 'lunch', recipeId: recipe(10).id, servings: 1, servingsPerPerson: 1, locked: false, reasons: [{ code: 'fiber', grams: 8 }] }
              : { slot: 'lunch', recipeId: recipe(10).id, servings: 1, servingsPerPerson: 1, locked: false, reasons: [{ code: 'kept' }, { code: 'fiber', grams: 8 }] },
          d.day === 3
            ? { slot: 'dinner', recipeId: null, servings: 1, servingsPerPerson: 1, locked: false, reasons: [{ code: 'no-candidate', blockedBy: [{ rule: 'gluten', count: 3 }] }] }
            : { slot: 'dinner', recipeId: null, servings: 1, servingsPerPerson: 1, locked: false, reasons: [] },
        ],
      })),
    }

    it('keeps the snapshot, servings and hand mark of a meal that stayed, takes new recipes for the rest', () => {
      const next = applyResult(plan, result, (id) => builtInRecipes.find((r) => r.id === id) ?? null)
      expect(mealAt(next, { day: 2, slot: 'lunch' })).toMatchObject({ recipe: edited, servings: 5, byHand: true, locked: true })
      expect(mealAt(next, { day: 0, slot: 'lunch' })).toMatchObject({ recipeId: recipe(10).id, recipe: recipe(10), servings: 1, byHand: false })
      expect(next.seed).toBe(99)
      expect(next.scores?.total).toBe(80)
      expect(next.days[4]!.note).toBe('Dinner at Anna’s')
    })

    it('drops the "kept" reason, which only says a meal was outside the regenerated part', () => {
      const next = applyResult(plan, result, (id) => builtInRecipes.find((r) => r.id === id) ?? null)
      expect(mealAt(next, { day: 1, slot: 'lunch' })!.reasons).toEqual([{ code: 'fiber', grams: 8 }])
    })

    it('keeps an empty slot only with the planner’s reason for it', () => {
      const next = applyResult(plan, result, (id) => builtInRecipes.find((r) => r.id === id) ?? null)
      expect(mealAt(next, { day: 3, slot: 'dinner' })).toMatchObject({ recipeId: null, recipe: null, reasons: [{ code: 'no-candidate' }] })
      expect(mealAt(next, { day: 1, slot: 'dinner' })).toBeUndefined()
    })

    it('keeps meals in slots the planner did not plan', () => {
      const next = applyResult(plan, result, (id) => builtInRecipes.find((r) => r.id === id) ?? null)
      expect(mealAt(next, { day: 0, slot: 'breakfast' })?.recipeId).toBe(recipe(0).id)
    })

    it('takes only reasons and scores from an evaluation', () => {
      const next = withEvaluation(plan, result)
      expect(mealAt(next, { day: 0, slot: 'lunch' })).toMatchObject({ recipeId: recipe(1).id, servings: 2, reasons: [{ code: 'fiber', grams: 8 }] })
      expect(next.scores?.total).toBe(80)
      expect(next.seed).toBe(plan.seed)
    })
  })
})
