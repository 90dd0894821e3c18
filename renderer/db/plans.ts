/** The plans repository: one row per ISO week with its meals (recipes snapshotted), notes and scores. */
import { isIsoWeek } from '../../shared/calendar/iso-week'
import { mealSlots } from '../../shared/profile/profile'
import { getDb } from './db'
import { guardWrite } from './errors'
import type { PlanDayRow, PlanMealRow, PlanRow } from './rows'

/** A week's plan as the app works with it: the stored row without its timestamps. */
export type WeekPlan = Omit<PlanRow, 'createdAt' | 'updatedAt'>
export type PlanDay = PlanDayRow
export type PlanMeal = PlanMealRow

/** What the list of past weeks shows. */
export interface PlanSummary {
  week: string
  /** The week's score, 0..100; null while it has no meal. */
  total: number | null
  meals: number
  updatedAt: string
}

export const daysPerWeek = 7

function readableMeal(value: unknown): value is PlanMeal {
  const m = value as Partial<PlanMeal> | null
  return (
    !!m &&
    (mealSlots as readonly unknown[]).includes(m.slot) &&
    (m.recipeId === null || typeof m.recipeId === 'string') &&
    typeof m.servings === 'number' &&
    Array.isArray(m.reasons) &&
    (m.recipe === null || (typeof m.recipe === 'object' && m.recipe?.id === m.recipeId && Array.isArray(m.recipe.ingredients)))
  )
}

/**
 * The plan in a stored row, repaired where a part is unreadable: a day that is missing comes back
 * empty, an unreadable meal is left out. Rows that are not a plan at all are null.
 */
export function planFromRow(row: PlanRow | undefined): WeekPlan | null {
  if (!row || !isIsoWeek(row.week) || !Array.isArray(row.days)) return null
  const days = Array.from({ length: daysPerWeek }, (_, day): PlanDay => {
    const stored = row.days.find((d) => d?.day === day)
    return {
      day,
      note: typeof stored?.note === 'string' ? stored.note : '',
      meals: Array.isArray(stored?.meals)
        ? stored.meals.filter(readableMeal).map((m) => ({ ...m, locked: m.locked === true, byHand: m.byHand === true }))
        : [],
    }
  })
  return {
    week: row.week,
    days,
    seed: typeof row.seed === 'number' ? row.seed : null,
    scores: row.scores && typeof row.scores.total === 'number' ? row.scores : null,
    unmet: Array.isArray(row.unmet) ? row.unmet : [],
  }
}

export const mealCount = (plan: WeekPlan): number => plan.days.reduce((n, d) => n + d.meals.filter((m) => m.recipeId !== null).length, 0)

export async function loadPlan(week: string): Promise<WeekPlan | null> {
  return planFromRow(await getDb().plans.get(week))
}

/** Saves (creates or replaces) a week's plan, keeping when it was first made. */
export async function savePlan(plan: WeekPlan, now: Date = new Date()): Promise<void> {
  if (!isIsoWeek(plan.week)) throw new Error(`Not an ISO week: ${plan.week}`)
  // Stored as plain data: no reactive proxy and no object shared with the recipe library.
  const data = JSON.parse(JSON.stringify(plan)) as WeekPlan
  const db = getDb()
  await guardWrite(() =>
    db.transaction('rw', db.plans, async () => {
      const existing = await db.plans.get(plan.week)
      const stamp = now.toISOString()
      await db.plans.put({ ...data, createdAt: existing?.createdAt ?? stamp, updatedAt: stamp })
    }),
  )
}

export async function deletePlan(week: string): Promise<void> {
  const db = getDb()
  await guardWrite(() => db.transaction('rw', db.plans, () => db.plans.delete(week)))
}

/** Every stored week, newest week first. */
export async function listPlanSummaries(): Promise<PlanSummary[]> {
  const rows = await getDb().plans.orderBy('week').reverse().toArray()
  return rows.flatMap((row) => {
    const plan = planFromRow(row)
    return plan ? [summaryOf(plan, row.updatedAt)] : []
  })
}

export function summaryOf(plan: WeekPlan, updatedAt: string): PlanSummary {
  const meals = mealCount(plan)
  return { week: plan.week, total: meals > 0 && plan.scores ? plan.scores.total : null, meals, updatedAt }
}
