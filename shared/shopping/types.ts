/**
 * The shopping list's data: what goes in (planned meals, or ingredient amounts already in grams),
 * what comes out (lines per aisle, the pantry apart, what was left out and why) and how a
 * quantity is shown to a shopper. Nothing here is English: the UI turns codes into words.
 */
import type { FoodLang } from '../food/words'
import type { FoodId } from '../food/types'
import type { Recipe } from '../recipes/types'
import type { Aisle } from './aisles'
import type { Buy, PackInfo } from './packs'

/** A meal in a plan: the app keeps a snapshot of the recipe with it. */
export interface ListMeal {
  readonly recipe: Recipe
  /** Servings planned; the recipe's quantities are for `recipe.servings`. */
  readonly servings: number
  /** ISO week ("2026-W48") when the list spans several weeks. */
  readonly week?: string
  /** 0-based day of the week (0 = Monday). */
  readonly day?: number
  readonly slot?: string
}

/** Which meal an amount comes from. */
export interface MealRef {
  readonly week?: string
  readonly day?: number
  readonly slot?: string
  readonly recipeId: string
}

/**
 * One ingredient of one planned meal, in grams for the planned servings: what the aggregation
 * reads. `grams` is null when the quantity could not be turned into grams (a measure the food
 * does not have).
 */
export interface IngredientAmount {
  readonly foodId: FoodId
  readonly grams: number | null
  readonly from: MealRef
}

/** The size word of a piece measure ("1 medium onion"). */
export type PieceSize = 'small' | 'medium' | 'large'

/**
 * What a counted piece is: a whole piece (an onion, an apple, an egg, a cucumber), a garlic
 * clove, a celery stalk, a bunch (spinach), a head (cabbage, lettuce), a bulb (fennel).
 */
export type PieceUnit = 'piece' | 'clove' | 'stalk' | 'bunch' | 'head' | 'bulb'

/**
 * A quantity in the units a shopper uses, as data for the UI to put in words. Rounded for
 * display only, always up (a list never asks for less than the plan needs); the exact amount
 * stays in the line's `grams`.
 *
 * - `count`: `count` pieces (a whole number, or a multiple of ½ for pieces of 300 g or more:
 *   half a cabbage), of about `approxGrams` in all. `measure` is the catalogue's measure name
 *   it came from ("medium (2-1/2\" dia)"), for a tooltip.
 * - `volume`: liquids. `ml` is the rounded amount; `amount` + `unit` say how to show it
 *   (`unit` 'l' from 1000 ml, with one decimal).
 * - `mass`: everything else. `grams` is the rounded amount; `amount` + `unit` say how to show
 *   it (`unit` 'kg' from 1000 g).
 */
export type ShopperQuantity =
  | {
      readonly kind: 'count'
      readonly count: number
      readonly unit: PieceUnit
      readonly size: PieceSize | null
      readonly approxGrams: number
      readonly measure: string
    }
  | { readonly kind: 'volume'; readonly ml: number; readonly amount: number; readonly unit: 'ml' | 'l' }
  | { readonly kind: 'mass'; readonly grams: number; readonly amount: number; readonly unit: 'g' | 'kg' }

/** A food to buy (or, when `isPantry`, one the person always has at home). Its `key` is the food id. */
export interface FoodLine {
  readonly kind: 'food'
  readonly key: string
  readonly foodId: FoodId
  /** The everyday name in the list's language ("Onions", "Zwiebeln"; names.ts), else the catalogue name. */
  readonly name: string
  /** The catalogue description ("Onions, raw"). */
  readonly description: string
  readonly aisle: Aisle
  /** The exact total for every meal, unrounded (for a part bought whole, in grams of the whole: lemons, not juice). */
  readonly grams: number
  /** The quantity by weight, volume or pieces: what the list shows for a food bought by weight. */
  readonly display: ShopperQuantity
  /** What to buy ("2 cans"): null when the food is bought by weight (`pack` says whether on purpose). */
  readonly buy: Buy | null
  /** The rule the food is bought by (data/packs.json); null when no rule covers it. */
  readonly pack: PackInfo | null
  /** What the week uses, in grams: `grams`. */
  readonly usedG: number
  /** What is left of what is bought: count × packGrams − usedG (0 when bought by weight). */
  readonly leftoverG: number
  /** Parts folded into this line (lemon juice and zest into lemons), by food id; empty for most. */
  readonly fromParts: readonly FoodId[]
  /** The meals the amount comes from, in input order. */
  readonly from: readonly MealRef[]
  readonly isPantry: boolean
}

/** Something the person added by hand ("kitchen roll", "2 lemons for tea"). */
export interface ExtraItem {
  /** Stable id (the app's row id); the line's key is `extra:<id>`. */
  readonly id: string
  readonly name: string
  /** Free text as the person typed it ("2 packs"). */
  readonly quantity?: string
  /** Defaults to 'other'. */
  readonly aisle?: Aisle
}

export interface ExtraLine {
  readonly kind: 'extra'
  /** `extra:<id>` */
  readonly key: string
  readonly id: string
  readonly name: string
  readonly quantityText: string | null
  readonly aisle: Aisle
}

export type ShoppingItem = FoodLine | ExtraLine

export interface ShoppingSection {
  readonly aisle: Aisle
  /** Foods by name, then the extras in the order given. */
  readonly lines: readonly ShoppingItem[]
}

/** Why an ingredient is not on the list: tap water is never bought; the others could not be read. */
export type OmittedReason = 'water' | 'unknown-food' | 'unknown-measure'

export interface OmittedIngredient {
  readonly foodId: FoodId
  readonly reason: OmittedReason
  readonly from: readonly MealRef[]
}

export interface ShoppingList {
  /** Non-empty aisles in the requested order. */
  readonly aisles: readonly ShoppingSection[]
  /** Pantry foods the plan uses, apart from the buying list, in aisle order then by name. */
  readonly pantry: readonly FoodLine[]
  readonly omitted: readonly OmittedIngredient[]
}

export interface ShoppingOptions {
  /** Foods the person always has at home. */
  readonly pantry?: ReadonlySet<FoodId>
  /** The person's aisle order; missing aisles follow in the default order (see sortAisles). */
  readonly aisleOrder?: readonly string[]
  readonly extras?: readonly ExtraItem[]
  /** The language food lines are named in (everyday names, names.ts); English by default. */
  readonly lang?: FoodLang
}
