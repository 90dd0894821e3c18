/**
 * Omega-3 claims (Reg. 116/2010, REFERENCE §1a, EU116) and oily fish.
 *
 * SR24's "Omega-3" is total n-3 fatty acids; EPA and DHA are not split out. The ALA thresholds
 * (0.3 / 0.6 g, per 100 g AND per 100 kcal) are applied to that total: for plants total n-3 is
 * ALA, so the result is firm ('is'); for animal foods it mixes ALA with EPA/DHA, whose thresholds
 * are lower, so the result is 'may' unless the food is an oily fish.
 */
import { plantGroups } from '../groups'
import type { Food } from '../types'
import { perHundredKcal } from './fiber'
import { anyWord, firstMatch, foodText } from './text'
import { round3, type OilyFishFinding, type Omega3Finding } from './types'

export const omega3Thresholds = {
  sourceMinGPer100G: 0.3,
  sourceMinGPer100Kcal: 0.3,
  highMinGPer100G: 0.6,
  highMinGPer100Kcal: 0.6,
} as const

/** Fish the UK and US guidance call oily (REFERENCE §1c: AHA, SEAFISH). */
const oilyFishWords = anyWord([
  'salmon',
  'mackerel',
  'sardine',
  'herring',
  'trout',
  'anchovy',
  'pilchard',
  'sprat',
  'kipper',
  'eel',
  'whitebait',
  'sablefish',
  'shad',
  'bluefish',
  'lox',
  'tuna, fresh',
  'tuna, bluefin',
  'swordfish',
])
const notAFish = /^fish oil\b|\b(meatless|imitation|salmonberr)/

/** The oily-fish word in the food's name, or null. Only fish (group 15) qualify: fish oils are not fish. */
export function oilyFishTerm(food: Food): string | null {
  const t = foodText(food)
  if (t.group !== '15' || notAFish.test(t.lower)) return null
  if (/^(crustaceans|mollusks)\b/.test(t.head)) return null
  return firstMatch(t.lower, oilyFishWords)
}

/** The omega-3 claim the food's total n-3 supports, or null. */
export function assessOmega3(food: Food): Omega3Finding | null {
  const n = food.nutrients
  if (n.omega3G === null) return null
  const per100Kcal = perHundredKcal(n.omega3G, n.energyKcal)
  if (per100Kcal === null) return null
  const t = omega3Thresholds
  const level =
    n.omega3G >= t.highMinGPer100G && per100Kcal >= t.highMinGPer100Kcal
      ? 'high'
      : n.omega3G >= t.sourceMinGPer100G && per100Kcal >= t.sourceMinGPer100Kcal
        ? 'source'
        : null
  if (!level) return null
  const isPlant = plantGroups.has(food.group) || /^oil, (?!fish)/.test(foodText(food).lower)
  return {
    rule: 'omega-3',
    kind: 'benefit',
    level,
    certainty: isPlant || oilyFishTerm(food) ? 'is' : 'may',
    numbers: { omega3GPer100G: round3(n.omega3G), omega3GPer100Kcal: round3(per100Kcal), ...t },
    source: ['EU116'],
    basis: 'nutrients',
    matched: [],
  }
}

/** An oily fish: a source of EPA and DHA, whatever SR24's total n-3 says for this cut. */
export function assessOilyFish(food: Food): OilyFishFinding | null {
  const term = oilyFishTerm(food)
  if (!term) return null
  return {
    rule: 'oily-fish',
    kind: 'benefit',
    level: 'epa-dha',
    certainty: 'is',
    numbers: food.nutrients.omega3G !== null ? { omega3GPer100G: round3(food.nutrients.omega3G) } : {},
    source: ['AHA', 'SEAFISH', 'EU116'],
    basis: 'name',
    matched: [`name:${term}`],
  }
}
