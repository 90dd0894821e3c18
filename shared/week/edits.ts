/**
 * Edits of a week as pure functions: each takes a plan and returns a new one, sharing the
 * untouched days and meals (and the recipe snapshots, whose derived facts are cached per object).
 * The app's plan store applies them; the planner's scores are recomputed after each.
 */
import type { LockedSlot, PlanDays, PlanResult } from '../planner/types'
import { leftoverSlots, mealSlots, type MealSlot } from '../profile/profile'
import type { Recipe } from '../recipes/types'
import { daysPerWeek, type Week, type WeekDay, type WeekMeal } from './schema'

/** One cell of the week: a day (0 = Monday) and a meal slot. */
export interface SlotRef {
  day: number
  slot: MealSlot
}

export const sameSlot = (a: SlotRef, b: SlotRef): boolean => a.day === b.day && a.slot === b.slot

export function emptyPlan(week: string): Week {
  return { week, days: Array.from({ length: daysPerWeek }, (_, day) => ({ day, note: '', meals: [] })), seed: null, scores: null, unmet: [] }
}

export function mealAt(plan: Week, at: SlotRef): WeekMeal | undefined {
  return plan.days[at.day]?.meals.find((m) => m.slot === at.slot)
}

const bySlotOrder = (a: WeekMeal, b: WeekMeal) => mealSlots.indexOf(a.slot) - mealSlots.indexOf(b.slot)

function withDay(plan: Week, day: number, change: (d: WeekDay) => WeekDay): Week {
  return { ...plan, days: plan.days.map((d) => (d.day === day ? change(d) : d)) }
}

/** Puts a meal into a slot (its `slot` is set to the slot's), or empties the slot with null. */
export function withMeal(plan: Week, at: SlotRef, meal: WeekMeal | null): Week {
  return withDay(plan, at.day, (d) => {
    const others = d.meals.filter((m) => m.slot !== at.slot)
    return { ...d, meals: meal ? [...others, { ...meal, slot: at.slot }].sort(bySlotOrder) : others }
  })
}

/** The step of a meal's servings: a quarter portion for each person at the table (portions are planned in quarters). */
export function servingsStep(householdSize: number): number {
  return 0.25 * Math.max(1, householdSize)
}

/** A meal the person chose for a slot. It is locked, so a regeneration keeps their choice. */
export function chosenMeal(slot: MealSlot, recipe: Recipe, servings: number): WeekMeal {
  return { slot, recipeId: recipe.id, servings, locked: true, byHand: true, reasons: [], recipe }
}

/** Moves a meal to another slot; a meal already there moves the other way. Locks travel with their meal. */
export function moveMeal(plan: Week, from: SlotRef, to: SlotRef): Week {
  const moving = mealAt(plan, from)
  if (!moving || sameSlot(from, to)) return plan
  const there = mealAt(plan, to)
  return withMeal(withMeal(plan, from, there ?? null), to, moving)
}

export function updateMeal(plan: Week, at: SlotRef, patch: Partial<Pick<WeekMeal, 'servings' | 'locked'>>): Week {
  const meal = mealAt(plan, at)
  return meal ? withMeal(plan, at, { ...meal, ...patch }) : plan
}

export function setNote(plan: Week, day: number, note: string): Week {
  return withDay(plan, day, (d) => ({ ...d, note }))
}

/** What a clear removes: one slot, one day, or every meal of the week (notes stay). */
export type ClearScope = { kind: 'slot'; day: number; slot: MealSlot } | { kind: 'day'; day: number } | { kind: 'week' }

export function clearMeals(plan: Week, scope: ClearScope): Week {
  const cleared = (day: number, slot: MealSlot) => scope.kind === 'week' || (scope.day === day && (scope.kind === 'day' || scope.slot === slot))
  return { ...plan, days: plan.days.map((d) => ({ ...d, meals: d.meals.filter((m) => !cleared(d.day, m.slot)) })) }
}

/**
 * Another week's meals copied into this one: same recipes (snapshots), servings and days, but not
 * locked (a fresh week to adjust) and without the planner's seed; this week's notes stay.
 */
export function copyMeals(source: Week, into: Week): Week {
  return {
    ...into,
    seed: null,
    days: into.days.map((d) => ({
      ...d,
      meals: (source.days[d.day]?.meals ?? []).filter((m) => m.recipeId !== null).map((m) => ({ ...m, locked: false })),
    })),
  }
}

export function lockedSlots(plan: Week): LockedSlot[] {
  return plan.days.flatMap((d) => d.meals.filter((m) => m.locked).map((m) => ({ day: d.day, slot: m.slot, recipeId: m.recipeId, servings: m.servings, ...leftoverFlag(plan, d.day, m) })))
}

export function currentDays(plan: Week): PlanDays {
  return plan.days.map((d) => ({ day: d.day, meals: d.meals.map((m) => ({ slot: m.slot, recipeId: m.recipeId, servings: m.servings, ...leftoverFlag(plan, d.day, m) })) }))
}

/** `{ leftover: true }` for a meal that is a leftover as the week stands, else nothing. */
function leftoverFlag(plan: Week, day: number, meal: WeekMeal): { leftover?: true } {
  return leftoverSource(plan, { day, slot: meal.slot }) ? { leftover: true } : {}
}


/**
 * For a meal eaten as leftovers: the dinner it was cooked as (the previous day's, holding the same
 * recipe). Undefined when the meal is no leftover, or its dinner now holds something else.
 */
export function leftoverSource(plan: Week, at: SlotRef): (SlotRef & { meal: WeekMeal }) | undefined {
  const meal = mealAt(plan, at)
  if (meal?.leftover !== true || meal.recipeId === null || at.slot !== leftoverSlots.eaten || at.day < 1) return undefined
  const from = { day: at.day - 1, slot: leftoverSlots.cooked }
  const cooked = mealAt(plan, from)
  return cooked?.recipeId === meal.recipeId ? { ...from, meal: cooked } : undefined
}

/** For a dinner cooked for more: the next day's lunch that eats its leftovers, or undefined. */
export function leftoverMeal(plan: Week, at: SlotRef): (SlotRef & { meal: WeekMeal }) | undefined {
  if (at.slot !== leftoverSlots.cooked) return undefined
  const to = { day: at.day + 1, slot: leftoverSlots.eaten }
  const meal = mealAt(plan, to)
  return meal && leftoverSource(plan, to) ? { ...to, meal } : undefined
}

/** The servings to cook for a meal: its own and, for a dinner cooked for more, its leftovers'. */
export function servingsToCook(plan: Week, at: SlotRef): number {
  const own = mealAt(plan, at)?.servings ?? 0
  return own + (leftoverMeal(plan, at)?.meal.servings ?? 0)
}

/**
 * Puts a meal the person chose into a slot. A dinner whose leftovers are eaten the next day takes
 * them along (the leftover lunch becomes the new recipe's, at its servings); a meal chosen for a
 * leftover slot is cooked there instead.
 */
export function withChosenMeal(plan: Week, at: SlotRef, meal: WeekMeal): Week {
  const leftover = leftoverMeal(plan, at)
  const next = withMeal(plan, at, { ...meal, leftover: false })
  if (!leftover) return next
  return withMeal(next, leftover, { ...leftover.meal, recipeId: meal.recipeId, recipe: meal.recipe, reasons: [], adaptedFrom: meal.adaptedFrom, leftover: true })
}

/**
 * Makes a lunch the leftovers of the previous day's dinner (the person chose it): the dinner's
 * recipe and snapshot, at `servings`, locked like any meal the person chose. Unchanged when that
 * dinner holds nothing or the slot cannot hold its leftovers.
 */
export function withLeftover(plan: Week, at: SlotRef, servings: number): Week {
  if (at.slot !== leftoverSlots.eaten || at.day < 1) return plan
  const cooked = mealAt(plan, { day: at.day - 1, slot: leftoverSlots.cooked })
  if (!cooked?.recipe || cooked.recipeId === null) return plan
  const meal: WeekMeal = { slot: at.slot, recipeId: cooked.recipeId, servings, locked: true, byHand: true, reasons: [], recipe: cooked.recipe, leftover: true }
  return withMeal(plan, at, cooked.adaptedFrom ? { ...meal, adaptedFrom: cooked.adaptedFrom } : meal)
}

/** Leftover flags that no longer hold (the dinner before changed or moved) are dropped. */
export function tidyLeftovers(plan: Week): Week {
  let changed = false
  const days = plan.days.map((d) => {
    const meals = d.meals.map((m) => {
      if (m.leftover !== true || leftoverSource(plan, { day: d.day, slot: m.slot })) return m
      changed = true
      const rest = { ...m }
      delete rest.leftover
      return rest
    })
    return changed ? { ...d, meals } : d
  })
  return changed ? { ...plan, days } : plan
}

/** Every recipe snapshot the week holds, by id (the first one wins). */
export function snapshots(plan: Week): Map<string, Recipe> {
  const found = new Map<string, Recipe>()
  for (const d of plan.days) for (const m of d.meals) if (m.recipe && !found.has(m.recipe.id)) found.set(m.recipe.id, m.recipe)
  return found
}

/**
 * The planner's result as this week's plan. A meal that stayed in its slot keeps its snapshot and
 * whether it was placed by hand; a new one takes `recipeOf(id)`. Notes stay.
 */
export function applyResult(
  plan: Week,
  result: Pick<PlanResult, 'days' | 'scores' | 'unmet'> & { seed?: number; unmetRules?: PlanResult['unmetRules'] },
  recipeOf: (id: string) => Recipe | null,
  adaptedOf: (id: string) => NonNullable<WeekMeal['adaptedFrom']> | null = () => null,
): Week {
  const days = plan.days.map((d): WeekDay => {
    const planned = result.days.find((r) => r.day === d.day)
    if (!planned) return d
    const meals = planned.meals.flatMap((m): WeekMeal[] => {
      const before = d.meals.find((b) => b.slot === m.slot)
      const isSame = before !== undefined && before.recipeId === m.recipeId
      const recipe = m.recipeId === null ? null : isSame ? before.recipe : recipeOf(m.recipeId)
      // An empty slot is kept only when the planner says why it is empty.
      if (m.recipeId === null && !m.reasons.some((r) => r.code === 'no-candidate')) return []
      // A meal the person placed keeps the servings they set; the planner's meals take its portions.
      const keepServings = isSame && (before.byHand || before.locked || m.locked)
      const servings = keepServings ? before.servings : m.servings
      const perPerson = keepServings ? before.servingsPerPerson : m.servingsPerPerson
      // "Kept" only says the meal was outside what was regenerated: not a reason worth showing later.
      const reasons = m.reasons.filter((r) => r.code !== 'kept')
      const meal: WeekMeal = { slot: m.slot, recipeId: m.recipeId, servings, locked: m.locked, byHand: isSame && before.byHand, reasons, recipe }
      const adaptedFrom = isSame ? before.adaptedFrom : m.recipeId === null ? undefined : (adaptedOf(m.recipeId) ?? undefined)
      return [{ ...meal, ...(perPerson === undefined ? {} : { servingsPerPerson: perPerson }), ...(adaptedFrom ? { adaptedFrom } : {}), ...(m.leftover === true ? { leftover: true } : {}) }]
    })
    // Meals in slots the planner did not plan (the profile dropped the slot) stay as they were.
    const outside = d.meals.filter((b) => !planned.meals.some((m) => m.slot === b.slot))
    return { ...d, meals: [...meals, ...outside].sort(bySlotOrder) }
  })
  return { ...withRules(plan, result.unmetRules), days, scores: result.scores, unmet: result.unmet, seed: result.seed ?? plan.seed }
}

/** The week with the rules its plan could not keep (none: the field is left out). */
function withRules(plan: Week, unmetRules: PlanResult['unmetRules'] | undefined): Week {
  const next: Week = { ...plan }
  delete next.unmetRules
  return unmetRules?.length ? { ...next, unmetRules } : next
}

/**
 * The planner's reading of the plan as it stands (after an edit): each meal's reasons, the scores
 * and the unmet targets. Nothing else changes; an empty slot keeps the explanation it had.
 */
export function withEvaluation(plan: Week, evaluation: Pick<PlanResult, 'days' | 'scores' | 'unmet'> & { unmetRules?: PlanResult['unmetRules'] }): Week {
  const days = plan.days.map((d): WeekDay => {
    const evaluated = evaluation.days.find((e) => e.day === d.day)
    const meals = d.meals.map((m) => {
      if (m.recipeId === null) return m
      const reasons = evaluated?.meals.find((e) => e.slot === m.slot)?.reasons
      return reasons ? { ...m, reasons } : m
    })
    return { ...d, meals }
  })
  return { ...withRules(plan, evaluation.unmetRules), days, scores: evaluation.scores, unmet: evaluation.unmet }
}
