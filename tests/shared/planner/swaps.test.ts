import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planWeek, scorePlan, suggestSwaps, targetIds, type PlanDays, type PlannerInput } from '../../../shared/planner'
import { mealSlots, type MealSlot } from '../../../shared/profile/profile'
import { arbLibrary, conflict, input, randomLibrary, recipe } from './fixtures'
import { fitsSlot, mealAt } from './helpers'

/** The plan with one slot's recipe replaced (at `servings` for the household). */
/** The plan with one meal replaced; a dinner's leftover lunch the next day follows it. */
function withMeal(days: PlanDays, day: number, slot: MealSlot, recipeId: string, servings: number): PlanDays {
  return days.map((d) => ({
    ...d,
    meals: d.meals.map((m) => {
      if (d.day === day && m.slot === slot) return { ...m, recipeId, servings, leftover: false }
      if (slot === 'dinner' && d.day === day + 1 && m.slot === 'lunch' && m.leftover === true) return { ...m, recipeId }
      return m
    }),
  }))
}

describe('suggestSwaps', () => {
  const library = randomLibrary(50, 21)
  const given = input(library, { seed: 8 })
  const plan = planWeek(given)
  const withCurrent: PlannerInput = { ...given, current: plan.days }

  it.each([
    [0, 'breakfast'],
    [3, 'lunch'],
    [6, 'dinner'],
    [2, 'snack'],
  ] as const)('day %d %s: ranked best first, each delta exact, never conflicting or misfit', (day, slot) => {
    const suggestions = suggestSwaps(withCurrent, day, slot)
    expect(suggestions.length).toBe(5)
    const byId = new Map(library.map((r) => [r.id, r]))
    const before = scorePlan(given, plan.days)
    const current = mealAt(plan, day, slot)?.recipeId
    for (let i = 0; i < suggestions.length; i++) {
      const s = suggestions[i]
      if (!s) continue
      if (i > 0) expect(s.totalDelta).toBeLessThanOrEqual(suggestions[i - 1]?.totalDelta ?? Infinity)
      const recipe = byId.get(s.recipeId)
      expect(recipe?.conflicts).toEqual([])
      expect(recipe && fitsSlot(recipe, slot)).toBe(true)
      expect(s.recipeId).not.toBe(current)
      const after = scorePlan(given, withMeal(plan.days, day, slot, s.recipeId, s.servingsPerPerson * given.profile.householdSize))
      expect(s.totalDelta).toBeCloseTo(after.total - before.total, 9)
      for (const t of targetIds) expect(s.targetDeltas[t]).toBeCloseTo(after.targets[t].satisfaction - before.targets[t].satisfaction, 9)
      expect(s.reasons.some((r) => r.code === 'fiber')).toBe(true)
    }
  })

  it('never suggests anything better than the planner found for a slot by more than rounding (the plan is a local optimum)', () => {
    for (const slot of mealSlots) expect(suggestSwaps(withCurrent, 1, slot, 1)[0]?.totalDelta ?? 0).toBeLessThanOrEqual(1e-9)
  })

  it('plans first when there is no current plan, and honours n', () => {
    expect(suggestSwaps(given, 0, 'lunch', 2)).toEqual(suggestSwaps(withCurrent, 0, 'lunch', 2))
    expect(suggestSwaps(withCurrent, 0, 'lunch', 0)).toEqual([])
  })

  it('suggests for a locked slot too (the person may unlock it), still never a conflicting recipe', () => {
    const bad = recipe('bad', { conflicts: [conflict('lactose')] })
    const locked: PlannerInput = { ...input([bad, ...library], { locked: [{ day: 0, slot: 'dinner', recipeId: 'bad', servings: 1 }] }) }
    const suggestions = suggestSwaps(locked, 0, 'dinner', 50)
    expect(suggestions.length).toBeGreaterThan(0)
    expect(suggestions.map((s) => s.recipeId)).not.toContain('bad')
  })

  it('returns nothing for a slot or day outside the plan, or when nothing fits', () => {
    const lunchOnly = input([recipe('a', { slots: ['lunch'] })], { profile: { ...given.profile, slots: ['lunch', 'dinner'] } })
    expect(suggestSwaps(lunchOnly, 0, 'breakfast')).toEqual([])
    expect(suggestSwaps(lunchOnly, 9, 'lunch')).toEqual([])
    expect(suggestSwaps(lunchOnly, 0, 'dinner')).toEqual([])
  })

  it('never suggests a conflicting recipe, or one that does not fit the slot, even flexibly (property)', () => {
    fc.assert(
      fc.property(arbLibrary(20), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...mealSlots), fc.integer(), (recipes, day, slot, seed) => {
        const conflicting = new Set(recipes.filter((r) => r.conflicts.length > 0).map((r) => r.id))
        const misfit = new Set(recipes.filter((r) => !fitsSlot(r, slot)).map((r) => r.id))
        for (const s of suggestSwaps(input(recipes, { seed }), day, slot, 30)) {
          expect(conflicting.has(s.recipeId)).toBe(false)
          expect(misfit.has(s.recipeId)).toBe(false)
        }
      }),
      { numRuns: 30 },
    )
  }, 30_000)
})
