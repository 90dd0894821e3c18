/**
 * The shopping list: every ingredient amount summed per food in grams (so 200 g and 1 cup of the
 * same food are one line), shown in shopper units, grouped by aisle in the person's order, with
 * pantry foods apart and hand-added extras in their aisles.
 */
import { foodName } from '../food/names'
import type { Food, FoodId } from '../food/types'
import { quantityToGrams } from '../recipes/quantity'
import { aisleOf, isAisle, sortAisles, type Aisle } from './aisles'
import { buying } from './packs'
import { wholeGramsFor, wholeOf } from './parts'
import { isTapWater, shopperQuantity } from './shopper-quantity'
import { extraKey, foodKey } from './ticks'
import type {
  ExtraItem,
  ExtraLine,
  FoodLine,
  IngredientAmount,
  MealRef,
  OmittedIngredient,
  OmittedReason,
  ListMeal,
  ShoppingItem,
  ShoppingList,
  ShoppingOptions,
  ShoppingSection,
} from './types'

interface Total {
  food: Food
  grams: number
  from: MealRef[]
  parts: FoodId[]
}

/** Adds a meal to a list of meals unless it is the one just added (a recipe naming a food twice). */
function addFrom(list: MealRef[], from: MealRef): void {
  if (list[list.length - 1] !== from) list.push(from)
}

const collator = new Intl.Collator(['en', 'de'], { sensitivity: 'base' })
const byName = (a: { name: string; key: string }, b: { name: string; key: string }): number =>
  collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

function extraLines(extras: readonly ExtraItem[]): ExtraLine[] {
  const seen = new Set<string>()
  const lines: ExtraLine[] = []
  for (const extra of extras) {
    const name = extra.name.trim()
    if (name === '' || seen.has(extra.id)) continue
    seen.add(extra.id)
    const quantity = extra.quantity?.trim() ?? ''
    lines.push({
      kind: 'extra',
      key: extraKey(extra.id),
      id: extra.id,
      name,
      quantityText: quantity === '' ? null : quantity,
      aisle: isAisle(extra.aisle) ? extra.aisle : 'other',
    })
  }
  return lines
}

/** Where a meal sits, without the fields it does not have (so it prints and compares cleanly). */
function mealRef(meal: ListMeal): MealRef {
  return {
    ...(meal.week === undefined ? {} : { week: meal.week }),
    ...(meal.day === undefined ? {} : { day: meal.day }),
    ...(meal.slot === undefined ? {} : { slot: meal.slot }),
    recipeId: meal.recipe.id,
  }
}

/**
 * Every ingredient of every meal in grams for the planned servings: the recipe's quantities ×
 * servings ÷ recipe servings. A meal with no servings (0, negative or not a number) adds nothing.
 * `grams` is null when a named measure does not exist for the food; an unknown food keeps its
 * grams when the recipe gave grams (the aggregation reports it as unknown).
 */
export function amountsFromMeals(meals: readonly ListMeal[], foods: ReadonlyMap<FoodId, Food>): IngredientAmount[] {
  const amounts: IngredientAmount[] = []
  for (const meal of meals) {
    const factor = meal.servings / Math.max(1, meal.recipe.servings)
    if (!(factor > 0 && Number.isFinite(factor))) continue
    const from = mealRef(meal)
    for (const ingredient of meal.recipe.ingredients) {
      const food = foods.get(ingredient.foodId)
      const q = ingredient.quantity
      const grams = food ? quantityToGrams(q, food) : q.unit === 'g' ? q.amount : null
      amounts.push({ foodId: ingredient.foodId, grams: grams === null ? null : grams * factor, from })
    }
  }
  return amounts
}

/**
 * Sums ingredient amounts per food, converting nothing but grams (amountsFromMeals already
 * turned measures into grams), and builds the list. A part of something bought whole (lemon
 * juice, orange zest: parts.ts) is summed as the whole food. Each line says what to buy
 * (packs.ts). Tap water, unknown foods and amounts without grams are reported in `omitted`,
 * never guessed.
 */
export function buildShoppingList(
  amounts: readonly IngredientAmount[],
  foods: ReadonlyMap<FoodId, Food>,
  options: ShoppingOptions = {},
): ShoppingList {
  const totals = new Map<FoodId, Total>()
  const omitted = new Map<string, { foodId: FoodId; reason: OmittedReason; from: MealRef[] }>()
  const omit = (amount: IngredientAmount, reason: OmittedReason) => {
    const key = `${reason}|${amount.foodId}`
    const entry = omitted.get(key) ?? { foodId: amount.foodId, reason, from: [] }
    addFrom(entry.from, amount.from)
    omitted.set(key, entry)
  }
  for (const amount of amounts) {
    const food = foods.get(amount.foodId)
    if (!food) omit(amount, 'unknown-food')
    else if (amount.grams === null) omit(amount, 'unknown-measure')
    else if (isTapWater(food)) omit(amount, 'water')
    else if (amount.grams > 0 && Number.isFinite(amount.grams)) {
      const whole = wholeOf(food, foods)
      const bought = whole?.whole ?? food
      let total = totals.get(bought.id)
      if (!total) {
        total = { food: bought, grams: 0, from: [], parts: [] }
        totals.set(bought.id, total)
      }
      total.grams += whole ? wholeGramsFor(whole, amount.grams) : amount.grams
      if (whole && !total.parts.includes(food.id)) total.parts.push(food.id)
      addFrom(total.from, amount.from)
    }
  }

  const order = sortAisles(options.aisleOrder)
  const pantryIds = options.pantry ?? new Set<FoodId>()
  const buckets = new Map<Aisle, ShoppingItem[]>(order.map((a) => [a, []]))
  const pantry: FoodLine[] = []
  for (const [foodId, total] of totals) {
    const buys = buying(total.food, total.grams)
    const line: FoodLine = {
      kind: 'food',
      key: foodKey(foodId),
      foodId,
      name: foodName(total.food, options.lang ?? 'en'),
      description: total.food.name,
      aisle: aisleOf(total.food),
      grams: total.grams,
      display: shopperQuantity(total.food, total.grams),
      buy: buys.buy,
      pack: buys.pack,
      usedG: buys.usedG,
      leftoverG: buys.leftoverG,
      fromParts: total.parts,
      from: total.from,
      isPantry: pantryIds.has(foodId),
    }
    if (line.isPantry) pantry.push(line)
    else buckets.get(line.aisle)?.push(line)
  }
  for (const lines of buckets.values()) lines.sort(byName)
  for (const extra of extraLines(options.extras ?? [])) buckets.get(extra.aisle)?.push(extra)

  const aisleIndex = new Map(order.map((a, i) => [a, i]))
  pantry.sort((a, b) => (aisleIndex.get(a.aisle) ?? 0) - (aisleIndex.get(b.aisle) ?? 0) || byName(a, b))
  const sections: ShoppingSection[] = order.flatMap((aisle) => {
    const lines = buckets.get(aisle) ?? []
    return lines.length ? [{ aisle, lines }] : []
  })
  const omittedList: OmittedIngredient[] = [...omitted.values()]
  return { aisles: sections, pantry, omitted: omittedList }
}

/**
 * Sums planned ingredient quantities per food, converting through grams where the food's
 * measures allow, and builds the shopping list (see buildShoppingList).
 */
export function aggregateShoppingList(
  meals: readonly ListMeal[],
  foods: ReadonlyMap<FoodId, Food>,
  options: ShoppingOptions = {},
): ShoppingList {
  return buildShoppingList(amountsFromMeals(meals, foods), foods, options)
}

/** Every item on the buying list (pantry apart), aisle by aisle. */
export function buyingItems(list: ShoppingList): ShoppingItem[] {
  return list.aisles.flatMap((s) => s.lines)
}
