import { describe, expect, it } from 'vitest'
import { planWeek } from '../../../shared/planner/engine'
import { scorePlan } from '../../../shared/planner/evaluate'
import { defaultProfile } from '../../../shared/profile/profile'
import { analyzeRecipe, recipeConflicts, type RecipeFacts } from '../../../shared/recipes/analyze'
import { amountsFromMeals } from '../../../shared/shopping/aggregate'
import { mealsOfWeeks } from '../../../shared/shopping/weeks'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { currentDays, emptyPlan, mealAt, moveMeal } from '../../../shared/week/edits'
import { recipeVersions, WeekPlanner, type PlanLibrary } from '../../../shared/week/planner'
import { testCatalogue } from '../food/catalogue-fixture'

const foods = testCatalogue().byId
const factsCache = new Map<Recipe, RecipeFacts>()
const library: PlanLibrary = {
  recipes: builtInRecipes,
  factsOf: (r) => {
    let f = factsCache.get(r)
    if (!f) factsCache.set(r, (f = analyzeRecipe(r, foods)))
    return f
  },
}
const profile = { ...defaultProfile(), householdSize: 2 }

describe('the week as the planner sees it', () => {
  const planner = new WeekPlanner()
  const empty = emptyPlan('2026-W20')
  const result = planWeek(planner.input(empty, profile, library, 7, { kind: 'week' }))
  const planned = planner.apply(empty, library, result)

  it('applies a planner result and reads it back with the planner’s own scores', () => {
    expect(planned.seed).toBe(7)
    expect(planned.days.flatMap((d) => d.meals.map((m) => m.recipe?.id ?? null))).toEqual(
      result.days.flatMap((d) => d.meals.filter((m) => m.recipeId !== null || m.reasons.some((r) => r.code === 'no-candidate')).map((m) => m.recipeId)),
    )
    const evaluated = planner.evaluate(planned, profile, library)
    expect(evaluated.scores?.total).toBeCloseTo(result.scores.total, 9)
    expect(evaluated.unmet.map((u) => u.target)).toEqual(result.unmet.map((u) => u.target))
  })

  it('scores a week edited by hand as the planner’s score of that week', () => {
    const moved = moveMeal(planned, { day: 0, slot: 'dinner' }, { day: 3, slot: 'dinner' })
    expect(mealAt(moved, { day: 3, slot: 'dinner' })?.recipeId).toBe(mealAt(planned, { day: 0, slot: 'dinner' })?.recipeId)
    const evaluated = planner.evaluate(moved, profile, library)
    const { current: _current, ...input } = planner.input(moved, profile, library, 0, { kind: 'week' })
    expect(evaluated.scores).toEqual(scorePlan(input, currentDays(moved)))
  })

  it('keeps a recipe deleted from the library where the week holds it, but never plans it anew', () => {
    const gone = planned.days[0]!.meals[0]!.recipe!
    const smaller: PlanLibrary = { ...library, recipes: builtInRecipes.filter((r) => r.id !== gone.id) }
    const { byId, retired } = recipeVersions(planned, smaller)
    expect(byId.get(gone.id)).toBe(gone)
    expect([...retired]).toEqual([gone.id])
    const retiredFacts = planner.plannerRecipes(planned, profile, smaller).find((r) => r.id === gone.id)
    expect(retiredFacts?.slots).toEqual([])
  })

  it('makes each recipe’s planner facts once per profile', () => {
    const facts = library.factsOf(builtInRecipes[0]!)!
    expect(planner.plannerRecipe(facts, profile)).toBe(planner.plannerRecipe(facts, profile))
    expect(planner.plannerRecipe(facts, { ...profile })).not.toBe(planner.plannerRecipe(facts, profile))
  })
})

describe('adapted recipes in the week', () => {
  const planner = new WeekPlanner()
  const glutenFree = { ...defaultProfile(), intolerances: ['gluten' as const] }
  const withFoods: PlanLibrary = { ...library, foods }
  const empty = emptyPlan('2026-W21')
  const result = planWeek(planner.input(empty, glutenFree, withFoods, 3, { kind: 'week' }))
  const week = planner.apply(empty, withFoods, result, glutenFree)
  const adapted = week.days.flatMap((d) => d.meals).filter((m) => m.adaptedFrom)

  it('plans adapted versions for a gluten-free person, each saying what it swapped', () => {
    expect(adapted.length).toBeGreaterThan(0)
    for (const meal of adapted) {
      expect(meal.recipeId).toBe(`${meal.adaptedFrom!.recipeId}~adapted`)
      expect(meal.recipe?.id).toBe(meal.recipeId)
      expect(meal.adaptedFrom!.swaps.length).toBeGreaterThan(0)
    }
  })

  it('holds the adapted ingredients in the snapshot, so the shopping list buys them and not the originals', () => {
    const meals = mealsOfWeeks([{ week: week.week, plan: week }])
    const bought = new Set(amountsFromMeals(meals, foods).map((a) => a.foodId))
    for (const meal of adapted) {
      const ids = new Set(meal.recipe!.ingredients.map((i) => i.foodId))
      for (const swap of meal.adaptedFrom!.swaps) {
        expect(ids.has(swap.to)).toBe(true)
        expect(bought.has(swap.to)).toBe(true)
        for (const from of swap.from) expect(ids.has(from)).toBe(false)
      }
    }
    // Nothing on the list conflicts with gluten: the adapted versions passed the rules.
    for (const meal of week.days.flatMap((d) => d.meals)) expect(recipeConflicts(analyzeRecipe(meal.recipe!, foods), glutenFree)).toEqual([])
  })

  it('keeps adapted meals as the library’s (not retired) and reads the week back with the planner’s scores', () => {
    const { retired } = recipeVersions(week, withFoods)
    for (const meal of adapted) expect(retired.has(meal.recipeId!)).toBe(false)
    expect(planner.evaluate(week, glutenFree, withFoods).scores?.total).toBeCloseTo(result.scores.total, 9)
  })
})
