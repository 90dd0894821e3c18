/**
 * The profile grid the planner is measured on (issue 13): every diet × common intolerance and
 * allergen combinations × 1, 2 and 4 people × 3 and 4 slots × 1,400–3,200 kcal, each planned
 * with several seeds on the built-in library. Shared by the bench case (figures and time) and by
 * a unit test (the hard rules and the goals, no timing).
 */
import { planWeek, type PlannerRecipe, type PlanResult } from '../../shared/planner'
import { buildInstance } from '../../shared/planner/instance'
import { oilyFishMax } from '../../shared/planner/params'
import { defaultProfile, diets, eatsFish, fodmapSubgroups, type MealSlot, type Profile } from '../../shared/profile/profile'
import type { RecipeFacts } from '../../shared/recipes/analyze'
import type { Food } from '../../shared/food/types'
import { plannableLibrary } from '../../shared/recipes/plannable'

/** The restriction sets crossed with every diet. */
const restrictions: [string, Partial<Profile>][] = [
  ['no limits', {}],
  ['gluten', { intolerances: ['gluten'] }],
  ['lactose', { intolerances: ['lactose'] }],
  ['gluten + lactose', { intolerances: ['gluten', 'lactose'] }],
  ['fructans', { intolerances: ['fructans'] }],
  ['fructans + GOS', { intolerances: ['fructans', 'gos'] }],
  ['gluten + lactose + fructans + GOS', { intolerances: ['gluten', 'lactose', 'fructans', 'gos'] }],
  ['low-FODMAP (all 5)', { intolerances: [...fodmapSubgroups] }],
  ['tree nuts + peanuts', { allergens: ['tree-nuts', 'peanuts'] }],
  // The common IBS profile of issue 13.
  ['IBS: GF, LF, fructans, GOS, tree nuts, no mushrooms', { intolerances: ['gluten', 'lactose', 'fructans', 'gos'], allergens: ['tree-nuts'], avoidFoods: [{ type: 'family', family: 'mushrooms' }] }],
]

const households = [1, 2, 4] as const
const slotSets: MealSlot[][] = [
  ['breakfast', 'lunch', 'dinner'],
  ['breakfast', 'lunch', 'dinner', 'snack'],
]
const energies = [1400, 1800, 2200, 2600, 3200] as const

export interface GridProfile {
  name: string
  profile: Profile
}

/** 4 diets × 10 restriction sets = 40 profiles; household, slots and energy cycle through their values. */
export function gridProfiles(): GridProfile[] {
  const out: GridProfile[] = []
  let i = 0
  for (const diet of diets) {
    for (const [label, change] of restrictions) {
      const isIbs = label.startsWith('IBS') && diet === 'vegetarian'
      const householdSize = isIbs ? 2 : (households[i % households.length] ?? 1)
      const slots = isIbs ? slotSets[0]! : (slotSets[Math.floor(i / 3) % slotSets.length] ?? slotSets[1]!)
      const energyKcal = isIbs ? 2000 : (energies[i % energies.length] ?? 2000)
      const profile: Profile = { ...defaultProfile(), ...change, diet, householdSize, slots: [...slots], targets: { fiberG: 30, energyKcal } }
      out.push({ name: `${diet}, ${label}, ${householdSize} ${householdSize === 1 ? 'person' : 'people'}, ${slots.length} slots, ${energyKcal} kcal`, profile })
      i++
    }
  }
  return out
}

/** What one planned week gives, for the grid's figures. */
export interface GridWeek {
  profile: string
  seed: number
  ms: number
  slots: number
  /** Open slots left without a meal. */
  emptySlots: number
  /** Empty slots of a slot kind that had at least one fitting recipe (written for it or flexible): goal 0. */
  avoidableEmpty: number
  fiberDays: number
  fermentedDays: number
  prebioticDays: number
  days: number
  oilyFishMeals: number
  oilyFishLimit: number
  fishEater: boolean
  /** The most uses of one recipe. */
  maxRepeats: number
  /** A recipe on two neighbouring days (or twice a day). */
  neighbourRepeats: number
  /** Mean over days of |energy − target| / target (per person). */
  energyDeviation: number
  /** Meals planned from a slot's flexible candidates (a lunch as a dinner …). */
  flexibleMeals: number
  /** Meals planned as an adapted recipe. */
  adaptedMeals: number
  /** Meals eaten as leftovers of the dinner before. */
  leftoverMeals: number
  /** Days above about 50 g of fibre (scaled to energy and slots), and the most fibre a day (per person, planned slots). */
  highFiberDays: number
  maxFiberG: number
  score: number
  conflicting: number
  result: PlanResult
}

/** Plans one grid profile with one seed and reads its figures. */
export function planGridWeek(grid: GridProfile, facts: readonly RecipeFacts[], foods: ReadonlyMap<string, Food>, seed: number, derived?: PlannerRecipe[]): GridWeek {
  const { profile } = grid
  const recipes = derived ?? plannableLibrary(facts, profile, foods).recipes
  const input = { profile, recipes, week: '2026-W48', locked: [], seed }
  const started = performance.now()
  const result = planWeek(input)
  const ms = performance.now() - started
  const inst = buildInstance(input)
  const byId = new Map(recipes.map((r) => [r.id, r]))
  const meals = result.days.flatMap((d) => d.meals.map((m) => ({ ...m, day: d.day })))
  const slotHasCandidates = new Map(inst.slots.map((s, i) => [s, (inst.candidates[i]?.length ?? 0) > 0]))
  const fiberGoal = result.scores.targets.fiber.goal
  const energyGoal = result.scores.targets.energy.goal
  const uses = new Map<string, number[]>()
  // A leftover is the same cooking as the dinner before it: no repeat on a neighbouring day.
  for (const m of meals) if (m.recipeId && m.leftover !== true) uses.set(m.recipeId, [...(uses.get(m.recipeId) ?? []), m.day])
  let neighbourRepeats = 0
  for (const days of uses.values()) {
    const sorted = [...days].sort((a, b) => a - b)
    for (let i = 1; i < sorted.length; i++) if ((sorted[i] ?? 0) - (sorted[i - 1] ?? 0) <= 1) neighbourRepeats++
  }
  const perDay = (id: 'fiber' | 'fermented' | 'prebiotic' | 'energy') => result.scores.targets[id].perDay ?? []
  return {
    profile: grid.name,
    seed,
    ms,
    slots: meals.length,
    emptySlots: meals.filter((m) => m.recipeId === null).length,
    avoidableEmpty: meals.filter((m) => m.recipeId === null && slotHasCandidates.get(m.slot)).length,
    fiberDays: perDay('fiber').filter((g) => g >= fiberGoal - 1e-9).length,
    fermentedDays: perDay('fermented').filter((x) => x > 0).length,
    prebioticDays: perDay('prebiotic').filter((x) => x > 0).length,
    days: result.days.length,
    oilyFishMeals: meals.filter((m) => m.recipeId && byId.get(m.recipeId)?.oilyFish).length,
    oilyFishLimit: oilyFishMax(result.days.length, profile.mayBePregnant === true),
    fishEater: eatsFish(profile),
    maxRepeats: Math.max(0, ...[...uses.values()].map((d) => d.length)),
    neighbourRepeats,
    energyDeviation: energyGoal > 0 ? perDay('energy').reduce((s, e) => s + Math.abs(e - energyGoal) / energyGoal, 0) / Math.max(1, result.days.length) : 0,
    flexibleMeals: meals.filter((m) => m.reasons.some((r) => r.code === 'flexible-slot')).length,
    adaptedMeals: meals.filter((m) => m.recipeId && byId.get(m.recipeId)?.adaptedFrom !== undefined).length,
    leftoverMeals: meals.filter((m) => m.leftover === true).length,
    highFiberDays: result.scores.targets.fiber.highDays?.length ?? 0,
    maxFiberG: Math.max(0, ...perDay('fiber')),
    score: result.scores.total,
    conflicting: meals.filter((m) => m.recipeId && (byId.get(m.recipeId)?.conflicts.length ?? 0) > 0).length,
    result,
  }
}
