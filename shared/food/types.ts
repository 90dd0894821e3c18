/**
 * The food model shared by the catalogue, the rules, the planner and the UI.
 * Amounts are per 100 g of edible portion unless a name says otherwise.
 */
import type { Allergen, FodmapSubgroup } from '../profile/profile'
import type { FoodGroupCode } from './groups'

/** An NDB number from USDA SR24 ("15076") or a curated id with the `gp-` prefix ("gp-kefir-plain-whole"). */
export type FoodId = string

/** The nutrients the app uses, in the order the catalogue file stores them. Units are in the names. */
export const nutrientKeys = [
  'energyKcal',
  'proteinG',
  'carbsG',
  'fiberG',
  'sugarsG',
  'fatG',
  'saturatedG',
  'transG',
  'omega3G',
  'sodiumMg',
] as const
export type NutrientKey = (typeof nutrientKeys)[number]

/**
 * Nutrients per 100 g. `null` means "not measured" in the source, which is not the same as zero:
 * a rule never treats a missing value as 0.
 */
export type Nutrients = { readonly [K in NutrientKey]: number | null }

/** A household measure: `amount` units of `name` weigh `grams` (USDA SR WEIGHT file, SR-WT). */
export interface Measure {
  readonly amount: number
  readonly name: string
  readonly grams: number
}

/**
 * What kind of food an entry is, where that alone settles what it contains (rules/kinds.ts):
 * plant, animal (meat, poultry, fish, shellfish), egg, dairy, fat (of one origin), water-salt
 * (water, salt, leavening, vinegar), sweetener, or composite (a dish or product of several
 * ingredients).
 */
export type FoodKind = 'plant' | 'animal' | 'egg' | 'dairy' | 'fat' | 'water-salt' | 'sweetener' | 'composite'

/** Where a curated food's values come from. Shown to the person; never invented. */
export interface Provenance {
  /** The kind of food the entry describes, from what it is made of (its note says so). */
  readonly kind: FoodKind
  /** The public composition table or publication the values were taken or derived from. */
  readonly source: string
  /** 'table' when copied from one entry; 'derived' when computed from named entries; 'representative' when typical of a product category. */
  readonly basis: 'table' | 'derived' | 'representative'
  /** How the values were obtained and what to keep in mind (in English; for maintainers, not for the UI). */
  readonly note: string
}

/** A lactose level a person can declare: none, low (below 1 g per serve, VAR17) or high. */
export type DeclaredLactose = 'none' | 'low' | 'high'
/** Diets a person can declare their own food suitable for; vegan implies vegetarian. */
export type DeclaredDiet = 'vegan' | 'vegetarian'

/**
 * What a person knows about a food they added ("contains gluten", "made with live cultures").
 * A field that is absent or false means "not declared", never "does not contain": the name and
 * group rules still run. A declared tag overrides those rules for the same rule and subject.
 */
export interface DeclaredTags {
  readonly containsGluten?: boolean
  /** Labelled or known gluten-free (at most 20 mg/kg, EU828). */
  readonly glutenFree?: boolean
  readonly lactose?: DeclaredLactose
  readonly allergens?: readonly Allergen[]
  /** FODMAP subgroups the person knows the food is high in. */
  readonly fodmapHigh?: readonly FodmapSubgroup[]
  /** FODMAP subgroups the person knows the food is low in at the amount they eat. */
  readonly fodmapLow?: readonly FodmapSubgroup[]
  /** Fermented, and still carries live cultures when eaten. */
  readonly fermentedLive?: boolean
  readonly diets?: readonly DeclaredDiet[]
}

export interface Food {
  readonly id: FoodId
  readonly name: string
  /** The USDA food group (REFERENCE data README), also assigned to curated foods. */
  readonly group: FoodGroupCode
  readonly nutrients: Nutrients
  readonly measures: readonly Measure[]
  /** Present on curated foods only. */
  readonly provenance?: Provenance
  /** Present on the person's own foods only: the tags they declared. */
  readonly declared?: DeclaredTags
}

/** Sodium (mg) to salt (g): salt = sodium × 2.5 (REFERENCE §1a, FSS). */
export function saltGFromSodiumMg(sodiumMg: number): number {
  return (sodiumMg * 2.5) / 1000
}
