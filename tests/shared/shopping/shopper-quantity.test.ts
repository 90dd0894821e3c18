import { describe, expect, it } from 'vitest'
import { densityGPerMl } from '../../../shared/recipes/quantity'
import { builtInRecipes } from '../../../shared/recipes/library'
import { aisleOf } from '../../../shared/shopping/aisles'
import {
  isLiquid,
  isTapWater,
  pieceMeasure,
  roundCount,
  roundGramsUp,
  roundMlUp,
  shopperQuantity,
} from '../../../shared/shopping/shopper-quantity'
import { foodById, testCatalogue } from '../food/catalogue-fixture'
import { syntheticFood } from './helpers'

describe('counted produce and eggs', () => {
  it.each([
    // SR24 measure names checked in the catalogue: onions "medium (2-1/2" dia)" 110 g, apples "medium (3" dia)" 182 g …
    ['onions', '11282', 300, { count: 3, unit: 'piece', size: 'medium', approxGrams: 330, measure: 'medium (2-1/2" dia)' }],
    ['onions, a little over 2', '11282', 225, { count: 2, unit: 'piece', size: 'medium', approxGrams: 220 }],
    ['onions, a little', '11282', 20, { count: 1, unit: 'piece', size: 'medium', approxGrams: 110 }],
    ['apples', '09003', 350, { count: 2, unit: 'piece', size: 'medium', approxGrams: 360, measure: 'medium (3" dia)' }],
    ['bananas', '09040', 140, { count: 2, unit: 'piece', size: 'medium' }],
    ['lemons (a "fruit")', '09151', 100, { count: 1, unit: 'piece', size: null, approxGrams: 110, measure: 'fruit without seeds' }],
    ['cucumber (its own noun)', '11205', 200, { count: 1, unit: 'piece', size: null, approxGrams: 300 }],
    ['sweet potato (its own noun, spaced)', '11507', 250, { count: 2, unit: 'piece', measure: 'sweetpotato, 5" long' }],
    ['eggs, by the large egg recipes mean', '01123', 100, { count: 2, unit: 'piece', size: 'large', approxGrams: 100, measure: 'large' }],
    ['garlic cloves', '11215', 9, { count: 3, unit: 'clove', size: null, approxGrams: 10, measure: 'clove' }],
    ['celery stalks', '11143', 100, { count: 3, unit: 'stalk', size: 'medium', approxGrams: 120 }],
    ['spinach by the bunch', '11457', 200, { count: 1, unit: 'bunch', approxGrams: 340 }],
    ['spinach, half a bunch', '11457', 100, { count: 0.5, unit: 'bunch', approxGrams: 170 }],
    ['cabbage, half a head', '11109', 400, { count: 0.5, unit: 'head', size: 'medium', approxGrams: 450 }],
    ['fennel bulbs', '11957', 200, { count: 1, unit: 'bulb' }],
  ])('%s: %s × %d g', (_label, id, grams, expected) => {
    expect(shopperQuantity(foodById(id), grams)).toMatchObject({ kind: 'count', ...expected })
  })

  it.each([
    ['parsley: SR24 has sprigs, cups and tbsp but no bunch', '11297', 30],
    ['radishes: pieces under 15 g are bought by weight', '11429', 100],
    ['strawberries', '09316', 200],
    ['kale: only cups', '11233', 150],
    ['canned tomatoes have "medium", but come in tins', '11531', 400],
    ['frozen peas', '11312', 250],
    ['dried apricots', '09032', 80],
    ['salmon: fish is bought by weight', '15236', 250],
  ])('%s → grams', (_label, id, grams) => {
    expect(shopperQuantity(foodById(id), grams)).toMatchObject({ kind: 'mass' })
  })

  it('parsley has no bunch in SR24 (the reason it is in grams)', () => {
    expect(foodById('11297').measures.map((m) => m.name)).not.toContainEqual(expect.stringMatching(/bunch/))
  })

  it('counts a fresh herb by the bunch where the food has one (an own food)', () => {
    const parsley = syntheticFood('own-parsley', 'Parsley, flat-leaf, fresh', '11', [
      { amount: 1, name: 'cup chopped', grams: 60 },
      { amount: 1, name: 'bunch', grams: 25 },
    ])
    expect(aisleOf(parsley)).toBe('herbs-spices')
    expect(shopperQuantity(parsley, 40)).toEqual({ kind: 'count', count: 2, unit: 'bunch', size: null, approxGrams: 50, measure: 'bunch' })
    const sprigsOnly = syntheticFood('own-dill', 'Dill, fresh', '11', [{ amount: 5, name: 'sprigs', grams: 1 }])
    expect(shopperQuantity(sprigsOnly, 12)).toEqual({ kind: 'mass', grams: 15, amount: 15, unit: 'g' })
  })

  it('counts a synthetic vegetable by its piece measure and prefers medium', () => {
    const leek = syntheticFood('own-leek', 'Leeks, organic, raw', '11', [
      { amount: 1, name: 'cup', grams: 89 },
      { amount: 1, name: 'large', grams: 200 },
      { amount: 2, name: 'medium', grams: 240 },
      { amount: 1, name: 'slice', grams: 6 },
    ])
    expect(pieceMeasure(leek)).toEqual({ unit: 'piece', size: 'medium', gramsEach: 120, measure: 'medium', allowsHalves: false })
  })
})

describe('liquids by volume', () => {
  it.each([
    ['whole milk, 1 l', '01077', 1000, 'l', 1],
    ['kefir, 1.1 l', 'gp-kefir', 1100, 'l', 1.1],
    ['kombucha, a bottle', 'gp-kombucha', 330, 'ml', 350],
    ['olive oil', '04053', 30, 'ml', 30],
    ['soy sauce', '16124', 15, 'ml', 20],
    ['lemon juice', '09152', 40, 'ml', 40],
    ['chicken stock', '06172', 750, 'ml', 750],
    ['soymilk, 2.45 l', '16222', 2450, 'l', 2.5],
  ])('%s', (_label, id, ml, unit, amount) => {
    const food = foodById(id)
    const q = shopperQuantity(food, ml * densityGPerMl(food))
    expect(q).toMatchObject({ kind: 'volume', unit, amount })
  })

  it.each([
    ['01077', true],
    ['gp-kefir', true],
    ['gp-kombucha', true],
    ['14639', true],
    ['12118', true],
    ['02048', true],
    ['19353', true],
    ['01116', false],
    ['01009', false],
    ['01145', false],
    ['gp-kimchi', false],
    ['11531', false],
    ['09003', false],
  ])('isLiquid(%s) is %s', (id, expected) => {
    expect(isLiquid(foodById(id))).toBe(expected)
  })

  it('never treats a dry or powdered drink as a liquid', () => {
    const dry = testCatalogue().foods.filter((f) => /\b(powder|dry)\b/i.test(f.name) && /^(milk|beverages)/i.test(f.name))
    expect(dry.length).toBeGreaterThan(5)
    expect(dry.filter(isLiquid).map((f) => f.name)).toEqual([])
  })
})

describe('water', () => {
  it.each([
    ['14411', true],
    ['14412', true],
    ['14429', true],
    ['14384', false],
    ['11588', false],
    ['09326', false],
  ])('isTapWater(%s) is %s', (id, expected) => {
    expect(isTapWater(foodById(id))).toBe(expected)
  })
})

describe('rounding for the shopper: always up, exact grams kept elsewhere', () => {
  it.each([
    [0.4, 5],
    [5, 5],
    [5.01, 10],
    [99, 100],
    [100, 100],
    [100.5, 110],
    [999, 1000],
    [1000.1, 1050],
    [2420, 2450],
    [0.1 + 0.2 + 4.7, 5],
  ])('roundGramsUp(%d) = %d', (grams, expected) => {
    expect(roundGramsUp(grams)).toBe(expected)
  })

  it.each([
    [3, 10],
    [15, 20],
    [100, 100],
    [101, 150],
    [999, 1000],
    [1001, 1100],
  ])('roundMlUp(%d) = %d', (ml, expected) => {
    expect(roundMlUp(ml)).toBe(expected)
  })

  it.each([
    [0.2, false, 1],
    [1, false, 1],
    [1.0000000001, false, 1],
    [2.05, false, 2],
    [2.11, false, 3],
    [0.2, true, 0.5],
    [0.61, true, 1],
    [1.3, true, 1.5],
    [1.04, true, 1],
    [1.06, true, 1.5],
  ])('roundCount(%d, halves %s) = %d', (count, halves, expected) => {
    expect(roundCount(count, halves)).toBe(expected)
  })

  it('shows a kilogram and more in kg', () => {
    expect(shopperQuantity(foodById('08120'), 1234)).toEqual({ kind: 'mass', grams: 1250, amount: 1.25, unit: 'kg' })
    expect(shopperQuantity(foodById('08120'), 999.5)).toEqual({ kind: 'mass', grams: 1000, amount: 1, unit: 'kg' })
  })
})

describe('every food of the built-in library, at many amounts', () => {
  const ids = [...new Set(builtInRecipes.flatMap((r) => r.ingredients.map((i) => i.foodId)))]
  const amounts = [0.3, 2, 7, 18, 45, 110, 260, 730, 1900, 5300]

  it('is never a fraction of a cup: whole or half pieces of a piece measure, or plain metric amounts', () => {
    const problems: string[] = []
    for (const id of ids) {
      const food = foodById(id)
      for (const grams of amounts) {
        const q = shopperQuantity(food, grams)
        const where = `${id} ${food.name} × ${grams} g: ${JSON.stringify(q)}`
        if (q.kind === 'count') {
          if (!(Number.isInteger(q.count * 2) && q.count >= 0.5)) problems.push(`count ${where}`)
          if (/\b(cups?|tbsp|tsp|tablespoon|teaspoon|slice|sprigs?|leaf|leaves|oz)\b/i.test(q.measure.replace(/\([^)]*\)/g, ''))) problems.push(`measure ${where}`)
          // Up, or short by at most a tenth of a step (a piece, or half of a big one).
          const piece = pieceMeasure(food)!
          const step = piece.allowsHalves ? 0.5 : 1
          if (q.count * piece.gramsEach < grams - 0.1 * step * piece.gramsEach - 1e-6) problems.push(`short ${where}`)
        } else if (q.kind === 'mass') {
          if (q.grams < grams || q.grams % 5 !== 0) problems.push(`mass ${where}`)
          if ((q.unit === 'kg') !== q.grams >= 1000 || q.amount !== (q.unit === 'kg' ? q.grams / 1000 : q.grams)) problems.push(`unit ${where}`)
        } else {
          if (q.ml * densityGPerMl(food) < grams - 1e-6 || q.ml % 10 !== 0) problems.push(`volume ${where}`)
          if ((q.unit === 'l') !== q.ml >= 1000 || (q.unit === 'l' && !Number.isInteger(q.amount * 10))) problems.push(`unit ${where}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})
