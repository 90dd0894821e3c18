/**
 * The planner's data: what it reads (recipes already turned into facts for one person) and what it
 * returns (a week of meals with reasons as codes, the week's scores, and the targets it could not meet).
 * Nothing here is English: the UI turns codes into words.
 */
import type { DayRuleRequirement, MealSlot, PlanRules, Profile } from '../profile/profile'

/** The scored targets, in the order the UI lists them. */
export const targetIds = ['fiber', 'fermented', 'prebiotic', 'omega3', 'plants', 'limit', 'variety', 'energy', 'effort'] as const
export type TargetId = (typeof targetIds)[number]

/** How much each target counts in the total score; 0 switches a target off. Non-negative. */
export type PlannerWeights = Record<TargetId, number>

/**
 * The week score's parts, as the week screen shows them: the gut targets, the limits, variety and
 * effort. Each target belongs to one part.
 */
export const scoreParts = {
  targets: ['fiber', 'fermented', 'prebiotic', 'omega3', 'plants', 'energy'],
  limits: ['limit'],
  variety: ['variety'],
  effort: ['effort'],
} as const satisfies Record<string, readonly TargetId[]>
export type ScorePartId = keyof typeof scoreParts

/**
 * Default weights. Fiber counts most (the one target every guideline agrees on, REFERENCE §1c);
 * limit and variety least (they refine a plan rather than make it).
 */
export const defaultWeights: Readonly<PlannerWeights> = {
  fiber: 3,
  fermented: 2,
  prebiotic: 2,
  omega3: 2,
  plants: 2,
  limit: 1,
  variety: 1,
  energy: 2,
  effort: 1,
}

/** A conflict between a recipe and this person's profile, as the derivation step found it. */
export interface RecipeConflict {
  /** The rule that was broken: an intolerance, an allergen, "diet", "avoid" … (the planner only counts them). */
  rule: string
  foodId: string
  /** A code for the UI ("contains-lactose"), not a sentence. */
  reason: string
}

/** One plant a recipe brings, for the 30-a-week count (REFERENCE §6). */
export interface RecipePlant {
  key: string
  /** 1 for most plants, 0.25 for herbs, spices and the like. */
  points: number
}

/**
 * A recipe turned into the facts the planner needs, for one person. The derivation step (food rules +
 * profile) computes these; the planner never reads ingredients.
 */
export interface PlannerRecipe {
  id: string
  /** The meal slots it fits. */
  slots: MealSlot[]
  perServing: { energyKcal: number; fiberG: number }
  /** Contains a fermented food (live cultures or not). */
  fermented: boolean
  /** Contains a prebiotic food this person tolerates (FODMAP-aware, resolved by the derivation). */
  prebiotic: boolean
  /** An EPA/DHA source: salmon, mackerel, sardine, herring, trout, anchovy … */
  oilyFish: boolean
  /** A plant omega-3 source: walnut, flax, chia, hemp, rapeseed oil. */
  alaSource: boolean
  /** The distinct plants it brings. */
  plants: RecipePlant[]
  /** How many "worth limiting" flags it carries (high sugars/saturates/salt/fat, trans, ultra-processed). */
  limitFlags: number
  /**
   * Conflicts with this person's profile (with members: with the limits of everyone at the table).
   * Non-empty means it is never planned (only kept when locked), except where `memberConflicts` shows
   * that none of a meal's eaters conflicts.
   */
  conflicts: RecipeConflict[]
  /**
   * With household members: per member (profile.members order), the conflicts of a meal they eat
   * (the profile's own limits and theirs). A meal may hold the recipe when none of its eaters has any.
   */
  memberConflicts?: RecipeConflict[][]
  totalMinutes: number
  /**
   * Servings per person the planner may choose, in quarter steps (0.5 to 2 unless given): the
   * derivation lowers `max` where a larger serve would break a dose limit (lactose, FODMAP stacking).
   */
  portions?: { min: number; max: number }
  /** For an adapted recipe: the recipe it was adapted from (its uses count as that recipe's). */
  adaptedFrom?: string
  /** Contains fish or seafood (for "fish on Friday"). */
  fish?: boolean
  /** No meat, fish or seafood (for "meat-free Monday"). */
  meatFree?: boolean
  /** Nothing to cook (for "no cooking on Sunday"). */
  noCook?: boolean
}

/** A slot the person fixed by hand. It is kept exactly, even if it conflicts with the profile. */
export interface LockedSlot {
  /** 0-based day of the planned period. */
  day: number
  slot: MealSlot
  recipeId: string | null
  servings: number
  /** A leftover of the previous day's dinner (the same recipe, cooked then). */
  leftover?: boolean
}

/** What to regenerate; everything outside it is kept from `current`. */
export type PlanScope =
  | { kind: 'week' }
  | { kind: 'day'; day: number }
  | { kind: 'slot'; day: number; slot: MealSlot }
  /** Some slots of the week (say, the meals a changed profile now conflicts with). */
  | { kind: 'cells'; cells: readonly { day: number; slot: MealSlot }[] }

/** The least a meal of an existing plan must say to be kept. */
export interface KeptMeal {
  slot: MealSlot
  recipeId: string | null
  servings: number
  /** Eaten as leftovers of the previous day's dinner: nothing to cook. */
  leftover?: boolean
}

/** An existing plan, by day. A planner result's `days` is one. */
export type PlanDays = readonly { day: number; meals: readonly KeptMeal[] }[]

export interface PlannerInput {
  profile: Profile
  recipes: readonly PlannerRecipe[]
  /** ISO week, e.g. "2026-W48"; echoed in the result. */
  week: string
  /** Days to plan; 7 unless given. */
  days?: number
  locked: readonly LockedSlot[]
  /** Same input and seed, same plan. */
  seed: number
  weights?: Partial<PlannerWeights>
  /** The week unless given. */
  scope?: PlanScope
  /** The existing plan whose slots outside `scope` are kept. */
  current?: PlanDays
  /**
   * Fibre per day (a whole day's worth) the person's recent weeks averaged. Well below the target,
   * this week aims only about 5 g a day higher (params.fiberRamp). Unknown: the target itself.
   */
  recentFiberG?: number
  /** The person's planning rules (the profile's unless given). */
  rules?: PlanRules
  /** Recipe ids of the week before, for the rule "not the same as last week". */
  previousWeek?: readonly string[]
  /** The week's own leftovers switch (else the rules', else on for a household of one or two). */
  leftovers?: boolean
}

/** A rule and how many recipes it kept out. */
export interface RuleCount {
  rule: string
  count: number
}

/** Why a meal is in the plan (or why a slot is empty), as data. */
export type Reason =
  | { code: 'locked' }
  | { code: 'kept' }
  | { code: 'unknown-recipe' }
  | { code: 'conflict'; rules: string[] }
  | { code: 'no-candidate'; blockedBy: RuleCount[] }
  | { code: 'fiber'; grams: number }
  | { code: 'adds-fermented' }
  | { code: 'adds-prebiotic' }
  | { code: 'oily-fish' }
  | { code: 'ala-source' }
  | { code: 'new-plants'; count: number; points: number }
  | { code: 'energy'; kcal: number }
  | { code: 'limit-flags'; count: number }
  | { code: 'repeat'; uses: number }
  /** A recipe written for another slot, planned here because it fits better or nothing else does. */
  | { code: 'flexible-slot'; from: MealSlot }
  /** Servings per person differ from one, to bring the day's energy near the target. */
  | { code: 'portion'; servingsPerPerson: number }
  /** Leftovers of the dinner of `day` (0-based): nothing to cook. */
  | { code: 'leftover'; day: number }
  /** Cooked for more: `servings` of it are eaten as leftovers on `day`. */
  | { code: 'cooks-leftover'; day: number; servings: number }

export type ReasonCode = Reason['code']

export interface PlannedMeal extends KeptMeal {
  /**
   * Servings for the reference person (servings = household size × this; with members, × the
   * eaters' energy over the profile's energy target).
   */
  servingsPerPerson: number
  /** For a leftover: the meal it was cooked as. */
  leftoverOf?: { day: number; slot: MealSlot }
  /** For a meal cooked for more: the leftover meal and its servings (cook servings + these). */
  leftoverFor?: { day: number; slot: MealSlot; servings: number }
  locked: boolean
  reasons: Reason[]
  /** With household members: the names of the members who eat it. */
  eaters?: string[]
}

export interface PlanDay {
  day: number
  /** Energy per person the day's meals bring (kcal). */
  energyKcal: number
  /** One per profile slot, in day order. */
  meals: PlannedMeal[]
}

/** How well the week meets one target. */
export interface TargetScore {
  target: TargetId
  /**
   * What the week achieves, in the target's unit: fiber and energy the mean per day (g, kcal);
   * fermented, prebiotic and omega3 (ALA) days; omega3 (fish) oily-fish meals; plants points;
   * limit flags in the week; variety repeated uses; effort the mean effort cost per meal (0..1).
   */
  achieved: number
  /** What fully meets it, in the same unit (0 for limit, variety and effort: none). */
  goal: number
  /** 0..1, 1 = fully met. */
  satisfaction: number
  weight: number
  /** Per-day values for the daily targets (fiber g, energy kcal, 0/1 for the day indicators). */
  perDay?: number[]
  /** Fibre only: this week's aim when fibre rises slowly from recent weeks (whole-day grams). */
  ramp?: { fromG: number; weekG: number; goalG: number }
  /** Fibre only: days above about 50 g (whole-day equivalent), noted as a lot at once. */
  highDays?: number[]
}

export interface ScorePart {
  part: ScorePartId
  /** 0..100: 100 × weighted mean of its targets' satisfactions (100 when none has weight). */
  score: number
  weight: number
}

export interface WeekScores {
  /**
   * 0..100: 100 × weighted mean of the satisfactions, times the share of slots that hold a meal
   * (a week with empty slots never looks complete). 100 only when everything is met.
   */
  total: number
  targets: Record<TargetId, TargetScore>
  /** The total's parts (targets, limits, variety, effort). */
  parts?: Record<ScorePartId, ScorePart>
  /** Slots the plan leaves empty (open slots only; a slot emptied by a lock is the person's choice). */
  emptySlots?: number
}

/** A kind of recipe a fix asks for. */
export type RecipeTag =
  | 'high-fiber'
  | 'fermented'
  | 'prebiotic'
  | 'oily-fish'
  | 'ala-source'
  | 'new-plants'
  | 'no-limit-flags'
  | 'any'
  | 'more-energy'
  | 'less-energy'

/** What would fix an unmet target. */
export type Fix =
  /** The library lacks a fitting recipe: add one for `slot` with `tag`, compatible with the rules that blocked the others. */
  | { code: 'add-recipe'; slot: MealSlot; tag: RecipeTag; compatibleWith: string[] }
  /** Fitting recipes exist but other targets won; raising this target's weight would plan them. */
  | { code: 'raise-weight'; target: TargetId; candidates: number }

export interface UnmetTarget {
  target: TargetId
  satisfaction: number
  achieved: number
  goal: number
  /** For daily targets: the 0-based days that fall short. */
  days?: number[]
  /** Rules that kept out recipes which would have met the target, most first. */
  blockedBy: RuleCount[]
  fix: Fix
}

/** One of the person's rules the plan could not keep, and what would let it. */
export type UnmetRule =
  /** No fitting recipe within the day's time cap for a slot: a longer one was planned. */
  | { rule: 'max-minutes'; day: number; slot: MealSlot; maxMinutes: number; fix: { code: 'add-recipe'; slot: MealSlot; maxMinutes: number } }
  /** No fitting recipe meets a day rule ("fish on Friday"): another was planned. */
  | { rule: 'day-rule'; day: number; slot: MealSlot; require: DayRuleRequirement; fix: { code: 'add-recipe'; slot: MealSlot; require: DayRuleRequirement } }
  /** Recipes of last week planned again: too few others fit. */
  | { rule: 'not-last-week'; count: number; fix: { code: 'add-recipe'; slot: MealSlot } }

export interface PlanResult {
  week: string
  seed: number
  days: PlanDay[]
  scores: WeekScores
  unmet: UnmetTarget[]
  /** The most times one recipe may appear: 2, more only when the library is too small to fill the week. */
  maxUsesPerRecipe: number
  /** The person's rules the plan could not keep (none when every rule holds). */
  unmetRules: UnmetRule[]
  /** Whether leftovers were planned for (the week's switch, the rule or the household default). */
  leftovers: boolean
}

/** One suggestion for a slot, against the plan as it is. */
export interface SwapSuggestion {
  recipeId: string
  /** Eaten as the leftovers of the previous day's dinner (which holds this recipe): nothing to cook. */
  leftover?: boolean
  /** The portion per person it would be planned at. */
  servingsPerPerson: number
  /** Change in the total score (points of 0..100). */
  totalDelta: number
  /** Change in each target's satisfaction (0..1 scale). */
  targetDeltas: Record<TargetId, number>
  /** Reasons the meal would carry in that slot. */
  reasons: Reason[]
}
