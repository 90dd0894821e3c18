/**
 * What kind of food a name describes, where that alone settles what it contains: a plain, single
 * food (a vegetable, a cut of meat, an oil, a spice, water) rather than a dish or a product made
 * from several ingredients. The knowledge layer uses it to call a food *known* free of gluten,
 * lactose, FODMAPs or animal ingredients; a food of no plain kind stays *unknown* for each of them
 * unless a rule finds what it contains.
 *
 * Kinds are decided by the USDA group and the head of the name ("Oil, olive" is an oil; "Spices,
 * curry powder" is a blend), and any sign of mixing, coating or filling makes a food composite.
 */
import { meatGroups, plantGroups } from '../groups'
import type { Food, FoodKind } from '../types'
import { foodText, hasBrand, type FoodText } from './text'

export type { FoodKind }

/** Words that mean several ingredients were combined, or a coating or filling added. */
const mixed =
  /\b(breaded|batter|battered|crumbs?|stuff(?:ed|ing)|rotisserie|mustard, prepared|prepared mustard|gravy|sauces?|soups?(?! mature)|stew|pies?|cakes?|breads?|dumplings?|mix|mixes|seasoned|marinated|candied|babyfood|infant|dinner|entrees?|sandwich(?:es)?|salads?|spreads?|puddings?|desserts?|drinks?|beverages?|imitation|substitute|meatless|patty|patties|sausages?|luncheon|loaf|nuggets?|sticks|french fried|deep-fried|puffs|hash brown|au gratin|scalloped|pancakes?|souffle|casserole|coated|fillings?|kimchi|chips|crisps|snacks?|bars?|instant|flavou?red|textured|products?|cocktail|curry powder|chili powder|pie spice|spice blend|garam masala|five spice|with (?!(?:skin|bone|salt|water|peel|seeds|pods|added|refuse|calcium|magnesium|vitamin|iron|sodium|ascorbic|nigari)\b)|in (?:gravy|cream|butter|cheese|batter)|prepared from recipe|home recipe|ready-to-(?:eat|serve|heat)|frozen dinners?|chili|hummus|falafel|refried|baked beans|beans, baked|glazed|honey roasted|dry roasted, with|blend|seasoning|dressing|mayonnaise|ketchup|relish|pickle|jams?|jelly|marmalade|pie filling|frosting|icing|fudge|toppings?|creamed)\b/

/** Plant foods whose names carry a "mixed" word that does not mean mixing. */
const plainPlantPhrases =
  /\b(soup company|\(alaska native\)|\([a-z ]*indians?\)|by-products|with natural juices|natural juices|pan-fried|salad or cooking|salad and cooking|cooking and salad|for salads?|peppers, hot chili|chili peppers?|hot chili|chili, (?:red|green)|black turtle soup|turtle soup|soup, mature seeds|dry mix(?=.*\bmature seeds\b)|drained solids|solids and liquids?|canned, (?:drained|no salt|regular pack)|frozen, (?:unprepared|prepared)|sweet potato|sweetened(?= with)|sprouted)\b/g

/** Fats and oils of one origin. */
const plainFat = /^(oil, (?!.*\b(blend|spray)\b)|oils?, |fat, (beef|chicken|mutton|duck|goose|turkey)|lard$|lard\b|tallow|suet|ghee|butter oil|shortening, (?:vegetable|animal)|vegetable oil)/
/** Water, salt, plain leavening agents, vinegar. */
const waterSalt = /^(water\b(?!.*\b(flavou?red|with)\b)|salt, table|salt\b|leavening agents|vinegar, (?!malt)|baking soda|cream of tartar)/
const sweetener = /^(sugars?, (?:granulated|brown|powdered|maple)|sugar\b|syrups?, (?:maple|corn|cane|sorghum|malt)|molasses|honey\b|agave|dextrose|fructose|glucose)/
/** Plain milk, cream, yogurt, cheese and butter (group 01); eggs apart. */
const plainDairy = /^(milk, (?!.*\b(chocolate|strawberry|flavored|malted|imitation|substitute|shake|dessert)\b)|cream, (?!.*\b(substitute|imitation|topping)\b)|half and half\b|butter, (?!.*\b(replacement|whipped, with)\b)|butter$|yogurt, (?:plain|greek, plain)|kefir, plain|cheese, (?!.*\b(food|spread|product|sauce|substitute|imitation|pasteurized process|with)\b)|sour cream(?!, imitation)|buttermilk)/
const plainEgg = /^eggs?, (?!.*\b(substitute|imitation|salad|mix)\b)|^egg, (?:whole|white|yolk)\b/
/** Group 08, 14, 19, 25, 18 foods that are one plant ingredient. */
const plainPlantElsewhere =
  /^(cereals, (?:oats|corn grits|hominy|farina|wheat, ?cream of|whole wheat hot|quinoa|rice, white|rice, brown|buckwheat|millet)\b(?!.*\b(instant|flavored|sweetened|with|fortified, with)\b)|oats\b|oat bran\b|cocoa, dry powder(?!.*\b(with|mix|sweetened)\b)|chocolate, dark, \d|tea, (?:brewed|green|black|herb|instant, unsweetened)|coffee, (?:brewed|instant, regular|instant, decaf)|snacks, popcorn, air-popped|snacks, rice cakes, .*\bplain\b|[a-z]+ juice\b(?!.*\b(drink|cocktail|blend|with)\b)|juice, (?!.*\b(drink|cocktail|blend)\b))/

/**
 * Drinks of plant ingredients, water and sugar (juices, soft and sports drinks, tea, coffee, wine,
 * spirits): anything with milk, cream, malt, egg or a creamer is not one.
 */
const plainDrink = /^(?!.*\b(milk|cream|creamer|whitener|eggnog|malt|malted|beer|ale|lager|stout|shakes?|smoothies?|cocoa|chocolate|protein|whey|yogurt|kefir|cappuccino|latte|mocha|meal replacement|nutritional|formula|honey|daiquiri|margarita|pina colada|cocktails?|cooler|liqueurs?|mixers?|flavou?r(?:ed)?(?=.*\bcoffee\b))\b)(?!coffee\b.*\bflavou?r)/

/** Condiments of plant ingredients, salt and vinegar only. */
const plainCondiment = /^(soy sauce made from soy|soy sauce, .*\btamari\b|tamari|vinegar|capers|horseradish, prepared|tomato products, canned, (?:paste|puree)|olives|pickles, cucumber, (?:dill|sour|kosher))\b(?!.*\b(with|sweet|relish)\b)/

function isMixed(t: FoodText): boolean {
  if (plainCondiment.test(t.lower)) return false
  let text = t.lower.replace(plainPlantPhrases, ' ')
  if (t.group === '14') text = text.replace(/\b(drinks?|beverages?|flavou?red|instant|powder|mix|with (?:sugar|corn syrup|low calorie sweetener|added))\b/g, ' ')
  return mixed.test(text)
}

const cache = new WeakMap<Food, FoodKind>()

/** The kind of a food (memoised per food object). Own foods and branded products are composite unless their group is plain. */
export function foodKind(food: Food): FoodKind {
  let kind = cache.get(food)
  if (!kind) {
    kind = findKind(food)
    cache.set(food, kind)
  }
  return kind
}

function findKind(food: Food): FoodKind {
  const t = foodText(food)
  if (food.provenance) return food.provenance.kind
  if (food.declared !== undefined) return 'composite'
  if (t.group === '14') return plainDrink.test(t.lower) && !isMixed(t) ? 'plant' : 'composite'
  // A brand marks a product of several ingredients, except on plain meat and fish.
  if (hasBrand(t.name) && !((meatGroups.has(t.group) || t.group === '15') && !isMixed(t))) return 'composite'
  if (waterSalt.test(t.lower)) return 'water-salt'
  if (isMixed(t)) return 'composite'
  if (t.group === '04') return plainFat.test(t.lower) ? 'fat' : 'composite'
  if (t.group === '01') return plainEgg.test(t.lower) ? 'egg' : plainDairy.test(t.lower) ? 'dairy' : 'composite'
  if (t.group === '19' && sweetener.test(t.lower)) return 'sweetener'
  if (plantGroups.has(t.group)) return 'plant'
  if (meatGroups.has(t.group) && t.group !== '07') return 'animal'
  if (t.group === '15') return 'animal'
  if (['08', '14', '18', '19', '25'].includes(t.group) && plainPlantElsewhere.test(t.lower)) return 'plant'
  if (t.group === '35') {
    if (/^(fish|salmon|whitefish|smelt|sheefish|char|cod|herring|seal|whale|walrus|caribou|moose|deer|elk|bison|buffalo|oopah|sea cucumber|octopus|clams?|mussels?|duck|goose|ptarmigan|squirrel|beaver|muskrat|bear|rabbit|owl|steelhead trout)\b/.test(t.lower)) return 'animal'
    if (/^(acorns?|agave|arrowhead|berries|blackberries|blueberries|chokecherries|cloudberries|cranberries|huckleberries|lambsquarters|plums|prickly pears?|raspberries|rose hips|stinging nettles|willow|cattail|chiles?|fireweed|fiddlehead|sourdock|mashu|mesquite|corn|hominy|wocas|salmonberries|roots?|seaweed|kelp|tea)\b/.test(t.lower)) return 'plant'
  }
  return 'composite'
}
