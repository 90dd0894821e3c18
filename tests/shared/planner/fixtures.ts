/**
 * Synthetic PlannerRecipe fixtures: hand-made recipes for table cases, a seeded random library,
 * and fast-check arbitraries for property tests.
 */
import fc from 'fast-check'
import type { PlannerInput, PlannerRecipe, RecipeConflict } from '../../../shared/planner'
import { mulberry32, randomInt } from '../../../shared/planner/rng'
import { defaultProfile, mealSlots, type MealSlot, type Profile } from '../../../shared/profile/profile'

/** A plain recipe: fits every slot, 500 kcal, 8 g fiber, no tags, one plant named after it. */
export function recipe(id: string, over: Partial<PlannerRecipe> = {}): PlannerRecipe {
  return {
    id,
    slots: [...mealSlots],
    perServing: { energyKcal: 500, fiberG: 8 },
    fermented: false,
    prebiotic: false,
    oilyFish: false,
    alaSource: false,
    plants: [{ key: `plant-${id}`, points: 1 }],
    limitFlags: 0,
    conflicts: [],
    totalMinutes: 20,
    ...over,
  }
}

/** A conflict with one rule. */
export function conflict(rule: string): RecipeConflict {
  return { rule, foodId: `food-${rule}`, reason: `contains-${rule}` }
}

export function profile(over: Partial<Profile> = {}): Profile {
  return { ...defaultProfile(), ...over }
}

export function input(recipes: readonly PlannerRecipe[], over: Partial<PlannerInput> = {}): PlannerInput {
  return { profile: profile(), recipes, week: '2026-W48', locked: [], seed: 1, ...over }
}

const rules = ['lactose', 'gluten', 'fructans', 'allergen:fish', 'diet']

/** A seeded library of `size` recipes; `conflictShare` of them conflict with the person. */
export function randomLibrary(size: number, seed: number, conflictShare = 0.2): PlannerRecipe[] {
  const rng = mulberry32(seed)
  const pickSlots = (): MealSlot[] => {
    const slots = mealSlots.filter(() => rng() < 0.35)
    return slots.length > 0 ? slots : [mealSlots[randomInt(rng, 4)] as MealSlot]
  }
  return Array.from({ length: size }, (_, i) =>
    recipe(`r${i}`, {
      slots: pickSlots(),
      perServing: { energyKcal: 150 + randomInt(rng, 650), fiberG: 2 + randomInt(rng, 130) / 10 },
      fermented: rng() < 0.25,
      prebiotic: rng() < 0.3,
      oilyFish: rng() < 0.1,
      alaSource: rng() < 0.1,
      plants: Array.from({ length: 3 + randomInt(rng, 6) }, () => randomInt(rng, 60)).map((k) => ({ key: `p${k}`, points: k < 10 ? 0.25 : 1 })),
      limitFlags: rng() < 0.6 ? 0 : randomInt(rng, 4),
      conflicts: rng() < conflictShare ? [conflict(rules[randomInt(rng, rules.length)] as string)] : [],
    }),
  )
}

/** Unique plant lists (distinct keys). */
const arbPlants = fc.uniqueArray(fc.record({ key: fc.constantFrom(...Array.from({ length: 25 }, (_, i) => `p${i}`)), points: fc.constantFrom(1, 0.25) }), {
  selector: (p) => p.key,
  maxLength: 6,
})

/** One arbitrary recipe (id assigned by the library arbitrary). */
const arbRecipeBody = fc.record({
  slots: fc.subarray([...mealSlots], { minLength: 1 }),
  energyKcal: fc.integer({ min: 0, max: 1200 }),
  fiberG: fc.integer({ min: 0, max: 200 }).map((tenths) => tenths / 10),
  fermented: fc.boolean(),
  prebiotic: fc.boolean(),
  oilyFish: fc.boolean(),
  alaSource: fc.boolean(),
  plants: arbPlants,
  limitFlags: fc.integer({ min: 0, max: 5 }),
  totalMinutes: fc.integer({ min: 5, max: 90 }),
  fish: fc.boolean(),
  noCook: fc.boolean(),
  conflicts: fc.oneof(fc.constant([] as RecipeConflict[]), fc.subarray(rules, { minLength: 1, maxLength: 2 }).map((rs) => rs.map(conflict))),
})

/** A library of 0..maxSize recipes with ids r0, r1 … */
export function arbLibrary(maxSize = 25): fc.Arbitrary<PlannerRecipe[]> {
  return fc.array(arbRecipeBody, { maxLength: maxSize }).map((bodies) =>
    bodies.map((b, i) =>
      recipe(`r${i}`, {
        slots: b.slots,
        perServing: { energyKcal: b.energyKcal, fiberG: b.fiberG },
        fermented: b.fermented,
        prebiotic: b.prebiotic,
        oilyFish: b.oilyFish,
        alaSource: b.alaSource,
        plants: b.plants,
        limitFlags: b.limitFlags,
        conflicts: b.conflicts,
        totalMinutes: b.totalMinutes,
        fish: b.fish,
        meatFree: !b.fish,
        noCook: b.noCook,
      }),
    ),
  )
}

export const arbProfile: fc.Arbitrary<Profile> = fc.record({
  intolerances: fc.constant([]),
  allergens: fc.subarray(['fish'] as const),
  diet: fc.constantFrom('omnivore', 'pescatarian', 'vegetarian', 'vegan'),
  avoidFoods: fc.constant([]),
  householdSize: fc.integer({ min: 1, max: 4 }),
  slots: fc.subarray([...mealSlots], { minLength: 1 }),
  targets: fc.record({ fiberG: fc.integer({ min: 10, max: 80 }), energyKcal: fc.integer({ min: 1000, max: 5000 }) }),
})

/** Locked slots over 7 days, naming recipes of a library of `size` (or none, or an unknown id). */
export function arbLocked(size: number): fc.Arbitrary<PlannerInput['locked']> {
  return fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 6 }),
      slot: fc.constantFrom(...mealSlots),
      recipeId: fc.oneof(fc.constant(null), fc.constant('unknown'), ...(size > 0 ? [fc.integer({ min: 0, max: size - 1 }).map((i) => `r${i}`)] : [])),
      servings: fc.integer({ min: 1, max: 6 }),
    }),
    { maxLength: 6 },
  )
}

/** Small search effort for property tests: same rules, fewer iterations. */
export const quickEffort = { restarts: 2, kicks: 5 }
