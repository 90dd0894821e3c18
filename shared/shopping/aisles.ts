/**
 * Supermarket aisles: which one a food is found in, and the order a person walks them.
 *
 * A food's aisle comes from its USDA group, refined by name where shops shelve it elsewhere.
 * Decisions, in the order they are tried:
 * - anything "frozen" is in the freezer, whatever its group;
 * - fermented foods with live or reduced cultures (the fermented rule: kefir, yogurt, cheese,
 *   sauerkraut, kimchi, miso, natto, tempeh, kombucha) are with dairy in the chilled aisle, and
 *   so are plant milks; tofu is not fermented and stays with the legumes (group 16);
 * - fresh herbs sold in bunches (parsley, coriander, chives …) are with herbs and spices;
 * - canned, bottled and dried produce leaves produce: tins to "other", dried fruit to nuts &
 *   seeds (shops shelve them together); peanuts and peanut butter are nuts too;
 * - condiments (vinegar, mustard, soy sauce, capers, horseradish, vanilla) and stocks, sauces,
 *   drinks and sweets are "other".
 */
import { assessFermented } from '../food/rules/fermented'
import { foodText } from '../food/rules/text'
import type { Food } from '../food/types'

/** The aisles in their default order. Ids are stable slugs the UI translates. */
export const aisles = [
  'produce',
  'fermented-dairy',
  'fish-meat',
  'grains-bakery',
  'legumes',
  'nuts-seeds',
  'herbs-spices',
  'oils',
  'frozen',
  'other',
] as const
export type Aisle = (typeof aisles)[number]

export function isAisle(value: unknown): value is Aisle {
  return typeof value === 'string' && (aisles as readonly string[]).includes(value)
}

/**
 * A person's aisle order made complete: their aisles first, in their order (unknown names and
 * repeats dropped, so a stored order from an older version still works), then every aisle they
 * left out, in the default order.
 */
export function sortAisles(order: readonly string[] = []): Aisle[] {
  const sorted: Aisle[] = []
  for (const a of [...order, ...aisles]) if (isAisle(a) && !sorted.includes(a)) sorted.push(a)
  return sorted
}

const fishAndMeatGroups = new Set(['05', '07', '10', '13', '15', '17'])

const freshHerbs = /^(parsley|coriander|cilantro|dill|chives|mint|spearmint|peppermint|basil|thyme|rosemary|sage|oregano|tarragon|marjoram|lemon grass)\b/
const fermentedHeads = /^(sauerkraut|kimchi|miso|natto|tempeh|kefir|kombucha)\b/
const plantMilk = /^(soymilk|rice drink|oat drink|oat milk|almond milk|beverages, (almond|oat|rice|soy|coconut) milk)\b|^beverages, [a-z]+ milk\b/
const condiments = /^(vinegar|mustard, prepared|soy sauce|capers|horseradish, prepared|vanilla extract|salad dressing|mayonnaise|catsup|ketchup|sauce)\b/
const preserved = /\b(canned|bottled|jarred)\b|\bcan\b|\btomato products\b/
const driedFruit = /\b(dried|dehydrated|raisins|prunes|dates)\b/
const peanuts = /^peanut(s| butter)\b/

const cache = new WeakMap<Food, Aisle>()

/** The aisle a food is found in (memoised per food object). */
export function aisleOf(food: Food): Aisle {
  let aisle = cache.get(food)
  if (!aisle) {
    aisle = classify(food)
    cache.set(food, aisle)
  }
  return aisle
}

function classify(food: Food): Aisle {
  const t = foodText(food)
  const name = t.lower
  if (/\bfrozen\b/.test(name)) return 'frozen'
  const fermented = assessFermented(food)
  if ((fermented && fermented.level !== 'none') || fermentedHeads.test(name) || food.declared?.fermentedLive) return 'fermented-dairy'
  if (food.group === '01' || plantMilk.test(name)) return 'fermented-dairy'
  if (fishAndMeatGroups.has(food.group)) return 'fish-meat'
  if (food.group === '04') return /^(salad dressing|mayonnaise)/.test(name) ? 'other' : 'oils'
  if (freshHerbs.test(name) && (food.group === '02' || food.group === '11')) return 'herbs-spices'
  if (condiments.test(name)) return 'other'
  switch (food.group) {
    case '02':
      return 'herbs-spices'
    case '09':
    case '11':
      if (driedFruit.test(name) && food.group === '09') return 'nuts-seeds'
      if (preserved.test(name) || /\b(paste|puree|sauce|juice, canned)\b/.test(name)) return 'other'
      return 'produce'
    case '12':
      return /\b(milk|cream|water)\b/.test(name) ? 'other' : 'nuts-seeds'
    case '16':
      return peanuts.test(name) ? 'nuts-seeds' : 'legumes'
    case '08':
    case '18':
    case '20':
      return 'grains-bakery'
    default:
      return 'other'
  }
}
