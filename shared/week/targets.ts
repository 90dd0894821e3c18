/**
 * How a week meets its targets, beyond the planner's scores: whether a target is met, what is
 * still missing, the week's plants (each once, at its largest points), plants the person's
 * fitting recipes could add, and the meals with something to limit. The screens show these.
 */
import { everydayNames } from '../food/names'
import type { FoodLang } from '../food/words'
import type { Finding } from '../food/rules/types'
import { slotShareOf } from '../planner/params'
import type { TargetScore } from '../planner/types'
import type { MealSlot } from '../profile/profile'
import type { RecipeFacts } from '../recipes/analyze'
import type { Recipe } from '../recipes/types'
import type { Week } from './schema'

/** Scores are sums of floating-point shares: a target within this of its goal is met. */
const tolerance = 1e-9

/** Whether a target is met (its satisfaction is full). */
export const isTargetMet = (score: TargetScore | null | undefined): boolean => (score?.satisfaction ?? 0) >= 1 - tolerance

/** How much of a target's goal is still missing (0 when met). */
export const stillNeeded = (score: TargetScore | null | undefined): number => (score ? Math.max(0, score.goal - score.achieved) : 0)

/** Days on which a per-day target has something (fermented, prebiotic, ALA omega-3). */
export const daysWith = (score: TargetScore | null | undefined): number => (score?.perDay ?? []).filter((v) => v > 0).length

/** Days on which a per-day target reaches its goal (fibre). */
export const daysMeetingGoal = (score: TargetScore | null | undefined): number =>
  score ? (score.perDay ?? []).filter((v) => v >= score.goal - tolerance).length : 0

/** A day's share of its goal, 0..1 (a day's fibre bar). */
export const shareOfGoal = (value: number, goal: number): number => (goal > 0 ? Math.min(1, Math.max(0, value / goal)) : 0)

export interface PlantTally {
  key: string
  /** A food that brings the plant (the first seen): where its name in a language comes from. */
  foodId?: string
  points: number
  /** How many meals of the week bring it. */
  meals: number
}

/** A plant worth less than a whole point (herbs and spices count a quarter). */
export const isPartialPlant = (plant: { points: number }): boolean => plant.points < 1

export interface LimitedMeal {
  day: number
  slot: MealSlot
  recipe: Recipe
  findings: Finding[]
}

type FactsOf = (recipe: Recipe) => RecipeFacts | null

function plannedFacts(week: Week, factsOf: FactsOf): { day: number; slot: MealSlot; facts: RecipeFacts }[] {
  return week.days.flatMap((d) =>
    d.meals.flatMap((m) => {
      const facts = m.recipe ? factsOf(m.recipe) : null
      return facts ? [{ day: d.day, slot: m.slot, facts }] : []
    }),
  )
}

/** The week's plants, each once at its largest points, with how many meals bring it; by key. */
export function weekPlants(week: Week, factsOf: FactsOf): PlantTally[] {
  const tally = new Map<string, PlantTally>()
  for (const { facts } of plannedFacts(week, factsOf)) {
    for (const plant of facts.plants) {
      const seen = tally.get(plant.key)
      if (seen) Object.assign(seen, { points: Math.max(seen.points, plant.points), meals: seen.meals + 1 })
      else tally.set(plant.key, { key: plant.key, ...(plant.foodIds[0] ? { foodId: plant.foodIds[0] } : {}), points: plant.points, meals: 1 })
    }
  }
  return [...tally.values()].sort((a, b) => a.key.localeCompare(b.key))
}

/** Whole-point plants not in the week yet, most common among the fitting recipes first. */
export function plantIdeas(have: readonly PlantTally[], fitting: readonly RecipeFacts[], count = 8): string[] {
  const known = new Set(have.map((p) => p.key))
  const counts = new Map<string, number>()
  for (const facts of fitting) {
    for (const plant of facts.plants) if (!known.has(plant.key) && !isPartialPlant(plant)) counts.set(plant.key, (counts.get(plant.key) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([key]) => key)
}

/** The week's meals whose recipe flags something to limit, with those flags. */
export function limitedMeals(week: Week, factsOf: FactsOf): LimitedMeal[] {
  return plannedFacts(week, factsOf).flatMap(({ day, slot, facts }) => {
    const findings = facts.findings.filter((f) => f.finding.kind === 'limit').map((f) => f.finding)
    return findings.length ? [{ day, slot, recipe: facts.recipe, findings }] : []
  })
}

/** A plant key as words: "napa-cabbage" → "napa cabbage". Keys are English words. */
export const plantName = (key: string): string => key.replace(/-/g, ' ')

/** A food that brings each plant among the recipes' facts (the first seen), by plant key. */
export function plantFoods(facts: readonly RecipeFacts[]): Map<string, string> {
  const foods = new Map<string, string>()
  for (const f of facts) for (const plant of f.plants) if (!foods.has(plant.key) && plant.foodIds[0]) foods.set(plant.key, plant.foodIds[0])
  return foods
}

/**
 * A plant as a person reads it in a language: the head of the everyday name of a food that
 * brings it ("Chickpeas, canned" → "Chickpeas", "Kichererbsen"), else the key's words.
 */
export function plantLabel(key: string, foodId: string | undefined, lang: FoodLang): string {
  const names = foodId ? everydayNames(foodId) : undefined
  return names ? (names[lang].split(',')[0] ?? names[lang]).trim() : plantName(key)
}

/** How many earlier weeks the fibre ramp looks back over. */
export const fiberRampWeeks = 2

/**
 * Fibre per day, as a whole day's worth, that recent weeks planned: the mean over the given weeks
 * that have a fibre score (each week's mean per day ÷ the share of the day its slots stand for).
 * Undefined when none has one: the plan then aims at the target itself.
 */
export function recentFiberPerDay(weeks: readonly (Week | null)[], slots: readonly MealSlot[]): number | undefined {
  const share = slotShareOf(slots)
  const values = weeks.flatMap((w) => {
    const fiber = w?.scores?.targets.fiber
    return fiber && share > 0 ? [fiber.achieved / share] : []
  })
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : undefined
}
