/**
 * Omega-3 claims (Reg. 116/2010, REFERENCE §1a, EU116) and oily fish.
 *
 * SR24's "Omega-3" is total n-3 fatty acids; EPA and DHA are not split out. For fish and
 * shellfish, where that total is mostly EPA, DPA and DHA, the EPA+DHA thresholds (40 / 80 mg per
 * 100 g AND per 100 kcal) apply ('may' unless an oily fish, REFERENCE §1a seafood note); for
 * everything else the ALA thresholds (0.3 / 0.6 g): firm ('is') for plants, whose n-3 is ALA, and
 * 'may' for other animal foods.
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

/**
 * EU116 EPA+DHA thresholds (40 / 80 mg per 100 g and per 100 kcal), applied to seafood's total
 * n-3, which is mostly EPA, DPA and DHA there (REFERENCE §1a, seafood note).
 */
export const epaDhaThresholds = {
  sourceMinGPer100G: 0.04,
  sourceMinGPer100Kcal: 0.04,
  highMinGPer100G: 0.08,
  highMinGPer100Kcal: 0.08,
} as const

/** Fish and shellfish: USDA group 15 and the fish, seal and whale foods of group 35. */
function isSeafood(food: Food): boolean {
  const t = foodText(food)
  if (/\b(oil|meatless|imitation)\b/.test(t.head)) return false
  if (t.group === '15') return !/^(frog|turtle)\b/.test(t.head)
  if (['21', '22', '36'].includes(t.group) && /\b(fish|shrimps?|prawns?|salmon|tuna|cod|crab|lobster|clams?|scallops?|oysters?|mussels?|pollock|tilapia)\b/.test(t.lower)) return true
  return t.group === '35' && /^(fish|salmon|whitefish|herring|smelt|cod|sheefish|trout|char|seal|whale|walrus|octopus|clams?|mussels?|roe|eel)\b/.test(t.head)
}

/** The omega-3 claim the food's total n-3 supports, or null. */
export function assessOmega3(food: Food): Omega3Finding | null {
  const n = food.nutrients
  if (n.omega3G === null) return null
  const per100Kcal = perHundredKcal(n.omega3G, n.energyKcal)
  if (per100Kcal === null) return null
  const seafood = isSeafood(food)
  const t = seafood ? epaDhaThresholds : omega3Thresholds
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
    // Seafood: EPA+DHA thresholds on total n-3 ('may' unless an oily fish); everything else: ALA thresholds.
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
