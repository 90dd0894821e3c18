/**
 * Solves the planner's MILP (shared/planner/lp-model.ts) exactly with HiGHS (wasm, single-threaded),
 * reporting the proven optimum or, when the time limit stops it first, the best bound it proved.
 */
import highsLoader, { type Highs } from 'highs'
import type { LpModel } from '../../shared/planner/lp-model'
import type { PlanDays } from '../../shared/planner/types'

export interface ExactResult {
  /** 'optimal' when HiGHS proved it; 'time-limit' when it stopped first (then `bound` is the proof). */
  status: 'optimal' | 'time-limit' | 'other'
  /** Best plan's objective HiGHS found (0..100). */
  objective: number
  /** Proven upper bound on the optimum (= objective when optimal). */
  bound: number
  seconds: number
}

let loaded: Promise<Highs> | undefined

/** The HiGHS module, loaded once. */
export function loadHighs(): Promise<Highs> {
  loaded ??= highsLoader()
  return loaded
}

/**
 * Maximises the model with a time limit and relative gap 0. `start`, when given, is offered to
 * HiGHS as its first incumbent (the assignment columns of that plan set to 1, the others to 0):
 * it only helps HiGHS prune, and the result is still proven by HiGHS's own bound.
 */
export async function solveExact(model: LpModel, timeLimitS: number, start?: PlanDays): Promise<ExactResult> {
  const highs = await loadHighs()
  const started = performance.now()
  return highs.withModel({ format: 'lp', data: model.text }, (m): ExactResult => {
    m.options.set({ output_flag: false, time_limit: timeLimitS, mip_rel_gap: 0, mip_abs_gap: 1e-7 })
    if (start) {
      const chosen = new Set<string>()
      for (const day of start) for (const meal of day.meals) chosen.add(`${day.day}|${meal.slot}|${meal.recipeId}|${meal.leftover === true ? 'leftover' : 'cooked'}`)
      const indices: number[] = []
      const values: number[] = []
      for (const column of model.columns) {
        indices.push(m.getColByName(column.name))
        values.push(chosen.has(`${column.day}|${column.slot}|${column.recipeId}|cooked`) ? 1 : 0)
      }
      for (const column of model.leftovers) {
        indices.push(m.getColByName(column.name))
        values.push(chosen.has(`${column.day}|${column.slot}|${column.recipeId}|leftover`) ? 1 : 0)
      }
      m.setSolution({ indices, values })
    }
    m.run()
    const status = m.getModelStatus()
    const objective = m.getObjectiveValue()
    const bound = Number(m.info.get('mip_dual_bound'))
    const seconds = (performance.now() - started) / 1000
    if (status === highs.constants.modelStatus.optimal) return { status: 'optimal', objective, bound: objective, seconds }
    if (status === highs.constants.modelStatus.timeLimit) return { status: 'time-limit', objective, bound, seconds }
    return { status: 'other', objective, bound, seconds }
  })
}
