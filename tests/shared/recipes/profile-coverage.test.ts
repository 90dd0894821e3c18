/**
 * The built-in library feeds the common profiles well: for each, the generated week meets the
 * daily fiber target on at least 6 of 7 days, and the strictest combination still gets a
 * fermented food and a prebiotic-aware choice on most days.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { planWeek } from '../../../shared/planner/engine'
import { defaultProfile, fodmapSubgroups, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
const lowFodmap = [...fodmapSubgroups]

const profiles: [string, Partial<Profile>][] = [
  ['gluten-free', { intolerances: ['gluten'] }],
  ['lactose-free', { intolerances: ['lactose'] }],
  ['low-FODMAP', { intolerances: lowFodmap }],
  ['vegan', { diet: 'vegan' }],
  ['gluten-free + lactose-free', { intolerances: ['gluten', 'lactose'] }],
  ['gluten-free + lactose-free + low-FODMAP', { intolerances: ['gluten', 'lactose', ...lowFodmap] }],
  ['vegan + gluten-free', { diet: 'vegan', intolerances: ['gluten'] }],
]

describe('the built-in library feeds common profiles', () => {
  it('has every ingredient in the catalogue', () => {
    expect(facts.flatMap((f) => f.unresolved.map((u) => `${f.recipe.id}: ${u.foodId} ${u.problem}`))).toEqual([])
  })

  it.each(profiles)('%s: fiber target met on at least 6 of 7 days, with no conflicting meal', (_name, change) => {
    const profile: Profile = { ...defaultProfile(), ...change }
    const recipes = facts.map((f) => toPlannerRecipe(f, profile))
    const conflicting = new Set(recipes.filter((r) => r.conflicts.length > 0).map((r) => r.id))
    for (const seed of [1, 2, 3]) {
      const plan = planWeek({ profile, recipes, week: '2026-W48', locked: [], seed })
      const fiberDays = plan.scores.targets.fiber.perDay ?? []
      expect(fiberDays.filter((g) => g >= profile.targets.fiberG).length, `seed ${seed}: ${fiberDays.join(', ')}`).toBeGreaterThanOrEqual(6)
      const planned = plan.days.flatMap((d) => d.meals.map((m) => m.recipeId)).filter((id): id is string => id !== null)
      expect(planned.filter((id) => conflicting.has(id))).toEqual([])
    }
  })

  it('the strictest combination still gets fermented and prebiotic foods on most days', () => {
    const profile: Profile = { ...defaultProfile(), intolerances: ['gluten', 'lactose', ...lowFodmap] }
    const plan = planWeek({ profile, recipes: facts.map((f) => toPlannerRecipe(f, profile)), week: '2026-W48', locked: [], seed: 7 })
    const days = (values: number[] | undefined) => (values ?? []).filter((v) => v > 0).length
    expect(days(plan.scores.targets.fermented.perDay)).toBeGreaterThanOrEqual(5)
    expect(days(plan.scores.targets.prebiotic.perDay)).toBeGreaterThanOrEqual(5)
  })
})
