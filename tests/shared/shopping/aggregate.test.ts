import { describe, expect, it } from 'vitest'
import { planWeek } from '../../../shared/planner/engine'
import { defaultProfile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { shoppingListOfWeeks } from '../../../shared/shopping/weeks'
import { describePlan, parseDescribedPlan, PlanShapeError, weekFromDescribedPlan } from '../../../shared/week/describe'
import { builtInRecipes } from '../../../shared/recipes/library'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'
import { densityGPerMl } from '../../../shared/recipes/quantity'
import type { Quantity } from '../../../shared/recipes/types'
import { aggregateShoppingList, amountsFromMeals, buyingItems } from '../../../shared/shopping/aggregate'
import { aisles } from '../../../shared/shopping/aisles'
import type { FoodLine, ShoppingList } from '../../../shared/shopping/types'
import { foodById, testCatalogue } from '../food/catalogue-fixture'
import { foodsWith, g, meal, measure, ml, recipe, syntheticFood } from './helpers'

const foods = testCatalogue().byId

function foodLines(list: ShoppingList): FoodLine[] {
  return buyingItems(list).filter((i): i is FoodLine => i.kind === 'food')
}
function lineFor(list: ShoppingList, foodId: string): FoodLine | undefined {
  return [...foodLines(list), ...list.pantry].find((l) => l.foodId === foodId)
}

describe('merging quantities of one food through grams', () => {
  const kefirDensity = densityGPerMl(foodById('gp-kefir'))
  it.each<[string, string, Quantity[], number]>([
    ['oats: 200 g + 1 cup', '08120', [g(200), measure(1, 'cup')], 200 + 81],
    ['onions: 200 g + 1 medium', '11282', [g(200), measure(1, 'medium (2-1/2" dia)')], 200 + 110],
    ['whole milk: 200 g + 1 cup + 100 ml', '01077', [g(200), measure(1, 'cup'), ml(100)], 200 + 244 + 100 * densityGPerMl(foodById('01077'))],
    ['kefir: 500 ml + 2 cups', 'gp-kefir', [ml(500), measure(2, 'cup')], 500 * kefirDensity + 488],
    ['garlic: 3 cloves + 1 clove', '11215', [measure(3, 'cloves'), measure(1, 'clove')], 12],
  ])('%s is one line with the summed grams', (_label, foodId, quantities, grams) => {
    const r = recipe('r', 1, quantities.map((q) => [foodId, q]))
    const list = aggregateShoppingList([meal(r)], foods)
    const lines = foodLines(list)
    expect(lines).toHaveLength(1)
    expect(lines[0]!.foodId).toBe(foodId)
    expect(lines[0]!.grams).toBeCloseTo(grams, 6)
    // A recipe naming a food twice is still one meal.
    expect(lines[0]!.from).toEqual([{ recipeId: 'r' }])
  })

  it('sums the same food across meals and weeks, listing every meal it comes from', () => {
    const a = recipe('a', 2, [['11282', g(100)]])
    const b = recipe('b', 1, [['11282', measure(1, 'large')]])
    const list = aggregateShoppingList(
      [meal(a, 2, { week: '2026-W48', day: 0, slot: 'lunch' }), meal(b, 1, { week: '2026-W49', day: 3, slot: 'dinner' })],
      foods,
    )
    const onion = lineFor(list, '11282')!
    expect(onion.grams).toBe(250)
    expect(onion.from).toEqual([
      { week: '2026-W48', day: 0, slot: 'lunch', recipeId: 'a' },
      { week: '2026-W49', day: 3, slot: 'dinner', recipeId: 'b' },
    ])
  })

  it('keeps exact grams and rounds only the display', () => {
    const list = aggregateShoppingList([meal(recipe('r', 3, [['08120', g(100)]]), 1)], foods)
    const oats = lineFor(list, '08120')!
    expect(oats.grams).toBeCloseTo(100 / 3, 12)
    expect(oats.display).toEqual({ kind: 'mass', grams: 35, amount: 35, unit: 'g' })
  })
})

describe('scaling by servings', () => {
  const r = recipe('stew', 2, [['11282', g(150)], ['08120', measure(1, 'cup')]])
  it.each([
    [4, 2],
    [2, 1],
    [1, 0.5],
    [3, 1.5],
  ])('a 2-serving recipe planned for %d servings is × %d', (servings, factor) => {
    const list = aggregateShoppingList([meal(r, servings)], foods)
    expect(lineFor(list, '11282')!.grams).toBeCloseTo(150 * factor, 9)
    expect(lineFor(list, '08120')!.grams).toBeCloseTo(81 * factor, 9)
  })

  it.each([0, -2, Number.NaN])('a meal with %d servings adds nothing', (servings) => {
    expect(buyingItems(aggregateShoppingList([meal(r, servings)], foods))).toEqual([])
  })

  it('reads a recipe with 0 servings as 1, like the recipe analysis does', () => {
    const list = aggregateShoppingList([meal(recipe('odd', 0, [['08120', g(50)]]), 2)], foods)
    expect(lineFor(list, '08120')!.grams).toBe(100)
  })
})

describe('pantry', () => {
  const r = recipe('salad', 1, [['04053', ml(30)], ['02047', g(2)], ['11282', g(100)], ['01077', ml(100)]])

  it('lists pantry foods apart, in aisle order, and leaves them out of the buying list', () => {
    const list = aggregateShoppingList([meal(r)], foods, { pantry: new Set(['04053', '02047', '01077']) })
    expect(foodLines(list).map((l) => l.foodId)).toEqual(['11282'])
    expect(list.pantry.map((l) => [l.foodId, l.aisle])).toEqual([
      ['01077', 'fermented-dairy'],
      ['02047', 'herbs-spices'],
      ['04053', 'oils'],
    ])
    expect(list.pantry.every((l) => l.isPantry && l.grams > 0)).toBe(true)
    expect(foodLines(list).every((l) => !l.isPantry)).toBe(true)
  })

  it('follows the person\'s aisle order for pantry foods too', () => {
    const list = aggregateShoppingList([meal(r)], foods, { pantry: new Set(['04053', '02047']), aisleOrder: ['oils'] })
    expect(list.pantry.map((l) => l.foodId)).toEqual(['04053', '02047'])
  })

  it('ignores pantry foods the plan does not use', () => {
    const list = aggregateShoppingList([meal(r)], foods, { pantry: new Set(['15236']) })
    expect(list.pantry).toEqual([])
    expect(foodLines(list)).toHaveLength(4)
  })
})

describe('foods without a usable measure', () => {
  const bare = syntheticFood('own-1', 'Spice blend, own', '02')
  const withFoods = foodsWith(bare)

  it('merge by grams, and millilitres count as water (1 g/ml)', () => {
    const r = recipe('r', 1, [['own-1', g(12)], ['own-1', g(8)], ['own-1', ml(5)]])
    const line = lineFor(aggregateShoppingList([meal(r)], withFoods), 'own-1')!
    expect(line.grams).toBe(25)
    expect(line.display).toEqual({ kind: 'mass', grams: 25, amount: 25, unit: 'g' })
  })

  it('report a quantity in a measure the food does not have, and keep the rest', () => {
    const r = recipe('r', 1, [['own-1', g(10)], ['own-1', measure(1, 'cup')], ['08120', measure(1, 'handful')]])
    const list = aggregateShoppingList([meal(r, 1, { day: 2, slot: 'lunch' })], withFoods)
    expect(lineFor(list, 'own-1')!.grams).toBe(10)
    expect(lineFor(list, '08120')).toBeUndefined()
    expect(list.omitted).toEqual([
      { foodId: 'own-1', reason: 'unknown-measure', from: [{ day: 2, slot: 'lunch', recipeId: 'r' }] },
      { foodId: '08120', reason: 'unknown-measure', from: [{ day: 2, slot: 'lunch', recipeId: 'r' }] },
    ])
  })

  it('report foods the catalogue does not know', () => {
    const list = aggregateShoppingList([meal(recipe('r', 1, [['nope', g(10)], ['08120', g(10)]]))], foods)
    expect(list.omitted).toEqual([{ foodId: 'nope', reason: 'unknown-food', from: [{ recipeId: 'r' }] }])
    expect(foodLines(list).map((l) => l.foodId)).toEqual(['08120'])
  })
})

describe('what is never bought', () => {
  it.each(['14411', '14412', '14429'])('tap water %s is left out, and said so', (water) => {
    const list = aggregateShoppingList([meal(recipe('soup', 1, [[water, ml(500)], ['11282', g(100)]]))], foods)
    expect(foodLines(list).map((l) => l.foodId)).toEqual(['11282'])
    expect(list.omitted).toEqual([{ foodId: water, reason: 'water', from: [{ recipeId: 'soup' }] }])
  })

  it('skips zero amounts without a line', () => {
    expect(buyingItems(aggregateShoppingList([meal(recipe('r', 1, [['08120', g(0)]]))], foods))).toEqual([])
  })
})

describe('aisles and extras', () => {
  const r = recipe('mix', 1, [
    ['11282', g(100)],
    ['09003', g(100)],
    ['gp-kefir', ml(200)],
    ['15236', g(200)],
    ['08120', g(50)],
    ['04053', ml(10)],
  ])

  it('groups lines by aisle in the default order, foods by name within an aisle', () => {
    const list = aggregateShoppingList([meal(r)], foods)
    expect(list.aisles.map((s) => s.aisle)).toEqual(['produce', 'fermented-dairy', 'fish-meat', 'grains-bakery', 'oils'])
    expect(list.aisles[0]!.lines.map((l) => l.name)).toEqual(['Apples', 'Onions'])
  })

  it('follows a custom aisle order, the missing aisles after it in default order', () => {
    const list = aggregateShoppingList([meal(r)], foods, { aisleOrder: ['oils', 'fish-meat', 'not-an-aisle'] })
    expect(list.aisles.map((s) => s.aisle)).toEqual(['oils', 'fish-meat', 'produce', 'fermented-dairy', 'grains-bakery'])
  })

  it('adds extras to their aisle after the foods, in the order given', () => {
    const list = aggregateShoppingList([meal(r)], foods, {
      extras: [
        { id: 'x2', name: 'Kitchen roll', quantity: ' 2 packs ' },
        { id: 'x1', name: 'Limes', aisle: 'produce' },
        { id: 'x3', name: '   ' },
        { id: 'x1', name: 'Duplicate id' },
        { id: 'x4', name: 'Candles', aisle: 'no-such-aisle' as never },
      ],
    })
    const produce = list.aisles.find((s) => s.aisle === 'produce')!
    expect(produce.lines.at(-1)).toEqual({ kind: 'extra', key: 'extra:x1', id: 'x1', name: 'Limes', quantityText: null, aisle: 'produce' })
    const other = list.aisles.find((s) => s.aisle === 'other')!
    expect(other.lines.map((l) => [l.key, l.name, l.kind === 'extra' ? l.quantityText : ''])).toEqual([
      ['extra:x2', 'Kitchen roll', '2 packs'],
      ['extra:x4', 'Candles', null],
    ])
  })

  it('gives every food line a stable key: its food id', () => {
    const list = aggregateShoppingList([meal(r)], foods)
    expect(foodLines(list).every((l) => l.key === l.foodId)).toBe(true)
    expect(new Set(list.aisles.map((s) => s.aisle)).size).toBe(list.aisles.length)
    expect(list.aisles.every((s) => aisles.includes(s.aisle) && s.lines.length > 0)).toBe(true)
  })
})

describe('from a described plan (what `gutplan plan` prints)', () => {
  const profile = { ...defaultProfile(), householdSize: 2 }
  const facts = new Map(builtInRecipes.map((r) => [r.id, analyzeRecipe(r, foods)]))
  // Without leftovers: the list of a described plan counts a leftover lunch with its dinner (bought
  // once), which these meal-by-meal comparisons would not (tests/shared/week/leftovers.test.ts covers that).
  const result = planWeek({ profile, recipes: [...facts.values()].map((f) => toPlannerRecipe(f, profile)), week: '2026-W48', locked: [], seed: 3, leftovers: false })
  const described = describePlan(result, facts)
  const byId = new Map(builtInRecipes.map((r) => [r.id, r]))
  const meals = result.days.flatMap((day) =>
    day.meals.flatMap((m) => (m.recipeId ? [meal(byId.get(m.recipeId)!, m.servings, { week: result.week, day: day.day, slot: m.slot })] : [])),
  )

  const fromDescribed = (value: unknown) => {
    const week = weekFromDescribedPlan(parseDescribedPlan(JSON.parse(JSON.stringify(value))))
    return shoppingListOfWeeks([{ week: week.week, plan: week }], foods)
  }

  it('gives the same list as the planned recipes, up to the plan\'s rounding to 0.1 g per meal', () => {
    const fromPlan = fromDescribed(described)
    const fromMeals = aggregateShoppingList(meals, foods)
    const a = foodLines(fromPlan)
    const b = foodLines(fromMeals)
    expect(a.map((l) => l.key)).toEqual(b.map((l) => l.key))
    a.forEach((line, i) => {
      const other = b[i]!
      expect(Math.abs(line.grams - other.grams)).toBeLessThanOrEqual(0.05 * line.from.length + 1e-9)
      expect(line.from).toEqual(other.from)
    })
    expect(fromPlan.omitted).toEqual(fromMeals.omitted)
  })

  it('reads an older plan without quantities by its grams, the same list within the grams\' rounding', () => {
    const older = { ...described, days: described.days.map((d) => ({ ...d, meals: d.meals.map((m) => ({ ...m, ingredients: m.ingredients.map(({ quantity: _q, ...i }) => i) })) })) }
    const a = foodLines(fromDescribed(older))
    const b = foodLines(aggregateShoppingList(meals, foods))
    expect(a.map((l) => l.key)).toEqual(b.map((l) => l.key))
    a.forEach((line, i) => expect(Math.abs(line.grams - b[i]!.grams)).toBeLessThanOrEqual(0.05 * line.from.length + 1e-9))
  })

  it('skips empty slots and reports ingredients without grams', () => {
    const list = fromDescribed({
      week: '2026-W01',
      days: [
        {
          day: 1,
          meals: [
            { slot: 'lunch', recipeId: null, ingredients: [{ foodId: '08120', grams: 50 }] },
            { slot: 'dinner', recipeId: 'd-x', ingredients: [{ foodId: '08120', grams: null }, { foodId: '11282', grams: 110 }] },
          ],
        },
      ],
    })
    const from = { week: '2026-W01', day: 1, slot: 'dinner', recipeId: 'd-x' }
    expect(list.omitted).toEqual([{ foodId: '08120', reason: 'unknown-measure', from: [from] }])
    expect(foodLines(list).map((l) => [l.foodId, l.grams, l.from])).toEqual([['11282', 110, [from]]])
    expect(amountsFromMeals([], foods)).toEqual([])
  })

  it.each([
    [null, '(root)'],
    [{ days: [] }, 'week'],
    [{ week: '2026-W01', days: [{ day: 0, meals: [{ slot: 'lunch', recipeId: 'r', ingredients: [{ foodId: '1', grams: 'lots' }] }] }] }, 'days.0.meals.0.ingredients.0.grams'],
    [{ week: '2026-W01', days: [{ day: 0, meals: [{ slot: 'x', recipeId: 'r', ingredients: [] }] }] }, 'days.0.meals.0.slot'],
    [{ week: '2026-W01', days: [{ day: 7, meals: [] }] }, 'days.0.day'],
    [{ week: '2026-W01', days: [{ day: 0, meals: [{ slot: 'lunch', recipeId: 'r', ingredients: [{ foodId: '1', grams: 1, quantity: { unit: 'cup', amount: 1 } }] }] }] }, 'days.0.meals.0.ingredients.0.quantity.unit'],
    [{ week: '2026-W01', days: [{ day: -1, meals: [] }] }, 'days.0.day'],
  ])('refuses %j, naming %s', (value, path) => {
    expect(() => parseDescribedPlan(value)).toThrow(PlanShapeError)
    expect(() => parseDescribedPlan(value)).toThrow(new RegExp(`^${path.replace(/[.()]/g, '\\$&')}: `))
  })
})
