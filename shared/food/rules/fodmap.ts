/**
 * FODMAP subgroups at a typical serve (REFERENCE §2). Lactose has its own rule (lactose.ts).
 *
 * A table entry rates the foods of REFERENCE §2b; its pattern also catches the food's variants
 * ("Onions, cooked, boiled" is onion). Subgroups an entry does not list are low at that serve:
 * REFERENCE names the main FODMAP of each food. Rows REFERENCE marks "?" or gives as a range
 * (M–H) are 'may', and a range is reported at its upper level.
 *
 * Composite foods get ratings from FODMAP-rich ingredients their name mentions ("Soup, onion")
 * as 'may' (the amount is unknown), except added inulin/FOS/GOS and polyols, which Monash counts
 * as high at any amount (MON-LBL).
 */
import { fodmapSubgroups, type FodmapSubgroup } from '../../profile/profile'
import type { SourceKey } from '../sources'
import type { Food } from '../types'
import { glutenEvidence, glutenFreeLabel } from './gluten'
import { foodText, type FoodText } from './text'
import type { Certainty, FodmapFinding, FodmapLevel } from './types'

type Ratings = Partial<Record<FodmapSubgroup, FodmapLevel>>

export interface FodmapEntry {
  readonly key: string
  readonly pattern: RegExp
  /** The typical serve REFERENCE rates, in grams (ml for drinks). */
  readonly serveG: number
  /** Levels of the subgroups present; the rest are low. */
  readonly ratings: Ratings
  readonly certainty: Certainty
  readonly source: readonly SourceKey[]
  /** The largest serve REFERENCE still rates low, where it gives one. */
  readonly lowUpToG?: number
  /**
   * The subgroups the serve limit applies to (REFERENCE §2d: a rating belongs to a serve): above
   * `lowUpToG`, or above the rated serve for a food rated low, these are no longer low. Defaults to
   * the subgroups `ratings` lists when `lowUpToG` is given. Subgroups that are neither rated nor
   * limited carry none of that FODMAP (REFERENCE names the main FODMAP of each food).
   */
  readonly limited?: readonly FodmapSubgroup[]
  /** Restricts the entry to these USDA groups. */
  readonly groups?: readonly string[]
}

const H = 'high'
const M = 'moderate'
const veg: readonly SourceKey[] = ['NTRO-V', 'CHUMP18']
const lowFruit: readonly SourceKey[] = ['VAR17', 'NTRO-L']
const grains: readonly SourceKey[] = ['PEJCZ24', 'ITA25']
const nuts: readonly SourceKey[] = ['ITA25', 'LEFIN']

const e = (
  key: string,
  pattern: RegExp,
  serveG: number,
  ratings: Ratings,
  certainty: Certainty,
  source: readonly SourceKey[],
  extra: Partial<Pick<FodmapEntry, 'lowUpToG' | 'groups' | 'limited'>> = {},
): FodmapEntry => ({ key, pattern, serveG, ratings, certainty, source, ...extra })

/** REFERENCE §2b, specific variants before the general food. First match wins. */
export const fodmapTable: readonly FodmapEntry[] = [
  // Alliums and swaps (CAMB, NOISY, MUIR07, VAR17)
  e('garlic-infused-oil', /garlic-infused|infused with garlic/, 14, {}, 'is', ['CAMB']),
  e('spring-onion-green-tops', /^onions, young green, tops only|^(spring onions?|scallions?),? green (tops|parts)/, 10, {}, 'is', ['CAMB', 'NOISY'], { limited: ['fructans'] }),
  e('spring-onion', /^onions, spring or scallions|^scallions?\b|^spring onions?\b/, 15, { fructans: H }, 'is', ['CAMB', 'NOISY']),
  e('leek-leaves', /^leeks?, .*\b(leaves|green tops)\b/, 75, {}, 'is', ['MUIR07', 'CAMB'], { limited: ['fructans'] }),
  e('leek', /^leeks?\b/, 75, { fructans: H }, 'is', ['MUIR07', 'CAMB']),
  e('garlic', /^garlic\b|^spices, garlic\b/, 3, { fructans: H }, 'is', ['MUIR07']),
  e('shallot', /^shallots?\b/, 10, { fructans: H }, 'is', ['MUIR07']),
  // Chives: a low-FODMAP swap for onion (REFERENCE §2c, CAMB), at a spring-onion-sized serve.
  e('chives', /^chives\b/, 15, {}, 'may', ['CAMB'], { limited: ['fructans'] }),
  e('onion', /^onions?\b|^onion (powder|flakes|rings)\b|^spices, onion\b/, 75, { fructans: H }, 'is', ['VAR17']),
  e('jerusalem-artichoke', /^jerusalem[- ]artichokes?\b/, 75, { fructans: H }, 'is', ['MUIR07']),
  e('artichoke', /^artichokes?\b/, 75, { fructans: H }, 'is', ['MUIR07']),
  e('chicory-root', /^chicory roots?\b/, 10, { fructans: H }, 'is', ['MON-LBL', 'GNG']),
  // Vegetables
  e('asparagus', /^asparagus\b/, 75, { fructans: H, 'excess-fructose': H }, 'may', ['MUIR09']),
  e('cauliflower', /^cauliflower\b/, 75, { mannitol: H }, 'is', ['YAO14']),
  e('oyster-mushroom', /^mushrooms?, oyster\b/, 75, {}, 'may', ['VAR17', 'LIT-DS'], { limited: ['mannitol'] }),
  e('button-mushroom', /^mushrooms?, (white|brown|italian|crimini|portabella|canned)\b/, 75, { mannitol: H }, 'is', ['VAR17']),
  e('mushroom', /^mushrooms?\b|^fungi\b/, 75, { mannitol: H }, 'may', ['VAR17', 'LIT-DS']),
  e('snow-peas', /^peas, edible-podded\b|^snow peas\b|^sugar snap peas\b/, 75, { mannitol: H, fructans: H }, 'may', ['YAO14']),
  e('celery', /^celery\b(?! ?seed| flakes)/, 75, { mannitol: H }, 'may', ['YAO14']),
  e('sweet-corn', /^corn, sweet\b|^sweet ?corn\b/, 90, { sorbitol: H }, 'may', ['YAO14']),
  e('brussels-sprouts', /^brussels sprouts\b/, 75, { fructans: H }, 'may', ['MUIR07']),
  e('pickled-beetroot', /^beets?, pickled\b/, 75, {}, 'is', ['TUCK18'], { limited: ['fructans', 'gos'] }),
  e('beetroot', /^beets?, (?!greens)|^beetroot\b/, 75, { fructans: M, gos: M }, 'is', ['MUIR07']),
  e('broccoli', /^broccoli, (?!.*\bstalks?\b)/, 75, {}, 'may', ['YAO14'], { limited: ['excess-fructose', 'sorbitol'] }),
  e('zucchini', /^squash, summer, zucchini\b|^zucchini\b/, 75, { fructans: M }, 'is', ['VAR17'], { lowUpToG: 65 }),
  e('sweet-potato', /^sweet ?potato(es)?, /, 75, { mannitol: M }, 'may', ['YAO14']),
  e('butternut', /^squash, winter, butternut\b/, 75, { mannitol: M, 'excess-fructose': M }, 'may', ['YAO14']),
  e('avocado', /^avocados?\b/, 60, { sorbitol: H }, 'may', ['ALBY'], { lowUpToG: 30 }),
  e('red-capsicum', /^peppers, sweet, (red|yellow|orange)\b/, 43, {}, 'may', ['NTRO-V'], { limited: ['excess-fructose'] }),
  e('green-capsicum', /^peppers, sweet, green\b/, 75, {}, 'may', ['NTRO-V'], { limited: ['sorbitol'] }),
  e('cabbage', /^cabbage, (raw|cooked|red|common)\b|^cabbage$/, 75, {}, 'is', ['YAO14'], { limited: ['sorbitol'] }),
  e('bok-choy', /^cabbage, chinese \(pak-choi\)|^bok choy\b|^pak choi\b/, 75, {}, 'is', veg),
  e('carrot', /^carrots?, /, 75, {}, 'is', veg),
  e('cucumber', /^cucumbers?\b/, 75, {}, 'is', veg),
  e('lettuce', /^lettuce\b/, 75, {}, 'is', veg),
  e('spinach', /^spinach, /, 75, {}, 'is', veg),
  e('kale', /^kale, /, 75, {}, 'is', veg),
  e('eggplant', /^eggplants?, /, 75, {}, 'is', veg),
  e('green-beans', /^beans, snap, green\b|^green beans\b/, 75, {}, 'is', veg),
  e('potato', /^potato(es)?, (?!.*\b(salad|au gratin|scalloped|o'brien|with)\b)/, 75, {}, 'is', veg),
  e('tomato', /^tomato(es)?, (red|green|orange|yellow|ripe|cherry|grape|roma)\b/, 75, {}, 'is', veg),
  e('parsnip', /^parsnips?\b/, 75, {}, 'is', veg),
  // Fruit
  e('apple', /^apples?\b|^applesauce\b|^apple juice\b|^crabapples?\b/, 150, { 'excess-fructose': H, sorbitol: H }, 'is', ['VAR17', 'YAO14']),
  e('pear', /^pears?\b|^pear nectar\b/, 150, { 'excess-fructose': H, sorbitol: H }, 'is', ['VAR17', 'YAO14']),
  e('mango', /^mangos?\b|^mangoes\b|^mango nectar\b/, 150, { 'excess-fructose': H }, 'is', ['MUIR09']),
  e('watermelon', /^watermelon\b/, 150, { fructans: H, 'excess-fructose': H, mannitol: H }, 'is', ['MUIR09']),
  e('stone-fruit', /^(peach|peaches|nectarines?|plums?|apricots?|apricot nectar|peach nectar|cherries|cherry)\b(?!.*\bdried\b)/, 150, { sorbitol: H }, 'is', ['YAO14', 'MUIR07']),
  e('dried-stone-fruit', /^prunes?\b|^prune (juice|puree)\b|^plums, dried\b|^apricots?, .*\b(dried|dehydrated)\b/, 30, { sorbitol: H }, 'is', ['YAO14']),
  e('blackberries', /^blackberr(y|ies)\b/, 75, { sorbitol: H }, 'is', ['YAO14']),
  e('dates', /^dates?\b/, 30, { fructans: H }, 'may', ['LIT-DS']),
  e('dried-figs', /^figs?, dried\b/, 30, { fructans: H }, 'may', ['LIT-DS']),
  e('raisins', /^raisins?\b|^currants, zante\b/, 30, { 'excess-fructose': M, fructans: M }, 'is', ['LIT-DS']),
  e('banana', /^bananas?, (raw|ripe)\b|^bananas?, dehydrated\b/, 100, { fructans: H }, 'may', ['CHUMP18', 'NTRO-L']),
  e('orange', /^oranges?, |^tangerines?, |^mandarin|^clementines?, /, 150, {}, 'is', lowFruit),
  e('kiwi', /^kiwi(fruit)?\b/, 150, {}, 'is', lowFruit),
  e('pineapple', /^pineapple, /, 150, {}, 'is', lowFruit),
  e('grapes', /^grapes?, /, 150, {}, 'is', lowFruit),
  e('blueberries', /^blueberr(y|ies), /, 150, {}, 'is', lowFruit),
  e('raspberries', /^raspberr(y|ies), /, 150, {}, 'is', lowFruit),
  e('lemon-lime', /^(lemons?|limes?), |^(lemon|lime) juice\b/, 15, {}, 'is', lowFruit),
  e('cantaloupe', /^melons, cantaloupe\b/, 150, {}, 'is', lowFruit),
  e('strawberries', /^strawberr(y|ies)\b/, 150, { 'excess-fructose': M }, 'may', ['LIT-DS'], { lowUpToG: 65 }),
  e('honey-fructose', /^honey\b|\bagave (syrup|nectar)\b|high[- ]fructose|^sweeteners?, tabletop, fructose\b/, 21, { 'excess-fructose': H }, 'is', ['YAO14', 'LIT-DS']),
  // Grains and bread
  e('sourdough-traditional', /\bsourdough, traditional\b/, 80, {}, 'is', ['MON-SD'], { limited: ['fructans'] }),
  e('gluten-free-bread', /^bread, gluten-free\b/, 70, {}, 'may', ['VAR17', 'WHELAN11']),
  e('rye-bread', /^bread, (rye|pumpernickel)\b|^rolls, (rye|pumpernickel)\b|^rye\b|^rye flour\b|^crackers, rye\b/, 50, { fructans: H }, 'is', ['WHELAN11', 'BIES11']),
  e('couscous', /^couscous\b/, 150, { fructans: H }, 'is', ['BIES11']),
  e('wheat-pasta', /^(pasta|spaghetti|macaroni|lasagna)\b(?!.*\b(gluten-free|corn|rice|quinoa|buckwheat)\b)|^noodles, (egg|japanese, (soba|somen|udon)|chinese, chow mein|flat, crunchy)\b/, 140, { fructans: H }, 'is', ['TORB25']),
  e('wheat-bread', /^(bread|rolls|bagels|english muffins|pita|buns?)\b(?!.*\b(gluten-free|corn|cornmeal|rice)\b)/, 49, { fructans: H, gos: M }, 'may', ['VAR17'], { lowUpToG: 24 }),
  e('barley', /^barley\b/, 150, { fructans: M }, 'may', ['PEJCZ24']),
  e('oats-cooked', /^(cereals, )?oats?\b.*\b(cooked|prepared)\b/, 240, {}, 'is', ['BIES11', 'ITA25'], { limited: ['gos', 'fructans'] }),
  e('oats', /^(cereals, )?oats?\b|^oat bran\b|^oats, rolled\b/, 40, {}, 'is', ['BIES11', 'ITA25'], { limited: ['gos', 'fructans'] }),
  e('rice', /^rice\b(?!.*\b(bran|pudding|cake|with|mix)\b)|^wild rice\b|^rice noodles\b/, 150, {}, 'is', grains),
  e('quinoa', /^quinoa\b/, 150, {}, 'is', grains),
  e('millet', /^millet\b/, 150, {}, 'is', grains),
  e('buckwheat', /^buckwheat\b/, 150, {}, 'is', grains),
  e('polenta', /^cornmeal\b|^polenta\b|^corn grits\b/, 150, {}, 'is', grains),
  e('teff', /^teff\b/, 150, {}, 'is', grains),
  // Legumes (TUCK18, NTRO-LEG, VAR17)
  e('lentils-canned-rinsed', /^lentils, canned\b.*\brinsed\b/, 46, {}, 'is', ['TUCK18', 'NTRO-LEG'], { lowUpToG: 46, limited: ['gos'] }),
  e('lentils', /^lentils, (?!sprouted)/, 46, { gos: H }, 'is', ['TUCK18', 'NTRO-LEG']),
  e('chickpeas-canned-rinsed', /^chickpeas\b.*\bcanned\b.*\brinsed\b/, 42, {}, 'is', ['TUCK18', 'NTRO-LEG'], { lowUpToG: 42, limited: ['gos'] }),
  e('chickpeas-canned-drained', /^chickpeas\b.*\bcanned, drained solids\b/, 42, {}, 'may', ['TUCK18', 'NTRO-LEG'], { limited: ['gos'], lowUpToG: 42 }),
  e('chickpeas', /^chickpeas?\b|^hummus\b|^chickpea flour\b|^falafel\b/, 42, { gos: H }, 'is', ['TUCK18', 'NTRO-LEG']),
  e('haricot-kidney-baked', /^beans, (navy|kidney|baked)\b|^baked beans\b/, 90, { gos: H }, 'is', ['VAR17']),
  e('edamame', /^edamame\b|^soybeans, green\b/, 90, {}, 'is', ['NTRO-LEG'], { limited: ['gos'] }),
  e('silken-tofu', /\bsilken\b/, 170, { gos: H }, 'is', ['TUCK18', 'NTRO-TOFU']),
  e('soft-tofu', /^tofu, soft\b|premium soft tofu/, 170, { gos: H }, 'may', ['TUCK18', 'NTRO-TOFU']),
  e('firm-tofu', /^tofu, (firm|extra firm)\b|premium firm tofu/, 170, {}, 'is', ['TUCK18', 'NTRO-TOFU'], { limited: ['gos'] }),
  e('tofu', /^tofu\b(?!.*\b(fermented|fried|salted)\b)/, 170, {}, 'may', ['TUCK18', 'NTRO-TOFU'], { limited: ['gos'] }),
  e('tempeh', /^tempeh\b/, 100, {}, 'is', ['TUCK18'], { limited: ['gos'] }),
  e('soy-protein-milk', /^soymilk\b.*\bsoy protein\b|\bsoy protein (beverage|drink|milk)\b|^soy protein isolate\b/, 250, {}, 'is', ['TUCK18'], { limited: ['gos'] }),
  e('soy-milk', /^soymilk\b|^silk (plain|unsweetened|light plain|original)\b/, 250, { gos: H }, 'may', ['TUCK18']),
  e('soybeans', /^soybeans, mature\b/, 90, { gos: H }, 'may', ['ITA25', 'TUCK18']),
  e('other-pulses', /^beans, .*\bmature seeds\b|^(cowpeas|peas, split|pigeon ?peas|broadbeans|lima beans|hyacinth beans|mothbeans|mungo beans|mung beans|lupins|winged beans|yardlong beans|adzuki)\b.*\bmature seeds\b|^refried beans\b/, 90, { gos: H }, 'may', ['TUCK18'], { groups: ['16'] }),
  e('miso', /^miso\b/, 20, {}, 'may', ['NTRO-PRO'], { limited: ['fructans', 'gos'] }),
  // Nuts and seeds
  e('cashew-pistachio', /^nuts, (cashew|pistachio)|^(cashews?|pistachios?)\b/, 30, { gos: H, fructans: H }, 'is', ['GUTCHK']),
  e('almonds', /^nuts, almonds?\b|^almonds?\b/, 12, {}, 'is', nuts, { limited: ['gos'] }),
  e('low-nuts-seeds', /^nuts, (walnuts|macadamia|pecans)|^peanuts?\b|^peanut butter\b|^seeds, (pumpkin|squash|sunflower|flaxseed|chia)/, 30, {}, 'is', nuts, { limited: ['gos'] }),
  // Dairy: lactose is rated by the lactose rule; the other subgroups are absent (FAC20)
  e('plain-dairy', /^milk, (?!imitation|substitute|chocolate|human)|^kefir, plain\b|^yogurt, (plain|greek, plain)\b|^butter\b|^cheese, (cheddar|parmesan|swiss|feta|mozzarella|ricotta|cottage|cream|gruyere)\b/, 100, {}, 'is', ['FAC20']),
  // Fermented foods (MON-FF, NTRO-F, NTRO-K)
  e('red-cabbage-ferment', /^sauerkraut, red\b/, 75, {}, 'may', ['NTRO-F'], { limited: ['fructans'] }),
  e('sauerkraut', /^sauerkraut\b/, 75, { mannitol: H }, 'is', ['MON-FF']),
  e('kimchi', /^kimchi\b/, 75, {}, 'may', ['NTRO-F'], { limited: ['fructans'] }),
  e('kombucha', /^kombucha\b/, 180, {}, 'may', ['NTRO-K'], { lowUpToG: 180, limited: ['fructans'] }),
  // Polyols (YAO14: sugar-free gum 42 g sorbitol/100 g)
  e('sugarless-gum', /^chewing gum, sugarless\b|\bsugar-free gum\b/, 3, { sorbitol: H }, 'is', ['YAO14', 'GNG']),
]

interface CompositeTerm {
  readonly pattern: RegExp
  readonly ratings: Ratings
  readonly certainty: Certainty
  readonly source: readonly SourceKey[]
}

/** Names that contain an ingredient word without being that ingredient. */
const falseFriends =
  /\b(custard|sugar|rose|mammy|star|wood|love|bell|may)-?apples?\b|\bprickly pears?\b|\balligator pears?\b|\bbalsam-pear\b|\bwest indian cherry\b|\bcherry tomato(es)?\b|\bplum tomato(es)?\b|\bgarlic-infused\b|\binfused with garlic\b|\bonions?, young green, tops only\b|\bgreen (tops|parts)\b|\bwithout (added )?(inulin|fos)\b|\bjelly beans?\b|\bcoffee beans?\b|\bvanilla beans?\b|\bwatermelon seeds?\b|\bapricot kernels?\b/g

/** Ingredients that make a composite food FODMAP-rich (REFERENCE §2b, §2c). */
const compositeTerms: readonly CompositeTerm[] = [
  { pattern: /\b(inulin|chicory root|fructooligosaccharides?|oligofructose|fos)\b/, ratings: { fructans: H }, certainty: 'is', source: ['MON-LBL', 'GNG'] },
  { pattern: /\b(galactooligosaccharides?|gos)\b/, ratings: { gos: H }, certainty: 'is', source: ['MON-LBL', 'GNG'] },
  { pattern: /\bsorbitol\b|\bsugarless\b/, ratings: { sorbitol: H }, certainty: 'is', source: ['YAO14', 'GNG'] },
  { pattern: /\bmannitol\b/, ratings: { mannitol: H }, certainty: 'is', source: ['YAO14', 'GNG'] },
  // "Sugar-free" and "no sugar added" sweets are usually sweetened with polyols (REFERENCE §2b).
  { pattern: /\b(sugar[- ]free|no sugar added)\b/, ratings: { sorbitol: H }, certainty: 'may', source: ['YAO14', 'GNG'] },
  { pattern: /(?<![a-z-])(garlic|onions?|shallots?|leeks?|scallions?|chives and onion)(?![a-z])/, ratings: { fructans: H }, certainty: 'may', source: ['MUIR07', 'VAR17'] },
  { pattern: /(?<![a-z])(artichokes?|asparagus)(?![a-z])/, ratings: { fructans: H }, certainty: 'may', source: ['MUIR07', 'MUIR09'] },
  { pattern: /(?<![a-z-])(apples?|applesauce|pears?)(?![a-z])/, ratings: { 'excess-fructose': H, sorbitol: H }, certainty: 'may', source: ['VAR17', 'YAO14'] },
  { pattern: /(?<![a-z-])(mangos?|mangoes|honey|agave syrup|high[- ]fructose corn syrup|hfcs)(?![a-z])/, ratings: { 'excess-fructose': H }, certainty: 'may', source: ['MUIR09', 'YAO14'] },
  { pattern: /(?<![a-z-])watermelon(?![a-z])/, ratings: { fructans: H, 'excess-fructose': H, mannitol: H }, certainty: 'may', source: ['MUIR09'] },
  { pattern: /(?<![a-z-])(peach|peaches|nectarines?|plums?|apricots?|cherry|cherries|prunes?|blackberry|blackberries)(?![a-z])/, ratings: { sorbitol: H }, certainty: 'may', source: ['YAO14'] },
  { pattern: /(?<![a-z-])(dates|figs)(?![a-z])/, ratings: { fructans: H }, certainty: 'may', source: ['LIT-DS'] },
  { pattern: /(?<![a-z-])(mushrooms?|cauliflower)(?![a-z])/, ratings: { mannitol: H }, certainty: 'may', source: ['VAR17', 'YAO14'] },
  { pattern: /\b(kidney|navy|pinto|black|baked|refried|great northern|white|cannellini) beans?\b|\bbeans, (kidney|navy|pinto|black|baked|refried)\b|\b(lentils?|chickpeas?|garbanzo|hummus|falafel)\b/, ratings: { gos: H }, certainty: 'may', source: ['TUCK18', 'VAR17'] },
  { pattern: /\b(cashews?|pistachios?)\b/, ratings: { gos: H, fructans: H }, certainty: 'may', source: ['GUTCHK'] },
]

const order: Record<FodmapLevel, number> = { low: 0, moderate: 1, high: 2 }

/** The table entry rating this food, or null. */
export function fodmapEntryFor(food: Food): FodmapEntry | null {
  const t = foodText(food)
  return fodmapTable.find((entry) => (!entry.groups || entry.groups.includes(t.group)) && entry.pattern.test(t.lower)) ?? null
}

/** Wheat or rye named as an ingredient of a composite food: fructans as in wheat bread (VAR17, WHELAN11). */
function wheatTerm(food: Food, t: FoodText): CompositeTerm | null {
  if (glutenFreeLabel.test(t.lower) || /\bsoy sauce|tamari\b/.test(t.lower)) return null
  const g = glutenEvidence(food)
  if (!g || g.certainty !== 'is' || !g.cereals.some((c) => c === 'wheat' || c === 'rye')) return null
  return { pattern: /./, ratings: { fructans: H }, certainty: 'may', source: ['VAR17', 'WHELAN11'] }
}

interface Rated {
  level: FodmapLevel
  certainty: Certainty
  source: readonly SourceKey[]
  matched: string[]
}

function raise(into: Map<FodmapSubgroup, Rated>, ratings: Ratings, certainty: Certainty, source: readonly SourceKey[], matched: string) {
  for (const [subgroup, level] of Object.entries(ratings) as [FodmapSubgroup, FodmapLevel][]) {
    const current = into.get(subgroup)
    if (!current || order[level] > order[current.level] || (order[level] === order[current.level] && certainty === 'is' && current.certainty === 'may')) {
      into.set(subgroup, { level, certainty, source, matched: [matched] })
    }
  }
}

/** One finding per FODMAP subgroup for rated foods; none when neither the table nor an ingredient says anything. */
export function assessFodmap(food: Food): FodmapFinding[] {
  const t = foodText(food)
  const rated = new Map<FodmapSubgroup, Rated>()
  const entry = fodmapEntryFor(food)
  if (entry) {
    for (const subgroup of fodmapSubgroups) {
      rated.set(subgroup, { level: entry.ratings[subgroup] ?? 'low', certainty: entry.certainty, source: entry.source, matched: [`name:${entry.key}`] })
    }
  }
  const text = t.lower.replace(falseFriends, ' ')
  for (const term of compositeTerms) {
    const m = term.pattern.exec(text)
    if (m && !(entry && term.certainty === 'may')) raise(rated, term.ratings, term.certainty, term.source, `name:${m[0]}`)
  }
  const wheat = entry ? null : wheatTerm(food, t)
  if (wheat) raise(rated, wheat.ratings, wheat.certainty, wheat.source, 'name:wheat')
  return [...rated.entries()].map(([subject, r]) => ({
    rule: 'fodmap',
    kind: 'restriction',
    level: r.level,
    subject,
    certainty: r.certainty,
    numbers: entry ? { serveG: entry.serveG, ...(entry.lowUpToG !== undefined ? { lowUpToG: entry.lowUpToG } : {}) } : {},
    source: r.source,
    basis: 'name',
    matched: r.matched,
  }))
}
