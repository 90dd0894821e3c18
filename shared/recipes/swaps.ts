/**
 * The swap table: standard replacements for ingredients that keep a recipe from a person's limits
 * (REFERENCE §2c low-FODMAP swaps, §3 gluten and lactose), as data. adapt.ts applies them; the
 * rules then judge the adapted recipe like any other, so a swap only has to be plausible here, and
 * an adaptation the rules don't pass is never offered.
 *
 * Every replacement is a catalogue food the knowledge layer rates as fitting each limit the swap
 * lists (tests/shared/recipes/adapt.test.ts checks it): an unrated replacement would leave the
 * meal "unknown", which is not safe, so it would be no swap at all.
 *
 * Amounts: `gramsPerGram` converts the replaced grams; `maxGramsPerServing` caps the replacement at
 * a serve a source rates low (REFERENCE §2d: a rating belongs to a serve), or below it where the
 * swap is a flavouring, so that other low portions in the meal still fit when they stack.
 */
import { fodmapEntryFor } from '../food/rules/fodmap'
import type { SourceKey } from '../food/sources'
import type { Food, FoodId } from '../food/types'
import type { Allergen, Intolerance } from '../profile/profile'

/** What a swap can take a recipe clear of: an intolerance, an allergen, or a diet. */
export type SwapLimit = Intolerance | Allergen | 'vegan' | 'vegetarian' | 'pescatarian'

/**
 * The foods a swap replaces. A food matches when it is one of `foodIds`, or when it passes every
 * other test given: the FODMAP table (shared/food/rules/fodmap.ts) rates it under one of
 * `fodmapEntries` ("onion" is every onion), and its USDA description matches `names`. A
 * description matching `exceptNames` never matches.
 */
export interface SwapMatch {
  readonly foodIds?: readonly FoodId[]
  readonly fodmapEntries?: readonly string[]
  /** Tested against the lower-cased USDA description. */
  readonly names?: RegExp
  readonly exceptNames?: RegExp
}

export interface Swap {
  readonly id: string
  readonly from: SwapMatch
  /** The catalogue food put in instead. */
  readonly to: FoodId
  /** Grams of `to` per gram of the food replaced. */
  readonly gramsPerGram: number
  /** The most of `to` one serving may hold after the swap (merged with any already there). */
  readonly maxGramsPerServing?: number
  /** The limits a replaced food may conflict with that the swap takes away. */
  readonly limits: readonly SwapLimit[]
  /** REFERENCE §8 keys behind the swap; empty for our own entries, which `basis` then explains. */
  readonly source: readonly SourceKey[]
  /** Why this replacement and this amount (in English; for maintainers and the food page). */
  readonly basis: string
}

const allFodmaps = ['fructans', 'gos', 'excess-fructose', 'sorbitol', 'mannitol'] as const
const glutenLimits = ['gluten', 'gluten-cereals'] as const

/**
 * The swaps, in the order they are tried: for each ingredient the first swap that matches it,
 * takes away every limit it conflicts with, and whose replacement fits the person by itself wins.
 */
export const swapTable: readonly Swap[] = [
  // Alliums (REFERENCE §2c: CAMB, NOISY)
  {
    id: 'garlic-to-garlic-oil',
    from: { fodmapEntries: ['garlic'], exceptNames: /\b(powder|spices|salt)\b/ },
    to: 'gp-garlic-infused-oil',
    gramsPerGram: 1.5,
    limits: ['fructans'],
    source: ['CAMB'],
    basis: 'Fructans are water-soluble, not oil-soluble: oil infused with garlic, solids removed, carries the flavour without them (CAMB). One teaspoon of oil (4.5 g) for a clove (3 g) is our kitchen measure.',
  },
  {
    id: 'onion-to-chives',
    from: { fodmapEntries: ['onion', 'shallot'], exceptNames: /\b(powder|flakes|rings|dehydrated|spices)\b/ },
    to: '11156',
    gramsPerGram: 0.1,
    maxGramsPerServing: 5,
    limits: ['fructans'],
    source: ['CAMB'],
    basis: 'Chives for the onion flavour (CAMB). A tenth of the onion weight, at most 5 g a serving: a third of the 15 g serve chives are rated low at, so the other fructans of the meal still fit when they stack (REFERENCE §2d).',
  },
  {
    id: 'spring-onion-to-green-tops',
    from: { fodmapEntries: ['spring-onion'] },
    to: '11292',
    gramsPerGram: 1,
    maxGramsPerServing: 5,
    limits: ['fructans'],
    source: ['CAMB', 'NOISY'],
    basis: 'Only the green tops of spring onion are low in fructans (CAMB, NOISY); at most 5 g a serving, half the 10 g serve rated low, to leave room for stacking.',
  },
  {
    id: 'leek-to-spring-onion-greens',
    from: { fodmapEntries: ['leek'], exceptNames: /\b(freeze-dried|dehydrated)\b/ },
    to: '11292',
    gramsPerGram: 0.1,
    maxGramsPerServing: 5,
    limits: ['fructans'],
    source: ['CAMB'],
    basis: 'Leek leaves are low but the catalogue has no leek leaves apart from the bulb, so spring-onion green tops, the other green top CAMB names, stand in; as a flavouring, a tenth of the leek weight, at most 5 g a serving.',
  },
  // Wheat and other gluten cereals (REFERENCE §2b, §2c, §3)
  {
    id: 'wheat-pasta-to-corn-pasta',
    from: { fodmapEntries: ['wheat-pasta'] },
    to: '20091',
    gramsPerGram: 1,
    limits: glutenLimits,
    source: ['EU828', '1169-II'],
    basis: 'Maize is not a gluten cereal (REFERENCE §3); dry corn pasta for dry wheat pasta. Not a FODMAP swap: REFERENCE rates no corn pasta.',
  },
  {
    id: 'wheat-pasta-to-rice-noodles',
    from: { fodmapEntries: ['wheat-pasta'] },
    to: '20133',
    gramsPerGram: 1,
    limits: [...glutenLimits, 'fructans'],
    source: ['PEJCZ24', 'ITA25', '1169-II'],
    basis: 'Rice pasta (rice noodles in the catalogue), dry for dry: rice is not a gluten cereal and is low in FODMAPs (REFERENCE §2b), while wheat pasta is high in fructans (TORB25).',
  },
  {
    id: 'bread-to-spelt-sourdough',
    from: { fodmapEntries: ['wheat-bread', 'rye-bread'], exceptNames: /\b(flour|crackers?|crispbread|crumbs|stuffing|grain)\b|^rye$/ },
    to: 'gp-sourdough-spelt',
    gramsPerGram: 1,
    maxGramsPerServing: 80,
    limits: ['fructans', 'gos'],
    source: ['MON-SD'],
    basis: 'Traditional long-fermented sourdough, especially spelt, is low in fructans at two slices, 80 g (MON-SD); at most that a serving. It contains gluten, so it is no gluten swap.',
  },
  {
    id: 'bread-to-gluten-free-bread',
    from: { fodmapEntries: ['wheat-bread', 'rye-bread', 'sourdough-traditional'], exceptNames: /\b(flour|crackers?|crispbread|crumbs|stuffing|grain)\b|^rye$/ },
    to: 'gp-gluten-free-bread',
    gramsPerGram: 1,
    limits: [...glutenLimits, 'fructans', 'gos'],
    source: ['MON-SD', 'VAR17', 'WHELAN11', 'EU828'],
    basis: 'Gluten-free bread without added inulin (MON-SD; REFERENCE §2b: usually low, check for inulin), slice for slice by weight.',
  },
  {
    id: 'couscous-bulgur-to-quinoa',
    from: { foodIds: ['20028', '20012'] },
    to: '20035',
    gramsPerGram: 1,
    limits: [...glutenLimits, ...allFodmaps],
    source: ['BIES11', 'PEJCZ24', 'ITA25', '1169-II'],
    basis: 'Couscous and bulgur are wheat (REFERENCE §3), couscous high in fructans (BIES11); quinoa is gluten-free and low in every FODMAP (PEJCZ24, ITA25) and cooks the same way. Dry for dry.',
  },
  {
    id: 'cooked-couscous-bulgur-to-quinoa',
    from: { foodIds: ['20029', '20013'] },
    to: '20137',
    gramsPerGram: 1,
    limits: [...glutenLimits, ...allFodmaps],
    source: ['BIES11', 'PEJCZ24', 'ITA25', '1169-II'],
    basis: 'As couscous-bulgur-to-quinoa, cooked for cooked.',
  },
  {
    id: 'gluten-grains-to-brown-rice',
    from: { foodIds: ['20004', '20005', '20071', '20072', '20073', '20074', '20075', '20076', '20140'] },
    to: '20040',
    gramsPerGram: 1,
    limits: [...glutenLimits, 'fructans'],
    source: ['PEJCZ24', 'ITA25', '1169-II'],
    basis: 'Pearl barley, wheat berries and spelt grain are gluten cereals (REFERENCE §3) with fructans (PEJCZ24); brown rice is a whole grain used the same way (risotto, stews, grain salads) and is low in FODMAPs. Raw for raw.',
  },
  {
    id: 'oats-to-gluten-free-oats',
    from: { foodIds: ['08120', '20038'] },
    to: 'gp-gluten-free-oats',
    gramsPerGram: 1,
    limits: ['gluten'],
    source: ['EU828', 'CODEX118'],
    basis: 'Oats grown and milled apart from other cereals, at most 20 mg/kg gluten (EU828, CODEX118). Oats stay an Annex II cereal and a few people with coeliac disease react to oats themselves (REFERENCE §3), so this is no swap for the allergen.',
  },
  {
    id: 'soy-sauce-to-gluten-free-tamari',
    from: { foodIds: ['16123', '16124', '16424'] },
    to: 'gp-tamari-gluten-free',
    gramsPerGram: 1,
    limits: glutenLimits,
    source: ['EU828', 'CODEX118'],
    basis: 'Tamari brewed without wheat and labelled gluten-free (at most 20 mg/kg, EU828) for soy sauce, which is brewed with wheat or may contain it.',
  },
  // Lactose (REFERENCE §2c, §3: FAC20, MON-L)
  {
    id: 'milk-to-lactose-free-milk',
    from: { names: /^milk, (?!.*\b(lactose[- ]free|goat|human|canned|condensed|evaporated|dry|dried|powder|chocolate|strawberry|flavored|malted|imitation|substitute|shakes?|buttermilk)\b)/ },
    to: 'gp-lactose-free-milk',
    gramsPerGram: 1,
    limits: ['lactose'],
    source: ['FAC20', 'MON-L'],
    basis: 'Lactose-free milk holds 0.01–0.1 g lactose per 100 g (FAC20, MON-L); the same amount.',
  },
  {
    id: 'milk-to-soy-drink',
    from: { names: /^milk, (?!.*\b(goat|human|canned|condensed|evaporated|dry|dried|powder|chocolate|strawberry|flavored|malted|imitation|substitute|shakes?|buttermilk)\b)/ },
    to: '16222',
    gramsPerGram: 1,
    limits: ['vegan', 'milk', 'lactose'],
    source: [],
    basis: 'Our entry: unsweetened soy drink, a plant drink with about the protein of milk, for a vegan or milk-free diet, by volume. Soy drink from whole beans is high in GOS (TUCK18), so where GOS are limited it does not fit and is not used.',
  },
  {
    id: 'yogurt-to-lactose-free-yogurt',
    from: { names: /^yogurts?, (plain|greek)\b(?!.*\blactose[- ]free\b)/ },
    to: 'gp-lactose-free-yogurt',
    gramsPerGram: 1,
    limits: ['lactose'],
    source: ['FAC20', 'MON-L'],
    basis: 'Lactose-free yogurt for yogurt (REFERENCE §2c: FAC20, MON-L); the same amount.',
  },
  {
    id: 'kefir-to-lactose-free-yogurt',
    from: { names: /^kefir\b/ },
    to: 'gp-lactose-free-yogurt',
    gramsPerGram: 1,
    limits: ['lactose'],
    source: ['FAC20', 'MON-L'],
    basis: 'Our entry: kefir is a cultured milk high in lactose (HENDEL); lactose-free yogurt is the cultured milk REFERENCE §2c gives as the low-lactose swap (FAC20, MON-L), thinned with water where a drink is wanted. The same weight.',
  },
  {
    id: 'cottage-cheese-to-feta',
    from: { names: /^cheese, cottage\b/ },
    to: '01019',
    gramsPerGram: 0.4,
    maxGramsPerServing: 40,
    limits: ['lactose'],
    source: ['FAC20'],
    basis: 'Our entry: crumbled feta (1.4 g lactose/100 g, FAC20) for cottage cheese (3.2 g) on bread and in salads, at 40% of the weight since feta is richer and saltier, at most the 40 g serve it is rated low at.',
  },
  // Sweeteners and fruit (REFERENCE §2b, §2c)
  {
    id: 'honey-to-maple-syrup',
    from: { names: /^honey\b/ },
    to: '19353',
    gramsPerGram: 1,
    limits: ['vegan'],
    source: [],
    basis: 'Our entry: maple syrup for honey by weight, a plant sweetener for a vegan diet. Not a FODMAP swap: REFERENCE rates no maple syrup, so the rules cannot call it low in excess fructose.',
  },
  {
    id: 'apple-pear-to-kiwi',
    from: { fodmapEntries: ['apple', 'pear'], exceptNames: /\b(juice|sauce|applesauce|nectar|dried|dehydrated|canned|frozen)\b/ },
    to: '09148',
    gramsPerGram: 1,
    limits: ['excess-fructose', 'sorbitol'],
    source: ['VAR17', 'NTRO-L'],
    basis: 'Orange, kiwi or firm banana for apple and pear (REFERENCE §2c: VAR17, NTRO-L); kiwi, eaten raw in muesli, porridge and salads as apple is. The same weight.',
  },
  // Legumes (REFERENCE §2b, §2c, §2d: TUCK18, NTRO-LEG)
  {
    id: 'silken-tofu-to-firm-tofu',
    from: { fodmapEntries: ['silken-tofu', 'soft-tofu'] },
    to: '16126',
    gramsPerGram: 1,
    limits: ['gos'],
    source: ['TUCK18', 'NTRO-TOFU'],
    basis: 'Firm tofu is low in GOS (the whey, where GOS dissolve, is pressed out), silken tofu high (TUCK18, NTRO-TOFU); the same weight.',
  },
  {
    id: 'dried-chickpeas-to-canned',
    from: { fodmapEntries: ['chickpeas'], names: /^chickpeas\b.*\braw\b/, exceptNames: /\b(flour|hummus|falafel|cooked|canned)\b/ },
    to: '16359',
    gramsPerGram: 2.4,
    maxGramsPerServing: 42,
    limits: ['gos'],
    source: ['TUCK18', 'NTRO-LEG'],
    basis: 'Canned, rinsed chickpeas are low in GOS at about 42 g a serving, dried or boiled ones high (TUCK18, NTRO-LEG). Dried chickpeas weigh about 2.4 times as much cooked (our kitchen figure); capped at 42 g a serving.',
  },
  {
    id: 'chickpeas-to-canned-small-serve',
    from: { foodIds: ['16057', '16357', '16058', '16358', '16359'] },
    to: '16359',
    gramsPerGram: 1,
    maxGramsPerServing: 42,
    limits: ['gos'],
    source: ['TUCK18', 'NTRO-LEG'],
    basis: 'Boiled or canned chickpeas become canned, rinsed chickpeas at most 42 g a serving, the serve rated low in GOS (TUCK18, NTRO-LEG; REFERENCE §2d).',
  },
  {
    id: 'dried-lentils-to-canned',
    from: { fodmapEntries: ['lentils'], names: /^lentils, (?!.*\b(cooked|boiled|canned|sprouted)\b)/ },
    to: 'gp-lentils-canned-rinsed',
    gramsPerGram: 2.4,
    maxGramsPerServing: 46,
    limits: ['gos'],
    source: ['TUCK18', 'NTRO-LEG'],
    basis: 'Canned, rinsed lentils are low in GOS at about 46 g a serving, boiled ones high (TUCK18, NTRO-LEG). Dried lentils weigh about 2.4 times as much cooked (our kitchen figure); capped at 46 g a serving.',
  },
  {
    id: 'lentils-to-canned-small-serve',
    from: { foodIds: ['16070', '16370'] },
    to: 'gp-lentils-canned-rinsed',
    gramsPerGram: 1,
    maxGramsPerServing: 46,
    limits: ['gos'],
    source: ['TUCK18', 'NTRO-LEG'],
    basis: 'Boiled lentils become canned, rinsed lentils at most 46 g a serving, the serve rated low in GOS (TUCK18, NTRO-LEG; REFERENCE §2d).',
  },
  {
    id: 'beans-to-canned-chickpeas',
    from: { fodmapEntries: ['haricot-kidney-baked', 'other-pulses'], exceptNames: /\b(raw|baked|refried|sprouted|dry mix)\b/ },
    to: '16359',
    gramsPerGram: 1,
    maxGramsPerServing: 42,
    limits: ['gos'],
    source: ['TUCK18', 'NTRO-LEG'],
    basis: 'REFERENCE §2c: canned, rinsed legumes at small serves. Of the canned legumes only chickpeas and lentils are rated (≈42 g, ≈46 g, TUCK18, NTRO-LEG), so canned rinsed chickpeas, at most 42 g a serving, stand in for cooked or canned beans.',
  },
  // Polyols (REFERENCE §2b: VAR17, YAO14)
  {
    id: 'mushrooms-to-oyster-mushrooms',
    from: { fodmapEntries: ['button-mushroom', 'mushroom'], exceptNames: /\b(dried|powder|soup|sauce)\b/ },
    to: '11987',
    gramsPerGram: 1,
    maxGramsPerServing: 75,
    limits: ['mannitol'],
    source: ['VAR17', 'LIT-DS'],
    basis: 'Button and most other mushrooms are high in mannitol, oyster mushrooms low at 75 g (REFERENCE §2b, VAR17; marked uncertain); a mushroom for a mushroom, at most 75 g a serving.',
  },
  {
    id: 'cauliflower-to-broccoli',
    from: { fodmapEntries: ['cauliflower'] },
    to: '11740',
    gramsPerGram: 1,
    maxGramsPerServing: 75,
    limits: ['mannitol'],
    source: ['YAO14'],
    basis: 'Cauliflower is high in mannitol (YAO14, 2.6 g/100 g); broccoli heads are rated low at 75 g (REFERENCE §2b) and roast, steam and curry the same way. At most 75 g a serving.',
  },
]

const byId = new Map(swapTable.map((s) => [s.id, s]))

/** A swap of the built-in table by id. */
export const swapById = (id: string): Swap | undefined => byId.get(id)

/** Whether a swap replaces this food. */
export function swapMatches(swap: Swap, food: Food): boolean {
  const { foodIds, fodmapEntries, names, exceptNames } = swap.from
  const lower = food.name.toLowerCase()
  if (exceptNames?.test(lower)) return false
  if (foodIds?.includes(food.id)) return true
  if (!fodmapEntries && !names) return false
  if (fodmapEntries && !fodmapEntries.includes(fodmapEntryFor(food)?.key ?? '')) return false
  return !names || names.test(lower)
}

/** The foods a swap replaces, in catalogue order: what the UI lists as "from". */
export function swapSourceFoods(swap: Swap, foods: Iterable<Food>): FoodId[] {
  const out: FoodId[] = []
  for (const food of foods) if (swapMatches(swap, food)) out.push(food.id)
  return out
}
