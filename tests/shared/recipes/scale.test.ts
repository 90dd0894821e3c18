import { describe, expect, it } from 'vitest'
import { builtInRecipes } from '../../../shared/recipes/library'
import { measureFraction, roundAmount, scaleQuantity, scaleRecipe } from '../../../shared/recipes/scale'
import type { Recipe } from '../../../shared/recipes/types'

const base: Recipe = {
  id: 'own-test',
  name: { en: 'Test', de: 'Test' },
  slots: ['lunch'],
  servings: 2,
  prepMinutes: 10,
  cookMinutes: 20,
  ingredients: [
    { foodId: '08120', quantity: { unit: 'g', amount: 150 }, note: { en: 'rolled', de: 'Flocken' } },
    { foodId: 'gp-kefir', quantity: { unit: 'ml', amount: 250 } },
    { foodId: '09040', quantity: { unit: 'measure', amount: 1, measure: 'medium (7" to 7-7/8" long)' } },
  ],
  steps: [{ en: 'Mix.', de: 'Mischen.' }],
}

describe('scaleQuantity', () => {
  it.each([
    [{ unit: 'g', amount: 150 } as const, 2, { unit: 'g', amount: 300 }],
    [{ unit: 'ml', amount: 250 } as const, 0.5, { unit: 'ml', amount: 125 }],
    [{ unit: 'measure', amount: 1, measure: 'cup' } as const, 1.5, { unit: 'measure', amount: 1.5, measure: 'cup' }],
  ])('%j × %d', (quantity, factor, expected) => {
    expect(scaleQuantity(quantity, factor)).toEqual(expected)
  })

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the factor %d', (factor) => {
    expect(() => scaleQuantity({ unit: 'g', amount: 1 }, factor)).toThrow(RangeError)
  })
})

describe('scaleRecipe', () => {
  it('doubles every quantity from 2 to 4 servings and keeps the rest', () => {
    const scaled = scaleRecipe(base, 4)
    expect(scaled.servings).toBe(4)
    expect(scaled.ingredients.map((i) => i.quantity.amount)).toEqual([300, 500, 2])
    expect(scaled.ingredients[0]!.note).toEqual(base.ingredients[0]!.note)
    expect(scaled.ingredients[2]!.quantity).toEqual({ unit: 'measure', amount: 2, measure: 'medium (7" to 7-7/8" long)' })
    expect({ ...scaled, ingredients: [], servings: 0 }).toEqual({ ...base, ingredients: [], servings: 0 })
  })

  it('scales down to one serving', () => {
    expect(scaleRecipe(base, 1).ingredients.map((i) => i.quantity.amount)).toEqual([75, 125, 0.5])
  })

  it('does not change the recipe it scales, and returns it as is for its own servings', () => {
    const before = structuredClone(base)
    scaleRecipe(base, 7)
    expect(base).toEqual(before)
    expect(scaleRecipe(base, 2)).toBe(base)
  })

  it('is lossless there and back (3 → 7 → 3) for every built-in recipe', () => {
    for (const recipe of builtInRecipes) {
      const back = scaleRecipe(scaleRecipe(recipe, 7), recipe.servings)
      back.ingredients.forEach((ing, i) => expect(ing.quantity.amount).toBeCloseTo(recipe.ingredients[i]!.quantity.amount, 9))
    }
  })

  it.each([0, -2, 1.5, Number.NaN])('refuses %d servings', (servings) => {
    expect(() => scaleRecipe(base, servings)).toThrow(RangeError)
  })
})

describe('roundAmount', () => {
  it.each([
    [0, 0],
    [-5, 0],
    [0.04, 0.1],
    [0.26, 0.3],
    [2.2, 2],
    [2.3, 2.5],
    [7.75, 8],
    [12.4, 12],
    [99.4, 99],
    [137.5, 140],
    [333.33, 335],
    [1234, 1230],
    [2666.7, 2670],
  ])('%d → %d', (amount, expected) => {
    expect(roundAmount(amount)).toBe(expected)
  })
})

describe('measureFraction', () => {
  it.each([
    [1, { whole: 1, fraction: '' }],
    [0.5, { whole: 0, fraction: '½' }],
    [0.333, { whole: 0, fraction: '⅓' }],
    [0.666, { whole: 0, fraction: '⅔' }],
    [1.25, { whole: 1, fraction: '¼' }],
    [2.75, { whole: 2, fraction: '¾' }],
    [1.5, { whole: 1, fraction: '½' }],
    [2.96, { whole: 3, fraction: '' }],
    [0.13, { whole: 0, fraction: '¼' }],
    [0.125, { whole: 0, fraction: '¼' }],
  ])('%d → %j', (amount, expected) => {
    expect(measureFraction(amount)).toEqual(expected)
  })

  it('gives no fraction below an eighth', () => {
    expect(measureFraction(0.1)).toBeNull()
    expect(measureFraction(0)).toBeNull()
  })
})
