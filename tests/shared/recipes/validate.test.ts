import { describe, expect, it } from 'vitest'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { isOwnRecipeId, recipeLimits, validateRecipe, type RecipeIssue } from '../../../shared/recipes/validate'
import { testCatalogue } from '../food/catalogue-fixture'

const foods = testCatalogue().byId
const oats = '08120' // measures: 1 cup = 81 g, 0.333 cup = 27 g
const kefir = 'gp-kefir'

function recipe(overrides: Partial<Recipe> = {}): Recipe {
  return {
    id: 'own-1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    name: { en: 'Kefir oats', de: 'Kefir oats' },
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      { foodId: oats, quantity: { unit: 'g', amount: 80 } },
      { foodId: kefir, quantity: { unit: 'ml', amount: 300 } },
    ],
    steps: [{ en: 'Stir.', de: 'Stir.' }],
    ...overrides,
  }
}

const issuesOf = (value: unknown): RecipeIssue[] => {
  const result = validateRecipe(value, foods)
  return result.ok ? [] : result.issues
}

describe('validateRecipe', () => {
  it('accepts a valid own recipe, trims texts and puts slots in day order', () => {
    const result = validateRecipe(
      recipe({ name: { en: '  Kefir oats ', de: ' Kefir oats' }, slots: ['snack', 'breakfast'], steps: [{ en: ' Stir. ', de: 'Stir.' }] }),
      foods,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.recipe.name).toEqual({ en: 'Kefir oats', de: 'Kefir oats' })
    expect(result.recipe.slots).toEqual(['breakfast', 'snack'])
    expect(result.recipe.steps).toEqual([{ en: 'Stir.', de: 'Stir.' }])
  })

  it('accepts every built-in recipe (the library meets the own-recipe rules)', () => {
    const failing = builtInRecipes.filter((r) => !validateRecipe(r, foods).ok).map((r) => r.id)
    expect(failing).toEqual([])
  })

  it.each<[string, Partial<Recipe>, RecipeIssue[]]>([
    ['an empty name', { name: { en: ' ', de: '' } }, [{ path: 'name', code: 'required' }]],
    ['a name over 120 characters', { name: { en: 'x'.repeat(121), de: 'x'.repeat(121) } }, [{ path: 'name', code: 'too-long' }]],
    ['a name of exactly 120 characters', { name: { en: 'x'.repeat(120), de: 'x'.repeat(120) } }, []],
    ['no slot', { slots: [] }, [{ path: 'slots', code: 'required' }]],
    ['a slot twice', { slots: ['lunch', 'lunch'] }, [{ path: 'slots', code: 'duplicate' }]],
    ['0 servings', { servings: 0 }, [{ path: 'servings', code: 'range' }]],
    ['25 servings', { servings: 25 }, [{ path: 'servings', code: 'range' }]],
    ['24 servings', { servings: 24 }, []],
    ['2.5 servings', { servings: 2.5 }, [{ path: 'servings', code: 'whole' }]],
    ['servings left empty (NaN)', { servings: Number.NaN }, [{ path: 'servings', code: 'required' }]],
    ['negative prep time', { prepMinutes: -1 }, [{ path: 'prepMinutes', code: 'range' }]],
    ['a cook time over a day', { cookMinutes: 1441 }, [{ path: 'cookMinutes', code: 'range' }]],
    ['a cook time of a whole day', { cookMinutes: 1440 }, []],
    ['no ingredient', { ingredients: [] }, [{ path: 'ingredients', code: 'required' }]],
    [
      '61 ingredients',
      { ingredients: Array.from({ length: 61 }, () => ({ foodId: oats, quantity: { unit: 'g' as const, amount: 1 } })) },
      [{ path: 'ingredients', code: 'too-many' }],
    ],
    ['an unknown food', { ingredients: [{ foodId: 'no-such-food', quantity: { unit: 'g', amount: 5 } }] }, [{ path: 'ingredients.0.foodId', code: 'unknown-food' }]],
    ['0 g', { ingredients: [{ foodId: oats, quantity: { unit: 'g', amount: 0 } }] }, [{ path: 'ingredients.0.quantity.amount', code: 'positive' }]],
    ['an empty amount', { ingredients: [{ foodId: oats, quantity: { unit: 'g', amount: Number.NaN } }] }, [{ path: 'ingredients.0.quantity.amount', code: 'required' }]],
    ['10 kg', { ingredients: [{ foodId: oats, quantity: { unit: 'g', amount: 10000 } }] }, []],
    ['over 10 kg', { ingredients: [{ foodId: oats, quantity: { unit: 'g', amount: 10001 } }] }, [{ path: 'ingredients.0.quantity.amount', code: 'too-much' }]],
    ['over 10 l', { ingredients: [{ foodId: kefir, quantity: { unit: 'ml', amount: 10001 } }] }, [{ path: 'ingredients.0.quantity.amount', code: 'too-much' }]],
    ['a measure the food has', { ingredients: [{ foodId: oats, quantity: { unit: 'measure', amount: 1.5, measure: 'cup' } }] }, []],
    ['a measure written differently', { ingredients: [{ foodId: oats, quantity: { unit: 'measure', amount: 1, measure: ' Cup ' } }] }, []],
    [
      'a measure the food lacks',
      { ingredients: [{ foodId: oats, quantity: { unit: 'measure', amount: 1, measure: 'slice' } }] },
      [{ path: 'ingredients.0.quantity.measure', code: 'unknown-measure' }],
    ],
    [
      'a measure weighing over 10 kg',
      { ingredients: [{ foodId: oats, quantity: { unit: 'measure', amount: 200, measure: 'cup' } }] },
      [{ path: 'ingredients.0.quantity.amount', code: 'too-much' }],
    ],
    ['an empty step', { steps: [{ en: 'Stir.', de: 'Stir.' }, { en: '', de: '' }] }, [{ path: 'steps.1', code: 'required' }]],
    ['a step over 500 characters', { steps: [{ en: 'x'.repeat(501), de: 'x' }] }, [{ path: 'steps.0', code: 'too-long' }]],
    ['no steps at all', { steps: [] }, []],
    ['41 steps', { steps: Array.from({ length: 41 }, () => ({ en: 'Stir.', de: 'Rühren.' })) }, [{ path: 'steps', code: 'too-many' }]],
  ])('%s', (_label, overrides, expected) => {
    expect(issuesOf(recipe(overrides))).toEqual(expected)
  })

  it('reports every problem at once, each field once', () => {
    const issues = issuesOf(
      recipe({
        name: { en: '', de: '' },
        slots: [],
        servings: 0,
        ingredients: [
          { foodId: oats, quantity: { unit: 'g', amount: -3 } },
          { foodId: 'nope', quantity: { unit: 'g', amount: 10 } },
        ],
      }),
    )
    expect(issues).toEqual([
      { path: 'name', code: 'required' },
      { path: 'slots', code: 'required' },
      { path: 'servings', code: 'range' },
      { path: 'ingredients.0.quantity.amount', code: 'positive' },
      { path: 'ingredients.1.foodId', code: 'unknown-food' },
    ])
  })

  it('refuses what is not a recipe at all, naming the fields', () => {
    expect(issuesOf(null)).toEqual([{ path: '', code: 'invalid' }])
    const paths = issuesOf({ id: 'own-x' }).map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['name', 'slots', 'servings', 'prepMinutes', 'cookMinutes', 'ingredients', 'steps']))
    expect(issuesOf({ ...recipe(), extra: 1 }).map((i) => i.code)).toEqual(['invalid'])
    expect(issuesOf(recipe({ slots: ['brunch' as never] }))).toEqual([{ path: 'slots.0', code: 'invalid' }])
  })

  it('knows the limits it enforces', () => {
    expect(recipeLimits.servings).toEqual({ min: 1, max: 24 })
    expect(recipeLimits.ingredients).toEqual({ min: 1, max: 60 })
  })
})

describe('isOwnRecipeId', () => {
  it.each([
    ['own-1b4e28ba', true],
    ['own-', false],
    ['b-kefir-overnight-oats', false],
    ['d-own-something', false],
  ])('%s → %s', (id, expected) => {
    expect(isOwnRecipeId(id)).toBe(expected)
  })
})
