/**
 * The fixed numbers of the score (see README.md in this folder for the math).
 */
import type { MealSlot } from '../profile/profile'

/** Goals, bands and caps of the score; the weights are separate (`defaultWeights`). */
export const scoreParams = {
  /** Plant points a week that fully meet the plants target (REFERENCE §6: 30 a week). */
  plantPointsPerWeek: 30,
  /** Oily-fish meals a week that fully meet omega-3 for people who eat fish (REFERENCE §1c: ≥2 fish, ≥1 oily). */
  oilyFishMealsPerWeek: 2,
  /** Energy within ±10 % of the day's target costs nothing … */
  energyTolerance: 0.1,
  /**
   * … and the satisfaction falls linearly to 0 at ±100 %: at no energy at all, or double the target.
   * Reaching 0 only at the edge of what a day can be keeps the score concave below the target, so
   * no plan gains by starving one day to bring others into the band.
   */
  energyZeroAt: 1,
  /** A meal with this many limit flags or more scores 0 on the limit target. */
  limitFlagsCap: 3,
  /**
   * Share of a day's eating each slot stands for. Daily fiber and energy targets scale with the
   * share of the planned slots, so a person who plans only lunch and dinner is not asked to eat
   * a whole day's fiber in them. With all four slots the share is 1.
   */
  slotShare: { breakfast: 0.25, lunch: 0.3, dinner: 0.35, snack: 0.1 } satisfies Record<MealSlot, number>,
  /** The normal limit on uses of one recipe in the planned period (raised only when the library is too small). */
  maxUsesPerRecipe: 2,
  /**
   * Oily-fish meals a week at most (REFERENCE §1c, SEAFISH/WCRF: at most 4 portions of oily fish a
   * week, 2 for people who are or may become pregnant). A hard limit, scaled to the planned days.
   */
  oilyFishMaxPerWeek: 4,
  oilyFishMaxPerWeekPregnancy: 2,
  /**
   * Servings per person, in quarters: 0.5 to 2 in steps of 0.25 unless a recipe's dose limits say
   * less. Portions scale the meal's fibre and energy, so each day's energy can land near the target.
   */
  portionQuarters: { min: 2, max: 8 },
  /**
   * Flexible slots: a recipe written for the key slot may fill the listed slots, at a preference
   * cost (effort), before a slot is left empty: a lunch can be a dinner, a breakfast a snack.
   */
  flexibleSlots: { lunch: ['dinner'], breakfast: ['snack'] } satisfies Partial<Record<MealSlot, MealSlot[]>>,
  /**
   * Effort cost of one meal, 0..1, averaged over the meals: half for a recipe planned in a slot it
   * was not written for, and half scaled by the minutes beyond `quickMinutes` (full at `slowMinutes`).
   */
  flexibleSlotCost: 0.5,
  /** Preference costs on a meal's effort: not one of the person's favourites (when they named some) … */
  notFavouriteCost: 0.25,
  /** … and a recipe of last week under the rule "not the same as last week". A meal's effort cost is at most 1. */
  lastWeekCost: 0.5,
  /**
   * Leftovers (cook once, eat twice): with leftovers on, every pair of a dinner and the next day's
   * lunch where the lunch is cooked afresh costs this much effort: a second cooking session and a
   * second recipe to shop for. A leftover meal itself costs no time (only the person's preferences).
   */
  leftoverMissCost: 0.5,
  quickMinutes: 30,
  slowMinutes: 90,
  /**
   * What an open slot left empty costs the planner's objective: more than all soft targets together
   * (the score is at most 100), so no plan ever leaves a slot empty to gain on the targets.
   */
  emptySlotPenalty: 101,
  /**
   * Fibre rises slowly (REFERENCE §1c: most people eat about 18 g; a sudden jump brings wind and
   * bloating): when recent weeks averaged more than `wellBelowG` under the target, this week aims
   * `stepGPerWeek` above them, and a day more than `headroom` over that aim loses fibre satisfaction.
   */
  fiberRamp: { stepGPerWeek: 5, wellBelowG: 5, headroom: 0.1 },
  /**
   * A day above this much fibre (a whole day's worth; scaled to the planned slots) is noted, and
   * loses fibre satisfaction linearly above it (NHS-FIB: raise fibre gradually; GRAB09: wind and
   * bloating rise with larger doses).
   */
  highFiberDayG: 50,
  /** … at this energy target; above it the threshold grows in proportion (3200 kcal: 80 g). */
  highFiberReferenceKcal: 2000,
} as const

/**
 * The slot a recipe written for `own` slots fills `slot` from: `slot` itself when written for it,
 * else the own slot that may flexibly fill it (a lunch as a dinner), else undefined.
 */
export function slotFilledFrom(own: readonly MealSlot[], slot: MealSlot): MealSlot | undefined {
  if (own.includes(slot)) return slot
  const flexible = scoreParams.flexibleSlots as Partial<Record<MealSlot, readonly MealSlot[]>>
  return own.find((o) => flexible[o]?.includes(slot) === true)
}

/** The share of a day's eating the planned slots stand for (1 with all four). */
export function slotShareOf(slots: readonly MealSlot[]): number {
  return slots.reduce((sum, s) => sum + scoreParams.slotShare[s], 0)
}

/**
 * This week's fibre aim for a whole day: the target, or when recent weeks averaged well below it,
 * `stepGPerWeek` above them. Null when no ramp applies.
 */
export function fiberRampFor(targetG: number, recentG: number | undefined): { fromG: number; weekG: number; goalG: number } | null {
  const { stepGPerWeek, wellBelowG } = scoreParams.fiberRamp
  if (recentG === undefined || !Number.isFinite(recentG) || recentG < 0 || recentG >= targetG - wellBelowG) return null
  return { fromG: recentG, weekG: Math.min(targetG, recentG + stepGPerWeek), goalG: targetG }
}

/** The most oily-fish meals in `days` days for a person (pregnant or may become pregnant: fewer). */
export function oilyFishMax(days: number, pregnancy: boolean): number {
  const perWeek = pregnancy ? scoreParams.oilyFishMaxPerWeekPregnancy : scoreParams.oilyFishMaxPerWeek
  return Math.max(1, Math.floor((perWeek * days) / 7))
}
