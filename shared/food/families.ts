/**
 * Kinds of food a person can avoid as a whole ("all mushrooms", "the onion family", "all
 * shellfish"), kept as data in data/food-families.json: their names in both languages, the
 * words people type for them, the terms that make a food a member, phrases that look like a
 * term but are not one ("sweet potato" is no nightshade), and the EU allergens whose presence
 * makes a food a member (the allergen rules then decide, with their certainty).
 */
import type { Allergen } from '../profile/profile'
import familiesFile from './data/food-families.json' with { type: 'json' }
import { fold, type FoodLang } from './words'

export const foodFamiliesFormat = 'gutplan-food-families/1'

export interface FoodFamily {
  readonly id: string
  readonly en: string
  readonly de: string
  /** What people type for the family, per language. */
  readonly words: Readonly<Record<FoodLang, readonly string[]>>
  /** Terms that make a food a member when one of its names contains them, per language. */
  readonly terms: Readonly<Record<FoodLang, readonly string[]>>
  /** Phrases that contain a term but don't name a member, per language. */
  readonly exclude: Readonly<Record<FoodLang, readonly string[]>>
  /** Allergens whose presence (as the allergen rules find it) makes a food a member. */
  readonly allergens?: readonly Allergen[]
}

export const foodFamilies: readonly FoodFamily[] = (familiesFile as unknown as { families: FoodFamily[] }).families

const byId = new Map(foodFamilies.map((f) => [f.id, f]))

export const foodFamily = (id: string): FoodFamily | undefined => byId.get(id)

/** The family's name in a language ("All mushrooms", "Alle Pilze"). */
export const familyName = (family: FoodFamily, lang: FoodLang): string => family[lang]

/** The family a word names exactly (case and accents aside), in either language. */
export function familyNamedBy(word: string): FoodFamily | undefined {
  const w = fold(word.trim())
  if (w === '') return undefined
  return foodFamilies.find((f) => [f.en, f.de, ...f.words.en, ...f.words.de].some((name) => fold(name) === w))
}

/** Families whose names or words start with, or contain a word starting with, the typed text (either language). */
export function familiesMatching(text: string): FoodFamily[] {
  const q = fold(text.trim())
  if (q.length < 2) return []
  return foodFamilies.filter((f) =>
    [f.en, f.de, ...f.words.en, ...f.words.de].some((name) => {
      const n = fold(name)
      return n.startsWith(q) || n.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q))
    }),
  )
}
