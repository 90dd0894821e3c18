/**
 * What the targets panel lists beyond the planner's scores: the week's plants (each once, at its
 * largest points), plants the person's fitting recipes could add, and the meals with something to limit.
 */
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import type { Finding } from '../../../shared/food/rules/types'
import type { MealSlot } from '../../../shared/profile/profile'
import type { RecipeFacts } from '../../../shared/recipes/analyze'
import type { Recipe } from '../../../shared/recipes/types'
import type { WeekPlan } from '../../db/plans'

export interface PlantTally {
  key: string
  points: number
  /** How many meals of the week bring it. */
  meals: number
}

export interface LimitedMeal {
  day: number
  slot: MealSlot
  recipe: Recipe
  findings: Finding[]
}

export interface PlanTargetSource {
  plan: MaybeRefOrGetter<WeekPlan>
  factsOf: (recipe: Recipe) => RecipeFacts | null
  /** Facts of the recipes that fit the person's profile: where plant ideas come from. */
  fitting: MaybeRefOrGetter<readonly RecipeFacts[]>
}

const ideaCount = 8

export function usePlanTargets(source: PlanTargetSource) {
  const planned = computed(() =>
    toValue(source.plan).days.flatMap((d) =>
      d.meals.flatMap((m) => {
        const facts = m.recipe ? source.factsOf(m.recipe) : null
        return facts ? [{ day: d.day, slot: m.slot, facts }] : []
      }),
    ),
  )

  const plants = computed<PlantTally[]>(() => {
    const tally = new Map<string, PlantTally>()
    for (const { facts } of planned.value) {
      for (const plant of facts.plants) {
        const seen = tally.get(plant.key)
        if (seen) Object.assign(seen, { points: Math.max(seen.points, plant.points), meals: seen.meals + 1 })
        else tally.set(plant.key, { key: plant.key, points: plant.points, meals: 1 })
      }
    }
    return [...tally.values()].sort((a, b) => a.key.localeCompare(b.key))
  })

  /** Plants not in the week yet, most common among the fitting recipes first. */
  const plantIdeas = computed<string[]>(() => {
    const have = new Set(plants.value.map((p) => p.key))
    const counts = new Map<string, number>()
    for (const facts of toValue(source.fitting)) {
      for (const plant of facts.plants) if (!have.has(plant.key) && plant.points >= 1) counts.set(plant.key, (counts.get(plant.key) ?? 0) + 1)
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, ideaCount).map(([key]) => key)
  })

  const limited = computed<LimitedMeal[]>(() =>
    planned.value.flatMap(({ day, slot, facts }) => {
      const findings = facts.findings.filter((f) => f.finding.kind === 'limit').map((f) => f.finding)
      return findings.length ? [{ day, slot, recipe: facts.recipe, findings }] : []
    }),
  )

  return { plants, plantIdeas, limited }
}

/** A plant key as words: "napa-cabbage" → "napa cabbage". Keys are English, like food names. */
export const plantName = (key: string): string => key.replace(/-/g, ' ')
