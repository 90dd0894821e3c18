/**
 * Ultra-processed foods (NOVA group 4; REFERENCE §6, NOVA16, NOVA-T). SR24 has no NOVA field,
 * so this is a rule set over USDA groups and names. Only the fast-food group is firm ('is');
 * everything else is a heuristic and reported as 'may'.
 */
import type { Food } from '../types'
import { anyWord, firstMatch, foodText, isHomeRecipe, type FoodText } from './text'
import type { UltraProcessedFinding } from './types'

/** Names of products NOVA lists as typical group-4 foods, or made from the substances it names. */
const upfWords = anyWord([
  'frankfurter',
  'hot dog',
  'corn dog',
  'bologna',
  'salami',
  'pepperoni',
  'luncheon',
  'luncheon meat',
  'nugget',
  'fish stick',
  'soft drink',
  'carbonated beverage',
  'cola',
  'energy drink',
  'sports drink',
  'fruit-flavored drink',
  'fruit punch drink',
  'drink mix',
  'margarine',
  'margarine-like',
  'shortening',
  'candies',
  'chewing gum',
  'frosting',
  'whipped topping',
  'dessert topping',
  'cream substitute',
  'creamer',
  'imitation',
  'cheese food',
  'cheese product',
  'cheese spread',
  'pasteurized process',
  'meatless',
  'textured vegetable protein',
  'protein isolate',
  'meal replacement',
  'toaster pastr',
  'snack cake',
  'marshmallow',
  'gelatin dessert',
  'pudding mix',
  'cake mix',
  'frozen novelties',
  'ice cream',
  'popsicle',
  'breakfast bar',
  'granola bar',
  'cereal bar',
  'crisps',
  'chips',
  'puffs',
  'extruded',
  'flavored',
  'flavoured',
  'artificial',
  'aspartame',
  'sucralose',
  'saccharin',
  'sweetened with low calorie sweetener',
  'low calorie',
  'diet',
  'ready-to-heat',
  'microwavable',
  'frozen dinner',
  'tv dinner',
  'catsup',
  'ketchup',
])
const instantProduct = /\binstant\b.*\b(noodle|ramen|soup|pudding|breakfast|drink|beverage|mix|potato|cocoa|gravy|sauce|flavou?red|with)\b|\b(noodle|ramen|soup|pudding|potato|cocoa|gravy)s?\b.*\binstant\b/
/** Brand names of meat analogues and ready meals in SR24 (groups 16 and 22). */
const analogueBrands = /\b(morningstar farms|worthington|loma linda|gardenburger|green giant, harvest burger)\b/
/** NOVA 1–2 items that sit in otherwise processed groups. */
const notUltraProcessed =
  /^(honey|sugars?|maple syrup|syrups?, maple|molasses|cocoa, dry powder, unsweetened|chocolate, dark|baking chocolate|sweeteners?, .*\b(honey|maple)\b)|\bsnacks, popcorn, air-popped\b|\btrail mix\b|\bsourdough, traditional\b|^snacks, (pumpkin|sunflower)/

function hit(t: FoodText, matched: string, certainty: 'is' | 'may', basis: 'group' | 'name'): UltraProcessedFinding {
  return {
    rule: 'ultra-processed',
    kind: 'limit',
    level: 'nova-4',
    certainty,
    numbers: {},
    source: ['NOVA16', 'NOVA-T'],
    basis,
    matched: [basis === 'group' ? `group:${t.group}` : `name:${matched}`],
  }
}

/** Groups where most foods are industrial formulations, unless made from a recipe. */
const processedGroups = new Set(['07', '08', '19', '22', '25', '36', '06', '18'])

/** NOVA 4 for the food, or null when no rule says so. */
export function assessUltraProcessed(food: Food): UltraProcessedFinding | null {
  const t = foodText(food)
  if (notUltraProcessed.test(t.lower)) return null
  if (t.group === '21') return hit(t, '', 'is', 'group')
  if (isHomeRecipe(t)) return null
  const word = firstMatch(t.lower, upfWords) ?? firstMatch(t.lower, instantProduct) ?? firstMatch(t.lower, analogueBrands)
  if (word) return hit(t, word, 'may', 'name')
  if (t.group === '08' && !/^cereals?,? ready-to-eat\b/.test(t.lower)) return null
  if (processedGroups.has(t.group)) return hit(t, '', 'may', 'group')
  return null
}
