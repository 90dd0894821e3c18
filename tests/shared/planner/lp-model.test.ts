import fc from 'fast-check'
import highsLoader, { type Highs } from 'highs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildLpModel, planWeek, type LpModel, type PlanDays, type PlannerInput } from '../../../shared/planner'
import { assignmentOf, leftoversOf, portionsOf } from '../../../shared/planner/evaluate'
import { buildInstance } from '../../../shared/planner/instance'
import { ScoreState } from '../../../shared/planner/score'
import type { MealSlot, PlanRules } from '../../../shared/profile/profile'
import { arbLibrary, arbLocked, arbProfile, conflict, input, profile, recipe } from './fixtures'

let highs: Highs
beforeAll(async () => {
  highs = await highsLoader()
})

/** Random planning rules over a library's recipe ids. */
function arbRules(ids: string[]): fc.Arbitrary<PlanRules> {
  return fc.record(
    {
      maxMinutes: fc.dictionary(fc.constantFrom('mon', 'tue', 'wed'), fc.integer({ min: 5, max: 60 })),
      favourites: fc.subarray(ids),
      disliked: fc.subarray(ids, { maxLength: Math.min(2, ids.length) }),
      notSameAsLastWeek: fc.boolean(),
      dayRules: fc.array(fc.record({ day: fc.constantFrom('mon', 'tue', 'wed'), require: fc.constantFrom('fish', 'vegetarian', 'no-cook') }), { maxLength: 2 }),
      leftovers: fc.boolean(),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<PlanRules>
}

/** Solves a model and reads the plan back (recipes and their portions, as household servings). */
function solve(model: LpModel, household: number): { status: string; objective: number; days: PlanDays } {
  const result = highs.solve(model.text, { output_flag: false, mip_rel_gap: 0, time_limit: 30 } as Parameters<Highs['solve']>[1])
  const days = new Map<number, { slot: MealSlot; recipeId: string; servings: number; leftover?: boolean }[]>()
  const primal = (name: string): number => {
    const value = result.Columns[name]
    return value && 'Primal' in value ? value.Primal : 0
  }
  if (result.Status === 'Optimal') {
    model.columns.forEach((column, i) => {
      if (primal(column.name) <= 0.5) return
      const quarters = Math.round(primal(model.portions[i]?.name ?? ''))
      days.set(column.day, [...(days.get(column.day) ?? []), { slot: column.slot, recipeId: column.recipeId, servings: (quarters / 4) * household }])
    })
    for (const column of model.leftovers) {
      if (primal(column.name) <= 0.5) continue
      const quarters = Math.round(primal(column.portion))
      days.set(column.day, [...(days.get(column.day) ?? []), { slot: column.slot, recipeId: column.recipeId, servings: (quarters / 4) * household, leftover: true }])
    }
  }
  return { status: result.Status, objective: result.ObjectiveValue, days: [...days].map(([day, meals]) => ({ day, meals })) }
}

/** The planner's objective (the score less the empty-slot penalty) of a plan. */
function objectiveOf(given: PlannerInput, days: PlanDays): number {
  const inst = buildInstance({ ...given, scope: { kind: 'week' } })
  return new ScoreState(inst, assignmentOf(inst, days), portionsOf(inst, days), leftoversOf(inst, days)).objective()
}

/**
 * HiGHS at the planner's plan gives the planner's objective, its free optimum is at least that, and
 * its own plan read back scores what it says.
 */
function agreesWithPlanner(given: PlannerInput): void {
  const ours = planWeek(given)
  const household = given.profile.householdSize
  const oursObjective = objectiveOf(given, ours.days)
  const fixed = solve(buildLpModel(given, { fix: ours.days }), household)
  expect(fixed.status).toBe('Optimal')
  expect(fixed.objective).toBeCloseTo(oursObjective, 5)
  const free = solve(buildLpModel(given), household)
  expect(free.objective).toBeGreaterThanOrEqual(oursObjective - 1e-6)
  expect(objectiveOf(given, free.days)).toBeCloseTo(free.objective, 5)
}

/** A tiny week: 3 days × 2 slots, recipes that pull targets against each other, one lock. */
const tiny: PlannerInput = input(
  [
    recipe('kefir-oats', { slots: ['breakfast'], fermented: true, perServing: { energyKcal: 420, fiberG: 7 }, plants: [{ key: 'oat', points: 1 }], limitFlags: 1 }),
    recipe('toast', { slots: ['breakfast'], perServing: { energyKcal: 300, fiberG: 3 }, plants: [{ key: 'wheat', points: 1 }], limitFlags: 2 }),
    recipe('chia-pot', { slots: ['breakfast'], alaSource: true, prebiotic: true, perServing: { energyKcal: 380, fiberG: 11 }, plants: [{ key: 'chia', points: 1 }, { key: 'cinnamon', points: 0.25 }] }),
    recipe('salmon-bowl', { slots: ['dinner'], oilyFish: true, perServing: { energyKcal: 780, fiberG: 6 }, plants: [{ key: 'rice', points: 1 }, { key: 'dill', points: 0.25 }] }),
    recipe('lentil-stew', { slots: ['dinner'], prebiotic: true, perServing: { energyKcal: 560, fiberG: 14 }, plants: [{ key: 'lentil', points: 1 }, { key: 'onion', points: 1 }, { key: 'carrot', points: 1 }] }),
    recipe('kimchi-rice', { slots: ['dinner'], fermented: true, perServing: { energyKcal: 900, fiberG: 5 }, plants: [{ key: 'rice', points: 1 }, { key: 'cabbage', points: 1 }], limitFlags: 1 }),
    recipe('cheese-pie', { slots: ['dinner'], fermented: true, perServing: { energyKcal: 700, fiberG: 12 }, conflicts: [conflict('lactose')] }),
  ],
  {
    days: 3,
    profile: profile({ slots: ['breakfast', 'dinner'], targets: { fiberG: 30, energyKcal: 2000 } }),
    locked: [{ day: 1, slot: 'dinner', recipeId: 'cheese-pie', servings: 2 }],
  },
)

// HiGHS works to feasibility tolerances of 1e-7 on rows scaled up to the energy target (kcal), so
// "equal" here means equal to 5 decimals of a 0..100 score.
describe('the LP model is the planner score', () => {
  it('evaluates to the planner total at the planner plan, and its optimum is at least that', () => {
    const ours = planWeek(tiny)
    const household = tiny.profile.householdSize
    const oursObjective = objectiveOf(tiny, ours.days)
    // With no slot left empty, the objective is the score.
    expect(oursObjective).toBeCloseTo(ours.scores.total, 9)
    const fixed = solve(buildLpModel(tiny, { fix: ours.days }), household)
    expect(fixed.status).toBe('Optimal')
    expect(fixed.objective).toBeCloseTo(oursObjective, 5)
    const free = solve(buildLpModel(tiny), household)
    expect(free.status).toBe('Optimal')
    expect(free.objective).toBeGreaterThanOrEqual(oursObjective - 1e-6)
    // Read back, HiGHS's plan scores what HiGHS says it does.
    expect(objectiveOf(tiny, free.days)).toBeCloseTo(free.objective, 5)
  }, 30_000)

  it('agrees with the planner on random tiny instances (fish or ALA, locks, raised use limits, energy far off)', () => {
    const arbTiny = arbLibrary(8).chain((recipes) =>
      fc.record({
        recipes: fc.constant(recipes),
        profile: arbProfile,
        locked: arbLocked(recipes.length),
        seed: fc.integer(),
        recentFiberG: fc.option(fc.integer({ min: 5, max: 40 }), { nil: undefined }),
        rules: arbRules(recipes.map((r) => r.id)),
        previousWeek: fc.subarray(recipes.map((r) => r.id)),
      }),
    )
    fc.assert(
      fc.property(arbTiny, ({ recipes, profile: person, locked, seed, recentFiberG, rules, previousWeek }) => {
        // recentFiberG: a ramp week (fibre rises about 5 g a day from recent weeks) when well below the target.
        // rules: time caps, day rules, favourites, disliked, not the same as last week.
        agreesWithPlanner(input(recipes, { profile: { ...person, slots: person.slots.slice(0, 2) }, locked: locked.filter((l) => l.day < 3), days: 3, seed, recentFiberG, rules, previousWeek }))
      }),
      { numRuns: 20 },
    )
  }, 60_000)

  it('agrees with the planner on random weeks of lunches and dinners with leftovers (locks, kept leftovers, rules)', () => {
    const arbWeek = arbLibrary(10).chain((recipes) =>
      fc.record({
        recipes: fc.constant(recipes),
        profile: arbProfile,
        locked: arbLocked(recipes.length),
        seed: fc.integer(),
        rules: arbRules(recipes.map((r) => r.id)),
      }),
    )
    fc.assert(
      fc.property(arbWeek, ({ recipes, profile: person, locked, seed, rules }) => {
        agreesWithPlanner(input(recipes, { profile: { ...person, slots: ['lunch', 'dinner'] }, locked: locked.filter((l) => l.day < 4), days: 4, seed, rules: { ...rules, leftovers: true } }))
      }),
      { numRuns: 20 },
    )
  }, 90_000)

  it('writes binaries for the assignment, an integer portion for each, and an energy and a fibre-cap binary a day', () => {
    const model = buildLpModel(tiny)
    // Open cells: 3 breakfasts × 3 candidates + 2 dinners × 3 candidates; plus 3 energy and 3 fibre-cap binaries.
    expect(model.columns.length).toBe(15)
    expect(model.size.binaries).toBe(21)
    expect(model.size.integers).toBe(15)
    expect(model.portions.map((p) => p.name)).toEqual(model.columns.map((c) => c.name.replace(/^x/, 'm')))
    expect(model.text).toMatch(/\nGeneral\n/)
    expect(model.text).toMatch(/^Maximize\n/)
    expect(model.text).toMatch(/\nEnd\n$/)
  })
})
