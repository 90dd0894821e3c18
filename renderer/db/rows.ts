/** Storage shapes: what IndexedDB holds. Repositories map them to shared/ types. */
import type { Food } from '../../shared/food/types'
import type { PageSize } from '../../shared/ipc'
import type { Reason, UnmetTarget, WeekScores } from '../../shared/planner/types'
import type { MealSlot, Profile } from '../../shared/profile/profile'
import type { Recipe } from '../../shared/recipes/types'
import type { Aisle } from '../../shared/shopping/aisles'

export interface ProfileRow {
  /** There is one profile per installation. */
  id: 'me'
  profile: Profile
  /** ISO timestamp of the last save. */
  updatedAt: string
}

export interface SettingsRow {
  key: 'app'
  locale: 'en' | 'de' | null
  /** ISO timestamp of when the person acknowledged the health notice; null until then. */
  healthNoticeSeenAt: string | null
}

/** A food the person added: treated like any catalogue food by every rule. */
export interface OwnFoodRow {
  /** "own-<uuid>": never clashes with USDA or curated ids. */
  id: string
  name: string
  food: Food
  createdAt: string
  updatedAt: string
}

/** A recipe the person wrote (or duplicated from the library and changed). */
export interface OwnRecipeRow {
  /** "own-<uuid>". */
  id: string
  recipe: Recipe
  createdAt: string
  updatedAt: string
}

/** One meal of a stored week: what is planned in a slot, and the recipe as it was when planned. */
export interface PlanMealRow {
  slot: MealSlot
  /** Null: the slot is empty (its reasons may say why). */
  recipeId: string | null
  servings: number
  /** Locked meals survive every regeneration. */
  locked: boolean
  /** True when the person put it there (picked, swapped in); the planner never places a conflict. */
  byHand: boolean
  /** The planner's reasons, as codes; recomputed after every change. */
  reasons: Reason[]
  /**
   * A snapshot of the recipe when it was planned, so the week stays as it was even if the person
   * later edits or deletes the recipe. Null for an empty slot.
   */
  recipe: Recipe | null
}

export interface PlanDayRow {
  /** 0 = Monday … 6 = Sunday. */
  day: number
  note: string
  meals: PlanMealRow[]
}

/** One ISO week's plan; every change to it is written at once. */
export interface PlanRow {
  /** ISO week, "2026-W48": one plan per week. */
  week: string
  /** Always seven, Monday first. */
  days: PlanDayRow[]
  /** The seed of the last generation; null for a week made by hand. */
  seed: number | null
  /** The planner's score of the week as it stands; null while it has no meal. */
  scores: WeekScores | null
  unmet: UnmetTarget[]
  createdAt: string
  updatedAt: string
}

/** A ticked item of a week's shopping list. */
export interface ShoppingTickRow {
  /** The item's key: a food id, or `extra:<id>` (shared/shopping/ticks.ts). */
  key: string
  /** For a food: the grams the list asked for when it was ticked (what the person bought); null for an extra. */
  grams: number | null
}

/** Something the person added to a week's list by hand. */
export interface ShoppingExtraRow {
  id: string
  name: string
  /** Free text ("2 packs"); null when none was given. */
  quantity: string | null
  aisle: Aisle
}

/** One week's shopping list: what it covers, what is ticked, what was added by hand. */
export interface ShoppingWeekRow {
  kind: 'week'
  /** ISO week the list starts with, "2026-W48". */
  week: string
  /** How many weeks the list covers, from `week` on (1 … 4). */
  weeks: number
  /** Days left out, counted from the first week's Monday (0 … 7 × weeks − 1). */
  skippedDays: number[]
  ticks: ShoppingTickRow[]
  extras: ShoppingExtraRow[]
  updatedAt: string
}

/**
 * The person's shopping and print preferences: one row in the shopping table, under a key that
 * is never an ISO week (so the table keeps one key path, and a backup of it takes both kinds).
 */
export interface ShoppingPrefsRow {
  kind: 'prefs'
  week: 'prefs'
  /** Foods always at home, by food id. */
  pantry: string[]
  /** Aisles in the order the person walks them. */
  aisleOrder: Aisle[]
  /** The paper the print views are laid out for. */
  pageSize: PageSize
  updatedAt: string
}

export type ShoppingRow = ShoppingWeekRow | ShoppingPrefsRow
