/**
 * Lactose per typical serve (REFERENCE §3, FAC20 values; §2a VAR17 cut-off: low below 1.0 g per serve).
 *
 * Varney defines only the low cut-off. 'high' from 3 g per serve (three times the cut-off) is a
 * product convention, chosen so REFERENCE §2b's ratings come out as published: milk, regular
 * yogurt and kefir high; ricotta, cottage and cream cheese moderate to high; hard cheeses and
 * butter low. Where REFERENCE has no lactose value, total sugars of plain dairy stand in for
 * lactose as an upper bound ('may').
 */
import type { SourceKey } from '../sources'
import type { Food } from '../types'
import { foodText, nonMilkFormula, type FoodText } from './text'
import { round3, type Certainty, type FodmapLevel, type LactoseFinding } from './types'

export const lactoseThresholds = {
  /** VAR17: low below 1.0 g lactose per serve. */
  lowBelowGPerServe: 1,
  /** Product convention (see module comment). */
  highFromGPerServe: 3,
} as const

interface DairyCategory {
  readonly key: string
  readonly pattern: RegExp
  /** g lactose per 100 g; 'sugars' uses the food's total sugars as an upper bound. */
  readonly lactoseGPer100G: number | 'sugars'
  readonly serveG: number
  readonly certainty: Certainty
  readonly source: readonly SourceKey[]
  /** A rating REFERENCE gives directly, without a lactose value. */
  readonly level?: FodmapLevel
}

const fac: readonly SourceKey[] = ['FAC20', 'VAR17']

/** First match wins; patterns run on the first two name segments of dairy foods. */
const categories: readonly DairyCategory[] = [
  { key: 'kefir', pattern: /\bkefir\b/, lactoseGPer100G: 6, serveG: 250, certainty: 'is', source: ['FAC20', 'HENDEL', 'VAR17'] },
  { key: 'buttermilk', pattern: /\bbuttermilk\b/, lactoseGPer100G: 4.5, serveG: 250, certainty: 'is', source: fac },
  { key: 'greek-yogurt', pattern: /\byogurts?, greek\b|\bgreek yogurt\b/, lactoseGPer100G: 4, serveG: 170, certainty: 'may', source: fac },
  { key: 'frozen-yogurt', pattern: /\bfrozen yogurts?\b/, lactoseGPer100G: 2.6, serveG: 100, certainty: 'may', source: fac },
  { key: 'yogurt', pattern: /^yogurts?, plain\b/, lactoseGPer100G: 2.6, serveG: 150, certainty: 'is', source: fac },
  { key: 'yogurt', pattern: /^yogurts?\b/, lactoseGPer100G: 2.6, serveG: 150, certainty: 'may', source: fac },
  { key: 'sour-cream', pattern: /^sour cream\b(?!, imitation)/, lactoseGPer100G: 3.4, serveG: 30, certainty: 'is', source: fac },
  { key: 'ice-cream', pattern: /\bice creams?\b(?! cones?)|^frozen novelties, ice cream|^milk dessert, frozen/, lactoseGPer100G: 'sugars', serveG: 66, certainty: 'is', source: ['HENDEL', 'VAR17'], level: 'high' },
  { key: 'butter', pattern: /^butter\b(?! replacement)|^ghee\b/, lactoseGPer100G: 1.1, serveG: 10, certainty: 'is', source: fac },
  { key: 'parmesan', pattern: /^cheese, (parmesan|romano|pecorino|grana)\b/, lactoseGPer100G: 0.01, serveG: 20, certainty: 'is', source: fac },
  { key: 'swiss', pattern: /^cheese, (swiss|gruyere|emmental)\b/, lactoseGPer100G: 0.1, serveG: 40, certainty: 'is', source: fac },
  { key: 'processed-cheese', pattern: /^cheese (food|spread|product|sauce)|^cheese, pasteurized process|^cheese, .*\bimitation\b/, lactoseGPer100G: 'sugars', serveG: 40, certainty: 'may', source: fac },
  { key: 'cheddar', pattern: /^cheese, (cheddar|colby|monterey|low fat, cheddar|low-sodium, cheddar)\b/, lactoseGPer100G: 0.5, serveG: 40, certainty: 'is', source: fac },
  { key: 'mozzarella', pattern: /^cheese, mozzarella\b/, lactoseGPer100G: 0.7, serveG: 40, certainty: 'is', source: fac },
  { key: 'feta', pattern: /^cheese, feta\b/, lactoseGPer100G: 1.4, serveG: 40, certainty: 'is', source: fac },
  { key: 'ricotta', pattern: /^cheese, ricotta\b/, lactoseGPer100G: 3.5, serveG: 60, certainty: 'is', source: fac },
  { key: 'cottage', pattern: /^cheese, cottage\b/, lactoseGPer100G: 3.2, serveG: 110, certainty: 'is', source: fac },
  { key: 'cream-cheese', pattern: /^cheese, (cream|neufchatel|mascarpone)\b|^cream cheese\b/, lactoseGPer100G: 'sugars', serveG: 40, certainty: 'may', source: fac },
  { key: 'other-cheese', pattern: /^cheese, /, lactoseGPer100G: 'sugars', serveG: 40, certainty: 'may', source: fac },
  { key: 'cream', pattern: /^cream, (?!.*\bsubstitute\b)|^cream$|^half and half\b/, lactoseGPer100G: 'sugars', serveG: 40, certainty: 'may', source: fac },
  { key: 'goat-milk', pattern: /^milk, goat\b/, lactoseGPer100G: 4.7, serveG: 250, certainty: 'is', source: fac },
  { key: 'milk-concentrated', pattern: /^milk, (canned|condensed|evaporated)\b/, lactoseGPer100G: 'sugars', serveG: 30, certainty: 'may', source: fac },
  { key: 'skim-milk', pattern: /^milk, .*\b(nonfat|skim|fat free)\b/, lactoseGPer100G: 5.3, serveG: 250, certainty: 'is', source: fac },
  { key: 'flavoured-milk', pattern: /^milk, .*\b(chocolate|strawberry|flavored|malted)\b|^milk shakes?\b|^milkshakes?\b/, lactoseGPer100G: 5.1, serveG: 250, certainty: 'may', source: fac },
  { key: 'human-milk', pattern: /^milk, human\b/, lactoseGPer100G: 'sugars', serveG: 100, certainty: 'may', source: fac },
  { key: 'milk', pattern: /^milk, (?!imitation|substitute)/, lactoseGPer100G: 5.1, serveG: 250, certainty: 'is', source: fac },
  { key: 'infant-formula', pattern: /^infant formula\b(?!.*\blactose[- ]free\b)/, lactoseGPer100G: 'sugars', serveG: 150, certainty: 'may', source: fac },
  { key: 'cheese-sauce', pattern: /^cheese sauce\b/, lactoseGPer100G: 'sugars', serveG: 60, certainty: 'may', source: fac },
  { key: 'whey', pattern: /^whey\b/, lactoseGPer100G: 'sugars', serveG: 250, certainty: 'may', source: fac },
  { key: 'eggnog', pattern: /^eggnog\b/, lactoseGPer100G: 'sugars', serveG: 250, certainty: 'may', source: fac },
]

/** Lactose-free dairy: 0.01–0.1 g/100 g (FAC20, MON-L); the upper value is used. */
const lactoseFree = /\blactose[- ]free\b/
const lactoseReduced = /\blactose[- ]reduced\b/
/** US "lactose reduced" means at least 70% less lactose; 30% of the usual value is kept. */
const reducedShare = 0.3
const notDairy = /\b(soy|soymilk|tofu|almond|rice|oat|coconut|imitation|substitute|non-?dairy)\b/

/** Dried milk, buttermilk and whey: lactose is concentrated about tenfold. */
const driedDairy: DairyCategory = { key: 'dried-dairy', pattern: /^(milk|buttermilk|whey)\b.*\b(dry|dried|powder|powdered)\b/, lactoseGPer100G: 'sugars', serveG: 25, certainty: 'may', source: fac }

/**
 * g lactose per 100 g for a food of this kind. Where sources disagree the higher value decides
 * (REFERENCE §3), so the values above are the highest REFERENCE gives for the kind. SR24's sugars
 * are not used for dairy (for creams they contradict the carbohydrate that is almost all lactose):
 * kinds without a REFERENCE value take the higher of the food's carbohydrate and sugars as an
 * upper bound.
 */
function lactosePer100G(food: Food, category: DairyCategory): number | null {
  const { sugarsG, carbsG } = food.nutrients
  const measured = [sugarsG, carbsG].filter((v): v is number => v !== null)
  if (category.lactoseGPer100G === 'sugars') return measured.length ? Math.max(...measured) : null
  return category.lactoseGPer100G
}

function categoryOf(t: FoodText): DairyCategory | null {
  const key = t.segments.slice(0, 2).join(', ')
  if (notDairy.test(key) || nonMilkFormula.test(t.lower)) return null
  if (driedDairy.pattern.test(t.lower)) return driedDairy
  return categories.find((c) => c.pattern.test(key)) ?? null
}

function level(gPerServe: number): FodmapLevel {
  const t = lactoseThresholds
  return gPerServe < t.lowBelowGPerServe ? 'low' : gPerServe < t.highFromGPerServe ? 'moderate' : 'high'
}

function finding(level: LactoseFinding['level'], certainty: Certainty, numbers: Record<string, number>, source: readonly SourceKey[], matched: string[]): LactoseFinding {
  return { rule: 'lactose', kind: 'restriction', level, certainty, numbers, source, basis: 'name', matched }
}

/**
 * The lactose rating at a typical serve, for dairy foods. `containsMilk` is the milk-allergen
 * certainty: a food that surely contains milk but fits no category gets level 'unknown'.
 */
export function assessLactose(food: Food, containsMilk: Certainty | null): LactoseFinding | null {
  const t = foodText(food)
  const category = categoryOf(t)
  if (!category) return containsMilk === 'is' ? finding('unknown', 'may', {}, ['FAC20', 'VAR17'], []) : null
  const matched = [`name:${category.key}`]
  let per100G = lactosePer100G(food, category)
  let certainty = category.certainty
  let source = category.source
  if (lactoseFree.test(t.lower)) {
    per100G = 0.1
    certainty = 'is'
    source = ['FAC20', 'MON-L', 'VAR17']
    matched.push('name:lactose-free')
  } else if (lactoseReduced.test(t.lower) && per100G !== null) {
    per100G *= reducedShare
    certainty = 'may'
    matched.push('name:lactose-reduced')
  }
  const numbers: Record<string, number> = { serveG: category.serveG, ...lactoseThresholds }
  if (per100G !== null) {
    numbers.lactoseGPer100G = round3(per100G)
    numbers.lactoseGPerServe = round3((per100G * category.serveG) / 100)
  }
  if (category.level && !lactoseFree.test(t.lower)) return finding(category.level, certainty, numbers, source, matched)
  if (per100G === null) return finding('unknown', 'may', numbers, source, matched)
  return finding(level((per100G * category.serveG) / 100), certainty, numbers, source, matched)
}
