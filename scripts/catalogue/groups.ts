/**
 * The USDA food group of an SR24 food.
 *
 * The SR24 copy in ../shared/data has no group field, and the NDB number's first two digits
 * are the group only for the classic number blocks. Foods added in later blocks (23xxx beef
 * cuts, 27xxx soups, 31xxx juices, 42xxx–48xxx assorted, 80xxx–93xxx fish and game) were
 * numbered outside their group, so their group is inferred here: by block where the block is
 * uniform, by name otherwise. Without this a "23xxx" beef cut would not be recognised as beef.
 */
import { isFoodGroupCode, type FoodGroupCode } from '../../shared/food/groups'

/** Number blocks whose foods all belong to one group. */
const blockGroups: Readonly<Record<string, FoodGroupCode>> = {
  '23': '13', // beef cuts (SR22+)
  '27': '06', // soups
  '31': '11', // tomato and vegetable juices
  '80': '15', // frog legs
  '83': '15', // salted mackerel
  '90': '15', // scallop, snail
  '93': '15', // green turtle
}

/** Name rules for the mixed blocks, first match wins. Checked against the lower-case name. */
const nameRules: ReadonlyArray<readonly [RegExp, FoodGroupCode]> = [
  [/^babyfood\b/, '03'],
  [/\b(meatless|soyburger|vegetarian)\b|^tofu\b|^soybean\b|^bean beverage|^beans\b|^baked beans|^peanut butter/, '16'],
  [/^(mayonnaise|salad dressing|creamy dressing|margarine|oil|vegetable oil|shortening|butter replacement)/, '04'],
  [/^(frankfurter|bologna|turkey ham|turkey bacon|turkey and pork sausage|turkey, pork, and beef sausage|sausage|pork sausage)|\bbologna\b/, '07'],
  [/^(candies|chewing gum|frozen novel|frozen yogurts|ice creams?|syrups|jams|jellies|sweeteners|pie fillings|puddings|whipped|milk dessert|pectin|polydextrose)/, '19'],
  [/^(cereals?|amaranth flakes)\b/, '08'],
  [/^(snacks|popcorn|rice cake|breakfast bars?|granola bar|papad)\b/, '25'],
  [/^(pretzels|rolls)\b/, '18'],
  [/^(cheese|yogurt|milk|cream substitute|imitation cheese|eggs?)\b/, '01'],
  [/^(cranberry|orange-strawberry|cranberry-apple)\b.*\bjuice/, '09'],
  [/^tomato and vegetable juice/, '11'],
  [/^(beverages?|fruit-flavored drink|cocktail mix|fluid replacement|coffee|alcoholic|corn beverage|chocolate-flavored drink|apple cider-flavored drink|orange juice drink|ensure)\b/, '14'],
  [/^pork\b/, '10'],
  [/^beef\b/, '13'],
  [/^(turkey|chicken|quail|pheasant|dove)\b/, '05'],
  [/^(fish|jellyfish)\b/, '15'],
  [/^(radishes|cabbage|eggplant|potatoes|vegetables|turnip greens|palm hearts|celery flakes|tomato sauce|sauerkraut)\b/, '11'],
  [/^(millet|vermicelli|vital wheat gluten)\b/, '20'],
  [/^yeast extract/, '06'],
]

/** Returns the food's USDA group, or null when no rule covers it (the builder then refuses to write). */
export function inferFoodGroup(id: string, name: string): FoodGroupCode | null {
  const prefix = id.slice(0, 2)
  if (isFoodGroupCode(prefix)) return prefix
  const block = blockGroups[prefix]
  if (block) return block
  const lower = name.toLowerCase()
  for (const [pattern, group] of nameRules) if (pattern.test(lower)) return group
  return null
}
