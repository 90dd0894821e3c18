/**
 * Diet fit (vegan, vegetarian, pescatarian) from the animal ingredients a food shows: meat and
 * fish by USDA group, dairy, eggs, fish and shellfish from the allergen rules, and names for
 * the rest (honey, gelatin, lard, broths, traditional rennet cheeses).
 *
 * REFERENCE has no source for diet definitions, so these findings cite none; they are product
 * definitions. A food fits a diet for certain ('is') only when it is a single-ingredient plant
 * food or no animal evidence was found in a group that is not a mixed dish; 'may' otherwise.
 */
import { meatGroups } from '../groups'
import type { Food } from '../types'
import { foodKind } from './kinds'
import { foodText } from './text'
import type { AllergenFinding, AnimalOrigin, Certainty, DietFinding, DietSubject } from './types'

/** What each diet leaves out. */
export const dietExclusions: Readonly<Record<DietSubject, ReadonlySet<AnimalOrigin>>> = {
  vegan: new Set(['meat', 'poultry', 'fish', 'shellfish', 'seafood', 'dairy', 'egg', 'honey', 'gelatin', 'animal-fat', 'rennet']),
  vegetarian: new Set(['meat', 'poultry', 'fish', 'shellfish', 'seafood', 'gelatin', 'animal-fat', 'rennet']),
  pescatarian: new Set(['meat', 'poultry', 'gelatin', 'animal-fat', 'rennet']),
}

const dietSubjects: readonly DietSubject[] = ['vegan', 'vegetarian', 'pescatarian']

interface OriginRule {
  readonly origin: AnimalOrigin
  readonly pattern: RegExp
  readonly certainty: Certainty
}

/** Names of meat-free products that use meat words ("Chicken, meatless", "Bacon bits, meatless"). */
const meatFree = /\b(meatless|meat-free|vegetarian|veggie|vegan|soy|tofu|imitation|substitute|morningstar|worthington|loma linda|gardenburger|chik|stakelets|choplets|prosage|wham|turkee|leanies|skallops|fripats|stripples|veja-links|saucettes|dinner roast|multigrain cutlets|linketts|redi-burger|vege-burger|tender (bits|rounds)|big franks|little links|swiss stake)\b/

/** "Meat" that is not animal: coconut meat, nut meats; shellfish meat is caught by the allergen rules. */
const notMeat = /\b(coconut|nut|nuts|kernel|fruit|crab|lobster|clam|grated) meats?\b/g
/** Plant foods and seasonings named after animals or what they go with: black turtle beans, steak fries, poultry seasoning. */
const notAnimal =
  /\b(black turtle(?: soup)?|turtle soup(?=,? mature seeds)|turtle beans?|steak fries|steak-cut|steak sauce|poultry seasoning|seasoning for (?:poultry|meat|fish)|lambsquarters|lamb's (?:quarters|lettuce)|beefsteak (?:tomato|plant)|chicken of the woods|hen of the woods|buffalo ?gourd|buffaloberr(?:y|ies)|crab ?apples?|sea lettuce|duck sauce|meat extender|pork and beans(?= flavou?r))\b/g

const originRules: readonly OriginRule[] = [
  { origin: 'meat', pattern: /\b(beef|veal|pork|ham|hams|bacon|lamb|mutton|venison|deer|elk|moose|caribou|bison|buffalo|bear|rabbit|squirrel|beaver|muskrat|opossum|raccoon|seal|sea lion|walrus|whale|frog|turtle|sausages?|salami|pepperoni|bologna|frankfurters?|hot dogs?|meatballs?|meatloaf|meat|meats|liver|kidneys|tongue|tripe|oxtail|chorizo|pastrami|corned|jerky|hamburgers?|cheeseburgers?|burgers?|steak|sirloin|ribs|pot roast|brisket|gyro|lasagna with meat|chili con carne|chili with beans|pate)\b/, certainty: 'is' },
  { origin: 'poultry', pattern: /\b(chicken|turkey|duck|goose|quail|pheasant|dove|squab|emu|ostrich|owl|grouse|guinea hen|poultry|capon|cornish game)\b/, certainty: 'is' },
  { origin: 'fish', pattern: /\b(anchov(y|ies)|fish sauce|worcestershire|caesar)\b/, certainty: 'may' },
  { origin: 'shellfish', pattern: /\b(oyster sauce|shrimp paste)\b/, certainty: 'is' },
  { origin: 'seafood', pattern: /\b(sea cucumbers?|jellyfish|tunicates?|oopah|sea urchins?|sea squirts?)\b/, certainty: 'is' },
  { origin: 'honey', pattern: /\bhoney\b/, certainty: 'is' },
  { origin: 'gelatin', pattern: /\b(gelatins?|gelatine|gelatin desserts?|aspic)\b/, certainty: 'is' },
  { origin: 'gelatin', pattern: /\b(marshmallows?|gummy|gummies|gum drops?|jelly beans?|frosted .*marshmallow|yogurt[- ](?:covered|coated|coating)|candy bits|fruit snacks|chewy candies)\b/, certainty: 'may' },
  // Reduced-fat and light sour creams are often set with gelatine.
  { origin: 'gelatin', pattern: /^sour cream, (?:reduced fat|light|fat free)\b/, certainty: 'may' },
  // Wine may be fined with gelatine, isinglass, casein or egg white.
  { origin: 'gelatin', pattern: /\b(wines?|champagne|port|sherry|vermouth|sake)\b(?! vinegar)/, certainty: 'may' },
  { origin: 'animal-fat', pattern: /\b(lard|tallow|suet|drippings|schmaltz|chicken fat|beef fat)\b/, certainty: 'is' },
  // Pie crusts and pastry are often made with lard.
  { origin: 'animal-fat', pattern: /\b(pies?|pie crusts?|pastry|pastries)\b(?!.*\b(vegetable shortening|vegan)\b)/, certainty: 'may' },
  { origin: 'meat', pattern: /\b(broth|bouillon|stock|gravy|consomme)\b/, certainty: 'may' },
  { origin: 'rennet', pattern: /^cheese, (parmesan|romano|pecorino|grana|gruyere|emmental)\b|\b(rennin|rennet|parmesan|romano|pecorino)\b/, certainty: 'may' },
]

interface Origin {
  origin: AnimalOrigin
  certainty: Certainty
}

function originsOf(food: Food, allergens: readonly AllergenFinding[]): Origin[] {
  const t = foodText(food)
  const found = new Map<AnimalOrigin, Certainty>()
  const add = (origin: AnimalOrigin, certainty: Certainty) => {
    if (found.get(origin) !== 'is') found.set(origin, certainty)
  }
  const free = meatFree.test(t.lower)
  if (meatGroups.has(t.group) && !free) add(t.group === '05' ? 'poultry' : 'meat', 'is')
  for (const a of allergens) {
    if (a.subject === 'milk') add('dairy', a.certainty)
    else if (a.subject === 'eggs') add('egg', a.certainty)
    else if (a.subject === 'fish') add('fish', a.certainty)
    else if (a.subject === 'crustaceans' || a.subject === 'molluscs') add('shellfish', a.certainty)
  }
  if (t.group === '15' && /^(frog|turtle)\b/.test(t.head)) add('meat', 'is')
  if (!free) {
    const text = t.lower.replace(notMeat, ' ').replace(notAnimal, ' ')
    for (const rule of originRules) if (rule.pattern.test(text)) add(rule.origin, rule.certainty)
  }
  return [...found.entries()].map(([origin, certainty]) => ({ origin, certainty }))
}

/**
 * Bakery, sweets, snacks, drinks and dairy products (not breakfast cereals, often made with gelatine): with no sign of meat, fish, gelatine,
 * lard or rennet in the name they are vegetarian (and pescatarian); vegan still needs a plain food,
 * since milk, eggs and honey hide in them.
 */
const meatFreeProducts: ReadonlySet<string> = new Set(['01', '14', '18', '19', '25'])

/** True when a food with no animal evidence can be called free of animal ingredients for certain. */
function isSurelyPlantOrPlain(food: Food): boolean {
  return foodKind(food) !== 'composite'
}

/** One finding per diet: fits, or excluded by the animal origins listed. */
export function assessDiet(food: Food, allergens: readonly AllergenFinding[]): DietFinding[] {
  const origins = originsOf(food, allergens)
  return dietSubjects.map((subject) => {
    const against = origins.filter((o) => dietExclusions[subject].has(o.origin))
    const excluded = against.length > 0
    const maybeAgainst = origins.some((o) => o.certainty === 'may' && dietExclusions[subject].has(o.origin))
    const certainty: Certainty = excluded
      ? against.some((o) => o.certainty === 'is')
        ? 'is'
        : 'may'
      : !maybeAgainst && (isSurelyPlantOrPlain(food) || (subject !== 'vegan' && meatFreeProducts.has(food.group)))
        ? 'is'
        : 'may'
    return {
      rule: 'diet',
      kind: 'info',
      level: excluded ? 'excluded' : 'fits',
      subject,
      certainty,
      origins: (excluded ? against : origins).map((o) => o.origin),
      numbers: {},
      source: [],
      basis: meatGroups.has(food.group) ? 'group' : 'name',
      matched: [],
    }
  })
}
