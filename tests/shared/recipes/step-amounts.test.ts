import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtInRecipes } from '../../../shared/recipes/library'
import { isPlannedServings, scaleRecipeToServings } from '../../../shared/recipes/scale'
import { parseStepNumber, scaleStepAmounts } from '../../../shared/recipes/step-amounts'

describe('amounts in steps scale with the recipe', () => {
  it('scales weights, volumes, spoons and cups, and ranges of them', () => {
    expect(scaleStepAmounts('Cook the rice in 250 ml of the water for about 30 minutes until tender.', 2, 'en')).toBe('Cook the rice in 500 ml of the water for about 30 minutes until tender.')
    expect(scaleStepAmounts('Add 2–3 tbsp oil and 40 g oats.', 1.5, 'en')).toBe('Add 3–4½ tbsp oil and 60 g oats.')
    expect(scaleStepAmounts('Mit 1,5 l Wasser und 2 EL Öl 20 Minuten köcheln.', 2, 'de')).toBe('Mit 3 l Wasser und 4 EL Öl 20 Minuten köcheln.')
    expect(scaleStepAmounts('Stir in ½ cup of yogurt.', 0.5, 'en')).toBe('Stir in ¼ cup of yogurt.')
    expect(scaleStepAmounts('Add 1 ½ tsp cumin.', 2, 'en')).toBe('Add 3 tsp cumin.')
  })

  it('leaves times, temperatures, counts, sizes and unit-like words alone', () => {
    const kept = ['Heat the oven to 160 °C and bake for 20–25 minutes.', 'Boil 2 eggs for 6 minutes.', 'Cut into 2 cm pieces.', 'Add 1 large onion and 3 garlic cloves.', 'Serve with 2 glasses of water.', 'Chill for 2 hours.']
    for (const text of kept) expect(scaleStepAmounts(text, 3, 'en')).toBe(text)
  })

  it('reads written numbers', () => {
    expect([parseStepNumber('250'), parseStepNumber('1,5'), parseStepNumber('1.5'), parseStepNumber('1 ½'), parseStepNumber('½')]).toEqual([250, 1.5, 1.5, 1.5, 0.5])
  })

  it('keeps every built-in step’s words and non-amount numbers, whatever the factor', () => {
    const steps = builtInRecipes.flatMap((r) => r.steps.flatMap((s) => [{ text: s.en, lang: 'en' as const }, { text: s.de, lang: 'de' as const }]))
    fc.assert(
      fc.property(fc.constantFrom(...steps), fc.constantFrom(0.25, 0.5, 1.25, 2, 2.75, 4), ({ text, lang }, factor) => {
        const scaled = scaleStepAmounts(text, factor, lang)
        // Nothing but amounts changes: the words are the same, and so is every time and temperature.
        const words = (s: string) => s.replace(/[\d.,½¼¾⅓⅔–-]+/g, '#')
        expect(words(scaled)).toBe(words(text))
        const timesAndHeat = (s: string) => s.match(/\d+(?:[–-]\d+)?\s?(?:°C|minutes?|Minuten|hours?|Stunden?)/g) ?? []
        expect(timesAndHeat(scaled)).toEqual(timesAndHeat(text))
      }),
      { numRuns: 400 },
    )
  })

  it('scales a recipe to planned quarter servings, and back', () => {
    const recipe = builtInRecipes[0]!
    const up = scaleRecipeToServings(recipe, 2.75)
    expect(up.servings).toBe(2.75)
    up.ingredients.forEach((ing, i) => expect(ing.quantity.amount).toBeCloseTo((recipe.ingredients[i]!.quantity.amount * 2.75) / recipe.servings, 9))
    expect(scaleRecipeToServings(up, recipe.servings).ingredients.map((i) => i.quantity.amount).map((a) => Math.round(a * 1e6))).toEqual(recipe.ingredients.map((i) => Math.round(i.quantity.amount * 1e6)))
    expect(isPlannedServings(0.3)).toBe(false)
    expect(() => scaleRecipeToServings(recipe, 0)).toThrow(RangeError)
  })
})
