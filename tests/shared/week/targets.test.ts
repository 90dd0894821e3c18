import { describe, expect, it } from 'vitest'
import type { Reason, SwapSuggestion, TargetScore } from '../../../shared/planner/types'
import { targetIds } from '../../../shared/planner/types'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { emptyPlan, withMeal } from '../../../shared/week/edits'
import { swapTargetChanges, swapTotalDirection, swapVersusNow } from '../../../shared/week/swaps'
import { daysMeetingGoal, daysWith, isTargetMet, limitedMeals, plantIdeas, shareOfGoal, stillNeeded, weekPlants } from '../../../shared/week/targets'
import { testCatalogue } from '../food/catalogue-fixture'

const foods = testCatalogue().byId
const facts = new Map(builtInRecipes.map((r) => [r, analyzeRecipe(r, foods)]))
const factsOf = (r: Recipe) => facts.get(r) ?? null
const score = (achieved: number, goal: number, perDay?: number[]): TargetScore => ({
  target: 'fiber', achieved, goal, satisfaction: Math.min(1, achieved / goal), weight: 1, ...(perDay ? { perDay } : {}),
})

describe('targets', () => {
  it('calls a target met at full satisfaction, within rounding', () => {
    expect(isTargetMet(score(30, 30))).toBe(true)
    expect(isTargetMet({ ...score(30, 30), satisfaction: 1 - 1e-12 })).toBe(true)
    expect(isTargetMet({ ...score(29, 30) })).toBe(false)
    expect(isTargetMet(null)).toBe(false)
  })

  it('counts what is missing and the days that have or meet it', () => {
    expect(stillNeeded(score(21.5, 30))).toBe(8.5)
    expect(stillNeeded(score(31, 30))).toBe(0)
    const fiber = score(150, 30, [30, 29.9999999999, 10, 0, 45, 0, 0])
    expect(daysWith(fiber)).toBe(4)
    expect(daysMeetingGoal(fiber)).toBe(3)
    expect(shareOfGoal(15, 30)).toBe(0.5)
    expect(shareOfGoal(45, 30)).toBe(1)
    expect(shareOfGoal(5, 0)).toBe(0)
  })

  it('tallies a week’s plants once each and suggests whole plants it lacks', () => {
    const [a, b] = builtInRecipes.filter((r) => (factsOf(r)?.plants.length ?? 0) > 2)
    let week = emptyPlan('2026-W20')
    for (const [day, r] of [[0, a!], [1, a!], [2, b!]] as const) {
      week = withMeal(week, { day, slot: 'dinner' }, { slot: 'dinner', recipeId: r.id, servings: 2, locked: false, byHand: false, reasons: [], recipe: r })
    }
    const plants = weekPlants(week, factsOf)
    const keys = new Set([...factsOf(a!)!.plants, ...factsOf(b!)!.plants].map((p) => p.key))
    expect(plants.map((p) => p.key)).toEqual([...keys].sort())
    for (const p of factsOf(a!)!.plants) expect(plants.find((x) => x.key === p.key)!.meals).toBeGreaterThanOrEqual(2)
    const ideas = plantIdeas(plants, [...facts.values()])
    expect(ideas.length).toBeGreaterThan(0)
    expect(ideas.length).toBeLessThanOrEqual(8)
    expect(ideas.some((k) => keys.has(k))).toBe(false)
    const limited = limitedMeals(week, factsOf)
    for (const m of limited) expect(m.findings.every((f) => f.kind === 'limit')).toBe(true)
  })
})

describe('swaps', () => {
  const deltas = Object.fromEntries(targetIds.map((id) => [id, 0])) as SwapSuggestion['targetDeltas']
  const swap = (totalDelta: number, reasons: Reason[], moved: Partial<SwapSuggestion['targetDeltas']> = {}): SwapSuggestion =>
    ({ recipeId: 'x', totalDelta, targetDeltas: { ...deltas, ...moved }, reasons }) as SwapSuggestion

  it('names the targets a swap moves and which way the score goes', () => {
    expect(swapTargetChanges(swap(0, [], { fiber: 0.2, plants: -0.001 }))).toEqual(['fiber'])
    expect([0.06, -0.06, 0.04].map((d) => swapTotalDirection(swap(d, [])))).toEqual(['up', 'down', 'same'])
  })

  it('compares fibre, energy and what a meal brings against the meal there now', () => {
    const now: Reason[] = [{ code: 'fiber', grams: 4 }, { code: 'energy', kcal: 500 }, { code: 'oily-fish' }]
    expect(swapVersusNow(swap(0, [{ code: 'fiber', grams: 6.2 }, { code: 'energy', kcal: 504 }, { code: 'adds-fermented' }]), now)).toEqual({
      fiberG: 6.2 - 4, gains: ['adds-fermented'], loses: ['oily-fish'],
    })
    expect(swapVersusNow(swap(0, [{ code: 'fiber', grams: 4.3 }, { code: 'energy', kcal: 380.4 }, { code: 'oily-fish' }]), now)).toEqual({ kcal: -120, gains: [], loses: [] })
  })
})
