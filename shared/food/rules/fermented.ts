/**
 * Fermented foods (ISAPP-FF: "made through desired microbial growth and enzymatic conversions")
 * and whether live microbes usually survive to the plate (REFERENCE §4, MARCO-T1, NTRO-LIVE).
 * 'live' means the category usually carries live cultures; it is not a probiotic claim.
 */
import type { SourceKey } from '../sources'
import type { Food } from '../types'
import { foodKind } from './kinds'
import { foodText } from './text'
import type { Certainty, FermentedFinding } from './types'

interface FermentRule {
  readonly key: string
  readonly pattern: RegExp
  readonly level: FermentedFinding['level']
  readonly certainty: Certainty
}

/** First match wins; run on the lower-case name. */
const fermentRules: readonly FermentRule[] = [
  // Heat-treated or shelf-stable versions first (MARCO-T1 "No" row)
  { key: 'sauerkraut-pasteurised', pattern: /^sauerkraut, canned\b|^sauerkraut, .*\bpasteuri[sz]ed\b(?!.*\bun)/, level: 'none', certainty: 'is' },
  { key: 'sauerkraut-live', pattern: /^sauerkraut, .*\b(raw|unpasteuri[sz]ed|live|refrigerated)\b/, level: 'live', certainty: 'is' },
  { key: 'sauerkraut', pattern: /^sauerkraut\b/, level: 'none', certainty: 'may' },
  { key: 'sourdough', pattern: /\bsourdough\b/, level: 'none', certainty: 'is' },
  { key: 'soy-sauce', pattern: /^soy sauce made from soy\b/, level: 'none', certainty: 'is' },
  // Fermented, then baked, filtered, pasteurised or distilled (MARCO-T1 "No" row)
  { key: 'wine-spirits', pattern: /^alcoholic beverages?, (?!.*\b(beer|ale|lager|stout)\b)|^(wines?|sake|cider|champagne)\b/, level: 'none', certainty: 'may' },
  { key: 'beer', pattern: /\b(beers?|ales?|lagers?|stouts?)\b(?! (?:batter|bread))/, level: 'none', certainty: 'may' },
  { key: 'vinegar', pattern: /^vinegar\b/, level: 'none', certainty: 'is' },
  // Yeast-raised bakery is fermented, and baking kills the cultures (MARCO-T1); quick breads are not fermented.
  { key: 'yeast-bakery', pattern: /^(?!.*\b(corn|cornbread|cornmeal|banana|zucchini|pumpkin|soda bread|irish soda|quick|date|nut)\b)(?:bread|breads|rolls|bagels|english muffins|pita|buns?|croissants|crackers, (?:saltines|rye|matzo|crispbread|standard snack-type)|snacks, pita chips)\b|\bpizza\b|\b(?:hamburger|cheeseburger)s?\b|\byeast (?:bread|rolls?|dough)\b|\bfried yeast\b/, level: 'none', certainty: 'may' },
  // Cocoa and coffee beans are fermented, then roasted (MARCO-T1).
  { key: 'roasted-cocoa-coffee', pattern: /^(?:candies, (?:.*\b)?(?:milk|semisweet|sweet|dark|bittersweet)? ?chocolate\b|chocolate\b|cocoa\b|coffee\b)/, level: 'none', certainty: 'may' },
  // Cheese or yogurt heated into a dish or coating.
  { key: 'heated-cheese-yogurt', pattern: /^cheese sauce\b|\b(?:mozzarella|cheese) sticks\b|\byogurt[- ](?:covered|coated|coating)\b/, level: 'none', certainty: 'may' },
  { key: 'fermented-tofu', pattern: /^tofu, .*\bfermented\b|\bfuyu\b/, level: 'live', certainty: 'may' },
  { key: 'processed-cheese', pattern: /^cheese, pasteurized process|^cheese (food|spread|product)\b/, level: 'none', certainty: 'may' },
  // Usually live (MARCO-T1 "Usually yes")
  { key: 'kefir', pattern: /^kefir\b/, level: 'live', certainty: 'is' },
  { key: 'frozen-yogurt', pattern: /^frozen yogurts?\b/, level: 'live', certainty: 'may' },
  { key: 'plant-yogurt', pattern: /\b(soy|tofu) yogurt\b/, level: 'live', certainty: 'may' },
  { key: 'yogurt', pattern: /^yogurts?\b/, level: 'live', certainty: 'is' },
  { key: 'sour-cream', pattern: /^sour cream\b(?!, imitation)/, level: 'live', certainty: 'is' },
  { key: 'buttermilk-cultured', pattern: /^milk, buttermilk, fluid, cultured\b/, level: 'live', certainty: 'may' },
  { key: 'fresh-cheese', pattern: /^cheese, (cottage|cream)\b/, level: 'live', certainty: 'may' },
  { key: 'cheese', pattern: /^cheese, (?!ricotta|.*\bimitation\b|.*\bsubstitute\b)/, level: 'live', certainty: 'may' },
  { key: 'miso', pattern: /^miso\b/, level: 'live', certainty: 'is' },
  { key: 'natto', pattern: /^natto\b/, level: 'live', certainty: 'is' },
  { key: 'kimchi', pattern: /^kimchi\b/, level: 'live', certainty: 'is' },
  { key: 'kombucha', pattern: /^kombucha\b/, level: 'live', certainty: 'may' },
  // Listed as live but eaten cooked (inference in REFERENCE §4)
  { key: 'tempeh', pattern: /^tempeh\b/, level: 'reduced', certainty: 'may' },
]

/** A product that is mostly cheese, yogurt or buttermilk, cooked or processed (MARCO-T1 "No" row): cheese toppings and dressings, mac and cheese, yogurt desserts. */
const madeWithFerment: FermentRule = {
  key: 'made-with-cheese-yogurt',
  pattern: /^(?:parmesan|romano) cheese\b|\bcheesefurter\b|^babyfood, .*\byogurt\b|^salad dressing, .*\b(?:cheese|buttermilk)\b|\bmacaroni (?:&|and) cheese\b|\bcon queso\b|\bqueso\b/,
  level: 'none',
  certainty: 'may',
}

/** The fermented-food finding, or null for foods that are not (known to be) fermented. */
export function assessFermented(food: Food): FermentedFinding | null {
  const t = foodText(food)
  const composite = foodKind(food) === 'composite' && !/^(cheese|yogurts?|kefir|milk, buttermilk)\b/.test(t.lower)
  const rule = fermentRules.find((r) => r.pattern.test(t.lower)) ?? (composite && madeWithFerment.pattern.test(t.lower) ? madeWithFerment : undefined)
  if (!rule) return null
  const source: SourceKey[] = rule.level === 'none' ? ['ISAPP-FF', 'MARCO-T1', 'NTRO-LIVE'] : ['ISAPP-FF', 'MARCO-T1']
  if (rule.key.startsWith('sauerkraut') || rule.key === 'kimchi') source.push('MON-FF')
  return {
    rule: 'fermented',
    kind: 'benefit',
    level: rule.level,
    certainty: rule.certainty,
    numbers: {},
    source,
    basis: food.provenance ? 'curated' : 'name',
    matched: [food.provenance ? `id:${food.id}` : `name:${rule.key}`],
  }
}
