/**
 * The week: one schema from which the week's type, the backup's plan rows and the repair of a
 * stored week all derive. A stored row is a week plus its timestamps (renderer/db/rows.ts).
 */
import { z } from 'zod'
import { isIsoWeek } from '../calendar/iso-week'
import type { Food } from '../food/types'
import { scoreParts, targetIds, type ScorePartId, type TargetId } from '../planner/types'
import { dayRuleRequirements, mealSlots } from '../profile/profile'
import { recipeSchema } from '../recipes/validate'

export const daysPerWeek = 7

const scorePartIds = Object.keys(scoreParts) as [ScorePartId, ...ScorePartId[]]

/**
 * A food map that knows every id and no food: recipes are checked for their shape and bounds,
 * not against a catalogue (the app keeps recipes whose food was deleted and shows it as unknown).
 * Measures are then not checked either.
 */
class AnyFoodIds extends Map<string, Food> {
  override has(): boolean {
    return true
  }
}

/** A recipe's shape and bounds, as the recipe editor requires them. */
export const recipeShapeSchema = recipeSchema(new AnyFoodIds())

export const isoWeekSchema = z.string().max(8).refine(isIsoWeek, 'invalid-value')

const label = z.string().min(1).max(100)
const count = z.number().int().min(0)
const ruleCountSchema = z.strictObject({ rule: label, count })
const dayIndex = z.number().int().min(0).max(daysPerWeek - 1)

export const reasonSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('locked') }),
  z.strictObject({ code: z.literal('kept') }),
  z.strictObject({ code: z.literal('unknown-recipe') }),
  z.strictObject({ code: z.literal('conflict'), rules: z.array(label).max(50) }),
  z.strictObject({ code: z.literal('no-candidate'), blockedBy: z.array(ruleCountSchema).max(50) }),
  z.strictObject({ code: z.literal('fiber'), grams: z.number() }),
  z.strictObject({ code: z.literal('adds-fermented') }),
  z.strictObject({ code: z.literal('adds-prebiotic') }),
  z.strictObject({ code: z.literal('oily-fish') }),
  z.strictObject({ code: z.literal('ala-source') }),
  z.strictObject({ code: z.literal('new-plants'), count, points: z.number() }),
  z.strictObject({ code: z.literal('energy'), kcal: z.number() }),
  z.strictObject({ code: z.literal('limit-flags'), count }),
  z.strictObject({ code: z.literal('repeat'), uses: count }),
  z.strictObject({ code: z.literal('flexible-slot'), from: z.enum(mealSlots) }),
  z.strictObject({ code: z.literal('portion'), servingsPerPerson: z.number().positive().max(10) }),
  z.strictObject({ code: z.literal('leftover'), day: dayIndex }),
  z.strictObject({ code: z.literal('cooks-leftover'), day: dayIndex, servings: z.number().min(0).max(48) }),
])

const targetScoreSchema = z.strictObject({
  target: z.enum(targetIds),
  achieved: z.number(),
  goal: z.number(),
  satisfaction: z.number().min(0).max(1),
  weight: z.number().min(0),
  perDay: z.array(z.number()).max(daysPerWeek).optional(),
  ramp: z.strictObject({ fromG: z.number().min(0), weekG: z.number().min(0), goalG: z.number().min(0) }).optional(),
  highDays: z.array(dayIndex).max(daysPerWeek).optional(),
})

const scorePartSchema = z.strictObject({ part: z.enum(scorePartIds), score: z.number().min(0).max(100), weight: z.number().min(0) })

/** Targets added after weeks were first stored (effort): optional, so older weeks still read. */
const laterTargets: ReadonlySet<TargetId> = new Set<TargetId>(['effort'])

export const weekScoresSchema = z.strictObject({
  total: z.number().min(0).max(100),
  targets: z.strictObject(
    Object.fromEntries(targetIds.map((t) => [t, laterTargets.has(t) ? targetScoreSchema.optional() : targetScoreSchema])) as Record<TargetId, typeof targetScoreSchema>,
  ),
  parts: z.strictObject(Object.fromEntries(scorePartIds.map((p) => [p, scorePartSchema])) as Record<ScorePartId, typeof scorePartSchema>).optional(),
  emptySlots: count.optional(),
})

const recipeTags = ['high-fiber', 'fermented', 'prebiotic', 'oily-fish', 'ala-source', 'new-plants', 'no-limit-flags', 'any', 'more-energy', 'less-energy'] as const

export const unmetTargetSchema = z.strictObject({
  target: z.enum(targetIds),
  satisfaction: z.number().min(0).max(1),
  achieved: z.number(),
  goal: z.number(),
  days: z.array(dayIndex).max(daysPerWeek).optional(),
  blockedBy: z.array(ruleCountSchema).max(50),
  fix: z.discriminatedUnion('code', [
    z.strictObject({ code: z.literal('add-recipe'), slot: z.enum(mealSlots), tag: z.enum(recipeTags), compatibleWith: z.array(label).max(50) }),
    z.strictObject({ code: z.literal('raise-weight'), target: z.enum(targetIds), candidates: count }),
  ]),
})

const ruleFix = z.strictObject({ code: z.literal('add-recipe'), slot: z.enum(mealSlots) })
export const unmetRuleSchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('max-minutes'), day: dayIndex, slot: z.enum(mealSlots), maxMinutes: count, fix: ruleFix.extend({ maxMinutes: count }) }),
  z.strictObject({ rule: z.literal('day-rule'), day: dayIndex, slot: z.enum(mealSlots), require: z.enum(dayRuleRequirements), fix: ruleFix.extend({ require: z.enum(dayRuleRequirements) }) }),
  z.strictObject({ rule: z.literal('not-last-week'), count, fix: ruleFix }),
])

/** One meal of a week: what is planned in a slot, and the recipe as it was when planned. */
export const weekMealSchema = z.strictObject({
  slot: z.enum(mealSlots),
  /** Null: the slot is empty (its reasons may say why). */
  recipeId: z.string().min(1).max(200).nullable(),
  /**
   * Servings for the household: whole numbers from weeks planned before portions, else the
   * household size × the portion per person, in quarter steps.
   */
  servings: z
    .number()
    .min(0.25)
    .max(48)
    .refine((n) => Number.isInteger(n * 4), 'quarter'),
  /** Servings per person as planned (absent in weeks planned before portions: servings ÷ household). */
  servingsPerPerson: z.number().min(0.25).max(48).optional(),
  /** For an adapted recipe (its snapshot holds the swapped ingredients): the recipe it was adapted from and what was swapped. */
  adaptedFrom: z
    .strictObject({
      recipeId: z.string().min(1).max(200),
      swaps: z.array(z.strictObject({ swapId: z.string().min(1).max(100), from: z.array(z.string().min(1).max(60)).max(20), to: z.string().min(1).max(60) })).max(20),
    })
    .optional(),
  /**
   * Eaten as the leftovers of the previous day's dinner (the same recipe, cooked then for more):
   * nothing to cook. It holds only while that dinner holds the same recipe (leftoverSource).
   */
  leftover: z.boolean().optional(),
  /** Locked meals survive every regeneration. */
  locked: z.boolean(),
  /** True when the person put it there (picked, swapped in); the planner never places a conflict. */
  byHand: z.boolean(),
  /** The planner's reasons, as codes; recomputed after every change. */
  reasons: z.array(reasonSchema).max(50),
  /**
   * A snapshot of the recipe when it was planned, so the week stays as it was even if the person
   * later edits or deletes the recipe. Null for an empty slot.
   */
  recipe: recipeShapeSchema.nullable(),
})

export const weekDaySchema = z.strictObject({
  /** 0 = Monday … 6 = Sunday. */
  day: dayIndex,
  note: z.string().max(500),
  meals: z.array(weekMealSchema).max(mealSlots.length),
})

/** One ISO week's plan. */
export const weekSchema = z.strictObject({
  /** ISO week, "2026-W48": one plan per week. */
  week: isoWeekSchema,
  /** Always seven, Monday first (a backup may hold fewer; the repair fills them in). */
  days: z.array(weekDaySchema).max(daysPerWeek),
  /** The seed of the last generation; null for a week made by hand. */
  seed: z.number().int().min(0).max(0xffffffff).nullable(),
  /** The planner's score of the week as it stands; null while it has no meal. */
  scores: weekScoresSchema.nullable(),
  unmet: z.array(unmetTargetSchema).max(targetIds.length * 2),
  /**
   * Fibre per day (whole-day grams) the weeks before this one planned, when it was generated: well
   * below the target, the week aims about 5 g higher (fibre rises slowly). Absent: the target.
   */
  recentFiberG: z.number().min(0).max(200).optional(),
  /** The person's rules the plan could not keep (absent in weeks planned before rules). */
  unmetRules: z.array(unmetRuleSchema).max(200).optional(),
  /** This week's own leftovers switch; absent: the person's rule, else on for a household of one or two. */
  leftovers: z.boolean().optional(),
})

export type Week = z.output<typeof weekSchema>
export type WeekDay = z.output<typeof weekDaySchema>
export type WeekMeal = z.output<typeof weekMealSchema>
