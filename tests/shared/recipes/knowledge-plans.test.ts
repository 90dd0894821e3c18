/**
 * For 500 random profiles and seeds, no planned ingredient conflicts with the profile's limits by
 * the knowledge layer (shared/food/knowledge.ts, at the grams a serving holds, FODMAPs stacked),
 * curated foods included; and a meal the knowledge layer can't show to fit ("unknown") is never
 * planned for a person with that limit.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { planWeek } from '../../../shared/planner/engine'
import { mulberry32 } from '../../../shared/planner/rng'
import { allergens, defaultProfile, diets, intolerances, mealSlots, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe, recipeConflicts } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = new Map(builtInRecipes.map((r) => [r.id, analyzeRecipe(r, catalogue.byId)]))

function randomProfile(rng: () => number): Profile {
  const some = <T>(list: readonly T[], p: number) => list.filter(() => rng() < p)
  const slots = some(mealSlots, 0.7)
  return {
    ...defaultProfile(),
    diet: diets[Math.floor(rng() * diets.length)]!,
    intolerances: some(intolerances, 0.2),
    allergens: some(allergens, 0.08),
    slots: slots.length ? slots : ['dinner'],
  }
}

describe('plans by the knowledge layer', () => {
  it('500 random profiles and seeds: no planned ingredient conflicts with the limits, unknown included', () => {
    const rng = mulberry32(20261203)
    let planned = 0
    const offending: string[] = []
    for (let i = 0; i < 500; i++) {
      const profile = randomProfile(rng)
      const seed = Math.floor(rng() * 1e6)
      const plan = planWeek({ profile, recipes: [...facts.values()].map((f) => toPlannerRecipe(f, profile)), week: '2026-W48', locked: [], seed })
      for (const day of plan.days) {
        for (const meal of day.meals) {
          if (!meal.recipeId) continue
          planned++
          const conflicts = recipeConflicts(facts.get(meal.recipeId)!, profile)
          for (const c of conflicts) offending.push(`${i}: ${meal.recipeId} ${c.foodId} ${c.conflict.reason}:${c.conflict.subject}:${c.conflict.certainty}`)
        }
      }
    }
    expect(offending.slice(0, 10)).toEqual([])
    expect(planned).toBeGreaterThan(1000)
  }, 120_000)
})
