import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planWeek } from '../../../shared/planner'
import { arbLibrary, arbLocked, arbProfile, conflict, input, quickEffort } from './fixtures'
import { effectiveLocks, fitsSlot, mealAt, meals, violations } from './helpers'

describe('planWeek properties (random libraries, profiles, locks and seeds)', () => {
  const arbInput = arbLibrary(25).chain((recipes) =>
    fc.record({ recipes: fc.constant(recipes), profile: arbProfile, locked: arbLocked(recipes.length), seed: fc.integer() }),
  )

  it('never plans a conflicting recipe, never breaks a hard rule', () => {
    fc.assert(
      fc.property(arbInput, ({ recipes, profile, locked, seed }) => {
        const given = input(recipes, { profile, locked, seed })
        expect(violations(given, planWeek(given, quickEffort))).toEqual([])
      }),
      { numRuns: 120 },
    )
  }, 30_000)

  it('never changes a locked slot', () => {
    fc.assert(
      fc.property(arbInput, ({ recipes, profile, locked, seed }) => {
        const given = input(recipes, { profile, locked, seed })
        const result = planWeek(given, quickEffort)
        for (const lock of effectiveLocks(given)) {
          expect(mealAt(result, lock.day, lock.slot)).toMatchObject({ recipeId: lock.recipeId, servings: lock.servings, locked: true })
        }
      }),
      { numRuns: 80 },
    )
  }, 30_000)

  it('gives the same plan for the same input and seed', () => {
    fc.assert(
      fc.property(arbInput, ({ recipes, profile, locked, seed }) => {
        const given = input(recipes, { profile, locked, seed })
        expect(planWeek(given, quickEffort)).toEqual(planWeek(structuredClone(given), quickEffort))
      }),
      { numRuns: 40 },
    )
  }, 30_000)

  it('plans an impossible profile (every recipe conflicting) as empty slots with reasons', () => {
    fc.assert(
      fc.property(arbInput, ({ recipes, profile, seed }) => {
        const blocked = recipes.map((r) => ({ ...r, conflicts: r.conflicts.length > 0 ? r.conflicts : [conflict('diet')] }))
        const given = input(blocked, { profile, seed })
        const result = planWeek(given, quickEffort)
        expect(violations(given, result)).toEqual([])
        for (const meal of meals(result)) {
          expect(meal.recipeId).toBeNull()
          const reason = meal.reasons[0]
          expect(reason?.code).toBe('no-candidate')
          const fitting = blocked.filter((r) => fitsSlot(r, meal.slot))
          if (reason?.code === 'no-candidate') {
            const diet = fitting.filter((r) => r.conflicts.some((c) => c.rule === 'diet')).length
            expect(reason.blockedBy.find((b) => b.rule === 'diet')?.count ?? 0).toBe(diet)
          }
        }
      }),
      { numRuns: 60 },
    )
  }, 30_000)

  it('keeps the rest of current when regenerating a day', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 6 }), ({ recipes, profile, locked, seed }, day) => {
        const base = planWeek(input(recipes, { profile, locked, seed }), quickEffort)
        const given = input(recipes, { profile, locked, seed: seed + 1, current: base.days, scope: { kind: 'day', day } })
        const result = planWeek(given, quickEffort)
        for (const meal of meals(result)) if (meal.day !== day) expect(meal.recipeId).toBe(mealAt(base, meal.day, meal.slot)?.recipeId)
        expect(violations(given, result)).toEqual([])
      }),
      { numRuns: 60 },
    )
  }, 30_000)
})
