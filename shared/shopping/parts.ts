/**
 * Parts of something you buy: a recipe's lemon juice or orange zest is bought as lemons and
 * oranges. A catalogue food named "<Fruit> juice, raw" or "<Fruit> peel, raw" resolves to the
 * whole fruit ("<Fruit>s, raw", the one with peel where there are several), through how much of
 * the part one fruit gives:
 *
 * - juice: the catalogue's own measure ("1 lemon yields" 48 g, "1 lime yields" 44 g, "1 fruit
 *   yields" 86 g of orange juice: USDA SR24), else the table below;
 * - peel (zest): the table below.
 *
 * Garlic cloves need no resolving: a clove is a measure of garlic, and garlic is bought by the
 * bulb (data/packs.json).
 */
import { foodText } from '../food/rules/text'
import type { Food, FoodId } from '../food/types'
import { pieceMeasure } from './shopper-quantity'

/** The part one whole fruit gives, in grams, where the catalogue has no "yields" measure. */
export const partYields: Readonly<Record<'juice' | 'peel', Readonly<Record<string, { grams: number; source: string }>>>> = {
  juice: {
    lemon: { grams: 48, source: 'USDA SR24 09152 "1 lemon yields" 48 g' },
    lime: { grams: 44, source: 'USDA SR24 09160 "1 lime yields" 44 g' },
    orange: { grams: 86, source: 'USDA SR24 09206 "1 fruit yields" 86 g' },
    grapefruit: { grams: 196, source: 'USDA SR24 09128 "1 fruit yields" 196 g' },
  },
  peel: {
    lemon: { grams: 6, source: 'about 1 tbsp grated zest per lemon (common kitchen yield); 1 tbsp lemon peel = 6 g (USDA SR24 09156)' },
    lime: { grams: 2, source: 'about 1 tsp grated zest per lime (common kitchen yield); 1 tsp peel = 2 g (USDA SR24 09156)' },
    orange: { grams: 12, source: 'about 2 tbsp grated zest per orange (common kitchen yield); 1 tbsp orange peel = 6 g (USDA SR24 09216)' },
  },
}

/** A part resolved: buy `whole`, one piece of which (`wholeGrams`) gives `partGrams` of the part. */
export interface WholeOf {
  readonly whole: Food
  readonly partGrams: number
  readonly wholeGrams: number
  readonly source: string
}

const partName = /^([a-z]+) (juice|peel|zest)$/

function plural(word: string): string[] {
  return [`${word}s`, `${word}es`, word]
}

/** Whole raw fruit by their first name segment ("lemons"), per catalogue map. */
const indexCache = new WeakMap<ReadonlyMap<FoodId, Food>, Map<string, Food[]>>()

function rawByHead(foods: ReadonlyMap<FoodId, Food>): Map<string, Food[]> {
  let index = indexCache.get(foods)
  if (!index) {
    index = new Map()
    for (const food of foods.values()) {
      const t = foodText(food)
      if (t.segments[1] !== 'raw') continue
      const list = index.get(t.head) ?? []
      list.push(food)
      index.set(t.head, list)
    }
    indexCache.set(foods, index)
  }
  return index
}

/** The fruit of a kind to buy: the one with its peel, else the general one, else the shortest name. */
function preferredWhole(candidates: readonly Food[]): Food | undefined {
  const counted = candidates.filter((f) => pieceMeasure(f) !== null)
  const rank = (f: Food) => (/\bwith peel\b/.test(foodText(f).lower) ? 0 : /\ball (commercial )?varieties\b/.test(foodText(f).lower) ? 1 : 2)
  return [...counted].sort((a, b) => rank(a) - rank(b) || a.name.length - b.name.length)[0]
}

const cache = new WeakMap<Food, WholeOf | null>()

/** What a part (juice, zest) is bought as, or null when the food is bought as itself. */
export function wholeOf(food: Food, foods: ReadonlyMap<FoodId, Food>): WholeOf | null {
  if (cache.has(food)) return cache.get(food) ?? null
  const found = findWhole(food, foods)
  cache.set(food, found)
  return found
}

function findWhole(food: Food, foods: ReadonlyMap<FoodId, Food>): WholeOf | null {
  const t = foodText(food)
  const m = partName.exec(t.head)
  if (!m || t.segments[1] !== 'raw' || t.segments.length > 2) return null
  const [, fruit = '', partWord] = m
  const part = partWord === 'juice' ? 'juice' : 'peel'
  const index = rawByHead(foods)
  const whole = preferredWhole(plural(fruit).flatMap((head) => index.get(head) ?? []))
  const piece = whole ? pieceMeasure(whole) : null
  if (!whole || !piece) return null
  const measured = part === 'juice' ? food.measures.find((x) => /\byields\b/.test(x.name) && !/\bwedge\b/.test(x.name) && x.amount === 1 && x.grams > 0) : undefined
  const yieldOf = measured
    ? { grams: measured.grams, source: `USDA SR24 ${food.id} "${measured.amount} ${measured.name}" ${measured.grams} g` }
    : partYields[part][fruit]
  if (!yieldOf) return null
  return { whole, partGrams: yieldOf.grams, wholeGrams: piece.gramsEach, source: yieldOf.source }
}

/** Grams of the whole fruit that give `partGrams` of the part. */
export const wholeGramsFor = (w: WholeOf, partGrams: number): number => (partGrams / w.partGrams) * w.wholeGrams
