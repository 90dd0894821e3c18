/**
 * The person's own rules as planner inputs: a cooking-time cap per weekday, day rules ("fish on
 * Friday", "meat-free Monday", "no cooking on Sunday"), disliked recipes, favourites and "not the same
 * as last week", on the built-in library. A rule that can't be kept is reported, never silently dropped.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { planWeek, type PlannerInput, type PlanResult } from '../../../shared/planner'
import { defaultProfile, weekdays, type PlanRules, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { plannableLibrary } from '../../../shared/recipes/plannable'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
const libraryFor = (profile: Profile) => plannableLibrary(facts, profile, catalogue.byId).recipes

function plan(profile: Profile, rules: PlanRules, seed = 1, over: Partial<PlannerInput> = {}): { input: PlannerInput; result: PlanResult } {
  const input: PlannerInput = { profile, recipes: libraryFor(profile), week: '2026-W48', locked: [], seed, rules, ...over }
  return { input, result: planWeek(input) }
}

const meals = (result: PlanResult) => result.days.flatMap((d) => d.meals.map((m) => ({ ...m, day: d.day })))

describe('the person’s rules', () => {
  it('never plans a meal over the day’s time cap unless no fitting recipe is that quick, and then says so', () => {
    const profiles: Profile[] = [defaultProfile(), { ...defaultProfile(), diet: 'vegetarian', intolerances: ['gluten'] }, { ...defaultProfile(), diet: 'vegan', householdSize: 2 }]
    fc.assert(
      fc.property(fc.constantFrom(...profiles), fc.integer({ min: 10, max: 45 }), fc.integer({ min: 1, max: 1000 }), (profile, cap, seed) => {
        const maxMinutes = { mon: cap, tue: cap, wed: cap, thu: cap, fri: cap }
        const { input, result } = plan(profile, { maxMinutes }, seed)
        const byId = new Map(input.recipes.map((r) => [r.id, r]))
        for (const m of meals(result)) {
          if (m.day > 4 || m.recipeId === null) continue
          // Leftovers count as no cooking.
          const minutes = m.leftover === true ? 0 : (byId.get(m.recipeId)?.totalMinutes ?? 0)
          if (minutes <= cap) continue
          expect(result.unmetRules.some((u) => u.rule === 'max-minutes' && u.day === m.day && u.slot === m.slot), `${m.recipeId} ${minutes} min on day ${m.day}`).toBe(true)
        }
      }),
      { numRuns: 12 },
    )
  }, 60_000)

  it('keeps a 30-minute weekday cap with the built-in library for the default profile, every meal within it', () => {
    const { input, result } = plan(defaultProfile(), { maxMinutes: { mon: 30, tue: 30, wed: 30, thu: 30, fri: 30 } })
    const byId = new Map(input.recipes.map((r) => [r.id, r]))
    const weekday = meals(result).filter((m) => m.day <= 4 && m.recipeId)
    expect(weekday.every((m) => m.leftover === true || (byId.get(m.recipeId!)?.totalMinutes ?? 0) <= 30)).toBe(true)
    expect(result.unmetRules).toEqual([])
  })

  it('plans fish on Friday, meat-free on Monday and no cooking on Sunday whenever a fitting recipe exists', () => {
    for (const seed of [1, 2, 3]) {
      const { input, result } = plan(
        defaultProfile(),
        { dayRules: [{ day: 'fri', slot: 'dinner', require: 'fish' }, { day: 'mon', require: 'vegetarian' }, { day: 'sun', require: 'no-cook' }] },
        seed,
      )
      const byId = new Map(input.recipes.map((r) => [r.id, r]))
      const at = (day: number) => meals(result).filter((m) => m.day === day && m.recipeId)
      expect(byId.get(at(4).find((m) => m.slot === 'dinner')!.recipeId!)?.fish).toBe(true)
      for (const m of at(0)) expect(byId.get(m.recipeId!)?.meatFree, m.recipeId!).toBe(true)
      for (const m of at(6)) {
        const ok = m.leftover === true || byId.get(m.recipeId!)?.noCook === true || result.unmetRules.some((u) => u.rule === 'day-rule' && u.day === 6 && u.slot === m.slot)
        expect(ok, m.recipeId!).toBe(true)
      }
    }
  })

  it('names a day rule no fitting recipe can meet, with what would fix it', () => {
    const vegan: Profile = { ...defaultProfile(), diet: 'vegan' }
    const { result } = plan(vegan, { dayRules: [{ day: 'fri', slot: 'dinner', require: 'fish' }] })
    expect(result.unmetRules).toContainEqual({ rule: 'day-rule', day: 4, slot: 'dinner', require: 'fish', fix: { code: 'add-recipe', slot: 'dinner', require: 'fish' } })
    expect(meals(result).find((m) => m.day === 4 && m.slot === 'dinner')?.recipeId).not.toBeNull()
  })

  it('never plans a disliked recipe, nor its adapted version', () => {
    const first = plan(defaultProfile(), {}).result
    const disliked = [...new Set(meals(first).flatMap((m) => (m.recipeId ? [m.recipeId.replace(/~adapted$/, '')] : [])))].slice(0, 10)
    for (const seed of [1, 2, 3]) {
      const { result } = plan(defaultProfile(), { disliked }, seed)
      for (const m of meals(result)) expect(disliked).not.toContain(m.recipeId?.replace(/~adapted$/, ''))
    }
  })

  it('plans favourites more often', () => {
    const dinners = builtInRecipes.filter((r) => r.slots.includes('dinner') && r.id.startsWith('d-')).map((r) => r.id)
    const favourites = dinners.slice(0, 8)
    const count = (result: PlanResult) => meals(result).filter((m) => m.recipeId && favourites.includes(m.recipeId)).length
    const without = [1, 2, 3].reduce((n, seed) => n + count(plan(defaultProfile(), {}, seed).result), 0)
    const withRule = [1, 2, 3].reduce((n, seed) => n + count(plan(defaultProfile(), { favourites }, seed).result), 0)
    expect(withRule).toBeGreaterThan(without)
  })

  it('avoids last week’s recipes under "not the same as last week", and counts what it had to repeat', () => {
    const last = plan(defaultProfile(), {}, 5).result
    const previousWeek = meals(last).flatMap((m) => (m.recipeId ? [m.recipeId] : []))
    const overlap = (result: PlanResult) => meals(result).filter((m) => m.recipeId && previousWeek.includes(m.recipeId)).length
    const free = plan(defaultProfile(), {}, 6, { previousWeek }).result
    const ruled = plan(defaultProfile(), { notSameAsLastWeek: true }, 6, { previousWeek }).result
    expect(overlap(ruled)).toBeLessThan(overlap(free))
    const reported = ruled.unmetRules.find((u) => u.rule === 'not-last-week')
    expect(reported?.rule === 'not-last-week' ? reported.count : 0).toBe(overlap(ruled))
  })

  it('gives the same plan for the same inputs, rules and seed', () => {
    const rules: PlanRules = { maxMinutes: Object.fromEntries(weekdays.slice(0, 5).map((d) => [d, 30])), favourites: ['d-dal'], dayRules: [{ day: 'fri', slot: 'dinner', require: 'fish' }] }
    expect(plan(defaultProfile(), rules, 9).result).toEqual(plan(defaultProfile(), rules, 9).result)
  })
})
