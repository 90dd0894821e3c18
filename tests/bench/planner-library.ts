/**
 * Recipe libraries for the planner benchmark.
 *
 * - A realistic synthetic library (`syntheticLibrary`, 150 recipes, and `recombinedLibrary` to
 *   grow it): recipes carry raw traits (what they contain) and `deriveFor` turns them into
 *   PlannerRecipe facts for one profile the way the real derivation does (conflicts from
 *   intolerances, allergens and diet; prebiotics only when tolerated).
 * - `recombinePlannerRecipes` grows an already derived library (the real built-in one) to 500.
 */
import type { Allergen, Intolerance, MealSlot, Profile } from '../../shared/profile/profile'
import type { PlannerRecipe, RecipeConflict, RecipePlant } from '../../shared/planner/types'
import { mulberry32, randomInt, type Rng } from '../../shared/planner/rng'

/** What a synthetic recipe contains, before it is read against a profile. */
export interface SyntheticRecipe {
  id: string
  slots: MealSlot[]
  energyKcal: number
  fiberG: number
  fermented: boolean
  /** The prebiotic comes from a fructan/GOS source (onion, garlic, legumes…), lost for FODMAP-sensitive people. */
  prebiotic: 'none' | 'tolerated' | 'fodmap'
  oilyFish: boolean
  alaSource: boolean
  plants: RecipePlant[]
  limitFlags: number
  intolerances: Intolerance[]
  allergens: Allergen[]
  /** Contains meat (not vegetarian). */
  meat: boolean
  /** Contains fish or seafood (not vegetarian). */
  fish: boolean
  /** Contains dairy or egg (not vegan). */
  animal: boolean
  totalMinutes: number
}

const herbs = ['basil', 'parsley', 'coriander', 'mint', 'dill', 'thyme', 'rosemary', 'oregano', 'cumin', 'turmeric', 'ginger', 'paprika', 'cinnamon', 'chilli', 'black-pepper', 'sage', 'chives', 'fennel-seed', 'nutmeg', 'cardamom']
const plantNames = Array.from({ length: 100 }, (_, i) => `plant-${i}`)

const between = (rng: Rng, lo: number, hi: number): number => lo + rng() * (hi - lo)
const chance = (rng: Rng, p: number): boolean => rng() < p

/** Picks plant keys with a skew towards common ones (onion, tomato … are in many recipes). */
function pickPlants(rng: Rng, count: number): RecipePlant[] {
  const chosen = new Map<string, number>()
  while (chosen.size < count) {
    if (chance(rng, 0.2)) chosen.set(herbs[randomInt(rng, herbs.length)] as string, 0.25)
    else chosen.set(plantNames[Math.floor(plantNames.length * rng() ** 1.8)] as string, 1)
  }
  return [...chosen].map(([key, points]) => ({ key, points }))
}

/** About `size` recipes (default 150) with plausible facts; same seed, same library. */
export function syntheticLibrary(size = 150, seed = 2026): SyntheticRecipe[] {
  const rng = mulberry32(seed)
  const recipes: SyntheticRecipe[] = []
  for (let i = 0; i < size; i++) {
    const u = rng()
    const slots: MealSlot[] = u < 0.24 ? ['breakfast'] : u < 0.44 ? ['lunch'] : u < 0.64 ? ['dinner'] : u < 0.82 ? ['lunch', 'dinner'] : ['snack']
    const main = slots[0] as MealSlot
    const energy =
      main === 'breakfast' ? between(rng, 250, 550) : main === 'snack' ? between(rng, 150, 300) : between(rng, 380, 800)
    const mealish = main === 'lunch' || main === 'dinner'
    const oilyFish = mealish && chance(rng, 0.17)
    const fish = oilyFish || (mealish && chance(rng, 0.06))
    const meat = !fish && mealish && chance(rng, 0.4)
    const fermented = chance(rng, main === 'breakfast' ? 0.45 : main === 'snack' ? 0.3 : 0.17)
    const dairy = fermented ? chance(rng, 0.6) : chance(rng, 0.25)
    const egg = chance(rng, main === 'breakfast' ? 0.3 : 0.1)
    const gluten = chance(rng, main === 'snack' ? 0.3 : 0.4)
    const prebioticRoll = rng()
    const prebiotic = prebioticRoll < 0.2 ? 'fodmap' : prebioticRoll < 0.3 ? 'tolerated' : 'none'
    const intolerances: Intolerance[] = []
    const allergens: Allergen[] = []
    if (dairy && chance(rng, 0.7)) intolerances.push('lactose')
    if (dairy) allergens.push('milk')
    if (gluten) {
      intolerances.push('gluten')
      allergens.push('gluten-cereals')
    }
    if (prebiotic === 'fodmap' || chance(rng, 0.15)) intolerances.push(chance(rng, 0.6) ? 'fructans' : 'gos')
    if (chance(rng, 0.08)) intolerances.push('excess-fructose')
    if (egg) allergens.push('eggs')
    if (fish) allergens.push('fish')
    const alaSource = chance(rng, 0.12)
    if (alaSource && chance(rng, 0.6)) allergens.push('tree-nuts')
    else if (chance(rng, 0.07)) allergens.push('tree-nuts')
    if (chance(rng, 0.08)) allergens.push('soybeans')
    if (chance(rng, 0.05)) allergens.push('sesame')
    const flagRoll = rng()
    recipes.push({
      id: `r${String(i).padStart(3, '0')}`,
      slots,
      energyKcal: Math.round(energy),
      fiberG: Math.round(between(rng, 2, 15) * 10) / 10,
      fermented,
      prebiotic,
      oilyFish,
      alaSource,
      plants: pickPlants(rng, 3 + randomInt(rng, 6)),
      limitFlags: flagRoll < 0.6 ? 0 : flagRoll < 0.85 ? 1 : flagRoll < 0.95 ? 2 : 3,
      intolerances: [...new Set(intolerances)],
      allergens: [...new Set(allergens)],
      meat,
      fish,
      animal: dairy || egg,
      totalMinutes: 10 + randomInt(rng, 60),
    })
  }
  return recipes
}

/** A library of `size` recipes made by recombining `base`: one recipe's frame with a second one's plants and traits mixed in. */
export function recombinedLibrary(base: readonly SyntheticRecipe[], size: number, seed = 7): SyntheticRecipe[] {
  const rng = mulberry32(seed)
  const out: SyntheticRecipe[] = [...base]
  for (let i = out.length; i < size; i++) {
    const a = base[randomInt(rng, base.length)] as SyntheticRecipe
    const b = base[randomInt(rng, base.length)] as SyntheticRecipe
    const mix = <T>(x: T, y: T): T => (chance(rng, 0.5) ? x : y)
    const plants = new Map<string, number>()
    for (const p of [...a.plants.slice(0, Math.ceil(a.plants.length / 2)), ...b.plants.slice(Math.floor(b.plants.length / 2))]) plants.set(p.key, p.points)
    out.push({
      ...a,
      id: `m${String(i).padStart(3, '0')}`,
      energyKcal: Math.round(((a.energyKcal + b.energyKcal) / 2) * between(rng, 0.85, 1.15)),
      fiberG: Math.round(((a.fiberG + b.fiberG) / 2) * between(rng, 0.8, 1.25) * 10) / 10,
      fermented: mix(a.fermented, b.fermented),
      prebiotic: mix(a.prebiotic, b.prebiotic),
      alaSource: mix(a.alaSource, b.alaSource),
      plants: [...plants].slice(0, 8).map(([key, points]) => ({ key, points })),
      limitFlags: mix(a.limitFlags, b.limitFlags),
      intolerances: [...new Set([...a.intolerances, ...(chance(rng, 0.5) ? b.intolerances : [])])],
      allergens: [...new Set([...a.allergens, ...(chance(rng, 0.5) ? b.allergens : [])])],
    })
  }
  return out
}

/** The facts the planner reads, for one person. */
export function deriveFor(library: readonly SyntheticRecipe[], profile: Profile): PlannerRecipe[] {
  const fodmapSensitive = profile.intolerances.some((i) => i === 'fructans' || i === 'gos')
  return library.map((recipe) => {
    const conflicts: RecipeConflict[] = []
    for (const i of recipe.intolerances) if (profile.intolerances.includes(i)) conflicts.push({ rule: i, foodId: `${recipe.id}-${i}`, reason: `contains-${i}` })
    for (const a of recipe.allergens) if (profile.allergens.includes(a)) conflicts.push({ rule: `allergen:${a}`, foodId: `${recipe.id}-${a}`, reason: `contains-${a}` })
    const notVegetarian = recipe.meat || recipe.fish
    if (profile.diet === 'vegetarian' && notVegetarian) conflicts.push({ rule: 'diet', foodId: recipe.id, reason: 'not-vegetarian' })
    if (profile.diet === 'vegan' && (notVegetarian || recipe.animal)) conflicts.push({ rule: 'diet', foodId: recipe.id, reason: 'not-vegan' })
    if (profile.diet === 'pescatarian' && recipe.meat) conflicts.push({ rule: 'diet', foodId: recipe.id, reason: 'not-pescatarian' })
    return {
      id: recipe.id,
      slots: recipe.slots,
      perServing: { energyKcal: recipe.energyKcal, fiberG: recipe.fiberG },
      fermented: recipe.fermented,
      prebiotic: recipe.prebiotic === 'tolerated' || (recipe.prebiotic === 'fodmap' && !fodmapSensitive),
      oilyFish: recipe.oilyFish,
      alaSource: recipe.alaSource,
      plants: recipe.plants,
      limitFlags: recipe.limitFlags,
      conflicts,
      totalMinutes: recipe.totalMinutes,
    }
  })
}

/**
 * A library of `size` planner recipes made by recombining `base` (already derived for one person):
 * one recipe's frame (slots, tags) with nutrition averaged with a second one's, plants half from
 * each, and the second one's conflicts added half the time. The same seed gives the same
 * recombination for every profile, so profiles compare on the same library.
 */
export function recombinePlannerRecipes(base: readonly PlannerRecipe[], size: number, seed = 7): PlannerRecipe[] {
  const rng = mulberry32(seed)
  const out: PlannerRecipe[] = [...base]
  for (let i = out.length; i < size; i++) {
    const a = base[randomInt(rng, base.length)] as PlannerRecipe
    const b = base[randomInt(rng, base.length)] as PlannerRecipe
    const mix = <T>(x: T, y: T): T => (chance(rng, 0.5) ? x : y)
    const plants = new Map<string, number>()
    for (const p of [...a.plants.slice(0, Math.ceil(a.plants.length / 2)), ...b.plants.slice(Math.floor(b.plants.length / 2))]) plants.set(p.key, p.points)
    const energy = ((a.perServing.energyKcal + b.perServing.energyKcal) / 2) * between(rng, 0.85, 1.15)
    const fiber = ((a.perServing.fiberG + b.perServing.fiberG) / 2) * between(rng, 0.8, 1.25)
    out.push({
      ...a,
      id: `${a.id}+${b.id}#${i}`,
      perServing: { energyKcal: Math.round(energy), fiberG: Math.round(fiber * 10) / 10 },
      fermented: mix(a.fermented, b.fermented),
      prebiotic: mix(a.prebiotic, b.prebiotic),
      alaSource: mix(a.alaSource, b.alaSource),
      plants: [...plants].slice(0, 10).map(([key, points]) => ({ key, points })),
      limitFlags: mix(a.limitFlags, b.limitFlags),
      conflicts: chance(rng, 0.5) ? [...a.conflicts, ...b.conflicts] : a.conflicts,
    })
  }
  return out
}
