/**
 * The built-in library feeds the common profiles well: for each, the generated week meets the
 * daily fiber target on at least 6 of 7 days with no conflicting meal. Low-FODMAP profiles are
 * held to "never a conflicting meal" only: since unknown is not safe (issue 11), the many unrated
 * herbs, spices and condiments in the library leave few recipes that are known to be low; the
 * adapted recipes of the every-profile issue bring them back. The vegetarian and vegan ones who
 * also avoid gluten, lactose and FODMAPs are fed by the "-fitting" recipes and held to the fiber
 * target too.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { planWeek } from '../../../shared/planner/engine'
import { defaultProfile, fodmapSubgroups, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'
import { fitsSlot } from '../planner/helpers'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
const lowFodmap = [...fodmapSubgroups]

const profiles: [string, Partial<Profile>][] = [
  ['gluten-free', { intolerances: ['gluten'] }],
  ['lactose-free', { intolerances: ['lactose'] }],
  ['vegan', { diet: 'vegan' }],
  ['gluten-free + lactose-free', { intolerances: ['gluten', 'lactose'] }],
  ['vegan + gluten-free', { diet: 'vegan', intolerances: ['gluten'] }],
  ['vegetarian + gluten-free + lactose-free + low-FODMAP', { diet: 'vegetarian', intolerances: ['gluten', 'lactose', ...fodmapSubgroups] }],
  ['vegan + gluten-free + lactose-free + low-FODMAP', { diet: 'vegan', intolerances: ['gluten', 'lactose', ...fodmapSubgroups] }],
]
const fodmapProfiles: [string, Partial<Profile>][] = [
  ['low-FODMAP', { intolerances: lowFodmap }],
  ['gluten-free + lactose-free + low-FODMAP', { intolerances: ['gluten', 'lactose', ...lowFodmap] }],
  ['fructans', { intolerances: ['fructans'] }],
  ['GOS', { intolerances: ['gos'] }],
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

  it.each(fodmapProfiles)('%s: never a meal that is not known to fit', (_name, change) => {
    const profile: Profile = { ...defaultProfile(), ...change }
    const recipes = facts.map((f) => toPlannerRecipe(f, profile))
    const fitting = new Set(recipes.filter((r) => r.conflicts.length === 0).map((r) => r.id))
    for (const seed of [1, 2, 3]) {
      const plan = planWeek({ profile, recipes, week: '2026-W48', locked: [], seed })
      const planned = plan.days.flatMap((d) => d.meals.map((m) => m.recipeId)).filter((id): id is string => id !== null)
      expect(planned.filter((id) => !fitting.has(id))).toEqual([])
      // Whatever fits is still used: a slot stays empty only when no fitting recipe serves it (flexibly too).
      for (const slot of profile.slots) {
        const anyFits = facts.some((f) => fitting.has(f.recipe.id) && fitsSlot(f.recipe, slot))
        const used = plan.days.some((d) => d.meals.some((m) => m.slot === slot && m.recipeId !== null))
        expect(used, `${slot} seed ${seed}`).toBe(anyFits)
      }
    }
  })
})
