/**
 * Gluten (REFERENCE §3: EU828, CODEX118, 1169-II): the gluten cereals are all wheat species
 * (durum, spelt, khorasan/Kamut, and their products: semolina, bulgur, couscous, farro…), rye,
 * barley (and malt), oats, and their hybrids such as triticale. Oats count as 'may' for gluten:
 * most people with coeliac disease tolerate uncontaminated oats, and contamination is the risk.
 *
 * Composite foods are recognised by name (bread, pasta, crackers…). A food is "gluten-free safe"
 * only when it is labelled gluten-free or is a whole, unprocessed food of a naturally
 * gluten-free kind; a food with any gluten finding is never gluten-free safe.
 */
import type { Food } from '../types'
import { foodKind } from './kinds'
import { foodText, hasBrand, type FoodText } from './text'
import type { Certainty, GlutenCereal, GlutenFinding, GlutenFreeSafeFinding } from './types'

interface CerealRule {
  readonly pattern: RegExp
  readonly cereal: GlutenCereal
  readonly certainty: Certainty
}

/** A food labelled gluten-free (≤20 mg/kg, EU828/CODEX118). */
export const glutenFreeLabel = /\bgluten[- ]free\b/

/** Cereal words: the cereal is named. Wheat words include the wheat products REFERENCE lists. */
const cerealRules: readonly CerealRule[] = [
  { pattern: /(?<![a-z])(wheat|durum|spelt|khorasan|kamut|semolina|bulgur|couscous|farro|einkorn|emmer|farina|graham|seitan|matzo|matzoh)(?![a-z])/, cereal: 'wheat', certainty: 'is' },
  { pattern: /(?<![a-z-])gluten(?![a-z-])(?! ?-?free)/, cereal: 'wheat', certainty: 'is' },
  { pattern: /(?<![a-z])triticale(?![a-z])/, cereal: 'wheat', certainty: 'is' },
  { pattern: /(?<![a-z])triticale(?![a-z])/, cereal: 'rye', certainty: 'is' },
  { pattern: /(?<![a-z])(rye|pumpernickel)(?![a-z])/, cereal: 'rye', certainty: 'is' },
  { pattern: /(?<![a-z])(barley|malt|malted)(?![a-z])/, cereal: 'barley', certainty: 'is' },
  { pattern: /(?<![a-z])(beer|ale|lager|stout)s?(?![a-z])/, cereal: 'barley', certainty: 'is' },
  { pattern: /(?<![a-z])(oats?|oatmeal|granola|muesli)(?![a-z])/, cereal: 'oats', certainty: 'is' },
]
/** Words that look like a cereal but are not one. */
const cerealFalseFriends = /\b(buckwheat|root beer|ginger ale|birch beer|maltodextrin|maltitol|maltose|cream of tartar|beerwurst|beer salami|salami \(for beer\)|bread and butter pickles?|bread-and-butter pickles?|breadfruit|breadnut)\b/g

/** Foods made from wheat flour unless the name says otherwise (REFERENCE §3; brief: composite foods). */
const wheatDishes =
  /(?<![a-z])(spaghettios?|corn ?dogs?|fried chicken|fettuc+in[ei]|linguine|penne|rigatoni|fusilli|orzo|farfalle|pita|pitas|naan|chapatis?|rotis?|frybread|fry bread|hotcakes?|fish sticks|fish fingers|chicken (?:fingers|tenders|strips)|tenders|nuggets?|(?:mozzarella|cheese) sticks|crab ?cakes?|fish ?cakes?|piki bread|bread|breads|bun|buns|^rolls|(?:dinner|sweet|hard|egg|spring|cinnamon|kaiser|french|crescent|hamburger|hot dog|submarine|hoagie|brown and serve|pumpernickel|rye|wheat|whole-wheat|oat bran) rolls?|bagels?|biscuits?|muffins?|croissants?|croutons?|crackers?|cookies?|cakes?|cheesecake|shortcake|pancakes?|waffles?|pies?|pastr(?:y|ies)|doughnuts?|strudel|turnovers?|pizza|pasta|spaghetti|macaroni|lasagna|ravioli|tortellini|noodles?|vermicelli|flour|breaded|batter|battered|crumbs|stuffing|dumplings?|wontons?|pretzels?|wafers?|cones?|sandwich(?:es)?|burgers?|hamburgers?|cheeseburgers?|submarine|burritos?|quiche|calzone|chow mein|lo mein|ramen|udon|french toast|crepes?|brownies?|eclairs?|cream puffs?|tempura|licorice|toaster pastr(?:y|ies)|bread crumbs|cereal bars?|breakfast bars?)(?![a-z])/
/** Wheat-free versions of the dishes above. */
const wheatFreeDish =
  /\b(rice (?:cakes?|noodles?|crackers?|vermicelli|flour|bread)|rice cake|corn (?:tortillas?|flour|cakes?)|(?:pasta|noodles), (?:corn|rice|quinoa|buckwheat)|(?:corn|rice|quinoa) (?:pasta|noodles)|(?:blue|white|yellow) corn(?:meal)?|made from (?:blue |white |yellow )?cornmeal|cellophane|long rice|bean thread|made from soy|soy flour|(?:potato|rice|corn|soy|chickpea|peanut|almond|coconut|tapioca|arrowroot|cassava|sorghum|millet|teff|amaranth|quinoa|carob|lupin|buckwheat|mesquite|acorn|masa|banana)(?:[- ]\w+)? flour|flour,? (?:potato|rice|corn|soy|chickpea|peanut|almond|coconut|tapioca|arrowroot|cassava|sorghum|millet|teff|amaranth|quinoa|carob|lupin|buckwheat|masa)|pie fillings?|pumpkin pie mix|pie spice|principal use [a-z ]+|for [a-z ]*pastr(?:y|ies)|relish, hot dog|taco sauce|cabbage rolls|100% buckwheat|cracker barrel|pasta sauces?|sauces?, pasta|(?:italian|spaghetti|marinara) sauces?)\b/g
/** Dishes whose name gives a gluten-free base (blue-corn bread, corn pasta, bread-and-butter pickles): not wheat dishes. */
const nonWheatBase = /\bpasta\b(?=.*\b(?:italian )?sauce\b)(?!.*\bwith pasta\b)|\b(?:blue|white|yellow) corn(?:meal)?\b|\bmade from (?:blue |white |yellow )?cornmeal\b|\b(?:corn|rice|quinoa) (?:pasta|noodles)\b|\b(?:pasta|noodles), (?:corn|rice|quinoa|buckwheat)\b|\bbread[- ]and[- ]butter pickles?\b/

/** Foods that often contain wheat without the name saying so. */
const maybeWheat =
  /\b(gravy|gravies|soy sauce|tamari|teriyaki|worcestershire|taco|tacos|enchiladas?|tamales?|fish sticks|chicken (?:fingers|tenders|strips)|nuggets?|sausages?|meatballs?|meatloaf|croquettes?|cream of (?!tartar)|soba|gnocchi|ovaltine|miso|frankfurters?|hot dogs?|bouillon|seasoning mix|communion|cereal|cornbread|meatless|veggie|vegetarian (?:meatloaf|patties|burgers?|fillets?|chili|stew|roast)|gardenburger|morningstar|worthington|loma linda|boca|meat analog(?:ue)?s?|fuyu|fermented bean curd|kimchee?|kimchi|cheese sauce|white sauce|bechamel|multi-?grain|seven-grain|7-grain|whole grain|meat extender)\b/

export interface GlutenEvidence {
  readonly cereals: readonly GlutenCereal[]
  readonly certainty: Certainty
  readonly matched: readonly string[]
  /** Cereals named in the food that are allergens under 1169-II, with their certainty (oats included, GF label or not). */
  readonly namedCereals: ReadonlyArray<{ cereal: GlutenCereal; certainty: Certainty; term: string }>
}

/** The gluten cereals a name names (before the gluten-free label is considered). */
function namedCereals(t: FoodText): GlutenEvidence['namedCereals'] {
  const text = t.lower.replace(cerealFalseFriends, ' ')
  const found: { cereal: GlutenCereal; certainty: Certainty; term: string }[] = []
  for (const rule of cerealRules) {
    const m = rule.pattern.exec(text)
    if (m && !found.some((f) => f.cereal === rule.cereal)) found.push({ cereal: rule.cereal, certainty: rule.certainty, term: m[0] })
  }
  return found
}

const evidenceCache = new WeakMap<Food, GlutenEvidence | null>()

/** The gluten evidence in a food's group and name, or null when there is none (memoised per food object). */
export function glutenEvidence(food: Food): GlutenEvidence | null {
  if (!evidenceCache.has(food)) evidenceCache.set(food, findGlutenEvidence(food))
  return evidenceCache.get(food) ?? null
}

function findGlutenEvidence(food: Food): GlutenEvidence | null {
  const t = foodText(food)
  const named = namedCereals(t)
  if (glutenFreeLabel.test(t.lower)) return named.length ? { cereals: [], certainty: 'may', matched: [], namedCereals: named } : null
  const cereals = new Map<GlutenCereal, { certainty: Certainty; term: string }>()
  for (const n of named) cereals.set(n.cereal, { certainty: n.cereal === 'oats' ? 'may' : n.certainty, term: n.term })
  if (!cereals.has('wheat') && !nonWheatBase.test(t.lower)) {
    const dish = wheatDishes.exec(t.lower.replace(wheatFreeDish, ' '))
    const maybe = dish ? null : maybeWheat.exec(t.lower)
    if (dish) cereals.set('wheat', { certainty: 'is', term: dish[0] })
    else if (maybe) cereals.set('unspecified', { certainty: 'may', term: maybe[0] })
    else if (cereals.size === 0 && isGlutenProneGroup(t)) cereals.set('unspecified', { certainty: 'may', term: '' })
  }
  if (cereals.size === 0) return null
  const entries = [...cereals.entries()]
  return {
    cereals: entries.map(([c]) => c),
    certainty: entries.some(([, v]) => v.certainty === 'is') ? 'is' : 'may',
    matched: entries.map(([, v]) => (v.term ? `name:${v.term}` : `group:${t.group}`)),
    namedCereals: named,
  }
}

/** Baked products and ready-to-eat cereals are made from gluten cereals unless shown otherwise. */
function isGlutenProneGroup(t: FoodText): boolean {
  // Dishes, restaurant food and processed meats often carry flour, breadcrumbs or fillers.
  if (['07', '21', '22', '36'].includes(t.group)) return true
  if (t.group === '06') return /\b(soups?|chowders?|stews?|gravy|gravies|bisques?)\b/.test(t.lower) && !/^soup, stock\b/.test(t.lower)
  if (t.group === '18') return !/\b(rice cakes?|corn tortillas?|tortillas?, .*\bcorn\b)/.test(t.lower)
  if (t.group !== '08') return false
  if (/^cereals?,? ready-to-eat\b/.test(t.lower)) return true
  // Hot cereals are mostly wheat-based (farina, MALTEX, NESTUM) unless a gluten-free grain is named.
  return !/\b(corn|hominy|grits|rice|quinoa|buckwheat|millet|amaranth|teff|sorghum|incaparina)\b/.test(t.lower)
}

/** "Contains gluten" ('is') or "may contain gluten" ('may'), or null. */
export function assessGluten(food: Food): GlutenFinding | null {
  const e = glutenEvidence(food)
  if (!e || e.cereals.length === 0) return null
  return {
    rule: 'gluten',
    kind: 'restriction',
    level: 'contains',
    certainty: e.certainty,
    cereals: e.cereals,
    numbers: {},
    source: ['EU828', 'CODEX118', '1169-II'],
    basis: e.matched.some((m) => m.startsWith('name:')) ? 'name' : 'group',
    matched: e.matched,
  }
}

/** Groups whose plain foods are naturally gluten-free. */
const naturallyFreeGroups = new Set(['05', '09', '10', '11', '12', '13', '15', '16', '17'])
/** Naturally gluten-free grains and starches (group 20) and plain dairy and eggs (group 01). */
const freeGrains = /^(rice|wild rice|corn|cornmeal|hominy|millet|quinoa|buckwheat(?: groats)?|amaranth(?: grain)?|sorghum|teff|tapioca|arrowroot flour|rice noodles)\b/
const plainDairy = /^(eggs?|milk|cheese|yogurt|butter|cream|kefir|sour cream)\b/
/** Signs of processing, coating or mixing that let gluten in. */
const processed =
  /\b(seasoning|rotisserie|injected|enhanced|breaded|batter|battered|flour|crumbs?|stuff(?:ed|ing)|gravy|sauce|soup|stew|pie|cake|bread|dumpling|prepared|mix|mixes|seasoned|marinated|sweetened|candied|babyfood|infant|dinner|entree|sandwich|salad|spread|pudding|dessert|drink|beverage|imitation|substitute|meatless|vegetarian|patty|patties|sausage|luncheon|loaf|nuggets?|sticks|french fried|fried|puffs|hash brown|au gratin|scalloped|pancakes?|souffle|casserole|coated|filling|chips|crisps|snacks?|bars?|powder|extract|instant|flavou?red|textured|process|product|food|spread|substitute|malted|kimchi|beans, baked|baked beans|refried|chili|hummus|falafel|with (?:sauce|cheese|gravy|butter|bread|noodles|pasta))\b/

/** True when the food is a whole, unprocessed food of a naturally gluten-free kind. */
function isWholeGlutenFreeFood(t: FoodText, food: Food): boolean {
  if (processed.test(t.lower) || (!food.provenance && hasBrand(t.name))) return false
  if (naturallyFreeGroups.has(t.group)) return true
  if (t.group === '20') return freeGrains.test(t.lower)
  if (t.group === '01') return plainDairy.test(t.lower) && !/\b(chocolate|malt|cookie|cake)\b/.test(t.lower)
  return false
}

/** "Gluten-free safe", or null. Never returned together with a gluten finding. */
export function assessGlutenFreeSafe(food: Food, gluten: GlutenFinding | null): GlutenFreeSafeFinding | null {
  if (gluten) return null
  const t = foodText(food)
  if (glutenFreeLabel.test(t.lower)) {
    return {
      rule: 'gluten-free-safe',
      kind: 'info',
      level: 'labelled',
      certainty: 'is',
      numbers: { glutenMaxMgPerKg: 20 },
      source: ['EU828', 'CODEX118'],
      basis: food.provenance ? 'curated' : 'name',
      matched: ['name:gluten-free'],
    }
  }
  if (glutenEvidence(food) || (!isWholeGlutenFreeFood(t, food) && foodKind(food) === 'composite')) return null
  return {
    rule: 'gluten-free-safe',
    kind: 'info',
    level: 'whole-food',
    certainty: 'is',
    numbers: {},
    source: ['EU828', 'CODEX118', '1169-II'],
    basis: 'group',
    matched: [`group:${t.group}`],
  }
}
