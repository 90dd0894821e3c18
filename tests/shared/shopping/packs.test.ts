import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtInRecipes } from '../../../shared/recipes/library'
import { aggregateShoppingList, buyingItems } from '../../../shared/shopping/aggregate'
import { buyNote } from '../../../shared/shopping/buy-note'
import { englishFoodQuantity } from '../../../shared/shopping/english'
import { buying, isPerishable, packCount, packRuleOf, packRules } from '../../../shared/shopping/packs'
import { wholeOf } from '../../../shared/shopping/parts'
import type { FoodLine } from '../../../shared/shopping/types'
import packsFile from '../../../shared/shopping/data/packs.json' with { type: 'json' }
import { foodById, testCatalogue } from '../food/catalogue-fixture'
import { g, meal, measure, ml, recipe } from './helpers'

const foods = testCatalogue().byId
const allFoods = [...foods.values()]
const recipeFoodIds = [...new Set(builtInRecipes.flatMap((r) => r.ingredients.map((i) => i.foodId)))]

const lineOf = (list: ReturnType<typeof aggregateShoppingList>, id: string): FoodLine => {
  const line = buyingItems(list).find((l) => l.kind === 'food' && l.foodId === id)
  if (!line || line.kind !== 'food') throw new Error(`no line for ${id}`)
  return line
}

describe('the pack table', () => {
  it('gives every rule a source and a unique id', () => {
    const rows = (packsFile as { rules: { id: string; source: string }[] }).rules
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const row of rows) expect(row.source.length, row.id).toBeGreaterThan(10)
    expect(packRules.length).toBe(rows.length)
  })

  it('buys what a shopper buys', () => {
    const one = (id: string, grams: number) => buying(foodById(id), grams)
    expect(one('16359', 480).buy).toEqual({ count: 2, unit: 'can', packGrams: 240 })
    expect(one('16359', 481).buy?.count).toBe(3)
    expect(one('11109', 400).buy).toMatchObject({ count: 1, unit: 'head' })
    expect(one('11297', 30).buy).toEqual({ count: 2, unit: 'bunch', packGrams: 25 })
    expect(one('01077', 700).buy).toMatchObject({ count: 1, unit: 'carton' })
    expect(one('01123', 350).buy).toMatchObject({ count: 1, unit: 'box' })
    expect(one('11215', 9).buy).toMatchObject({ count: 1, unit: 'bulb' })
  })

  it('buys meat and fish by weight, on purpose, and a food no rule covers by weight too', () => {
    const salmon = buying(foodById('15236'), 250)
    expect(salmon.buy).toBeNull()
    expect(salmon.pack?.rule).toBe('meat-fish')
    const unknown = allFoods.find((f) => packRuleOf(f) === null)
    expect(unknown).toBeDefined()
    if (unknown) expect(buying(unknown, 100)).toEqual({ buy: null, pack: null, usedG: 100, leftoverG: 0 })
  })

  it('says so on the line when a food is bought by weight', () => {
    const list = aggregateShoppingList([meal(recipe('fish', 1, [['15236', g(250)]]))], foods)
    expect(englishFoodQuantity(lineOf(list, '15236'))).toBe('250 g, by weight')
  })
})

describe('buying, over the whole catalogue', () => {
  it('count is whole and ≥ 1, covers the need, and leaves less than one pack', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allFoods), fc.double({ min: 0.5, max: 5000, noNaN: true }), (food, grams) => {
        const b = buying(food, grams)
        expect(b.usedG).toBe(grams)
        if (!b.buy) {
          expect(b.leftoverG).toBe(0)
          return
        }
        const { count, packGrams } = b.buy
        expect(Number.isInteger(count)).toBe(true)
        expect(count).toBeGreaterThanOrEqual(1)
        expect(count * packGrams).toBeGreaterThanOrEqual(grams - 1e-6)
        expect(b.leftoverG).toBeCloseTo(count * packGrams - grams, 6)
        expect(b.leftoverG).toBeGreaterThanOrEqual(0)
        expect(b.leftoverG).toBeLessThan(packGrams)
      }),
      { numRuns: 2000 },
    )
  })

  it('packCount is the smallest whole count that covers', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.double({ min: 1, max: 2000, noNaN: true }), (grams, pack) => {
        const n = packCount(grams, pack)
        expect(n * pack).toBeGreaterThanOrEqual(grams - 1e-6)
        if (n > 1) expect((n - 1) * pack).toBeLessThan(grams)
      }),
    )
  })
})

describe('random weeks of built-in recipes', () => {
  const week = fc.array(fc.tuple(fc.constantFrom(...builtInRecipes), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 28 })

  it('every line: a whole count covering the week, less than a pack left; or by weight', () => {
    fc.assert(
      fc.property(week, (meals) => {
        const list = aggregateShoppingList(meals.map(([r, servings]) => meal(r, servings)), foods)
        for (const line of [...buyingItems(list), ...list.pantry]) {
          if (line.kind !== 'food') continue
          expect(line.usedG).toBe(line.grams)
          if (!line.buy) {
            expect(line.leftoverG).toBe(0)
            continue
          }
          expect(Number.isInteger(line.buy.count) && line.buy.count >= 1).toBe(true)
          expect(line.buy.count * line.buy.packGrams).toBeGreaterThanOrEqual(line.usedG - 1e-6)
          expect(line.leftoverG).toBeCloseTo(line.buy.count * line.buy.packGrams - line.usedG, 6)
          expect(line.leftoverG).toBeLessThan(line.buy.packGrams)
          expect(buyNote(line)).not.toBeNull()
        }
      }),
      { numRuns: 60 },
    )
  })

  it('every food a built-in recipe uses resolves to a unit or, by a rule, to "by weight"', () => {
    const uncovered = recipeFoodIds.filter((id) => {
      const food = foods.get(id)
      if (!food) return false
      return packRuleOf(wholeOf(food, foods)?.whole ?? food) === null && !/^(water, tap|beverages, water)/i.test(food.name)
    })
    expect(uncovered).toEqual([])
  })
})

describe('parts bought whole', () => {
  it('lemon juice is bought as lemons, by the catalogue\'s "1 lemon yields" 48 g', () => {
    const list = aggregateShoppingList([meal(recipe('dressing', 1, [['09152', ml(200)], ['09151', measure(1, 'fruit without seeds')]]))], foods)
    const lemons = lineOf(list, '09151')
    expect(buyingItems(list).some((l) => l.kind === 'food' && l.foodId === '09152')).toBe(false)
    expect(lemons.fromParts).toEqual(['09152'])
    // 200 ml ≈ 206 g of juice = 4.3 lemons, plus the whole one: 6 lemons.
    expect(lemons.buy).toMatchObject({ count: 6, unit: 'piece' })
  })

  it('finds the whole fruit of every raw juice and peel the catalogue has a yield for', () => {
    const resolved = allFoods.flatMap((f) => {
      const w = wholeOf(f, foods)
      return w ? [[f.name, w.whole.name]] : []
    })
    expect(resolved).toEqual(
      expect.arrayContaining([
        ['Lemon juice, raw', 'Lemons, raw, with peel'],
        ['Lime juice, raw', 'Limes, raw'],
        ['Lemon peel, raw', 'Lemons, raw, with peel'],
        ['Orange juice, raw', 'Oranges, raw, with peel'],
      ]),
    )
  })
})

describe('perishables', () => {
  it.each([
    ['11109', true],
    ['11297', true],
    ['01077', true],
    ['15236', true],
    ['16426', true],
    ['16359', false],
    ['20036', false],
    ['02010', false],
    ['11312', false],
    ['11215', false],
  ])('%s → %s', (id, expected) => {
    expect(isPerishable(foodById(id))).toBe(expected)
  })
})
