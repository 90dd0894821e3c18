/** Reading a stored week that may be damaged: each part is checked with the week schema's own parts. */
import { isIsoWeek } from '../calendar/iso-week'
import { daysPerWeek, unmetRuleSchema, unmetTargetSchema, weekMealSchema, type Week, type WeekDay, type WeekMeal } from './schema'

/** Older rows may lack the two flags; they mean "no" then. */
const storedMealSchema = weekMealSchema
  .extend({ locked: weekMealSchema.shape.locked.optional(), byHand: weekMealSchema.shape.byHand.optional() })
  // A snapshot of another recipe than the slot names is not this meal.
  .refine((m) => m.recipe === null || m.recipe.id === m.recipeId)

function readableMeal(value: unknown): WeekMeal | null {
  const parsed = storedMealSchema.safeParse(value)
  if (!parsed.success) return null
  return { ...parsed.data, locked: parsed.data.locked === true, byHand: parsed.data.byHand === true }
}

interface StoredDay {
  day?: unknown
  note?: unknown
  meals?: unknown
}

/**
 * The week in a stored value, repaired where a part is unreadable: a day that is missing comes
 * back empty, an unreadable meal is left out, scores without a total are null. A value that is not a
 * week at all is null.
 */
export function weekFromStored(value: unknown): Week | null {
  if (!value || typeof value !== 'object') return null
  const row = value as { week?: unknown; days?: unknown; seed?: unknown; scores?: unknown; unmet?: unknown; recentFiberG?: unknown; unmetRules?: unknown; leftovers?: unknown }
  if (typeof row.week !== 'string' || !isIsoWeek(row.week) || !Array.isArray(row.days)) return null
  const storedDays = row.days as (StoredDay | null)[]
  const days = Array.from({ length: daysPerWeek }, (_, day): WeekDay => {
    const stored = storedDays.find((d) => d?.day === day)
    return {
      day,
      note: typeof stored?.note === 'string' ? stored.note : '',
      meals: Array.isArray(stored?.meals) ? stored.meals.flatMap((m: unknown) => readableMeal(m) ?? []) : [],
    }
  })
  // Scores are recomputed after every change; a row only needs a readable total to show until then.
  const scores = row.scores as Week['scores'] | undefined
  return {
    week: row.week,
    days,
    seed: typeof row.seed === 'number' ? row.seed : null,
    scores: scores && typeof scores.total === 'number' ? scores : null,
    unmet: Array.isArray(row.unmet) ? row.unmet.flatMap((u: unknown) => {
      const parsed = unmetTargetSchema.safeParse(u)
      return parsed.success ? [parsed.data] : []
    }) : [],
    ...(Array.isArray(row.unmetRules) ? { unmetRules: row.unmetRules.flatMap((u: unknown) => {
      const parsed = unmetRuleSchema.safeParse(u)
      return parsed.success ? [parsed.data] : []
    }) } : {}),
    ...(typeof row.recentFiberG === 'number' && Number.isFinite(row.recentFiberG) && row.recentFiberG >= 0 && row.recentFiberG <= 200 ? { recentFiberG: row.recentFiberG } : {}),
    ...(typeof row.leftovers === 'boolean' ? { leftovers: row.leftovers } : {}),
  }
}
