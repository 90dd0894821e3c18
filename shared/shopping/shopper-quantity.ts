/**
 * How much of a food to buy, in the units a shopper uses: pieces where the food is counted in
 * a shop and the catalogue has a piece measure ("3 medium onions", "4 cloves garlic", "½ head
 * cabbage"), millilitres or litres for liquids, grams or kilograms for the rest. Never a
 * fraction of a cup. Rules, tried in order:
 *
 * 1. Liquids (milk, kefir, kombucha, plant drinks, oils, vinegar, juices, stock, soy and fish
 *    sauce, syrups; USDA group 14 unless dry) → volume, through the food's density.
 * 2. Produce and eggs with a piece measure ("medium", "large", "small", "fruit", "whole",
 *    "clove", "stalk", "bunch", "head", "bulb", or the food's own noun: "1 cucumber") → count.
 *    Fresh herbs are counted only by the bunch. Slices, leaves, sprigs, wedges and cups are how
 *    food is cut or measured, not bought, and are never used.
 * 3. Everything else → mass.
 */
import { foodText } from '../food/rules/text'
import type { Food } from '../food/types'
import { densityGPerMl } from '../recipes/quantity'
import { aisleOf } from './aisles'
import type { PieceSize, PieceUnit, ShopperQuantity } from './types'

/** Tap water is in recipes (soups, porridge) but never on a shopping list. */
export function isTapWater(food: Food): boolean {
  return /^(beverages, )?water, tap\b/.test(foodText(food).lower)
}

const liquidHead = /^(milk|kefir|buttermilk|kombucha|soymilk|vinegar|oil|syrups?|soy sauce|cream|wine|beer)\b|\b(juice|drink|extract)\b/
const liquidName = /^(soup, (stock|broth)|sauce, fish|nuts, coconut (milk|water)|beverages, .*\b(milk|drink)\b)/
const notLiquid = /\b(dry|dried|powder|powdered|granules|mix|frozen|concentrate|leaves|beans?|ground|substitute|whipped)\b/

/** Sold and measured by volume. */
export function isLiquid(food: Food): boolean {
  const t = foodText(food)
  if (notLiquid.test(t.lower)) return false
  return food.group === '14' || liquidHead.test(t.head) || liquidName.test(t.lower)
}

/** The catalogue measure a food is counted by, per piece. */
export interface PieceMeasure {
  readonly unit: PieceUnit
  readonly size: PieceSize | null
  readonly gramsEach: number
  /** The catalogue's measure name. */
  readonly measure: string
  /** Pieces of 300 g or more (a cabbage, a pineapple) can be bought by the half. */
  readonly allowsHalves: boolean
}

/** Pieces lighter than this (radishes, strawberries, olives) are bought by weight; garlic cloves excepted. */
const minPieceGrams = 15
const halvesFromGrams = 300

const unitWords: Readonly<Record<string, PieceUnit>> = {
  clove: 'clove', cloves: 'clove', stalk: 'stalk', stalks: 'stalk', bunch: 'bunch', head: 'head', bulb: 'bulb',
  whole: 'piece', fruit: 'piece', egg: 'piece', medium: 'piece', large: 'piece', small: 'piece', extra: 'piece', jumbo: 'piece',
}
const unitRank: Readonly<Record<PieceUnit, number>> = { piece: 0, head: 1, bulb: 1, stalk: 2, bunch: 3, clove: 4 }
const largeSize = /\blarge\b/
/** Medium first (what a recipe means by "an onion"), then a plain piece, then the other sizes. */
const sizes: readonly [RegExp, PieceSize | null, number][] = [
  [/\bextra small\b/, 'small', 5],
  [/\bextra large\b/, 'large', 4],
  [/\bjumbo\b/, 'large', 6],
  [/\bmedium\b/, 'medium', 0],
  [largeSize, 'large', 2],
  [/\bsmall\b/, 'small', 3],
]
const notBought = /\b(cooked|yields?|nlea|serving|cups?|tbsps?|tsps?|tablespoons?|teaspoons?|oz|lb|slices?|leaf|leaves|sprigs?|wedges?|pieces?|peeled)\b/

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.endsWith('oes')) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** The food's own nouns: "Sweet potato" → sweet, potato, sweetpotato; "Peppers" → pepper. */
function ownNouns(head: string): Set<string> {
  const words = head.replace(/\([^)]*\)/g, ' ').split(/[\s-]+/).filter((w) => w !== '').map(singular)
  return new Set([...words, words.join('')])
}

const isEgg = (food: Food) => food.group === '01' && /^eggs?, whole\b/.test(foodText(food).lower)

const pieceCache = new WeakMap<Food, PieceMeasure | null>()

/** The measure a shopper counts this food by, or null when it is bought by weight or volume. */
export function pieceMeasure(food: Food): PieceMeasure | null {
  if (pieceCache.has(food)) return pieceCache.get(food) ?? null
  const found = findPieceMeasure(food)
  pieceCache.set(food, found)
  return found
}

function findPieceMeasure(food: Food): PieceMeasure | null {
  const aisle = aisleOf(food)
  const egg = isEgg(food)
  if (!(aisle === 'produce' || aisle === 'herbs-spices' || egg) || isLiquid(food)) return null
  const nouns = ownNouns(foodText(food).head)
  let best: { piece: PieceMeasure; rank: number } | null = null
  for (const m of food.measures) {
    // Parentheses hold dimensions and notes ("(approx 1-1/4 lb)"), not the measure itself.
    const name = m.name.toLowerCase().replace(/\([^)]*\)/g, ' ').trim()
    if (!(m.amount > 0 && m.grams > 0) || notBought.test(name)) continue
    const first = singular(/^[a-z]+/.exec(name)?.[0] ?? '')
    const unit = unitWords[first] ?? (nouns.has(first) ? 'piece' : undefined)
    if (!unit || (aisle === 'herbs-spices' && unit !== 'bunch')) continue
    const sizeEntry = sizes.find(([re]) => re.test(name))
    // Recipes and SR24 quote eggs as "large" (50 g, about an EU "M" egg): count eggs by that.
    const sizeRank = egg && sizeEntry?.[0] === largeSize ? -1 : (sizeEntry?.[2] ?? 1)
    const size = sizeEntry?.[1] ?? null
    const rank = sizeRank * 10 + unitRank[unit]
    if (best && best.rank <= rank) continue
    const gramsEach = m.grams / m.amount
    best = { rank, piece: { unit, size, gramsEach, measure: m.name.trim(), allowsHalves: gramsEach >= halvesFromGrams } }
  }
  if (!best || (best.piece.gramsEach < minPieceGrams && best.piece.unit !== 'clove')) return null
  return best.piece
}

/** `value` rounded up to a multiple of `step` (at least one step), ignoring floating-point noise. */
function ceilTo(value: number, step: number): number {
  return Math.max(step, Math.ceil(value / step - 1e-9) * step)
}

const nearestTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step)

const gramStep = (grams: number): number => (grams <= 100 ? 5 : grams <= 1000 ? 10 : 50)
const mlStep = (ml: number): number => (ml <= 100 ? 10 : ml <= 1000 ? 50 : 100)

/** Grams for a shopper: up to 5 g (to 100 g), 10 g (to 1 kg), 50 g above. */
export function roundGramsUp(grams: number): number {
  return ceilTo(grams, gramStep(grams))
}

/** Millilitres for a shopper: up to 10 ml (to 100 ml), 50 ml (to 1 l), 100 ml above. */
export function roundMlUp(ml: number): number {
  return ceilTo(ml, mlStep(ml))
}

/**
 * Pieces to buy: up to a whole piece, or a half for big pieces, at least one step. A need over a
 * step by less than a tenth of it is not rounded up (2.05 onions are 2): pieces differ more than that.
 */
export function roundCount(count: number, allowsHalves: boolean): number {
  const step = allowsHalves ? 0.5 : 1
  return Math.max(step, Math.ceil(count / step - 0.1 - 1e-9) * step)
}

function mass(grams: number): ShopperQuantity {
  const g = roundGramsUp(grams)
  return g >= 1000 ? { kind: 'mass', grams: g, amount: g / 1000, unit: 'kg' } : { kind: 'mass', grams: g, amount: g, unit: 'g' }
}

/** How a shopper buys `grams` of a food (see the module comment for the rules). */
export function shopperQuantity(food: Food, grams: number): ShopperQuantity {
  if (isLiquid(food)) {
    const ml = roundMlUp(grams / densityGPerMl(food))
    return ml >= 1000 ? { kind: 'volume', ml, amount: ml / 1000, unit: 'l' } : { kind: 'volume', ml, amount: ml, unit: 'ml' }
  }
  const piece = pieceMeasure(food)
  if (!piece) return mass(grams)
  const count = roundCount(grams / piece.gramsEach, piece.allowsHalves)
  const approx = count * piece.gramsEach
  return {
    kind: 'count',
    count,
    unit: piece.unit,
    size: piece.size,
    approxGrams: nearestTo(approx, gramStep(approx)),
    measure: piece.measure,
  }
}
