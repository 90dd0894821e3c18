/**
 * What the targets panel lists beyond the planner's scores, kept up to date with the week: its
 * plants, plants the person's fitting recipes could add, and the meals with something to limit
 * (all decided in shared/week/targets.ts).
 */
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import type { RecipeFacts } from '../../../shared/recipes/analyze'
import type { Recipe } from '../../../shared/recipes/types'
import { limitedMeals, plantFoods, plantIdeas, weekPlants, type LimitedMeal, type PlantTally } from '../../../shared/week/targets'
import type { Week } from '../../../shared/week/schema'

export interface PlanTargetSource {
  plan: MaybeRefOrGetter<Week>
  factsOf: (recipe: Recipe) => RecipeFacts | null
  /** Facts of the recipes that fit the person's profile: where plant ideas come from. */
  fitting: MaybeRefOrGetter<readonly RecipeFacts[]>
}

export function usePlanTargets(source: PlanTargetSource) {
  const plants = computed<PlantTally[]>(() => weekPlants(toValue(source.plan), source.factsOf))
  const ideas = computed<{ key: string; foodId: string | undefined }[]>(() => {
    const fitting = toValue(source.fitting)
    const foods = plantFoods(fitting)
    return plantIdeas(plants.value, fitting).map((key) => ({ key, foodId: foods.get(key) }))
  })
  const limited = computed<LimitedMeal[]>(() => limitedMeals(toValue(source.plan), source.factsOf))
  return { plants, plantIdeas: ideas, limited }
}
