/**
 * Household members on the built-in library: a shared meal fits everyone who eats it (the union of
 * their limits, attendance per meal), portions follow each person's energy, and a profile without
 * members plans exactly as before members existed.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { explainPlan, planWeek, type PlannerInput, type PlanResult } from '../../../shared/planner'
import { mealEaters, tableProfile } from '../../../shared/profile/members'
import { allergens, defaultProfile, diets, intolerances, mealSlots, weekdays, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe, recipeConflicts, type RecipeFacts } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { plannableLibrary } from '../../../shared/recipes/plannable'
import { householdMember } from '../profile/member-fixture'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
const factsById = new Map(facts.map((f) => [f.recipe.id, f]))

function plan(profile: Profile, seed: number, over: Partial<PlannerInput> = {}): { input: PlannerInput; result: PlanResult; factsOf: (id: string) => RecipeFacts | undefined } {
  const library = plannableLibrary(facts, profile, catalogue.byId)
  const input: PlannerInput = { profile, recipes: library.recipes, week: '2026-W48', locked: [], seed, ...over }
  const factsOf = (id: string) => factsById.get(id) ?? library.adaptations.get(id)?.facts
  return { input, result: planWeek(input), factsOf }
}

const person = householdMember

const child = person('Ben', { intolerances: ['gluten'], targets: { energyKcal: 1400 } })
const adult = person('Anna', { intolerances: ['lactose'] })
const weekdayLunchesAway = weekdays.slice(0, 5).map((day) => ({ day, slot: 'lunch' as const }))

const meals = (result: PlanResult) => result.days.flatMap((d) => d.meals.map((m) => ({ ...m, weekday: weekdays[d.day % 7]! })))

const arbAway = fc.uniqueArray(
  fc.record({ day: fc.constantFrom(...weekdays), slot: fc.constantFrom(...mealSlots) }),
  { maxLength: 10, selector: (m) => `${m.day}:${m.slot}` },
)
const arbOther = (i: number) =>
  fc.record({
    intolerances: fc.subarray([...intolerances], { maxLength: 2 }),
    allergens: fc.subarray([...allergens], { maxLength: 2 }),
    diet: fc.constantFrom(...diets),
    energyKcal: fc.integer({ min: 1000, max: 3500 }),
    away: arbAway,
  }).map(({ energyKcal, away, ...limits }) => person(`P${i}`, { ...limits, targets: { energyKcal }, ...(away.length ? { away } : {}) }))

const arbHousehold = fc
  .record({ childAway: arbAway, adultAway: arbAway, others: fc.tuple(fc.boolean(), arbOther(3), fc.boolean(), arbOther(4)), seed: fc.integer({ min: 1, max: 10_000 }), leftovers: fc.boolean() })
  .map(({ childAway, adultAway, others: [withThird, third, withFourth, fourth], seed, leftovers }) => {
    const members = [
      { ...child, ...(childAway.length ? { away: childAway } : {}) },
      { ...adult, ...(adultAway.length ? { away: adultAway } : {}) },
      ...(withThird ? [third] : []),
      ...(withFourth ? [fourth] : []),
    ]
    return { profile: { ...defaultProfile(), householdSize: members.length, members }, seed, leftovers }
  })

describe('a table of people with different limits', () => {
  it('a coeliac child and a lactose-intolerant adult never get a meal that conflicts for whoever eats it (property)', () => {
    fc.assert(
      fc.property(arbHousehold, ({ profile, seed, leftovers }) => {
        // Leftovers on and off: a leftover lunch must fit whoever eats it too.
        const { result, factsOf } = plan(profile, seed, { leftovers })
        for (const meal of meals(result)) {
          const eaters = mealEaters(profile, meal.weekday, meal.slot)
          expect(meal.eaters).toEqual(eaters.map((m) => m.name))
          if (meal.recipeId === null) continue
          const f = factsOf(meal.recipeId)
          expect(f, meal.recipeId).toBeDefined()
          expect(eaters.length).toBeGreaterThan(0)
          for (const eater of eaters) {
            const conflicts = recipeConflicts(f!, tableProfile(profile, [eater]))
            expect(conflicts, `${meal.recipeId} for ${eater.name} at ${meal.weekday} ${meal.slot}`).toEqual([])
            expect(f!.unresolved).toEqual([])
          }
        }
      }),
      { numRuns: 20 },
    )
  }, 60_000)

  it('a meal the child is away for may hold gluten; the meals the child eats never do', () => {
    const profile: Profile = { ...defaultProfile(), householdSize: 2, members: [{ ...child, away: weekdayLunchesAway }, person('Anna')] }
    // Without leftovers: a weekday lunch is then cooked for Anna alone (a leftover is always the table's dinner).
    const { result, factsOf } = plan(profile, 3, { leftovers: false })
    const gluten = (id: string | null) => id !== null && recipeConflicts(factsOf(id)!, { ...defaultProfile(), intolerances: ['gluten'] }).length > 0
    const lunches = meals(result).filter((m) => m.slot === 'lunch' && weekdayLunchesAway.some((a) => a.day === m.weekday))
    expect(lunches.every((m) => m.eaters?.join() === 'Anna')).toBe(true)
    expect(lunches.some((m) => gluten(m.recipeId))).toBe(true)
    const withChild = meals(result).filter((m) => m.eaters?.includes('Ben'))
    expect(withChild.length).toBeGreaterThan(20)
    expect(withChild.some((m) => gluten(m.recipeId))).toBe(false)
    // A meal holding gluten for the adult alone carries no conflict reason.
    expect(lunches.flatMap((m) => m.reasons).some((r) => r.code === 'conflict')).toBe(false)
  })

  it('servings follow energy: a 1400 kcal child and a 2000 kcal adult eat 1.7 reference portions', () => {
    const profile: Profile = { ...defaultProfile(), householdSize: 2, members: [{ ...child, away: weekdayLunchesAway }, person('Anna')] }
    const { input, result } = plan(profile, 5)
    for (const meal of meals(result)) {
      if (meal.recipeId === null) continue
      const factor = meal.eaters?.length === 2 ? 1.7 : 1
      expect(meal.servings, `${meal.weekday} ${meal.slot}`).toBe(Math.max(0.25, Math.round(meal.servingsPerPerson * factor * 4) / 4))
    }
    // The planned week reads back the same (servings ↔ portions), as the week screen re-scores it.
    expect(explainPlan(input, result.days).scores.total).toBeCloseTo(result.scores.total, 6)
    expect(planWeek(input)).toEqual(result)
  })

  it('a meal nobody eats at home is left empty, and the week still scores it as the person’s choice', () => {
    const profile: Profile = { ...defaultProfile(), householdSize: 2, members: [{ ...child, away: weekdayLunchesAway }, { ...adult, away: weekdayLunchesAway }] }
    const { result } = plan(profile, 2)
    const lunches = meals(result).filter((m) => m.slot === 'lunch' && weekdayLunchesAway.some((a) => a.day === m.weekday))
    expect(lunches.map((m) => [m.recipeId, m.eaters])).toEqual(lunches.map(() => [null, []]))
    expect(result.scores.emptySlots ?? 0).toBe(0)
  })

  it('people at the table who eat like the profile plan exactly as the same household unnamed', () => {
    const profiles: Profile[] = [
      { ...defaultProfile(), householdSize: 3 },
      { ...defaultProfile(), intolerances: ['gluten', 'lactose'], householdSize: 2, diet: 'vegetarian' },
      { ...defaultProfile(), householdSize: 1, slots: ['breakfast', 'lunch', 'dinner'] },
    ]
    const shape = (result: PlanResult) => ({ total: result.scores.total, leftovers: result.leftovers, meals: result.days.flatMap((d) => d.meals.map((m) => `${m.recipeId}×${m.servings}${m.leftover ? '↺' : ''}`)) })
    for (const profile of profiles) {
      const unnamed = plan(profile, 7).result
      expect(meals(unnamed).some((m) => 'eaters' in m)).toBe(false)
      const names = Array.from({ length: profile.householdSize }, (_, i) => `Person ${i + 1}`)
      const alike = names.map((name) => person(name, { intolerances: profile.intolerances, allergens: profile.allergens, diet: profile.diet, targets: { energyKcal: profile.targets.energyKcal } }))
      const named = plan({ ...profile, members: alike }, 7).result
      expect(shape(named)).toEqual(shape(unnamed))
      for (const m of meals(named)) if (m.recipeId) expect(m.eaters).toEqual(names)
    }
  })
})
