/** Storage shapes: what IndexedDB holds. Repositories map them to shared/ types. */
import type { Food } from '../../shared/food/types'
import type { Profile } from '../../shared/profile/profile'
import type { Recipe } from '../../shared/recipes/types'

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
