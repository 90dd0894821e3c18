/** Storage shapes: what IndexedDB holds. Repositories map them to shared/ types. */
import type { Food } from '../../shared/food/types'
import type { PageSize } from '../../shared/ipc'
import type { Profile } from '../../shared/profile/profile'
import type { Recipe } from '../../shared/recipes/types'
import type { Aisle } from '../../shared/shopping/aisles'
import type { Week } from '../../shared/week/schema'

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

/** One ISO week's plan as stored: the week and its timestamps; every change to it is written at once. */
export type PlanRow = Week & {
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
