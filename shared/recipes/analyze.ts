/**
 * Everything about a recipe that is derived, never typed: nutrition per serving, and every tag
 * and flag, each found by the food rules applied to its ingredients (at the amount one serving
 * holds) or to the dish as a whole (per 100 g), with the ingredients responsible.
 */
import { assessFindings, conflictsWith, levelConflict } from '../food/assess'
import { fodmapPortion, knowledgeOf, lactosePortion, type FoodKnowledge } from '../food/knowledge'
import { assessFiber } from '../food/rules/fiber'
import { inulinToleranceGPerDay } from '../food/rules/prebiotic'
import { assessTrafficLights, assessTransFat } from '../food/rules/limits'
import { assessOmega3 } from '../food/rules/omega3'
import type { Conflict, DietSubject, Finding, FodmapLevel } from '../food/rules/types'
import { fitsOf, mealKnowledge, whyNotFits, type Fit, type FitKey, type FitWhy, type MealKnowledge } from './meal-knowledge'
import { round3 } from '../food/rules/types'
import { nutrientKeys, type Food, type NutrientKey, type Nutrients } from '../food/types'
import { fodmapSubgroups, type Profile } from '../profile/profile'
import { quantityToGrams } from './quantity'
import type { Recipe } from './types'

/**
 * Least amount per serving for an ingredient to earn a benefit tag or a plant point. ZOE's rule
 * for plant points (REFERENCE §6): "a handful" of fruit, vegetables, grains and beans, "a teaspoon"
 * of spices, seeds and herbs. The gram values for a handful and a teaspoon are our reading of it.
 */
export const minimumGramsPerServing = {
  handful: 20,
  teaspoon: 2,
  /** Nuts and seeds: a small sprinkle still counts (seeds are "a teaspoon" in ZOE's rule). */
  nutsAndSeeds: 5,
  /** Fermented and prebiotic foods: at least a teaspoon-sized amount. */
  benefit: 5,
  /**
   * Oily fish for the "twice a week" target: half of the UK 140 g cooked portion (SEAFISH),
   * rounded down, so a fish topping counts but a garnish of anchovy does not. A product convention.
   */
  oilyFish: 50,
  /** Plant omega-3 (ALA) per serving for an "ALA source" meal: about half the EFSA adequate intake of ~1.1 g/day. A product convention. */
  alaG: 0.5,
} as const

export interface IngredientFacts {
  foodId: string
  food: Food | null
  /** Grams in the whole recipe; null when the food or its measure is unknown. */
  grams: number | null
  gramsPerServing: number | null
  /** The food's findings, with lactose and FODMAP ratings adjusted to the amount in one serving. */
  findings: readonly Finding[]
  /** What the knowledge layer says about the food (null when the food is unknown). */
  knowledge: FoodKnowledge | null
}

/** A recipe-level tag or flag: the finding behind it and the ingredients that bring it ([] for dish-level findings). */
export interface RecipeFinding {
  finding: Finding
  foodIds: string[]
  /** 'dish' when the rule was applied to the dish per 100 g, 'ingredient' when to its ingredients. */
  scope: 'dish' | 'ingredient'
}

export interface RecipePlant {
  key: string
  points: number
  foodIds: string[]
}

export interface RecipeFacts {
  recipe: Recipe
  ingredients: IngredientFacts[]
  unresolved: { foodId: string; problem: 'unknown-food' | 'unknown-measure' }[]
  perServing: {
    grams: number
    nutrients: Record<NutrientKey, number>
    /** Nutrients some ingredient has no measured value for: the totals are lower bounds. */
    incomplete: NutrientKey[]
  }
  /** The dish per 100 g (null where not measured for every ingredient). */
  per100g: Nutrients
  findings: RecipeFinding[]
  plants: RecipePlant[]
  /** Whether every ingredient is known to fit the diet. */
  diets: Record<DietSubject, boolean>
  /** What the dish is known to contain, from its ingredients at one serving (meal-knowledge.ts). */
  knowledge: MealKnowledge
  /** gluten-free, lactose-free, low-FODMAP and the diets: true, false or "unknown" (never shown as fitting). */
  fits: Record<FitKey, Fit>
  /** Why each fit that is not true is false or unknown, with the ingredients. */
  why: FitWhy[]
  /**
   * Inulin and FOS per serving at most, from the ingredients REFERENCE §4 gives a content for, and
   * whether that passes the ~10 g a day most people tolerate (GRAB09): the prebiotic dose note.
   */
  prebioticDose: { inulinFosMaxGPerServing: number; aboveTolerance: boolean }
}

const levelOrder: Record<FodmapLevel | 'unknown', number> = { low: 0, unknown: 1, moderate: 1, high: 2 }

/** Lactose and FODMAP ratings at the amount one serving holds, by the knowledge layer's doses. */
function adjustToServing(finding: Finding, gramsPerServing: number, knowledge: FoodKnowledge): Finding {
  if (finding.rule === 'lactose' && typeof finding.numbers.lactoseGPer100G === 'number') {
    const portion = lactosePortion(knowledge.lactose, gramsPerServing)
    const level = portion.level === 'unknown' ? finding.level : portion.level
    const perServing = (finding.numbers.lactoseGPer100G * gramsPerServing) / 100
    return { ...finding, level, numbers: { ...finding.numbers, lactoseGPerServing: round3(perServing), gramsPerServing: round3(gramsPerServing) } }
  }
  if (finding.rule === 'fodmap') {
    const portion = fodmapPortion(knowledge.fodmap[finding.subject], gramsPerServing)
    const level = portion.level === 'unknown' ? finding.level : portion.level
    return { ...finding, level, certainty: level === finding.level ? finding.certainty : portion.certainty, numbers: { ...finding.numbers, gramsPerServing: round3(gramsPerServing) } }
  }
  return finding
}

// Findings depend only on the food, and recipes share foods: assess each food once.
const findingsCache = new WeakMap<Food, readonly Finding[]>()
function findingsOf(food: Food): readonly Finding[] {
  let findings = findingsCache.get(food)
  if (!findings) {
    findings = assessFindings(food)
    findingsCache.set(food, findings)
  }
  return findings
}

function plantMinimum(food: Food, points: number): number {
  if (points < 1) return minimumGramsPerServing.teaspoon
  if (food.group === '12') return minimumGramsPerServing.nutsAndSeeds
  return minimumGramsPerServing.handful
}

const findingKey = (f: Finding): string => `${f.rule}|${'subject' in f ? f.subject : ''}`

/** Fermented: live cultures beat cooked-down ones beat none; lactose and FODMAPs: the higher level. */
const fermentedOrder: Record<string, number> = { none: 0, reduced: 1, live: 2 }
const rank = (f: Finding): number => (f.rule === 'fermented' ? fermentedOrder[f.level]! : (levelOrder[f.level as FodmapLevel] ?? 0))

/** Keeps, per rule and subject, the strongest finding and every ingredient that brings one. */
function mergeIngredientFindings(items: { finding: Finding; foodId: string }[]): RecipeFinding[] {
  const merged = new Map<string, RecipeFinding>()
  for (const { finding, foodId } of items) {
    const key = findingKey(finding)
    const current = merged.get(key)
    if (!current) {
      merged.set(key, { finding, foodIds: [foodId], scope: 'ingredient' })
      continue
    }
    if (!current.foodIds.includes(foodId)) current.foodIds.push(foodId)
    const a = rank(current.finding)
    const b = rank(finding)
    if (b > a || (b === a && finding.certainty === 'is' && current.finding.certainty === 'may')) current.finding = finding
  }
  return [...merged.values()]
}

function sumNutrients(ingredients: IngredientFacts[], servings: number) {
  const totals = Object.fromEntries(nutrientKeys.map((k) => [k, 0])) as Record<NutrientKey, number>
  const incomplete = new Set<NutrientKey>()
  let grams = 0
  for (const ing of ingredients) {
    if (!ing.food || ing.grams === null) continue
    grams += ing.grams
    for (const key of nutrientKeys) {
      const v = ing.food.nutrients[key]
      if (v === null) incomplete.add(key)
      else totals[key] += (v * ing.grams) / 100
    }
  }
  const perServing = Object.fromEntries(nutrientKeys.map((k) => [k, round3(totals[k] / servings)])) as Record<NutrientKey, number>
  const per100g = Object.fromEntries(
    nutrientKeys.map((k) => [k, grams > 0 && !incomplete.has(k) ? round3((totals[k] / grams) * 100) : null]),
  ) as Nutrients
  return { perServing: { grams: round3(grams / servings), nutrients: perServing, incomplete: [...incomplete] }, per100g }
}

/**
 * Derives a recipe's facts from its ingredients with the food rules.
 * `foods` resolves ids (the catalogue plus the person's own foods).
 */
export function analyzeRecipe(recipe: Recipe, foods: ReadonlyMap<string, Food>): RecipeFacts {
  const servings = Math.max(1, recipe.servings)
  const unresolved: RecipeFacts['unresolved'] = []
  const ingredients: IngredientFacts[] = recipe.ingredients.map((ingredient) => {
    const food = foods.get(ingredient.foodId) ?? null
    if (!food) {
      unresolved.push({ foodId: ingredient.foodId, problem: 'unknown-food' })
      return { foodId: ingredient.foodId, food, grams: null, gramsPerServing: null, findings: [], knowledge: null }
    }
    const grams = quantityToGrams(ingredient.quantity, food)
    if (grams === null) unresolved.push({ foodId: ingredient.foodId, problem: 'unknown-measure' })
    const gramsPerServing = grams === null ? null : grams / servings
    const base = findingsOf(food)
    const knowledge = knowledgeOf(food, base)
    const findings = gramsPerServing === null ? base : base.map((f) => adjustToServing(f, gramsPerServing, knowledge))
    return { foodId: ingredient.foodId, food, grams, gramsPerServing, findings, knowledge }
  })

  const { perServing, per100g } = sumNutrients(ingredients, servings)
  const dish: Food = { id: recipe.id, name: '', group: '22', nutrients: per100g, measures: [] }
  const dishLevel: (Finding | null)[] = [fiberClaim(ingredients, per100g), assessOmega3(dish), ...assessTrafficLights(dish), assessTransFat(per100g)]
  const dishFindings = dishLevel
    .filter((f): f is Finding => f !== null)
    .map((finding): RecipeFinding => ({ finding, foodIds: [], scope: 'dish' }))

  const fromIngredients: { finding: Finding; foodId: string }[] = []
  const plants = new Map<string, RecipePlant>()
  for (const ing of ingredients) {
    if (!ing.food) continue
    const g = ing.gramsPerServing ?? 0
    for (const finding of ing.findings) {
      if (finding.rule === 'plant') {
        const points = finding.numbers.points ?? 1
        if (g < plantMinimum(ing.food, points)) continue
        const plant = plants.get(finding.subject) ?? { key: finding.subject, points, foodIds: [] }
        plant.points = Math.max(plant.points, points)
        if (!plant.foodIds.includes(ing.foodId)) plant.foodIds.push(ing.foodId)
        plants.set(finding.subject, plant)
        continue
      }
      // Dish-level rules replace the per-ingredient nutrient claims; diet and gluten-free-safe are judged over all ingredients below.
      if (['fiber', 'omega-3', 'traffic-light', 'trans-fat', 'diet', 'gluten-free-safe'].includes(finding.rule)) continue
      if ((finding.rule === 'fermented' || finding.rule === 'prebiotic') && g < minimumGramsPerServing.benefit) continue
      if (finding.rule === 'oily-fish' && g < minimumGramsPerServing.oilyFish) continue
      if ((finding.rule === 'lactose' || finding.rule === 'fodmap') && finding.level === 'low') continue
      fromIngredients.push({ finding, foodId: ing.foodId })
    }
  }

  const resolved = ingredients.filter((i) => i.food)
  const everyIngredient = (test: (f: readonly Finding[]) => boolean) => resolved.length > 0 && resolved.every((i) => test(i.findings))
  const knowledge = mealKnowledge(ingredients.map((i) => ({ foodId: i.foodId, knowledge: i.knowledge, grams: i.gramsPerServing })))
  const fits = fitsOf(knowledge)
  const glutenFreeSafe = fits['gluten-free'] === true && everyIngredient((fs) => fs.some((f) => f.rule === 'gluten-free-safe'))
  const gfFindings: RecipeFinding[] = glutenFreeSafe && unresolved.length === 0
    ? [{ finding: { rule: 'gluten-free-safe', kind: 'info', level: 'whole-food', certainty: 'is', numbers: {}, source: ['EU828', 'CODEX118'], basis: 'curated', matched: [] }, foodIds: resolved.map((i) => i.foodId), scope: 'ingredient' }]
    : []

  return {
    recipe,
    ingredients,
    unresolved,
    perServing,
    per100g,
    findings: [...dishFindings, ...mergeIngredientFindings(fromIngredients), ...gfFindings],
    plants: [...plants.values()].sort((a, b) => a.key.localeCompare(b.key)),
    diets: { pescatarian: fits.pescatarian === true, vegetarian: fits.vegetarian === true, vegan: fits.vegan === true },
    knowledge,
    fits,
    why: whyNotFits(knowledge, fits),
    prebioticDose: prebioticDose(ingredients),
  }
}

/**
 * The dish's fibre claim (EU1924) per 100 g. Where an ingredient has no fibre value, the known
 * fibre is a lower bound, and a lower bound that meets the threshold per 100 g already earns the
 * claim; the per-100-kcal criterion needs every value.
 */
function fiberClaim(ingredients: readonly IngredientFacts[], per100g: Nutrients): Finding | null {
  if (per100g.fiberG !== null) return assessFiber(per100g)
  let fiber = 0
  let grams = 0
  for (const ing of ingredients) {
    if (!ing.food || ing.grams === null) continue
    grams += ing.grams
    fiber += ((ing.food.nutrients.fiberG ?? 0) * ing.grams) / 100
  }
  if (grams <= 0) return null
  const claim = assessFiber({ ...per100g, fiberG: (fiber / grams) * 100, energyKcal: null })
  return claim && { ...claim, numbers: { ...claim.numbers, lowerBound: 1 } }
}

/** Inulin and FOS per serving at most (REFERENCE §4 contents), and whether it passes the tolerance (GRAB09). */
function prebioticDose(ingredients: readonly IngredientFacts[]): RecipeFacts['prebioticDose'] {
  let max = 0
  for (const ing of ingredients) {
    if (ing.gramsPerServing === null) continue
    const f = ing.findings.find((x) => x.rule === 'prebiotic' && x.subject === 'inulin-fos')
    const per100 = f?.numbers.approxMaxGPer100G
    if (typeof per100 === 'number') max += (per100 * ing.gramsPerServing) / 100
  }
  return { inulinFosMaxGPerServing: round3(max), aboveTolerance: max > inulinToleranceGPerDay }
}

/** A conflict between one ingredient of a recipe and the person's profile. */
export interface RecipeConflict {
  foodId: string
  conflict: Conflict
}

/**
 * Where a recipe conflicts with a profile: each ingredient's conflicts that don't depend on the
 * amount (gluten, allergens, diet, avoided foods), and lactose and FODMAPs for the meal as eaten:
 * at the grams one serving holds, stacked across ingredients (meal-knowledge.ts). Every ingredient
 * behind a lactose or FODMAP answer that is not low gets the conflict; unknown is not safe.
 */
export function recipeConflicts(facts: RecipeFacts, profile: Profile): RecipeConflict[] {
  const conflicts: RecipeConflict[] = []
  const amountFree = { ...profile, intolerances: profile.intolerances.filter((i) => i === 'gluten') }
  for (const ing of facts.ingredients) {
    if (!ing.food) continue
    for (const conflict of conflictsWith(ing.food, findingsOf(ing.food), amountFree)) conflicts.push({ foodId: ing.foodId, conflict })
  }
  const { lactose, fodmap } = facts.knowledge
  if (profile.intolerances.includes('lactose')) {
    const certainty = levelConflict(lactose.level, lactose.certainty, lactose.reason)
    if (certainty) for (const foodId of lactose.foodIds) conflicts.push({ foodId, conflict: { reason: 'intolerance', rule: 'lactose', subject: 'lactose', certainty } })
  }
  for (const subgroup of fodmapSubgroups) {
    if (!profile.intolerances.includes(subgroup)) continue
    const meal = fodmap[subgroup]
    const certainty = levelConflict(meal.level, meal.certainty, meal.reason)
    if (certainty) for (const foodId of meal.foodIds) conflicts.push({ foodId, conflict: { reason: 'intolerance', rule: 'fodmap', subject: subgroup, certainty } })
  }
  return conflicts
}

/**
 * Whether a serve of `factor` servings keeps the dose limits a person set (lactose, FODMAP
 * subgroups, stacked across ingredients by REFERENCE §2d): the meal's knowledge recomputed at
 * factor × the grams of one serving. Limits that don't depend on the amount (gluten, allergens,
 * diets, avoided foods) are the conflicts' business.
 */
export function doseFitsAt(facts: RecipeFacts, profile: Profile, factor: number): boolean {
  const limited = fodmapSubgroups.filter((s) => profile.intolerances.includes(s))
  const lactose = profile.intolerances.includes('lactose')
  if (!lactose && limited.length === 0) return true
  const scaled = mealKnowledge(facts.ingredients.map((i) => ({ foodId: i.foodId, knowledge: i.knowledge, grams: i.gramsPerServing === null ? null : i.gramsPerServing * factor })))
  if (lactose && levelConflict(scaled.lactose.level, scaled.lactose.certainty, scaled.lactose.reason)) return false
  return limited.every((s) => !levelConflict(scaled.fodmap[s].level, scaled.fodmap[s].certainty, scaled.fodmap[s].reason))
}

/** Energy from plant omega-3 per serving: non-fish ingredients' omega-3 (SR24 total n-3, mostly ALA in plants). */
export function plantOmega3GPerServing(facts: RecipeFacts): number {
  let total = 0
  for (const ing of facts.ingredients) {
    if (!ing.food || ing.gramsPerServing === null || ing.food.group === '15') continue
    const isAnimal = ing.findings.some((f) => f.rule === 'diet' && f.subject === 'vegan' && f.level === 'excluded')
    if (isAnimal) continue
    total += ((ing.food.nutrients.omega3G ?? 0) * ing.gramsPerServing) / 100
  }
  return round3(total)
}
