/**
 * Adapted recipes (shared/recipes/adapt.ts) and the swap table (shared/recipes/swaps.ts): named
 * examples, the table checked against the knowledge layer, and a property test over the whole
 * built-in library and many seeded random profiles. Prints how many lunches and dinners fit as
 * written and how many more fit adapted, for the common profiles.
 */
import { describe, expect, it } from 'vitest'
import { assessFood } from '../../../shared/food/assess'
import { everydayNamesById } from '../../../shared/food/names'
import { sourceKeys } from '../../../shared/food/sources'
import type { Food } from '../../../shared/food/types'
import { allergens, defaultProfile, diets, fodmapSubgroups, intolerances, type Allergen, type Profile } from '../../../shared/profile/profile'
import { adaptRecipe, adaptRecipeOutcome, adaptedRecipeId, isAdaptedRecipeId, type Adaptation } from '../../../shared/recipes/adapt'
import { analyzeRecipe, recipeConflicts } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { swapById, swapMatches, swapSourceFoods, swapTable, type Swap, type SwapLimit } from '../../../shared/recipes/swaps'
import type { Recipe, RecipeIngredient } from '../../../shared/recipes/types'
import { testCatalogue } from '../food/catalogue-fixture'

const catalogue = testCatalogue()
const foods = catalogue.byId
const food = (id: string): Food => {
  const f = foods.get(id)
  if (!f) throw new Error(`food ${id} is not in the catalogue`)
  return f
}

const F = {
  garlic: '11215',
  onion: '11282',
  chives: '11156',
  garlicOil: 'gp-garlic-infused-oil',
  oliveOil: '04053',
  whiteRice: '20044',
  carrots: '11124',
  cannedTomatoes: '11531',
  wholeWheatMacaroni: '20107',
  cornPasta: '20091',
  riceNoodles: '20133',
  gfOats: 'gp-gluten-free-oats',
  chickpeasBoiled: '16057',
  chickpeasCannedRinsed: '16359',
  peanutButter: '16398',
  sunflowerButter: '12040',
  milk: '01077',
  lactoseFreeMilk: 'gp-lactose-free-milk',
} as const

const g = (foodId: string, amount: number): RecipeIngredient => ({ foodId, quantity: { unit: 'g', amount } })
const recipe = (id: string, servings: number, ingredients: RecipeIngredient[]): Recipe => ({
  id,
  name: { en: id, de: id },
  slots: ['dinner'],
  servings,
  prepMinutes: 10,
  cookMinutes: 20,
  ingredients,
  steps: [{ en: 'Cook.', de: 'Kochen.' }],
})
const profileWith = (change: Partial<Profile>): Profile => ({ ...defaultProfile(), ...change })
const outcome = (r: Recipe, profile: Profile, table: readonly Swap[] = swapTable) => adaptRecipeOutcome(analyzeRecipe(r, foods), profile, foods, table)
const adapted = (r: Recipe, profile: Profile, table: readonly Swap[] = swapTable): Adaptation => {
  const o = outcome(r, profile, table)
  if (!o.ok) throw new Error(`not adapted: ${o.reason} ${o.foodIds.join(', ')}`)
  return o.adaptation
}

describe('adaptRecipe: named examples', () => {
  const garlicOnion = recipe('d-test-garlic-onion-rice', 2, [g(F.oliveOil, 10), g(F.onion, 150), g(F.garlic, 6), g(F.carrots, 200), g(F.whiteRice, 150)])
  const fructans = profileWith({ intolerances: ['fructans'] })

  it('a garlic and onion recipe for a fructan-intolerant person becomes garlic-infused oil and chives, and passes', () => {
    const original = analyzeRecipe(garlicOnion, foods)
    expect(recipeConflicts(original, fructans).map((c) => c.foodId).sort()).toEqual([F.garlic, F.onion].sort())
    const a = adapted(garlicOnion, fructans)
    expect(a.recipe.id).toBe('d-test-garlic-onion-rice~adapted')
    expect(a.recipe.name).toEqual(garlicOnion.name)
    expect(a.recipe.steps).toEqual(garlicOnion.steps)
    expect(a.recipe.ingredients).toEqual([g(F.oliveOil, 10), g(F.chives, 10), g(F.garlicOil, 9), g(F.carrots, 200), g(F.whiteRice, 150)])
    expect(a.adaptedFrom).toEqual({
      recipeId: garlicOnion.id,
      swaps: [
        { swapId: 'onion-to-chives', from: [F.onion], to: F.chives, fromGrams: 150, toGrams: 10 },
        { swapId: 'garlic-to-garlic-oil', from: [F.garlic], to: F.garlicOil, fromGrams: 6, toGrams: 9 },
      ],
    })
    expect(recipeConflicts(analyzeRecipe(a.recipe, foods), fructans)).toEqual([])
    expect(a.facts.fits['low-fodmap']).not.toBe(false)
  })

  it('merges a swapped-in food with the same food already in the recipe, at the first of their places', () => {
    const r = recipe('d-test-oil-twice', 2, [g(F.garlic, 6), g(F.carrots, 200), g(F.garlicOil, 10), g(F.whiteRice, 150)])
    const a = adapted(r, fructans)
    expect(a.recipe.ingredients).toEqual([g(F.garlicOil, 19), g(F.carrots, 200), g(F.whiteRice, 150)])
    expect(a.adaptedFrom.swaps).toEqual([{ swapId: 'garlic-to-garlic-oil', from: [F.garlic], to: F.garlicOil, fromGrams: 6, toGrams: 9 }])
  })

  it('converts measures to grams and caps a legume at the serve rated low (canned rinsed chickpeas, 42 g a serving)', () => {
    const r = recipe('d-test-chickpeas', 2, [
      { foodId: F.chickpeasBoiled, quantity: { unit: 'measure', amount: 1, measure: 'cup' } },
      g(F.chickpeasCannedRinsed, 100),
      g(F.whiteRice, 150),
    ])
    const a = adapted(r, profileWith({ intolerances: ['gos'] }))
    expect(a.recipe.ingredients).toEqual([g(F.chickpeasCannedRinsed, 84), g(F.whiteRice, 150)])
    expect(a.adaptedFrom.swaps).toEqual([{ swapId: 'chickpeas-to-canned-small-serve', from: [F.chickpeasBoiled, F.chickpeasCannedRinsed], to: F.chickpeasCannedRinsed, fromGrams: 264, toGrams: 84 }])
  })

  it('picks the first swap that takes away every limit the ingredient conflicts with', () => {
    const pasta = recipe('d-test-pasta', 2, [g(F.wholeWheatMacaroni, 160), g(F.cannedTomatoes, 400), g(F.oliveOil, 10)])
    expect(adapted(pasta, profileWith({ intolerances: ['gluten'] })).recipe.ingredients[0]).toEqual(g(F.cornPasta, 160))
    // Corn pasta is not rated for FODMAPs, so it does not take away fructans: rice noodles do.
    expect(adapted(pasta, profileWith({ intolerances: ['gluten', 'fructans'] })).recipe.ingredients[0]).toEqual(g(F.riceNoodles, 160))
    // A swap for the allergen "cereals containing gluten" as well.
    expect(adapted(pasta, profileWith({ allergens: ['gluten-cereals'] })).recipe.ingredients[0]).toEqual(g(F.cornPasta, 160))
  })

  it('swaps milk for the vegan diet only to a plant drink, and for lactose to lactose-free milk', () => {
    const porridge = recipe('b-test-rice-pudding', 1, [g(F.whiteRice, 50), { foodId: F.milk, quantity: { unit: 'ml', amount: 250 } }])
    expect(adapted(porridge, profileWith({ intolerances: ['lactose'] })).recipe.ingredients[1]!.foodId).toBe(F.lactoseFreeMilk)
    expect(adapted(porridge, profileWith({ diet: 'vegan' })).recipe.ingredients[1]!.foodId).toBe('16222')
    // Soy drink is high in GOS: no swap for milk fits a vegan who limits GOS.
    expect(outcome(porridge, profileWith({ diet: 'vegan', intolerances: ['gos'] }))).toMatchObject({ ok: false, reason: 'no-swap', foodIds: [F.milk] })
  })

  const satay = recipe('d-test-satay', 2, [g(F.peanutButter, 40), g(F.riceNoodles, 120), g(F.carrots, 150)])
  const peanutAllergy = profileWith({ allergens: ['peanuts'] })

  it('does not adapt a recipe with a peanut conflict for a peanut allergy: the table has no allergen swap for it', () => {
    expect(outcome(satay, peanutAllergy)).toEqual({ ok: false, reason: 'no-swap', foodIds: [F.peanutButter] })
    expect(adaptRecipe(analyzeRecipe(satay, foods), peanutAllergy, foods)).toBeNull()
    const builtIn = builtInRecipes.find((r) => r.id === 'd-tofu-satay-peanut-rice')!
    expect(adaptRecipe(analyzeRecipe(builtIn, foods), peanutAllergy, foods)).toBeNull()
  })

  it('adapts it when a table does have a swap for that allergen', () => {
    const withAllergenSwap: Swap[] = [
      ...swapTable,
      { id: 'test-peanut-to-sunflower', from: { foodIds: [F.peanutButter] }, to: F.sunflowerButter, gramsPerGram: 1, limits: ['peanuts'], source: [], basis: 'test entry' },
    ]
    const a = adapted(satay, peanutAllergy, withAllergenSwap)
    expect(a.recipe.ingredients[0]).toEqual(g(F.sunflowerButter, 40))
    expect(recipeConflicts(a.facts, peanutAllergy)).toEqual([])
  })

  it('does not offer a swap whose result still conflicts (the chives stack with the oats past the fructan cut-off)', () => {
    // 40 g of oats a serving is the whole fructan allowance (rated low up to 40 g); the chives push the meal over it.
    const oatsOnion = recipe('b-test-savoury-oats', 2, [g(F.gfOats, 80), g(F.onion, 150), g(F.carrots, 100)])
    const result = outcome(oatsOnion, fructans)
    expect(result).toMatchObject({ ok: false, reason: 'still-conflicts' })
    expect(!result.ok && [...result.foodIds].sort()).toEqual([F.chives, F.gfOats].sort())
  })

  it('never swaps away an avoided food, an unknown food, or a recipe that fits as written', () => {
    const avoidsOnions = profileWith({ intolerances: ['fructans'], avoidFoods: [{ type: 'family', family: 'onion-family' }] })
    expect(outcome(garlicOnion, avoidsOnions)).toMatchObject({ ok: false, reason: 'no-swap' })
    const withUnknown = recipe('d-test-unknown', 2, [...garlicOnion.ingredients, g('gp-not-a-food', 10)])
    expect(outcome(withUnknown, fructans)).toEqual({ ok: false, reason: 'unresolved', foodIds: ['gp-not-a-food'] })
    expect(outcome(garlicOnion, defaultProfile())).toEqual({ ok: false, reason: 'fits', foodIds: [] })
  })

  it('is deterministic, and marks adapted ids', () => {
    const facts = analyzeRecipe(garlicOnion, foods)
    expect(adaptRecipe(facts, fructans, foods)).toEqual(adaptRecipe(facts, fructans, foods))
    expect(adaptedRecipeId('d-x')).toBe('d-x~adapted')
    expect(isAdaptedRecipeId('d-x~adapted')).toBe(true)
    expect(isAdaptedRecipeId('d-x')).toBe(false)
  })
})

/** A profile with only this limit. */
function limitProfile(limit: SwapLimit): Profile {
  if ((intolerances as readonly string[]).includes(limit)) return profileWith({ intolerances: [limit as Profile['intolerances'][number]] })
  if ((allergens as readonly string[]).includes(limit)) return profileWith({ allergens: [limit as Allergen] })
  return profileWith({ diet: limit as Profile['diet'] })
}

describe('the swap table', () => {
  it('has unique ids, a basis for every swap, and only REFERENCE source keys', () => {
    expect(new Set(swapTable.map((s) => s.id)).size).toBe(swapTable.length)
    for (const swap of swapTable) {
      expect(swap.basis.trim().length, swap.id).toBeGreaterThan(20)
      for (const key of swap.source) expect(sourceKeys, swap.id).toContain(key)
      expect(swap.limits.length, swap.id).toBeGreaterThan(0)
      expect(swap.gramsPerGram, swap.id).toBeGreaterThan(0)
      expect(swapById(swap.id)).toBe(swap)
    }
  })

  it.each(swapTable.map((s) => [s.id, s] as const))('%s: replaces catalogue foods with a named catalogue food that fits every limit it lists', (_id, swap) => {
    const target = food(swap.to)
    expect(everydayNamesById.has(swap.to), `${swap.to} has everyday names`).toBe(true)
    const sources = swapSourceFoods(swap, catalogue.foods)
    expect(sources.length, 'matches some food').toBeGreaterThan(0)
    // The replacement is never one of the foods it replaces, unless the swap only changes the amount.
    if (!swap.from.foodIds?.includes(swap.to)) expect(swapMatches(swap, target)).toBe(false)
    for (const limit of swap.limits) {
      const profile = limitProfile(limit)
      expect(assessFood(target, profile).conflicts, `${limit} at a typical serve`).toEqual([])
      // At the most a serving may hold after the swap (or a typical 100 g), alone in a dish.
      const grams = swap.maxGramsPerServing ?? 100
      const alone = analyzeRecipe(recipe(`t-${swap.id}`, 1, [g(swap.to, grams)]), foods)
      expect(recipeConflicts(alone, profile), `${limit} at ${grams} g`).toEqual([])
    }
  })

  it('lists, for the UI, the foods each swap replaces and the food it puts in', () => {
    const onion = swapById('onion-to-chives')!
    expect(swapSourceFoods(onion, catalogue.foods)).toEqual(expect.arrayContaining([F.onion, '11677']))
    expect(swapSourceFoods(onion, catalogue.foods)).not.toContain(F.chives)
    expect(swapSourceFoods(swapById('garlic-to-garlic-oil')!, catalogue.foods)).toContain(F.garlic)
  })
})

/** mulberry32: a small seeded generator, so the random profiles are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomProfile(next: () => number): Profile {
  const pick = <T>(list: readonly T[], p: number) => list.filter(() => next() < p)
  const families = ['mushrooms', 'onion-family', 'nuts', 'shellfish', 'cabbage-family']
  return profileWith({
    intolerances: pick(intolerances, 0.3),
    allergens: pick(allergens, 0.06),
    diet: diets[Math.floor(next() * diets.length)]!,
    avoidFoods: next() < 0.15 ? [{ type: 'family', family: families[Math.floor(next() * families.length)]! }] : [],
  })
}

const libraryFacts = builtInRecipes.map((r) => analyzeRecipe(r, foods))

describe('adaptations of the whole built-in library, for many random profiles', () => {
  const next = random(20260611)
  const profiles = Array.from({ length: 70 }, () => randomProfile(next))
  const results = profiles.flatMap((profile) => libraryFacts.map((facts) => ({ profile, facts, adaptation: adaptRecipe(facts, profile, foods) })))
  const offered = results.filter((r): r is typeof r & { adaptation: Adaptation } => r.adaptation !== null)

  it('offers some adaptations (the property below is not vacuous)', () => {
    expect(offered.length).toBeGreaterThan(50)
    expect(new Set(offered.map((r) => r.facts.recipe.id)).size).toBeGreaterThan(20)
  })

  it('every adaptation, re-analysed, has no conflict and nothing unresolved', () => {
    const bad = offered.filter(({ adaptation, profile }) => {
      const again = analyzeRecipe(adaptation.recipe, foods)
      return again.unresolved.length > 0 || recipeConflicts(again, profile).length > 0
    })
    expect(bad.map((b) => b.adaptation.recipe.id)).toEqual([])
  })

  it('every adaptation is of a recipe that conflicted, and differs from it only in swapped ingredients', () => {
    for (const { facts, profile, adaptation } of offered) {
      const original = facts.recipe
      const { recipe: r, adaptedFrom } = adaptation
      expect(recipeConflicts(facts, profile).length).toBeGreaterThan(0)
      expect(r.id).toBe(adaptedRecipeId(original.id))
      expect(adaptedFrom.recipeId).toBe(original.id)
      expect({ ...r, id: original.id, ingredients: [] }).toEqual({ ...original, ingredients: [] })
      const swappedFrom = new Set(adaptedFrom.swaps.flatMap((s) => s.from))
      const swappedTo = new Set(adaptedFrom.swaps.map((s) => s.to))
      expect(adaptedFrom.swaps.length).toBeGreaterThan(0)
      for (const s of adaptedFrom.swaps) for (const id of s.from) expect(original.ingredients.some((i) => i.foodId === id)).toBe(true)
      // Every other ingredient is kept exactly, in order; only swap targets are new or changed.
      const kept = original.ingredients.filter((i) => !swappedFrom.has(i.foodId) && !swappedTo.has(i.foodId))
      expect(r.ingredients.filter((i) => !swappedTo.has(i.foodId))).toEqual(kept)
      for (const id of swappedTo) expect(r.ingredients.filter((i) => i.foodId === id).length).toBe(1)
    }
  })

  it('every swap an adaptation lists is in the table, has a source or a stated basis, and takes away a limit the person has', () => {
    for (const { profile, adaptation } of offered) {
      const limits = new Set<string>([...profile.intolerances, ...profile.allergens, profile.diet])
      for (const applied of adaptation.adaptedFrom.swaps) {
        const swap = swapById(applied.swapId)
        expect(swap, applied.swapId).toBeDefined()
        expect(swap!.source.length > 0 || swap!.basis.trim().length > 0).toBe(true)
        expect(swap!.to).toBe(applied.to)
        expect(swap!.limits.some((l) => limits.has(l)), `${applied.swapId} for ${[...limits].join(',')}`).toBe(true)
        for (const id of applied.from) expect(swapMatches(swap!, food(id))).toBe(true)
        expect(applied.toGrams).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it('is deterministic over the library', () => {
    const profile = profiles[0]!
    expect(libraryFacts.map((f) => adaptRecipe(f, profile, foods))).toEqual(libraryFacts.map((f) => adaptRecipe(f, profile, foods)))
  })
})

describe('coverage: lunches and dinners that fit as written, and how many more fit adapted', () => {
  const mains = libraryFacts.filter((f) => f.recipe.slots.some((s) => s === 'lunch' || s === 'dinner'))
  const limitSets: [string, Profile['intolerances']][] = [
    ['no limit', []],
    ['gluten', ['gluten']],
    ['lactose', ['lactose']],
    ...fodmapSubgroups.map((s): [string, Profile['intolerances']] => [s, [s]]),
    ['all 5 FODMAP subgroups', [...fodmapSubgroups]],
    ['gluten + lactose + all FODMAPs', ['gluten', 'lactose', ...fodmapSubgroups]],
  ]
  const rows = (['omnivore', 'vegetarian', 'vegan'] as const).flatMap((diet) =>
    limitSets.map(([name, list]) => {
      const profile = profileWith({ diet, intolerances: list })
      const asWritten = mains.filter((f) => f.unresolved.length === 0 && recipeConflicts(f, profile).length === 0).length
      const adaptedCount = mains.filter((f) => adaptRecipe(f, profile, foods) !== null).length
      return { diet, name, asWritten, adapted: adaptedCount }
    }),
  )

  // Few FODMAP profiles gain: after the swaps, the unrated herbs, spices and condiments of most
  // dishes (cumin, parsley, ginger, maple syrup, tamari…) leave the meal unknown, which is not safe.
  it('prints the figures, and adaptation adds recipes where the swaps apply', () => {
    const lines = rows.map((r) => `${r.diet.padEnd(11)} ${r.name.padEnd(31)} ${String(r.asWritten).padStart(3)} as written  +${String(r.adapted).padStart(3)} adapted`)
    console.log(`lunches and dinners: ${mains.length}\n${lines.join('\n')}`)
    const at = (diet: string, name: string) => rows.find((r) => r.diet === diet && r.name === name)!
    expect(at('omnivore', 'no limit').adapted).toBe(0)
    for (const name of ['gluten', 'lactose', 'fructans']) expect(at('omnivore', name).adapted, name).toBeGreaterThan(0)
    // Gluten gains most: 41 of the 112 original lunches and dinners come back adapted (corn pasta, tamari, quinoa …).
    expect(at('omnivore', 'gluten').adapted).toBeGreaterThanOrEqual(35)
  })
})
