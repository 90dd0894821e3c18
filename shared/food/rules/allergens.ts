/**
 * The EU 14 allergens of Reg. 1169/2011 Annex II (REFERENCE §5: 1169-II, FARRP), by USDA group
 * and name rules. 'is' where the group or an unambiguous name says so; 'may' where the name only
 * suggests it (dishes that usually contain the allergen, sulphites in dried fruit and wine).
 */
import type { Allergen } from '../../profile/profile'
import type { Food } from '../types'
import { glutenEvidence } from './gluten'
import { foodText, type FoodText } from './text'
import type { AllergenFinding, Certainty } from './types'

interface AllergenRule {
  readonly allergen: Allergen
  readonly pattern: RegExp
  readonly certainty: Certainty
}

/** Plant "milks", butters and creams that are not dairy, removed before the milk words are looked for. */
const notMilk =
  /\b(coconut|soy|soya|almond|rice|oat|cashew|hemp|nut|peanut|sesame|sunflower|cocoa|apple|shea|seed)[ -]?(milk|butter|cream|spread)s?\b|\bsoymilk\b|\bmilkfish\b|\bbutter ?(beans?|nut|head|bur|fly)\b|\bbutternut\b|\bbutterhead\b|\bbutterbur\b|\bcream of (tartar|wheat|rice)\b|\bcream soda\b|\bice cream cones?\b|\bmilk thistle\b|\bnon-?dairy\b|\bmeatless\b|\bwithout (milk|cheese|butter)\b|\bmilk-fat free\b|\bmilk substitute\b|\bcream style\b|\b(soy|tofu|coconut|almond|oat|cashew) yogurts?\b/g
const notEgg = /\bmayonnaise, made with tofu\b|\beggplants?\b|\begg substitute, .*\bpowder\b|\beggless\b|\bwithout egg\b|\begg-free\b/g
const notFish = /\bfish sticks, meatless\b|\bmeatless\b|\bcatfish\b(?=.*\bimitation)/g
const notShellfish = /\boyster (mushrooms?|crackers?|plant)\b|^mushrooms?, oyster\b|\bcrabapples?\b|\bcrab ?grass\b/g
const notTreeNut = /\b(nutmeg|butternut|coconut|chestnut|water ?chestnut|pine ?nuts?|pinon nuts?|peanuts?|doughnuts?|donuts?|nutrition(al)?|ginkgo|hickory|beechnut|mouse nuts|nut-free|breadnut)\b/g
const notCelery = /\bceleriac greens\b/g

/** Pass 1: name rules. Checked on the lower-case name after removing the false friends above. */
const nameRules: readonly AllergenRule[] = [
  { allergen: 'milk', pattern: /\b(milk|milks|cheese|cheeses|cheeseburgers?|cream|creamed|butter|buttermilk|whey|casein|caseinate|lactose|yogurts?|kefir|ghee|custard|eggnog|ice creams?|frozen yogurts?|au gratin|alfredo|mozzarella|parmesan|ricotta|cheddar|quark|skyr|paneer)\b/, certainty: 'is' },
  { allergen: 'milk', pattern: /\b(chocolate|pudding|puddings|pancakes?|waffles?|biscuits?|cakes?|cookies?|muffins?|croissants?|pizza|quiche|souffle|creamer|cream substitute|dessert topping|whipped topping|caramel|toffee|fudge|nougat)\b/, certainty: 'may' },
  { allergen: 'eggs', pattern: /\b(eggs?|egg white|egg yolk|mayonnaise|meringue|eggnog|french toast|quiche|souffle|hollandaise|bearnaise|egg noodles|noodles, egg)\b/, certainty: 'is' },
  { allergen: 'eggs', pattern: /\b(custard|cakes?|cookies?|muffins?|pancakes?|waffles?|crepes?|brioche|challah|doughnuts?|caesar|mayonnaise-like|mayonnaise-type|pasta, fresh|egg rolls?|batter|battered|breaded|meatballs?|meatloaf)\b/, certainty: 'may' },
  { allergen: 'fish', pattern: /\b(fish|anchov(y|ies)|salmon|tuna|cod|haddock|halibut|herring|mackerel|sardines?|trout|tilapia|pollock|surimi|roe|caviar|lox|pike|perch|carp|catfish|flounder|sole|snapper|swordfish|bass|eel|whitefish|whiting|smelt|sturgeon|mullet|pompano|grouper|mahimahi|roughy|ling|cusk|burbot|bluefish|shad|sablefish|pilchards?|sprats?|kippers?)\b/, certainty: 'is' },
  { allergen: 'fish', pattern: /\b(worcestershire|caesar|paella|bouillabaisse|sushi)\b/, certainty: 'may' },
  { allergen: 'crustaceans', pattern: /\b(crustaceans|shrimps?|prawns?|crabs?|lobsters?|crayfish|crawfish|langoustines?|krill|scampi)\b/, certainty: 'is' },
  { allergen: 'molluscs', pattern: /\b(mollusks|molluscs|clams?|mussels?|oysters?|scallops?|squid|calamari|octopus|snails?|escargots?|abalone|whelks?|conch|cuttlefish|cockles?|chiton)\b/, certainty: 'is' },
  { allergen: 'tree-nuts', pattern: /\b(almonds?|hazelnuts?|filberts?|walnuts?|cashews?|pecans?|brazil ?nuts?|brazilnuts?|pistachios?|macadamias?|queensland nuts?|marzipan|praline|nuts, mixed|mixed nuts)\b/, certainty: 'is' },
  { allergen: 'tree-nuts', pattern: /\b(nuts?|nougat|pesto|baklava|gianduja|nutella)\b/, certainty: 'may' },
  { allergen: 'peanuts', pattern: /\b(peanuts?|groundnuts?|arachis|reese's|nutter butter)\b/, certainty: 'is' },
  { allergen: 'soybeans', pattern: /\b(soy|soya|soybeans?|soymilk|tofu|tempeh|miso|edamame|natto|okara|yuba|silk|vitasoy|mori-nu|soyburgers?|textured vegetable protein|soy protein)\b/, certainty: 'is' },
  { allergen: 'soybeans', pattern: /\b(lecithin|meatless|veggie|vegetarian|gardenburger|morningstar|worthington|loma linda|teriyaki|hoisin)\b/, certainty: 'may' },
  { allergen: 'sesame', pattern: /\b(sesame|tahini|benne)\b/, certainty: 'is' },
  { allergen: 'sesame', pattern: /\b(hummus|halvah?|halva)\b/, certainty: 'may' },
  { allergen: 'mustard', pattern: /(?<!cabbage, )\bmustard\b(?! (greens|spinach))|\bdijon\b/, certainty: 'is' },
  { allergen: 'mustard', pattern: /\b(mustard greens|mustard spinach|cabbage, mustard|mayonnaise|salad dressing|curry powder|chowchow|piccalilli)\b/, certainty: 'may' },
  { allergen: 'celery', pattern: /\b(celery|celeriac)\b/, certainty: 'is' },
  { allergen: 'celery', pattern: /\b(v8|vegetable juice|bouillon|stock|broth|mirepoix)\b/, certainty: 'may' },
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

/** The allergen findings for a food, one per allergen, strongest certainty kept. */
export function assessAllergens(food: Food): AllergenFinding[] {
  const t = foodText(food)
  const hits = new Map<Allergen, Hit>()
  const add = (allergen: Allergen, hit: Hit) => {
    const current = hits.get(allergen)
    if (!current || (current.certainty === 'may' && hit.certainty === 'is')) hits.set(allergen, hit)
  }
  groupHits(t, add)
  const texts: Partial<Record<Allergen, string>> = {
    // "Nuts, coconut" and "Nuts, chestnuts" are not EU tree nuts; the group rule handles the ones that are.
    milk: t.lower.replace(notMilk, ' '),
    eggs: t.lower.replace(notEgg, ' '),
    fish: t.lower.replace(notFish, ' '),
    crustaceans: t.lower.replace(notShellfish, ' '),
    molluscs: t.lower.replace(notShellfish, ' '),
    'tree-nuts': t.lower.replace(/^nuts, /, '').replace(notTreeNut, ' '),
    celery: t.lower.replace(notCelery, ' '),
  }
  for (const rule of nameRules) {
    const m = rule.pattern.exec(texts[rule.allergen] ?? t.lower)
    if (m) add(rule.allergen, { certainty: rule.certainty, matched: `name:${m[0]}`, basis: 'name' })
  }
  const milk = hits.get('milk')
  if (milk?.certainty === 'is' && milk.basis === 'name' && /\b(imitation|substitute|non-?dairy|vegan)\b/.test(t.lower)) hits.set('milk', { ...milk, certainty: 'may' })
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
