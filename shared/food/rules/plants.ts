/**
 * Plants for the "30 plants a week" count (REFERENCE §6: AGP18, BBC-ZOE, ZOE).
 *
 * Each distinct plant counts once a week, so the rule gives each plant food a plant key:
 * "Onions, raw" and "Onions, cooked, boiled" are both "onion". Herbs, spices, tea, coffee and
 * olive oil count a quarter (BBC-ZOE). Heavily processed plant products, juices, refined grains
 * and mixtures of several plants do not count. Open decisions from REFERENCE (INKL): colours and
 * varieties of one vegetable share a key (red and green cabbage are "cabbage"), and mushrooms
 * count with certainty 'may'. A week's tally should take each key once, at its largest points.
 */
import { plantGroups } from '../groups'
import type { SourceKey } from '../sources'
import type { Food } from '../types'
import { foodText, hasBrand, type FoodText } from './text'
import type { Certainty, PlantFinding } from './types'

export interface PlantIdentity {
  readonly key: string
  readonly points: 1 | 0.25
  readonly certainty: Certainty
}

const quarter = (key: string, certainty: Certainty = 'is'): PlantIdentity => ({ key, points: 0.25, certainty })
const whole = (key: string, certainty: Certainty = 'is'): PlantIdentity => ({ key, points: 1, certainty })

/** Foods that count in any USDA group, with their key (first match wins). */
const specialPlants: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => PlantIdentity | null]> = [
  [/^(beverages, )?tea, (herb|herbal), ([a-z]+)\b(?!.*\b(instant|sweetened|flavored)\b)/, (m) => quarter(m[3] === 'brewed' || m[3] === 'other' ? 'herbal-tea' : m[3]!)],
  [/^(beverages, )?tea, (?!.*\b(ready-to-drink|sweetened|flavored|lemon|herb)\b)/, () => quarter('tea')],
  [/^(beverages, )?coffee, (brewed|instant)\b(?!.*\b(mocha|cappuccino|flavou?red|sweetened|whitener|substitute|with sugar|with chicory)\b)/, () => quarter('coffee')],
  [/^kombucha\b/, () => quarter('tea')],
  [/^oil, olive\b/, () => quarter('olive')],
  [/^chocolate, dark, 70-85%/, () => whole('cocoa')],
  [/^cocoa, dry powder, unsweetened\b/, () => whole('cocoa', 'may')],
  [/\bpopcorn\b.*\b(air-popped|home-prepared)\b(?!.*\b(caramel|cheese|sugar)\b)/, () => whole('corn')],
  [/^kimchi\b/, () => whole('napa-cabbage')],
  [/^sauerkraut\b/, () => whole('cabbage')],
  [/^(tofu|tempeh|miso|natto|edamame|okara)\b|^soybeans?, |^soy flour\b/, () => whole('soy')],
  [/^soymilk\b.*\bunsweetened\b|^soymilk, original\b/, () => whole('soy', 'may')],
  [/^hummus\b|^falafel\b/, () => whole('chickpea', 'may')],
  [/^refried beans\b|^frijoles rojos volteados\b/, () => whole('pinto-bean', 'may')],
  [/^peanut butter\b(?!.*\bomega)/, () => whole('peanut')],
  [/^(cereals, )?oats?\b(?!.*\b(with|flavored|instant, fortified, (?!plain)))|^oat bran\b|^oat flour\b/, () => whole('oat')],
  [/^banana flour, green\b/, () => whole('banana')],
]

/** Never a counted plant, whatever the group: processed, refined, mixed or not a plant. */
const excluded =
  /\b(juice|juices|nectar|drink|beverage|pie filling|pie mix|candied|babyfood|chips|puffs|french fried|fried|catsup|ketchup|relish|soup|salad|mixed|mixture|cocktail|succotash|coleslaw|pudding|souffle|pancakes|jams?|jelly|jellies|preserves|marmalade|dessert|candy|candies|flavored|sweetened with|extract|sugar|syrup|starch|protein (isolate|concentrate)|imitation|meatless|vegetarian|veggie|soyburgers?|meat extender|liquid from|cellophane|soymilk|cornstarch|maraschino|formulated|vinegar|oil|sauce|spread|apple butter|gluten|bran|germ|usda commodity|seasoning|substitute|meal|unsweetened, dry mix|coconut (?:water|milk|cream)|powder(?=.*\bdrink))\b|\band\b|\bwith (?!skin|peel|seeds?\b|salt)|^(salt|water)\b/

/** Phrases with "and", "juice" or "syrup" that describe one plant, cleared before `excluded` runs. */
const harmlessPhrases =
  /\([^)]*\)|\b(flesh|skin|solids|liquids|drained|stems?|leaves|peel|seeds?) and (flesh|skin|solids|liquids|rinsed|leaves|peel|seeds?|lower leaf-portion)\b|\bturnip greens and turnips\b|\bpumpkin and squash\b|\b(juice|water) pack\b|\b(extra light|light|heavy|extra heavy) syrup\b|\bpacked in (juice|water)\b/g

/** Group-20 grains count only whole (REFERENCE §6 "wholegrains"). */
const refinedGrain = /\b(white|enriched|degermed|semolina|couscous|pasta|macaroni|spaghetti|noodles|vermicelli|farina|tapioca|flour|instant|puffed|cream of)\b/
const wholeGrain = /\b(whole|brown|wild|hulled|groats|whole-grain|whole-wheat|wholegrain|bulgur|dark)\b/

/** Herbs counted as a quarter when fresh, like their dried spice form. */
const herbs = new Set([
  'basil', 'parsley', 'coriander', 'cilantro', 'chive', 'dill', 'mint', 'peppermint', 'spearmint', 'thyme', 'rosemary',
  'sage', 'oregano', 'tarragon', 'marjoram', 'bay', 'lemon-grass', 'epazote', 'ginger', 'wasabi', 'horseradish', 'caper',
  'mustard', 'savory', 'chervil', 'fennel-seed', 'lemon-balm',
])

/** Heads that name a kind ("Nuts, almonds"): the key comes from the next segment. */
const kindHeads = new Set(['nuts', 'seeds', 'spices', 'beans', 'peppers', 'squash', 'cabbage', 'mushrooms', 'fungi', 'seaweed', 'pickles', 'melons'])

/** Canonical keys for names that differ from the plant ("raisins" are grapes). */
const aliases: Readonly<Record<string, string>> = {
  applesauce: 'apple', crabapple: 'apple', raisin: 'grape', 'currants-zante': 'grape', prune: 'plum', 'prune-puree': 'plum',
  tangerine: 'mandarin', clementine: 'mandarin', kiwifruit: 'kiwi', garbanzo: 'chickpea', 'chickpea-flour': 'chickpea',
  'coriander-leaf': 'coriander', cilantro: 'coriander', 'dill-weed': 'dill', 'beet-green': 'beet', 'turnip-green': 'turnip',
  'dandelion-green': 'dandelion', 'chicory-green': 'chicory', 'chicory-root': 'chicory', radicchio: 'chicory',
  'broccoli-raab': 'rapini', 'sweet-potato-leaf': 'sweet-potato', 'pumpkin-leaf': 'pumpkin', 'pumpkin-flower': 'pumpkin',
  'taro-leaf': 'taro', 'amaranth-leaf': 'amaranth', 'sorghum-grain': 'sorghum', 'baked-bean': 'navy-bean', 'pickle': 'cucumber', 'taro-shoot': 'taro', 'jerusalem-artichoke': 'jerusalem-artichoke', broadbean: 'broad-bean',
  'flaxseed': 'flax', 'celery-flake': 'celery', 'triticale-flour': 'triticale', 'hazelnut-or-filbert': 'hazelnut', pigeonpea: 'pigeon-pea',
  'lamb-quarter': 'lambsquarters', lambsquarter: 'lambsquarters', litchis: 'litchi', 'turnip-green-and-turnip': 'turnip', bulgur: 'wheat',
  'melon-ball': 'melon', 'naranjilla-pulp': 'naranjilla', 'lemon-peel': 'lemon', 'orange-peel': 'orange', pine: 'pine-nut',
  'breadnut-tree': 'breadnut', poi: 'taro', pepper: 'sweet-pepper', pimento: 'sweet-pepper', 'jew-ear': 'wood-ear-mushroom', 'pumpkin-and-squash': 'pumpkin', 'sunflower-seed': 'sunflower', 'lemon-grass-citronella': 'lemon-grass',
  'yambean-jicama': 'jicama', 'ginger-root': 'ginger', 'corn-flour': 'corn', cornmeal: 'corn', hominy: 'corn',
  kamut: 'khorasan', 'wheat-flour': 'wheat', 'rye-flour': 'rye', 'buckwheat-flour': 'buckwheat', 'buckwheat-groat': 'buckwheat',
  'amaranth-grain': 'amaranth', 'millet-flour': 'millet', 'sorghum-flour': 'sorghum', 'barley-flour-or-meal': 'barley',
  'barley-malt-flour': 'barley', 'oat-flour': 'oat', 'rice-flour': 'rice', 'carob-flour': 'carob', 'soy-flour': 'soy',
  'peanut-flour': 'peanut', 'chestnut': 'chestnut', 'potato-flour': 'potato', 'tomato-product': 'tomato', 'tomato-powder': 'tomato',
  'onions-spring-or-scallion': 'spring-onion', 'lentils-sprouted': 'lentil', 'turnip-greens-and-turnip': 'turnip',
  'alfalfa-seed': 'alfalfa', 'radish-seed': 'radish', 'grape-leaf': 'grape', 'mustard-green': 'mustard-greens',
  'mustard-spinach': 'komatsuna', 'chrysanthemum-leaf': 'chrysanthemum',
  'winged-bean-leaf': 'winged-bean', 'winged-bean-tuber': 'winged-bean', 'drumstick-leaf': 'moringa', 'drumstick-pod': 'moringa',
}

function singular(word: string): string {
  if (word === 'leaves') return 'leaf'
  if (/(ss|us|is)$/.test(word) || word.length < 4) return word
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (/(oes|ches|shes|xes)$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s')) return word.slice(0, -1)
  return word
}

function slug(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/[\s-]+/)
    .filter((w) => w !== '')
    .map(singular)
    .join('-')
    .replace(/[^a-z0-9-]/g, '')
}

function canonical(key: string): string {
  return aliases[key] ?? key
}

/** The key from a "kind" head such as "Nuts, almonds" or "Peppers, sweet, red". */
function keyFromKindHead(t: FoodText): PlantIdentity | null {
  const [head, second = '', third = ''] = t.segments
  const s2 = slug(second)
  switch (head) {
    case 'nuts':
    case 'seeds': {
      const base = slug(second.replace(/\b(seeds?|kernels|butter|paste|flour|meal|nuts?|meat|milk|cream|water|dried|raw)\b/g, ' '))
      if (!base || /^(mixed|formulated)/.test(base)) return null
      return whole(canonical(base))
    }
    case 'spices': {
      const base = second === 'pepper' ? (third === 'black' || third === 'white' ? 'black-pepper' : 'chili') : slug(second.replace(/\b(seed|ground|leaf|leaves|dried|powder)\b/g, ' '))
      return base ? quarter(canonical(base), /\b(blend|seasoning|powder|pie spice|spice)\b/.test(second) && base !== 'garlic' && base !== 'onion' ? 'may' : 'is') : null
    }
    case 'beans':
      return s2 ? whole(canonical(s2 === 'snap' ? 'green-bean' : `${s2}-bean`)) : null
    case 'peppers':
      return whole(second === 'sweet' ? 'sweet-pepper' : 'chili')
    case 'squash': {
      const kind = slug(third)
      if (kind === 'zucchini') return whole('zucchini')
      if (['butternut', 'acorn', 'spaghetti', 'hubbard'].includes(kind)) return whole(kind === 'butternut' ? 'butternut' : `${kind}-squash`)
      return whole(second === 'winter' ? 'winter-squash' : 'summer-squash')
    }
    case 'cabbage':
      if (/pak-choi/.test(second)) return whole('bok-choy')
      if (/pe-tsai/.test(second)) return whole('napa-cabbage')
      if (/mustard/.test(second)) return whole('mustard-greens')
      return whole('cabbage')
    case 'mushrooms':
    case 'fungi': {
      const agaricus = /^(white|brown|italian|crimini|portabella|canned)$/.test(second) || second === ''
      return whole(agaricus ? 'mushroom' : `${s2}-mushroom`, 'may')
    }
    case 'seaweed':
    case 'pickles':
    case 'melons':
      return s2 ? whole(canonical(s2)) : null
    default:
      return null
  }
}

/** The key from the name's head ("Onions, raw" → onion). */
function keyFromHead(t: FoodText): PlantIdentity | null {
  if (kindHeads.has(t.head)) return keyFromKindHead(t)
  if (t.head === 'onions' && /^(spring|young green|welsh)/.test(t.segments[1] ?? '')) return whole('spring-onion')
  if (t.head === 'peas' && /edible-podded/.test(t.segments[1] ?? '')) return whole('snow-pea')
  if (t.head === 'corn') return whole('corn')
  if (t.head === 'wild rice') return whole('wild-rice')
  if (t.group === '20' && /^(pasta|spaghetti|macaroni|noodles)$/.test(t.head)) return whole('wheat')
  const key = canonical(slug(t.head))
  if (!key) return null
  return herbs.has(key) || t.group === '02' ? quarter(key) : whole(key)
}

/** The plant a food counts as, or null when it does not count. */
export function plantIdentity(food: Food): PlantIdentity | null {
  const t = foodText(food)
  for (const [pattern, make] of specialPlants) {
    const m = pattern.exec(t.lower)
    if (m) return make(m)
  }
  if (!plantGroups.has(t.group) || excluded.test(t.lower.replace(harmlessPhrases, ' ')) || (!food.provenance && hasBrand(t.name))) return null
  if (t.group === '20' && refinedGrain.test(t.lower) && !wholeGrain.test(t.lower)) return null
  const identity = keyFromHead(t)
  if (!identity) return null
  if (t.group === '20' && /\bpearled\b/.test(t.lower)) return { ...identity, certainty: 'may' }
  return identity
}

/** The plant finding for the 30-a-week count, or null. */
export function assessPlant(food: Food): PlantFinding | null {
  const identity = plantIdentity(food)
  if (!identity) return null
  const source: SourceKey[] = ['BBC-ZOE', 'ZOE', 'AGP18']
  if (/mushroom/.test(identity.key)) source.push('INKL')
  return {
    rule: 'plant',
    kind: 'benefit',
    level: identity.points === 1 ? 'whole' : 'quarter',
    subject: identity.key,
    certainty: identity.certainty,
    numbers: { points: identity.points },
    source,
    basis: 'name',
    matched: [`name:${identity.key}`],
  }
}
