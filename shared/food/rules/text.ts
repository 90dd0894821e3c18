/**
 * Name handling shared by the name rules. USDA names run from general to specific, separated
 * by commas (and semicolons in fast-food names): "Fish, salmon, Atlantic, wild, raw".
 */
import type { FoodGroupCode } from '../groups'
import type { Food, FoodId } from '../types'

/** A food's name prepared once for the rules. */
export interface FoodText {
  readonly id: FoodId
  readonly group: FoodGroupCode
  readonly name: string
  /** Lower case, single spaces. */
  readonly lower: string
  /** Lower-case segments split at commas and semicolons outside parentheses. */
  readonly segments: readonly string[]
  /** The first segment: what the food is ("fish", "onions", "bread"). */
  readonly head: string
}

/** Splits a name at commas and semicolons that are not inside parentheses. */
export function splitSegments(lowerName: string): string[] {
  const segments: string[] = []
  let depth = 0
  let current = ''
  for (const ch of lowerName) {
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    if ((ch === ',' || ch === ';') && depth === 0) {
      segments.push(current.trim())
      current = ''
    } else current += ch
  }
  segments.push(current.trim())
  return segments.filter((s) => s !== '')
}

const cache = new WeakMap<Food, FoodText>()

/** The prepared name of a food (memoised per food object). */
export function foodText(food: Food): FoodText {
  let text = cache.get(food)
  if (!text) {
    const lower = food.name.toLowerCase().replace(/\s+/g, ' ').trim()
    const segments = splitSegments(lower)
    text = { id: food.id, group: food.group, name: food.name, lower, segments, head: segments[0] ?? '' }
    cache.set(food, text)
  }
  return text
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A regular expression matching any of the words as whole words, with an optional plural
 * ("onion" matches "onions"; "cherry" matches "cherries"). Words may contain spaces.
 */
export function anyWord(words: readonly string[]): RegExp {
  const alternatives = words.map((w) => {
    const e = escape(w)
    if (w.endsWith('y') && !/[aeiou]y$/.test(w)) return `${escape(w.slice(0, -1))}(?:y|ies)`
    if (/(s|sh|ch|x|o)$/.test(w)) return `${e}(?:es)?`
    return `${e}s?`
  })
  return new RegExp(`(?<![a-z])(?:${alternatives.join('|')})(?![a-z])`)
}

/** The first pattern in `patterns` that matches `text`, with the matched words, or null. */
export function firstMatch(text: string, pattern: RegExp): string | null {
  const m = pattern.exec(text)
  return m ? m[0] : null
}

/** True when the food was made at home from a recipe rather than industrially. */
export function isHomeRecipe(t: FoodText): boolean {
  return /\b(prepared from recipe|home recipe|home-prepared|homemade|home made)\b/.test(t.lower)
}

/** Upper-case words of three letters or more mark a brand ("KRAFT", "MORNINGSTAR FARMS"). */
export function hasBrand(name: string): boolean {
  return /\b[A-Z][A-Z'&.-]{2,}\b/.test(name.replace(/\b(NFS|NS|USDA|NLEA|II|III|RTE|UHT|HFCS)\b/g, ''))
}

/** Infant formulas not made from cow's milk: soy-based and amino-acid formulas. */
export const nonMilkFormula = /^infant formula\b.*\b(soy|isomil|prosobee|alsoy|neocate|elecare|amino acid)\b/
/** Soy-based infant formulas. */
export const soyFormula = /^infant formula\b.*\b(soy|isomil|prosobee|alsoy)\b/

/** Meat analogues by name or brand: often bound with egg white and cheese or milk. */
export const meatAnalogue = /\b(meatless|veggie|vegetarian (?:burgers?|patties|meatloaf|fillets?|roast)|gardenburger|morningstar|worthington|loma linda|boca)\b/
