/**
 * What a dish is known to contain, from its ingredients' knowledge (shared/food/knowledge.ts) at
 * the grams one serving holds. A dish is gluten-free, lactose-free, low in a FODMAP subgroup or fits
 * a diet only when every ingredient is known to; otherwise the answer is "contains" or "unknown",
 * with the ingredients that make it so.
 *
 * FODMAPs stack (REFERENCE §2d, MON-STK): for each subgroup, the sum over ingredients of grams ÷
 * grams at that food's low cut-off must stay ≤ 1 for the meal to be low. Lactose adds up in grams
 * against the 1 g per serve cut-off (VAR17).
 */
import {
  fodmapPortion,
  lactoseLevel,
  lactosePortion,
  type FoodKnowledge,
  type Status,
  type UnknownReason,
} from '../food/knowledge'
import type { Certainty, DietSubject, FodmapLevel } from '../food/rules/types'
import { round3 } from '../food/rules/types'
import { allergens as allergenKeys, fodmapSubgroups, type Allergen, type FodmapSubgroup } from '../profile/profile'

/** One ingredient as the meal sees it: its knowledge (null when the food is unknown) and grams per serving (null when unknown). */
export interface MealPart {
  readonly foodId: string
  readonly knowledge: FoodKnowledge | null
  readonly grams: number | null
}

/** A yes/no question about the dish (gluten, a diet): its status, how sure, and the ingredients behind a non-free answer. */
export interface MealFact {
  readonly status: Status
  readonly certainty: Certainty
  readonly foodIds: readonly string[]
  readonly reason?: UnknownReason
}

export interface MealFodmap {
  readonly level: FodmapLevel | 'unknown'
  readonly certainty: Certainty
  /** The summed load (REFERENCE §2d); null when some portion has no load (unknown, or not low at any amount known). */
  readonly load: number | null
  /** True when every portion is low alone but together they pass the cut-off. */
  readonly stacked: boolean
  readonly foodIds: readonly string[]
  readonly reason?: UnknownReason
}

export interface MealLactose {
  readonly level: FodmapLevel | 'unknown'
  readonly certainty: Certainty
  /** Lactose per serving from the ingredients with an estimate (a lower bound when `level` is unknown). */
  readonly gPerServing: number | null
  readonly foodIds: readonly string[]
  readonly reason?: UnknownReason
}

export interface MealKnowledge {
  readonly gluten: MealFact
  readonly lactose: MealLactose
  readonly fodmap: Readonly<Record<FodmapSubgroup, MealFodmap>>
  readonly diets: Readonly<Record<DietSubject, MealFact>>
  /** Allergens any ingredient has, strongest certainty, with the ingredients. */
  readonly allergens: Readonly<Partial<Record<Allergen, { certainty: Certainty; foodIds: string[] }>>>
}

const order: Record<FodmapLevel, number> = { low: 0, moderate: 1, high: 2 }
const strongest = (a: Certainty, b: Certainty): Certainty => (a === 'is' || b === 'is' ? 'is' : 'may')

/** contains beats unknown beats free; the ingredients listed are those behind the winning answer. */
function combine(parts: readonly MealPart[], factOf: (k: FoodKnowledge) => { status: Status; certainty: Certainty; reason?: UnknownReason }): MealFact {
  const contains: string[] = []
  const unknown: string[] = []
  let certainty: Certainty = 'may'
  let reason: UnknownReason | undefined
  for (const part of parts) {
    if (!part.knowledge) {
      unknown.push(part.foodId)
      reason ??= 'unknown-food'
      continue
    }
    const f = factOf(part.knowledge)
    if (f.status === 'contains') {
      contains.push(part.foodId)
      certainty = contains.length === 1 ? f.certainty : strongest(certainty, f.certainty)
    } else if (f.status === 'unknown') {
      unknown.push(part.foodId)
      reason ??= f.reason
    }
  }
  if (contains.length) return { status: 'contains', certainty, foodIds: contains }
  if (unknown.length || parts.length === 0) return { status: 'unknown', certainty: 'may', foodIds: unknown, ...(reason ? { reason } : {}) }
  return { status: 'free', certainty: 'is', foodIds: [] }
}

function fodmapOfMeal(parts: readonly MealPart[], subgroup: FodmapSubgroup): MealFodmap {
  let worst: FodmapLevel = 'low'
  let worstCertainty: Certainty = 'is'
  const notLow: string[] = []
  const unknown: string[] = []
  const loaded: string[] = []
  let reason: UnknownReason | undefined
  let load = 0
  let loadKnown = true
  let lowCertainty: Certainty = 'is'
  let bounded = false
  for (const part of parts) {
    if (!part.knowledge || part.grams === null) {
      unknown.push(part.foodId)
      reason ??= part.knowledge ? 'no-estimate' : 'unknown-food'
      loadKnown = false
      continue
    }
    const p = fodmapPortion(part.knowledge.fodmap[subgroup], part.grams)
    if (p.level === 'unknown') {
      unknown.push(part.foodId)
      reason ??= p.reason
      loadKnown = false
      continue
    }
    if (p.level !== 'low') {
      notLow.push(part.foodId)
      if (order[p.level] > order[worst]) {
        worst = p.level
        worstCertainty = p.certainty
      } else if (p.level === worst) worstCertainty = strongest(worstCertainty, p.certainty)
    } else if (p.certainty === 'may') lowCertainty = 'may'
    if (p.load === null) loadKnown = false
    else {
      load += p.load
      if (p.load > 0) loaded.push(part.foodId)
      if (p.bound && p.load > 0) bounded = true
    }
  }
  const summed = loadKnown ? round3(load) : null
  if (notLow.length) return { level: worst, certainty: worstCertainty, load: summed, stacked: false, foodIds: notLow }
  if (unknown.length || parts.length === 0) return { level: 'unknown', certainty: 'may', load: null, stacked: false, foodIds: unknown, ...(reason ? { reason } : {}) }
  // Upper bounds that add up past the cut-off say nothing about the meal: unknown, not moderate.
  if (load > 1 && bounded) return { level: 'unknown', certainty: 'may', load: summed, stacked: true, foodIds: loaded, reason: 'not-rated' }
  if (load > 1) return { level: 'moderate', certainty: 'may', load: summed, stacked: true, foodIds: loaded }
  return { level: 'low', certainty: lowCertainty, load: summed, stacked: false, foodIds: [] }
}

function lactoseOfMeal(parts: readonly MealPart[]): MealLactose {
  let grams = 0
  let fixed: FodmapLevel = 'low'
  let certainty: Certainty = 'is'
  const contributing: string[] = []
  const unknown: string[] = []
  let reason: UnknownReason | undefined
  for (const part of parts) {
    if (!part.knowledge || part.grams === null) {
      unknown.push(part.foodId)
      reason ??= part.knowledge ? 'no-estimate' : 'unknown-food'
      continue
    }
    const p = lactosePortion(part.knowledge.lactose, part.grams)
    if (p.level === 'unknown') {
      unknown.push(part.foodId)
      reason ??= p.reason
      continue
    }
    if (p.grams === null) {
      if (order[p.level] > order[fixed]) fixed = p.level
      contributing.push(part.foodId)
      certainty = p.certainty === 'may' ? 'may' : certainty
      continue
    }
    if (p.grams > 0) {
      grams += p.grams
      contributing.push(part.foodId)
      if (p.certainty === 'may') certainty = 'may'
    }
  }
  const byGrams = lactoseLevel(grams)
  const level = order[fixed] > order[byGrams] ? fixed : byGrams
  const gPerServing = round3(grams)
  if (level !== 'low') return { level, certainty, gPerServing, foodIds: contributing }
  if (unknown.length || parts.length === 0) return { level: 'unknown', certainty: 'may', gPerServing, foodIds: unknown, ...(reason ? { reason } : {}) }
  return { level: 'low', certainty, gPerServing, foodIds: contributing }
}

/** The dish's knowledge from its ingredients at the grams one serving holds. */
export function mealKnowledge(parts: readonly MealPart[]): MealKnowledge {
  const fodmap = Object.fromEntries(fodmapSubgroups.map((s) => [s, fodmapOfMeal(parts, s)])) as Record<FodmapSubgroup, MealFodmap>
  const diets = {
    vegan: combine(parts, (k) => k.diets.vegan),
    vegetarian: combine(parts, (k) => k.diets.vegetarian),
    pescatarian: combine(parts, (k) => k.diets.pescatarian),
  }
  const allergens: Partial<Record<Allergen, { certainty: Certainty; foodIds: string[] }>> = {}
  for (const key of allergenKeys) {
    for (const part of parts) {
      const c = part.knowledge?.allergens[key]
      if (!c) continue
      const current = allergens[key]
      if (!current) allergens[key] = { certainty: c, foodIds: [part.foodId] }
      else {
        current.certainty = strongest(current.certainty, c)
        if (!current.foodIds.includes(part.foodId)) current.foodIds.push(part.foodId)
      }
    }
  }
  return { gluten: combine(parts, (k) => k.gluten), lactose: lactoseOfMeal(parts), fodmap, diets, allergens }
}

/** The dish's answers for the limits people set: true, false, or "unknown" when some ingredient can't be shown to fit. */
export const fitKeys = ['gluten-free', 'lactose-free', 'low-fodmap', 'vegan', 'vegetarian', 'pescatarian'] as const
export type FitKey = (typeof fitKeys)[number]
export type Fit = boolean | 'unknown'

const fitOfStatus = (status: Status): Fit => (status === 'free' ? true : status === 'contains' ? false : 'unknown')
const fitOfLevel = (level: FodmapLevel | 'unknown'): Fit => (level === 'low' ? true : level === 'unknown' ? 'unknown' : false)

/** Each fit key's answer. Low FODMAP means every subgroup and lactose low for the serving. */
export function fitsOf(m: MealKnowledge): Record<FitKey, Fit> {
  const fodmapLevels = [...fodmapSubgroups.map((s) => m.fodmap[s].level), m.lactose.level]
  const lowFodmap: Fit = fodmapLevels.some((l) => l === 'moderate' || l === 'high') ? false : fodmapLevels.every((l) => l === 'low') ? true : 'unknown'
  return {
    'gluten-free': fitOfStatus(m.gluten.status),
    'lactose-free': fitOfLevel(m.lactose.level),
    'low-fodmap': lowFodmap,
    vegan: fitOfStatus(m.diets.vegan.status),
    vegetarian: fitOfStatus(m.diets.vegetarian.status),
    pescatarian: fitOfStatus(m.diets.pescatarian.status),
  }
}

/** Why a fit is not true: the key, its answer, the subgroup where it is about FODMAPs, the ingredients, and the reason when unknown. */
export interface FitWhy {
  readonly fit: FitKey
  readonly value: false | 'unknown'
  readonly subject?: FodmapSubgroup | 'lactose'
  readonly level?: FodmapLevel | 'unknown'
  readonly stacked?: boolean
  readonly foodIds: readonly string[]
  readonly reason?: UnknownReason
}

/** The reasons behind every fit that is not true. */
export function whyNotFits(m: MealKnowledge, fits: Record<FitKey, Fit>): FitWhy[] {
  const why: FitWhy[] = []
  const fact = (fit: FitKey, f: MealFact) => {
    const value = fits[fit]
    if (value !== true) why.push({ fit, value, foodIds: f.foodIds, ...(f.reason && value === 'unknown' ? { reason: f.reason } : {}) })
  }
  fact('gluten-free', m.gluten)
  if (fits['lactose-free'] !== true) {
    why.push({ fit: 'lactose-free', value: fits['lactose-free'] as false | 'unknown', subject: 'lactose', level: m.lactose.level, foodIds: m.lactose.foodIds, ...(m.lactose.reason ? { reason: m.lactose.reason } : {}) })
  }
  if (fits['low-fodmap'] !== true) {
    for (const s of fodmapSubgroups) {
      const f = m.fodmap[s]
      if (f.level === 'low') continue
      why.push({ fit: 'low-fodmap', value: f.level === 'unknown' ? 'unknown' : false, subject: s, level: f.level, foodIds: f.foodIds, ...(f.stacked ? { stacked: true } : {}), ...(f.reason ? { reason: f.reason } : {}) })
    }
    if (m.lactose.level !== 'low') why.push({ fit: 'low-fodmap', value: m.lactose.level === 'unknown' ? 'unknown' : false, subject: 'lactose', level: m.lactose.level, foodIds: m.lactose.foodIds })
  }
  fact('vegan', m.diets.vegan)
  fact('vegetarian', m.diets.vegetarian)
  fact('pescatarian', m.diets.pescatarian)
  return why
}
