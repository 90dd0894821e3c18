/** The plans repository: one row per ISO week with its meals (recipes snapshotted), notes and scores. */
import { liveQuery } from 'dexie'
import { isIsoWeek } from '../../shared/calendar/iso-week'
import { weekFromStored } from '../../shared/week/repair'
import { daysPerWeek, type Week } from '../../shared/week/schema'
import { getDb } from './db'
import { guardWrite } from './errors'
import type { PlanRow } from './rows'

/** What the list of past weeks shows. */
export interface PlanSummary {
  week: string
  /** The week's score, 0..100; null while it has no meal. */
  total: number | null
  meals: number
  updatedAt: string
}

export { daysPerWeek }

/**
 * The plan in a stored row, repaired where a part is unreadable (shared/week/repair.ts). Rows that
 * are not a plan at all are null.
 */
export function planFromRow(row: PlanRow | undefined): Week | null {
  return weekFromStored(row)
}

export const mealCount = (plan: Week): number => plan.days.reduce((n, d) => n + d.meals.filter((m) => m.recipeId !== null).length, 0)

export async function loadPlan(week: string): Promise<Week | null> {
  return planFromRow(await getDb().plans.get(week))
}

/** A stored week with when it was last saved, or null. */
export async function loadStoredPlan(week: string): Promise<{ plan: Week; updatedAt: string } | null> {
  const row = await getDb().plans.get(week)
  const plan = planFromRow(row)
  return plan && row ? { plan, updatedAt: row.updatedAt } : null
}

/** Saves (creates or replaces) a week's plan, keeping when it was first made. */
export async function savePlan(plan: Week, now: Date = new Date()): Promise<void> {
  if (!isIsoWeek(plan.week)) throw new Error(`Not an ISO week: ${plan.week}`)
  // Stored as plain data: no reactive proxy and no object shared with the recipe library.
  const data = JSON.parse(JSON.stringify(plan)) as Week
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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A stored row's summary from the few fields it needs (the week, its meal count and score, when it
 * was saved), without repairing the whole week: reading years of weeks stays cheap. A row that is
 * not a week at all has none.
 */
export function summaryOfRow(row: unknown): PlanSummary | null {
  if (!isRecord(row) || typeof row.week !== 'string' || !isIsoWeek(row.week) || !Array.isArray(row.days)) return null
  let meals = 0
  for (const day of row.days) {
    if (!isRecord(day) || !Array.isArray(day.meals)) continue
    for (const meal of day.meals) if (isRecord(meal) && typeof meal.recipeId === 'string' && meal.recipeId !== '') meals++
  }
  const scores = row.scores
  const total = meals > 0 && isRecord(scores) && typeof scores.total === 'number' && Number.isFinite(scores.total) ? scores.total : null
  return { week: row.week, total, meals, updatedAt: typeof row.updatedAt === 'string' ? row.updatedAt : '' }
}

/** One stored week's summary, or null. */
export async function loadPlanSummary(week: string): Promise<PlanSummary | null> {
  return summaryOfRow(await getDb().plans.get(week))
}

/**
 * Every stored week, newest week first. Read a few weeks at a time, giving the page its turn in
 * between, so years of history never hold up the screen.
 */
export async function listPlanSummaries(chunk = 26): Promise<PlanSummary[]> {
  const db = getDb()
  const weeks = await db.plans.orderBy('week').reverse().primaryKeys()
  const summaries: PlanSummary[] = []
  for (let i = 0; i < weeks.length; i += chunk) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve))
    for (const row of await db.plans.bulkGet(weeks.slice(i, i + chunk))) {
      const summary = summaryOfRow(row)
      if (summary) summaries.push(summary)
    }
  }
  return summaries
}

export function summaryOf(plan: Week, updatedAt: string): PlanSummary {
  const meals = mealCount(plan)
  return { week: plan.week, total: meals > 0 && plan.scores ? plan.scores.total : null, meals, updatedAt }
}

/**
 * Follows stored weeks: `next` gets each week's plan (null where none is stored) now and after
 * every change to one of them, from this window or another (Dexie's liveQuery). Returns the
 * function that stops following.
 */
export function observePlans(weeks: readonly string[], next: (plans: ReadonlyMap<string, Week | null>) => void, error: (e: unknown) => void): () => void {
  const db = getDb()
  const subscription = liveQuery(() => db.plans.bulkGet([...weeks])).subscribe({
    next: (rows) => next(new Map(weeks.map((w, i) => [w, planFromRow(rows[i])]))),
    error,
  })
  return () => subscription.unsubscribe()
}

/** One stored week as it changes: its plan and when it was last saved (null while none is stored). */
export function observePlan(week: string, next: (stored: { plan: Week; updatedAt: string } | null) => void, error: (e: unknown) => void): () => void {
  const db = getDb()
  const subscription = liveQuery(() => db.plans.get(week)).subscribe({
    next: (row) => {
      const plan = planFromRow(row)
      next(plan && row ? { plan, updatedAt: row.updatedAt } : null)
    },
    error,
  })
  return () => subscription.unsubscribe()
}
