/**
 * Leftovers (cook once, eat twice) on the built-in library: a lunch eaten from the previous day's
 * dinner is that dinner's recipe, costs no cooking, is never a repeat or a spacing break, and the
 * planner decides where it pays off. On by default for households of one or two; switchable per
 * week (PlannerInput.leftovers) and by the person's rule; a locked leftover is kept with its dinner.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { planWeek, scorePlan, suggestSwaps, type PlannerInput, type PlanResult } from '../../../shared/planner'
import { defaultProfile, type PlanRules, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { plannableLibrary } from '../../../shared/recipes/plannable'
import { mealAt, meals, violations } from './helpers'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
const libraries = new Map<string, ReturnType<typeof plannableLibrary>['recipes']>()
const libraryFor = (profile: Profile) => {
  const key = JSON.stringify([profile.intolerances, profile.allergens, profile.diet])
  if (!libraries.has(key)) libraries.set(key, plannableLibrary(facts, profile, catalogue.byId).recipes)
  return libraries.get(key)!
}

function plan(profile: Profile, over: Partial<PlannerInput> = {}): { input: PlannerInput; result: PlanResult } {
  const input: PlannerInput = { profile, recipes: libraryFor(profile), week: '2026-W48', locked: [], seed: 1, ...over }
  return { input, result: planWeek(input) }
}

const leftoverMeals = (result: PlanResult) => meals(result).filter((m) => m.leftover === true)

describe('leftovers', () => {
  it('are on by default for one or two people and off for more; the rule and the week switch override', () => {
    const one = plan(defaultProfile()).result
    const two = plan({ ...defaultProfile(), householdSize: 2 }).result
    const four = plan({ ...defaultProfile(), householdSize: 4 }).result
    expect([one.leftovers, two.leftovers, four.leftovers]).toEqual([true, true, false])
    expect(leftoverMeals(one).length).toBeGreaterThan(0)
    expect(leftoverMeals(four)).toEqual([])
    const rules: PlanRules = { leftovers: true }
    expect(plan({ ...defaultProfile(), householdSize: 4, rules }).result.leftovers).toBe(true)
    expect(plan({ ...defaultProfile(), householdSize: 4, rules }, { leftovers: false }).result.leftovers).toBe(false)
    expect(leftoverMeals(plan(defaultProfile(), { leftovers: false }).result)).toEqual([])
  })

  it('eat the previous day’s dinner as lunch: same recipe, the dinner cooks for both, no cooking, no repeat', () => {
    const { input, result } = plan({ ...defaultProfile(), householdSize: 2 })
    expect(violations(input, result)).toEqual([])
    for (const m of leftoverMeals(result)) {
      const dinner = mealAt(result, m.day - 1, 'dinner')!
      expect(m.leftoverOf).toEqual({ day: m.day - 1, slot: 'dinner' })
      expect(dinner.recipeId).toBe(m.recipeId)
      expect(dinner.leftoverFor).toEqual({ day: m.day, slot: 'lunch', servings: m.servings })
      expect(m.reasons).toContainEqual({ code: 'leftover', day: m.day - 1 })
      expect(dinner.reasons).toContainEqual({ code: 'cooks-leftover', day: m.day, servings: m.servings })
      expect(m.reasons.some((r) => r.code === 'repeat')).toBe(false)
      expect(m.servings).toBeCloseTo(2 * m.servingsPerPerson, 9)
    }
  })

  it('pay off where they save cooking: the week scores at least as well as the same week planned without them', () => {
    for (const seed of [1, 2, 3]) {
      const on = plan(defaultProfile(), { seed }).result
      // Scored with leftovers on, the plan without them misses every leftover.
      const offPlan = plan(defaultProfile(), { seed, leftovers: false }).result
      const input: PlannerInput = { profile: defaultProfile(), recipes: libraryFor(defaultProfile()), week: '2026-W48', locked: [], seed }
      expect(on.scores.total).toBeGreaterThanOrEqual(scorePlan(input, offPlan.days).total - 1e-9)
    }
  })

  it('never let a cooked meal break a 30-minute weekday cap (leftovers count as no cooking)', () => {
    const caps: PlanRules = { maxMinutes: { mon: 30, tue: 30, wed: 30, thu: 30, fri: 30 }, leftovers: true }
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(1, 2, 4), (seed, householdSize) => {
        const { input, result } = plan({ ...defaultProfile(), householdSize }, { seed, rules: caps })
        const byId = new Map(input.recipes.map((r) => [r.id, r]))
        for (const m of meals(result)) {
          if (m.day > 4 || m.recipeId === null || m.leftover === true) continue
          const minutes = byId.get(m.recipeId)?.totalMinutes ?? 0
          if (minutes > 30) expect(result.unmetRules.some((u) => u.rule === 'max-minutes' && u.day === m.day && u.slot === m.slot)).toBe(true)
        }
        expect(violations(input, result)).toEqual([])
      }),
      { numRuns: 10 },
    )
  }, 60_000)

  it('keep "fish on Friday" whenever a fitting fish dinner exists, and "no cooking on Sunday" with leftovers', () => {
    for (const seed of [1, 2, 3]) {
      const rules: PlanRules = { leftovers: true, dayRules: [{ day: 'fri', slot: 'dinner', require: 'fish' }, { day: 'sun', require: 'no-cook' }] }
      const { input, result } = plan(defaultProfile(), { seed, rules })
      const byId = new Map(input.recipes.map((r) => [r.id, r]))
      expect(byId.get(mealAt(result, 4, 'dinner')!.recipeId!)?.fish).toBe(true)
      for (const m of result.days[6]!.meals) {
        if (m.recipeId === null) continue
        expect(m.leftover === true || byId.get(m.recipeId)?.noCook === true || result.unmetRules.some((u) => u.rule === 'day-rule' && u.day === 6 && u.slot === m.slot)).toBe(true)
      }
    }
  })

  it('keep a locked leftover with the dinner it comes from', () => {
    const first = plan(defaultProfile()).result
    const lunch = leftoverMeals(first)[0]!
    const locked = [{ day: lunch.day, slot: 'lunch' as const, recipeId: lunch.recipeId, servings: lunch.servings, leftover: true }]
    const again = plan(defaultProfile(), { seed: 7, locked }).result
    expect(mealAt(again, lunch.day, 'lunch')).toMatchObject({ recipeId: lunch.recipeId, leftover: true, locked: true })
    expect(mealAt(again, lunch.day - 1, 'dinner')?.recipeId).toBe(lunch.recipeId)
  })

  it('are the same for the same input and seed', () => {
    const a = plan({ ...defaultProfile(), householdSize: 2 }, { seed: 11 }).result
    const b = plan({ ...defaultProfile(), householdSize: 2 }, { seed: 11 }).result
    expect(b.days).toEqual(a.days)
  })
})

describe('leftovers among the swaps', () => {
  it('offers a lunch the dinner before as leftovers, priced exactly, where it may be one', () => {
    // A week planned without leftovers, its lunches all cooked; swapping one with leftovers on.
    const { input } = plan(defaultProfile(), { leftovers: true })
    const without = plan(defaultProfile(), { leftovers: false }).result
    const current = without.days.map((d) => ({ day: d.day, meals: d.meals.map((m) => ({ slot: m.slot, recipeId: m.recipeId, servings: m.servings })) }))
    const days = [1, 2, 3, 4, 5, 6]
    let offered = 0
    for (const day of days) {
      const lunch = current[day]!.meals.find((m) => m.slot === 'lunch')!
      const dinner = current[day - 1]!.meals.find((m) => m.slot === 'dinner')!
      if (lunch.recipeId === dinner.recipeId) continue
      const withCurrent = { ...input, current }
      const swaps = suggestSwaps(withCurrent, day, 'lunch', 50)
      const leftover = swaps.find((s) => s.leftover === true)
      if (!leftover) continue
      offered++
      expect(leftover.recipeId).toBe(dinner.recipeId)
      expect(leftover.reasons).toContainEqual({ code: 'leftover', day: day - 1 })
      const applied = current.map((d) => (d.day === day ? { ...d, meals: d.meals.map((m) => (m.slot === 'lunch' ? { slot: 'lunch' as const, recipeId: dinner.recipeId, servings: leftover.servingsPerPerson, leftover: true } : m)) } : d))
      expect(leftover.totalDelta).toBeCloseTo(scorePlan(input, applied).total - scorePlan(input, current).total, 9)
    }
    expect(offered).toBeGreaterThan(0)
  })
})
