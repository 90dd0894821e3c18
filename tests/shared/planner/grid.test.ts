/**
 * The planner on the profile grid of the bench (tests/bench/planner-grid.ts: 40 profiles, every
 * diet × common limits × 1, 2, 4 people × 3 and 4 slots × 1,400–3,200 kcal) with the built-in
 * library and its adapted recipes: the hard rules and the goals, as properties. Times are
 * the bench's business, not this test's.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { planWeek } from '../../../shared/planner'
import { analyzeRecipe, recipeConflicts } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { plannableLibrary } from '../../../shared/recipes/plannable'
import { gridProfiles, planGridWeek, type GridWeek } from '../../bench/planner-grid'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
const grid = gridProfiles()
const libraries = new Map(grid.map((g) => [g.name, plannableLibrary(facts, g.profile, catalogue.byId)]))
const weeks: GridWeek[] = grid.flatMap((g) => [11, 12].map((seed) => planGridWeek(g, facts, catalogue.byId, seed, libraries.get(g.name)!.recipes)))

describe('the planner on the profile grid', () => {
  it('covers at least 40 profiles: every diet, 1, 2 and 4 people, 3 and 4 slots, 1,400 to 3,200 kcal', () => {
    expect(grid.length).toBeGreaterThanOrEqual(40)
    expect(new Set(grid.map((g) => g.profile.diet)).size).toBe(4)
    expect(new Set(grid.map((g) => g.profile.householdSize))).toEqual(new Set([1, 2, 4]))
    expect(new Set(grid.map((g) => g.profile.slots.length))).toEqual(new Set([3, 4]))
    expect(Math.min(...grid.map((g) => g.profile.targets.energyKcal))).toBe(1400)
    expect(Math.max(...grid.map((g) => g.profile.targets.energyKcal))).toBe(3200)
  })

  it('never plans a conflicting meal, and leaves no slot empty that a fitting or adapted recipe could fill', () => {
    expect(weeks.filter((w) => w.conflicting > 0).map((w) => w.profile)).toEqual([])
    expect(weeks.filter((w) => w.avoidableEmpty > 0).map((w) => `${w.profile} seed ${w.seed}: ${w.avoidableEmpty}`)).toEqual([])
  })

  it('keeps oily fish within its weekly limit, and no recipe more than twice or on neighbouring days', () => {
    for (const w of weeks) {
      expect(w.oilyFishMeals, w.profile).toBeLessThanOrEqual(w.oilyFishLimit)
      if (w.result.maxUsesPerRecipe <= 2) {
        expect(w.maxRepeats, w.profile).toBeLessThanOrEqual(2)
        expect(w.neighbourRepeats, w.profile).toBe(0)
      }
    }
  })

  it('brings each day near its energy target: mean deviation at most 10 % over the grid', () => {
    const mean = weeks.reduce((s, w) => s + w.energyDeviation, 0) / weeks.length
    expect(mean).toBeLessThanOrEqual(0.1)
  })

  it('plans adapted recipes only where the adapted version passes the rules, and says what was swapped', () => {
    let adapted = 0
    for (const g of grid) {
      const { adaptations } = libraries.get(g.name)!
      for (const w of weeks.filter((x) => x.profile === g.name)) {
        for (const meal of w.result.days.flatMap((d) => d.meals)) {
          const adaptation = meal.recipeId ? adaptations.get(meal.recipeId) : undefined
          if (!adaptation) continue
          adapted++
          expect(recipeConflicts(adaptation.facts, g.profile)).toEqual([])
          expect(adaptation.facts.unresolved).toEqual([])
          expect(adaptation.adaptedFrom.swaps.length).toBeGreaterThan(0)
        }
      }
    }
    expect(adapted).toBeGreaterThan(0)
  })

  it('gives the common IBS profile (vegetarian, GF, LF, fructans, GOS, tree nuts, no mushrooms, 2 people) a full, varied week', () => {
    const ibs = weeks.filter((w) => w.profile.startsWith('vegetarian, IBS'))
    expect(ibs.length).toBeGreaterThan(0)
    for (const w of ibs) {
      expect(w.emptySlots).toBe(0)
      const dinners = w.result.days.map((d) => d.meals.find((m) => m.slot === 'dinner')?.recipeId)
      expect(new Set(dinners).size).toBeGreaterThanOrEqual(6)
      expect(w.fiberDays).toBe(7)
    }
  })

  it('keeps locked meals and gives the same plan for the same seed', () => {
    const g = grid.find((x) => x.profile.diet === 'vegan' && x.profile.intolerances.includes('gluten'))!
    const recipes = libraries.get(g.name)!.recipes
    const someDinner = recipes.find((r) => r.conflicts.length === 0 && r.slots.includes('dinner'))!
    const input = { profile: g.profile, recipes, week: '2026-W48', seed: 5, locked: [{ day: 3, slot: 'dinner' as const, recipeId: someDinner.id, servings: g.profile.householdSize }] }
    const a = planWeek(input)
    expect(a.days[3]?.meals.find((m) => m.slot === 'dinner')).toMatchObject({ recipeId: someDinner.id, locked: true })
    expect(planWeek(input)).toEqual(a)
  })
})
