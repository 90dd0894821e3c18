/**
 * The EU 14 allergens of Reg. 1169/2011 Annex II (REFERENCE §5: 1169-II, FARRP), by USDA group
 * and name rules. 'is' where the group or an unambiguous name says so; 'may' where the name only
 * suggests it (dishes that usually contain the allergen, sulphites in dried fruit and wine).
 */
import type { Allergen } from '../../profile/profile'
import type { Food } from '../types'
import { glutenEvidence } from './gluten'
import { foodText, hasBrand, meatAnalogue, nonMilkFormula, soyFormula, type FoodText } from './text'
import type { AllergenFinding, Certainty } from './types'

interface AllergenRule {
  readonly allergen: Allergen
  readonly pattern: RegExp
  readonly certainty: Certainty
}

/** Plant "milks", butters and creams that are not dairy, removed before the milk words are looked for. */
const notMilk =
  /\b(coconut|soy|soya|almond|rice|oat|cashew|hemp|nut|peanut|sesame|sunflower|cocoa|apple|shea|seed)[ -]?(milk|butter|cream|spread)s?\b|\bsoymilk\b|\bmilkfish\b|\bbutter ?(beans?|nut|head|bur|fly)\b|\bbutternut\b|\bbutterhead\b|\bbutterbur\b|\bcream of (tartar|wheat|rice)\b|\bcream soda\b|\bice cream cones?\b|\bmilk thistle\b|\bnon-?dairy\b|\bmeatless\b|\bwithout (milk|cheese|butter)\b|\bmilk-fat free\b|\bmilk substitute\b|\bcream style\b|\bbread[- ]and[- ]butter pickles?\b|\bgrated meat\b|\b(?:for|basis for) [a-z ,]*(?:ice creams?|whipped toppings?|coffee whiteners?)(?: coatings?)?\b|\b(soy|tofu|coconut|almond|oat|cashew) yogurts?\b/g
const notEgg = /\b(?:for|basis for) [a-z ,]*ice creams?(?: coatings?)?\b|^fish, [a-z ]+, eggs\b|\bfish eggs\b|\bsalmon eggs\b|\bmayonnaise, made with tofu\b|\beggplants?\b|\begg substitute, .*\bpowder\b|\beggless\b|\bwithout egg\b|\begg-free\b/g
const notFish = /\bfish sticks, meatless\b|\bmeatless\b|\bcatfish\b(?=.*\bimitation)/g
const notShellfish = /\boyster (mushrooms?|crackers?|plant)\b|^mushrooms?, oyster\b|\bcrabapples?\b|\bcrab ?grass\b|\(includes oyster\b|\bvegetable oyster\b|\bsquash, summer, scallop\b|\bscallop squash\b|\bsalsify\b/g
const notTreeNut = /\b(nutmeg|butternut|coconut|chestnut|water ?chestnut|pine ?nuts?|pinon nuts?|peanuts?|doughnuts?|donuts?|nutrition(al)?|ginkgo|hickory|beechnut|mouse nuts|nut-free|breadnut)\b/g
const notCelery = /\bceleriac greens\b/g

/** "Without peanuts", "no milk", "egg-free": what a name says is absent is not looked for. */
const negated = /\b(?:without|no|free of) (?:added )?[a-z]+(?: (?:and|or) [a-z]+)?\b|\b[a-z]+-free\b/g

/** Infant formulas made from cow's milk: all but soy-based and amino-acid formulas (REFERENCE §5). */
const isMilkFormula = (lower: string) => /^infant formula\b/.test(lower) && !nonMilkFormula.test(lower)

/** Pass 1: name rules. Checked on the lower-case name after removing the false friends above. */
const nameRules: readonly AllergenRule[] = [
  { allergen: 'milk', pattern: /\b(dairy|butterscotch|milk|milks|cheese|cheeses|cheeseburgers?|cream|creamed|butter|buttermilk|whey|casein|caseinate|lactose|yogurts?|kefir|ghee|custard|eggnog|ice creams?|frozen yogurts?|au gratin|alfredo|mozzarella|parmesan|ricotta|cheddar|quark|skyr|paneer)\b/, certainty: 'is' },
  { allergen: 'milk', pattern: /\b(chocolate|pudding|puddings|pancakes?|waffles?|biscuits?|cakes?|cookies?|muffins?|croissants?|pizza|quiche|souffle|creamers?|whiteners?|cream substitute|dessert topping|whipped topping|caramel|toffee|fudge|nougat|cappuccino|latte|mocha|breaded|battered|batter|hotcakes?|tenders|nuggets?|fish sticks|fish fingers|(?:mozzarella|cheese) sticks|frybread|fry bread|crab ?cakes?|fish ?cakes?|spaghettios?|ravioli|tortellini|lasagna|pralines?)\b|\bcoffee\b.*\bflavou?r/, certainty: 'may' },
  // Meat analogues are often bound with egg white and cheese or milk.
  { allergen: 'milk', pattern: meatAnalogue, certainty: 'may' },
  { allergen: 'eggs', pattern: meatAnalogue, certainty: 'may' },
  { allergen: 'eggs', pattern: /\b(eggs?|egg white|egg yolk|mayonnaise|meringue|eggnog|french toast|quiche|souffle|hollandaise|bearnaise|egg noodles|noodles, egg)\b/, certainty: 'is' },
  { allergen: 'eggs', pattern: /\b(custard|cakes?|cookies?|muffins?|pancakes?|hotcakes?|waffles?|crepes?|brioche|challah|doughnuts?|caesar|lasagna|ravioli|tortellini|fettuc+in[ei]|ice creams?|crusts?|noodle soups?|chicken noodle|with noodles|mayonnaise-like|mayonnaise-type|pasta, fresh|egg rolls?|batter|battered|breaded|tenders|nuggets?|fish sticks|fish fingers|(?:mozzarella|cheese) sticks|crab ?cakes?|fish ?cakes?|meatballs?|meatloaf)\b/, certainty: 'may' },
  { allergen: 'fish', pattern: /\b(fish|anchov(y|ies)|salmon|tuna|cod|haddock|halibut|herring|mackerel|sardines?|trout|tilapia|pollock|surimi|roe|caviar|lox|pike|perch|carp|catfish|flounder|sole|snapper|swordfish|bass|eel|whitefish|whiting|smelt|sturgeon|mullet|pompano|grouper|mahimahi|roughy|ling|cusk|burbot|bluefish|shad|sablefish|pilchards?|sprats?|kippers?)\b/, certainty: 'is' },
  { allergen: 'fish', pattern: /\b(worcestershire|caesar|paella|bouillabaisse|sushi)\b/, certainty: 'may' },
  // Traditional kimchi is seasoned with fish sauce and salted shrimp (REFERENCE §4, KIMCHI); a vegan-labelled one is not.
  { allergen: 'fish', pattern: /\bkimchee?\b|\bkimchi\b(?!.*\bvegan\b)/, certainty: 'may' },
  { allergen: 'crustaceans', pattern: /\bkimchee?\b|\bkimchi\b(?!.*\bvegan\b)/, certainty: 'may' },
  { allergen: 'crustaceans', pattern: /\b(crustaceans|shrimps?|prawns?|crabs?|lobsters?|crayfish|crawfish|langoustines?|krill|scampi)\b/, certainty: 'is' },
  { allergen: 'molluscs', pattern: /\b(mollusks|molluscs|clams?|mussels?|oysters?|scallops?|squid|calamari|octopus|snails?|escargots?|abalone|whelks?|conch|cuttlefish|cockles?|chiton)\b/, certainty: 'is' },
  { allergen: 'tree-nuts', pattern: /\b(almonds?|hazelnuts?|filberts?|walnuts?|cashews?|pecans?|brazil ?nuts?|brazilnuts?|pistachios?|macadamias?|queensland nuts?|marzipan|praline|nuts, mixed|mixed nuts)\b/, certainty: 'is' },
  { allergen: 'tree-nuts', pattern: /\b(nuts?|nougat|pesto|baklava|gianduja|nutella)\b/, certainty: 'may' },
  { allergen: 'peanuts', pattern: /\b(peanuts?|groundnuts?|arachis|reese's|nutter butter)\b/, certainty: 'is' },
  { allergen: 'soybeans', pattern: /\b(soy|soya|soybeans?|soymilk|tofu|tempeh|miso|edamame|natto|okara|yuba|silk|vitasoy|mori-nu|soyburgers?|textured vegetable protein|soy protein|meat extender)\b/, certainty: 'is' },
  // Tuna canned in water or oil is often packed with a vegetable broth made with soy.
  { allergen: 'soybeans', pattern: /^fish, tuna, .*\bcanned\b/, certainty: 'may' },
  { allergen: 'soybeans', pattern: /\b(lecithin|meatless|veggie|vegetarian|gardenburger|morningstar|worthington|loma linda|teriyaki|hoisin)\b/, certainty: 'may' },
  { allergen: 'sesame', pattern: /\b(sesame|tahini|benne)\b/, certainty: 'is' },
  // KASHI cereals are built on its "seven whole grains and sesame" blend.
  { allergen: 'sesame', pattern: /\b(hummus|halvah?|halva|fuyu|fermented bean curd|kashi)\b/, certainty: 'may' },
  // Nuts roasted in oil: often peanut oil.
  { allergen: 'peanuts', pattern: /^nuts, (?!.*\bpeanuts?\b).*\boil roasted\b/, certainty: 'may' },
  { allergen: 'mustard', pattern: /(?<!cabbage, )\bmustard\b(?! (greens|spinach))|\bdijon\b/, certainty: 'is' },
  { allergen: 'mustard', pattern: /\b(mustard greens|mustard spinach|cabbage, mustard|mayonnaise|salad dressing|curry powder|chowchow|piccalilli|bread and butter pickles?|crab ?cakes?)\b/, certainty: 'may' },
  { allergen: 'celery', pattern: /\b(celery|celeriac)\b/, certainty: 'is' },
  { allergen: 'celery', pattern: /\bv8\b(?! splash)|\b(vegetable juice|bouillon|stock|broth|mirepoix|bread and butter pickles?|crab ?cakes?)\b/, certainty: 'may' },
  { allergen: 'lupin', pattern: /\b(lupins?|lupines?|lupini)\b/, certainty: 'is' },
  { allergen: 'sulphites', pattern: /\b(sulfured|sulphured|sulfites?|sulphites?|sulfur dioxide)\b/, certainty: 'is' },
  { allergen: 'sulphites', pattern: /\b(wine|wines|champagne|cider|beer|maraschino|molasses|grape juice|raisins, golden|vinegar, (red|white) wine)\b|\b(apricots?|peach(es)?|pears?|apples?|figs?|dates|prunes|plums|fruit|mangos?|bananas?|cranberries|currants|papayas?|pineapple|coconut)\b.*\b(dried|dehydrated|dry)\b|\bpotato(es)?\b.*\b(dehydrated|flakes|granules)\b|\b(lemon|lime) juice\b.*\bbottled\b/, certainty: 'may' },
]

interface Hit {
  certainty: Certainty
  matched: string
  basis: 'group' | 'name'
}

/** Group rules: dairy (01) is milk except eggs; fish and shellfish (15) by head. */
function groupHits(t: FoodText, add: (a: Allergen, h: Hit) => void) {
  if (t.group === '01') {
    const isEgg = /^(eggs?|egg substitute|egg,)/.test(t.lower)
    const nonDairy = /\b(imitation|substitute|non-?dairy|dessert topping|whipped topping)\b/.test(t.lower)
    if (isEgg) add('eggs', { certainty: 'is', matched: 'group:01', basis: 'group' })
    else add('milk', { certainty: nonDairy ? 'may' : 'is', matched: 'group:01', basis: 'group' })
  }
  if (t.group === '15') {
    if (/^crustaceans\b/.test(t.head)) add('crustaceans', { certainty: 'is', matched: 'group:15', basis: 'group' })
    else if (/^mollusks\b/.test(t.head)) add('molluscs', { certainty: 'is', matched: 'group:15', basis: 'group' })
    else if (!/^(frog|turtle|jellyfish)\b/.test(t.head)) add('fish', { certainty: 'is', matched: 'group:15', basis: 'group' })
  }
  if (t.group === '12' && /^nuts, (almonds?|hazelnuts|filberts|walnuts|cashew|pecans|brazilnuts|pistachio|macadamia|mixed)/.test(t.lower)) {
    add('tree-nuts', { certainty: 'is', matched: 'group:12', basis: 'group' })
  }
}

/**
 * Composite signals: dishes, bakery, bars and processed meats are often made with allergens their
 * names don't mention, so an allergen common in that kind of product is 'may' unless the name
 * rules it out ("without milk", "gluten-free", "vegan").
 */
function compositeHits(t: FoodText, add: (a: Allergen, h: Hit) => void) {
  const may = (allergen: Allergen, why: string) => add(allergen, { certainty: 'may', matched: `composite:${why}`, basis: 'group' })
  const entree = ['21', '22', '36'].includes(t.group) || /\b(frozen (?:dinner|entree|meal)|entrees?|casseroles?|pot pies?)\b/.test(t.lower)
  const bakery = t.group === '18' && !/^(leavening agents|yeast)\b/.test(t.lower) || (t.group === '35' && /\bbread\b/.test(t.lower) && !/\bcorn\b/.test(t.lower))
  const bar = /\b(bars?|granola|muesli)\b/.test(t.lower) && ['08', '19', '25'].includes(t.group)
  if (entree) for (const a of ['milk', 'eggs', 'soybeans'] as const) may(a, 'dish')
  const soupOrSauce = t.group === '06' && !/^(soup, stock|sauce, fish|fish sauce|soy sauce)\b/.test(t.lower)
  if (soupOrSauce && /\b(soups?|chowders?|stews?|bisques?|broth|bouillon)\b/.test(t.lower)) for (const a of ['milk', 'celery'] as const) may(a, 'soup')
  if (/\b(chowders?|bisques?|cream of)\b/.test(t.lower)) may('milk', 'soup')
  if (/\bbarbe?cue sauce\b/.test(t.lower)) for (const a of ['fish', 'mustard'] as const) may(a, 'barbecue-sauce')
  if (/^margarine|\bvegetable oil spread\b|^spreads?, /.test(t.lower)) for (const a of ['milk', 'soybeans'] as const) may(a, 'spread')
  if (/\bsalad dressing\b.*\b(blue|roquefort|buttermilk|ranch|caesar|creamy|thousand island|mayonnaise)\b|\bdressing, .*\b(blue cheese|buttermilk|ranch|creamy)\b/.test(t.lower)) may('eggs', 'dressing')
  if (entree && /\b(pot pies?|stuffing|dressing|egg rolls?|gravy)\b/.test(t.lower)) may('celery', 'dish')
  if (entree && /\b(egg rolls?|chow mein|lo mein|stir[- ]fr(?:y|ied)|teriyaki|sesame)\b/.test(t.lower)) may('sesame', 'dish')
  if (/\b(hamburgers?|cheeseburgers?|burgers?|sandwich(?:es)?|buns?)\b/.test(t.lower) && entree) may('sesame', 'bun')
  if (/\b(hamburgers?|cheeseburgers?)\b/.test(t.lower) && entree) may('mustard', 'condiments')
  if (bakery) for (const a of ['milk', 'eggs', 'soybeans'] as const) may(a, 'bakery')
  if (/\b(cookies?|cakes?|brownies?|muffins?|pastr(?:y|ies)|danish|coffeecakes?|sweet rolls?)\b/.test(t.lower) && ['18', '21', '22', '25', '36'].includes(t.group)) may('tree-nuts', 'bakery')
  if (/\bwith (?:pasta|vermicelli|seasoning)\b|\b(?:rice|pasta|noodle) mix\b|\bpilaf\b/.test(t.lower)) may('milk', 'mix')
  const cereal = t.group === '08' && (/^cereals ready-to-eat\b/.test(t.lower) || hasBrand(t.name) || /\b(instant|flavou?r|vanilla|cinnamon|maple|nutrition)\b/.test(t.lower))
  if (bar || cereal) for (const a of ['milk', 'soybeans'] as const) may(a, 'bar-cereal')
  if (/\b(chocolate|coated|coating|covered|confectioners)\b/.test(t.lower) && ['19', '25', '18', '08'].includes(t.group)) may('soybeans', 'coating')
  if (/\bprotein-fortified\b|\bhigh[- ]protein\b/.test(t.lower)) for (const a of ['milk', 'soybeans'] as const) may(a, 'protein')
  if (/\bmashed\b/.test(t.lower) || /\bpopcorn\b.*\b(microwave|butter)\b|\bmicrowave\b.*\bpopcorn\b/.test(t.lower)) may('milk', 'butter')
  if (/\bbread, gluten-free\b|\bgluten-free bread\b/.test(t.lower)) for (const a of ['milk', 'eggs'] as const) may(a, 'gluten-free-bread')
}

/** The allergen findings for a food, one per allergen, strongest certainty kept. */
export function assessAllergens(food: Food): AllergenFinding[] {
  const t = foodText(food)
  const hits = new Map<Allergen, Hit>()
  const add = (allergen: Allergen, hit: Hit) => {
    const current = hits.get(allergen)
    if (!current || (current.certainty === 'may' && hit.certainty === 'is')) hits.set(allergen, hit)
  }
  groupHits(t, add)
  compositeHits(t, add)
  if (isMilkFormula(t.lower)) add('milk', { certainty: 'is', matched: 'name:infant formula', basis: 'name' })
  if (soyFormula.test(t.lower)) add('soybeans', { certainty: 'is', matched: 'name:soy formula', basis: 'name' })
  const lower = t.lower.replace(negated, ' ')
  const texts: Partial<Record<Allergen, string>> = {
    // "Nuts, coconut" and "Nuts, chestnuts" are not EU tree nuts; the group rule handles the ones that are.
    milk: lower.replace(notMilk, ' '),
    eggs: lower.replace(notEgg, ' '),
    fish: lower.replace(notFish, ' '),
    crustaceans: lower.replace(notShellfish, ' '),
    molluscs: lower.replace(notShellfish, ' '),
    'tree-nuts': lower.replace(/^nuts, /, '').replace(notTreeNut, ' '),
    celery: lower.replace(notCelery, ' '),
    peanuts: /\b(without|no|free of) peanuts?\b|\bpeanut-free\b/.test(t.lower) ? '' : lower,
    // Fully refined soybean oil and fat are exempt from the soy allergen (1169-II, point 6).
    soybeans: /^oil, (?:industrial, )?soy(?:bean)?\b/.test(t.lower) ? '' : lower,
  }
  for (const rule of nameRules) {
    const m = rule.pattern.exec(texts[rule.allergen] ?? lower)
    if (m) add(rule.allergen, { certainty: rule.certainty, matched: `name:${m[0]}`, basis: 'name' })
  }
  const milk = hits.get('milk')
  if (milk?.certainty === 'is' && milk.basis === 'name' && !/\b(casein|caseinate|whey|lactose|infant formula)\b/.test(`${milk.matched} ${lower}`) && /\b(imitation|substitute|non-?dairy|vegan)\b/.test(t.lower)) hits.set('milk', { ...milk, certainty: 'may' })
  const gluten = glutenEvidence(food)
  if (gluten) {
    for (const named of gluten.namedCereals) add('gluten-cereals', { certainty: named.certainty, matched: `name:${named.term}`, basis: 'name' })
    if (gluten.cereals.length) add('gluten-cereals', { certainty: gluten.certainty, matched: gluten.matched[0] ?? 'name:', basis: 'name' })
  }
  return [...hits.entries()].map(([subject, hit]) => ({
    rule: 'allergen',
    kind: 'restriction',
    level: 'contains',
    subject,
    certainty: hit.certainty,
    numbers: {},
    source: ['1169-II', 'FARRP'],
    basis: hit.basis,
    matched: [hit.matched],
  }))
}
