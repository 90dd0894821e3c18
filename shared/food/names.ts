/**
 * Everyday food names, in British English and German, with the words people also use for them
 * (US words, plurals, regional German, compounds). Written by us as data in
 * data/food-names.json; the USDA description stays the precise description on the food's page.
 *
 * Every food a person reads about is shown by `foodName` in the interface language; a food with
 * no everyday name (an obscure catalogue entry, a person's own food) shows its own name.
 */
import namesFile from './data/food-names.json' with { type: 'json' }
import type { Food, FoodId } from './types'
import type { FoodLang } from './words'

export const foodNamesFormat = 'gutplan-food-names/1'

/** A food's everyday names and aliases. */
export interface EverydayNames {
  readonly en: string
  readonly de: string
  readonly enAliases: readonly string[]
  readonly deAliases: readonly string[]
}

interface NamesFile {
  readonly format: string
  readonly foods: Readonly<Record<FoodId, EverydayNames>>
}

const file = namesFile as unknown as NamesFile
const byId: ReadonlyMap<FoodId, EverydayNames> = new Map(Object.entries(file.foods))

/** Every food that has everyday names, by id. */
export const everydayNamesById: ReadonlyMap<FoodId, EverydayNames> = byId

/** The everyday names of a food, when we have written them. */
export function everydayNames(id: FoodId): EverydayNames | undefined {
  return byId.get(id)
}

/** The name a person reads for a food in a language: its everyday name, else its own name. */
export function foodName(food: Pick<Food, 'id' | 'name'>, lang: FoodLang): string {
  return byId.get(food.id)?.[lang] ?? food.name
}

/** A food's name by id, for places that may hold an id the catalogue doesn't know. */
export function foodNameOf(foods: ReadonlyMap<FoodId, Food>, id: FoodId, lang: FoodLang): string | undefined {
  const food = foods.get(id)
  return food ? foodName(food, lang) : undefined
}

/** The aliases of a food in a language (empty when it has no everyday names). */
export function foodAliases(id: FoodId, lang: FoodLang): readonly string[] {
  const names = byId.get(id)
  return names ? (lang === 'de' ? names.deAliases : names.enAliases) : []
}

/** Whether a food is shown by an everyday name (rather than its catalogue description). */
export const hasEverydayName = (id: FoodId): boolean => byId.has(id)
