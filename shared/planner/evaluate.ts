/**
 * Scores any plan (not only the planner's) with the planner's score.
 */
import { planDays, unmetRules, unmetTargets, weekScores } from './explain'
import { buildInstance, portionAt, type Instance } from './instance'
import { ScoreState } from './score'
import type { PlanDays, PlannerInput, PlanResult, WeekScores } from './types'

/**
 * Scores `days` as they stand for `input` (its profile, recipes, weights and day count; locked
 * slots win over `days` where both name a slot). Recipes not in `input.recipes` count as nothing.
 */
export function scorePlan(input: PlannerInput, days: PlanDays): WeekScores {
  const inst = buildInstance({ ...input, scope: { kind: 'week' } })
  return weekScores(new ScoreState(inst, assignmentOf(inst, days), portionsOf(inst, days), leftoversOf(inst, days)))
}

/**
 * The planner's reading of a plan as it stands (edited by hand, say): each meal's reasons, the
 * scores and the unmet targets, exactly as `planWeek` would report them for that plan. Locked
 * slots come from `input.locked`; recipe ids not in `input.recipes` read as empty slots.
 */
export function explainPlan(input: PlannerInput, days: PlanDays): Pick<PlanResult, 'days' | 'scores' | 'unmet' | 'unmetRules'> {
  const inst = buildInstance({ ...input, scope: { kind: 'week' } })
  const state = new ScoreState(inst, assignmentOf(inst, days), portionsOf(inst, days), leftoversOf(inst, days))
  return { days: planDays(state), scores: weekScores(state), unmet: unmetTargets(state), unmetRules: unmetRules(state) }
}

/** The recipe index per cell: locked cells from the instance, the others from `days`. */
export function assignmentOf(inst: Instance, days: PlanDays): Int32Array {
  const assign = Int32Array.from(inst.fixedRecipe)
  forOpenMeals(inst, days, (cell, meal) => (assign[cell] = meal.recipeId === null ? -1 : (inst.indexOf.get(meal.recipeId) ?? -1)))
  return assign
}

/** The portion per person per cell of `days` (servings ÷ the cell's household factor); locked cells read theirs from the instance. */
export function portionsOf(inst: Instance, days: PlanDays): Float64Array {
  const portions = Float64Array.from(inst.fixedPortion)
  forOpenMeals(inst, days, (cell, meal) => (portions[cell] = portionAt(inst, cell, meal.servings)))
  return portions
}

/**
 * 1 where a meal of `days` on an open cell says it is a leftover (the state keeps it one only where
 * the previous day's dinner holds the same recipe and the rules allow it).
 */
export function leftoversOf(inst: Instance, days: PlanDays): Uint8Array {
  const flags = new Uint8Array(inst.cells.length)
  forOpenMeals(inst, days, (cell, meal) => (flags[cell] = meal.leftover === true ? 1 : 0))
  return flags
}

/** Calls `visit` for each meal of `days` that falls on an open cell of the instance. */
function forOpenMeals(inst: Instance, days: PlanDays, visit: (cell: number, meal: PlanDays[number]['meals'][number]) => void): void {
  const S = inst.slots.length
  for (const day of days) {
    if (!Number.isInteger(day.day) || day.day < 0 || day.day >= inst.days) continue
    for (const meal of day.meals) {
      const s = inst.slots.indexOf(meal.slot)
      const cell = day.day * S + s
      if (s >= 0 && inst.cells[cell]?.kind === 'open') visit(cell, meal)
    }
  }
}
