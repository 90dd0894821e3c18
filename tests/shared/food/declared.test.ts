/** Own foods: declared tags become findings that every rule and conflict check treats like the rest. */
import { describe, expect, it } from 'vitest'
import { assessFindings, assessFood } from '../../../shared/food/assess'
import { emptyOwnFoodInput, ownFoodInputOf, parseDecimal, validateOwnFood, type OwnFoodInput } from '../../../shared/food/own-food'
import type { DeclaredTags, Food } from '../../../shared/food/types'
import { defaultProfile, type Profile } from '../../../shared/profile/profile'
import { findingOf, findingsOf, syntheticFood } from './findings'

const own = (name: string, declared: DeclaredTags, group: Food['group'] = '22'): Food => ({
  ...syntheticFood({ id: 'own-test', name, group, nutrients: { energyKcal: 250, fatG: 5 } }),
  declared,
})
const profile = (p: Partial<Profile>): Profile => ({ ...defaultProfile(), ...p })

describe('declared tags', () => {
  it('declared gluten gives an "is" gluten finding and conflicts with a gluten-intolerant profile', () => {
    const food = own('Grandma’s dumplings', { containsGluten: true })
    expect(findingOf(food, 'gluten')).toMatchObject({ level: 'contains', certainty: 'is', basis: 'declared', cereals: ['unspecified'] })
    expect(findingOf(food, 'allergen', 'gluten-cereals')).toMatchObject({ certainty: 'is', basis: 'declared' })
    expect(assessFood(food, profile({ intolerances: ['gluten'] })).conflicts).toContainEqual({
      reason: 'intolerance',
      rule: 'gluten',
      subject: 'gluten',
      certainty: 'is',
    })
    expect(assessFood(food, profile({ allergens: ['gluten-cereals'] })).conflicts).toContainEqual({
      reason: 'allergen',
      rule: 'allergen',
      subject: 'gluten-cereals',
      certainty: 'is',
    })
  })

  it('declared gluten is never also gluten-free safe, even for a food the rules call a whole food', () => {
    const plain = syntheticFood({ id: 'own-rice', name: 'Rice, brown, raw', group: '20' })
    expect(findingOf(plain, 'gluten-free-safe')).toBeDefined()
    const declared = { ...plain, declared: { containsGluten: true } }
    expect(findingOf(declared, 'gluten-free-safe')).toBeUndefined()
    expect(findingOf(declared, 'gluten')).toMatchObject({ certainty: 'is', basis: 'declared' })
  })

  it('declaring the allergen "cereals containing gluten" also means "contains gluten"', () => {
    const food = own('Malt loaf', { allergens: ['gluten-cereals'] })
    expect(findingsOf(food, 'gluten').map((f) => [f.certainty, f.basis])).toEqual([['is', 'declared']])
  })

  it('a declared tag replaces the name rule for the same rule and subject', () => {
    // The name says oats ("may"); the person knows it contains gluten.
    const food = own('Oat cookies', { containsGluten: true })
    expect(findingsOf(food, 'gluten')).toHaveLength(1)
    expect(findingOf(food, 'gluten')?.basis).toBe('declared')
    // Lactose-free milk by declaration: low, no conflict for lactose intolerance, still the milk allergen.
    const milk = own('Milk from the farm shop', { lactose: 'none' }, '01')
    expect(findingsOf(milk, 'lactose').map((f) => [f.level, f.basis])).toEqual([['low', 'declared']])
    expect(findingOf(milk, 'allergen', 'milk')).toBeDefined()
    expect(assessFood(milk, profile({ intolerances: ['lactose'] })).conflicts).toEqual([])
  })

  it('declared vegan fits vegan, vegetarian and pescatarian, whatever the name suggests', () => {
    const food = own('Chicken-style seitan pieces', { diets: ['vegan'] })
    for (const diet of ['vegan', 'vegetarian', 'pescatarian'] as const) {
      expect(findingOf(food, 'diet', diet)).toMatchObject({ level: 'fits', certainty: 'is', basis: 'declared' })
    }
    expect(assessFood(food, profile({ diet: 'vegan' })).conflicts).toEqual([])
    const veggie = own('Cheese pie', { diets: ['vegetarian'] })
    expect(findingOf(veggie, 'diet', 'vegetarian')).toMatchObject({ level: 'fits', basis: 'declared' })
    expect(findingOf(veggie, 'diet', 'vegan')?.basis).not.toBe('declared')
  })

  it.each([
    [{ lactose: 'high' } as DeclaredTags, { intolerances: ['lactose'] } as Partial<Profile>, 'lactose'],
    [{ fodmapHigh: ['fructans'] } as DeclaredTags, { intolerances: ['fructans'] } as Partial<Profile>, 'fructans'],
    [{ allergens: ['sesame'] } as DeclaredTags, { allergens: ['sesame'] } as Partial<Profile>, 'sesame'],
  ])('declared %j conflicts with profile %j', (declared, p, subject) => {
    const conflicts = assessFood(own('My spread', declared), profile(p)).conflicts ?? []
    expect(conflicts).toContainEqual(expect.objectContaining({ subject, certainty: 'is' }))
  })

  it('declared live cultures make it a live fermented food, in the usual finding order', () => {
    const food = own('Home-made water kefir', { fermentedLive: true, allergens: ['milk'] })
    expect(findingOf(food, 'fermented')).toMatchObject({ level: 'live', certainty: 'is', basis: 'declared', source: ['ISAPP-FF', 'MARCO-T1'] })
    const rules = assessFindings(food).map((f) => f.rule)
    expect(rules.indexOf('fermented')).toBeLessThan(rules.indexOf('allergen'))
    expect(rules.indexOf('allergen')).toBeLessThan(rules.lastIndexOf('diet'))
  })

  it('changes nothing for foods without declarations', () => {
    const food = syntheticFood({ name: 'Bread, wheat', group: '18' })
    expect(assessFindings({ ...food, declared: {} })).toEqual(assessFindings(food))
  })
})

const valid = (patch: (input: OwnFoodInput) => void = () => {}): OwnFoodInput => {
  const input = emptyOwnFoodInput()
  input.name = 'Seed crackers'
  input.group = '18'
  input.nutrients.energyKcal = 480
  input.nutrients.fatG = 30
  input.nutrients.saturatedG = 3
  input.nutrients.carbsG = 30
  input.nutrients.sugarsG = 2
  input.measures = [{ name: 'cracker', grams: 12 }]
  patch(input)
  return input
}
const issuesOf = (input: OwnFoodInput) => {
  const result = validateOwnFood(input)
  return result.ok ? [] : result.issues
}

describe('own food validation', () => {
  it('accepts a good food and keeps "not measured" as null', () => {
    const result = validateOwnFood(valid((i) => (i.declared.containsGluten = true)))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.food.nutrients.fiberG).toBeNull()
    expect(result.food.measures).toEqual([{ amount: 1, name: 'cracker', grams: 12 }])
    expect(result.food.declared).toEqual({ containsGluten: true })
  })

  it.each<[string, (i: OwnFoodInput) => void, string, string]>([
    ['empty name', (i) => (i.name = '   '), 'name', 'required'],
    ['long name', (i) => (i.name = 'x'.repeat(121)), 'name', 'too-long'],
    ['no group', (i) => (i.group = ''), 'group', 'required'],
    ['text for a number', (i) => (i.nutrients.proteinG = Number.NaN), 'nutrients.proteinG', 'not-a-number'],
    ['negative', (i) => (i.nutrients.fiberG = -1), 'nutrients.fiberG', 'negative'],
    ['over 100 g', (i) => (i.nutrients.proteinG = 101), 'nutrients.proteinG', 'too-high'],
    ['over 900 kcal', (i) => (i.nutrients.energyKcal = 901), 'nutrients.energyKcal', 'too-high'],
    ['over 40 000 mg sodium', (i) => (i.nutrients.sodiumMg = 40001), 'nutrients.sodiumMg', 'too-high'],
    ['saturates over fat', (i) => (i.nutrients.saturatedG = 31), 'nutrients.saturatedG', 'saturated-over-fat'],
    ['saturates + trans over fat', (i) => ((i.nutrients.saturatedG = 29), (i.nutrients.transG = 2)), 'nutrients.saturatedG', 'saturated-over-fat'],
    ['omega-3 over fat', (i) => (i.nutrients.omega3G = 31), 'nutrients.omega3G', 'omega3-over-fat'],
    ['sugars over carbohydrate', (i) => (i.nutrients.sugarsG = 31), 'nutrients.sugarsG', 'sugars-over-carbs'],
    ['macros over 100 g', (i) => (i.nutrients.proteinG = 41), 'nutrients.proteinG', 'macros-over-100'],
    ['zero-gram measure', (i) => (i.measures[0]!.grams = 0), 'measures.0.grams', 'measure-grams'],
    ['huge measure', (i) => (i.measures[0]!.grams = 5001), 'measures.0.grams', 'measure-grams'],
    ['unnamed measure', (i) => (i.measures[0]!.name = ''), 'measures.0.name', 'required'],
    ['duplicate measure', (i) => i.measures.push({ name: ' Cracker ', grams: 20 }), 'measures.1.name', 'duplicate'],
    ['vegan with milk', (i) => ((i.declared.diets = ['vegan']), (i.declared.allergens = ['milk'])), 'declared.diets', 'diet-conflict'],
    ['vegan with lactose', (i) => ((i.declared.diets = ['vegan']), (i.declared.lactose = 'low')), 'declared.diets', 'diet-conflict'],
    ['vegetarian with fish', (i) => ((i.declared.diets = ['vegetarian']), (i.declared.allergens = ['fish'])), 'declared.diets', 'diet-conflict'],
    ['gluten-free with gluten', (i) => ((i.declared.glutenFree = true), (i.declared.containsGluten = true)), 'declared.glutenFree', 'gluten-conflict'],
    ['gluten-free with gluten cereals', (i) => ((i.declared.glutenFree = true), (i.declared.allergens = ['gluten-cereals'])), 'declared.glutenFree', 'gluten-conflict'],
    ['a FODMAP group both high and low', (i) => ((i.declared.fodmapHigh = ['gos']), (i.declared.fodmapLow = ['gos'])), 'declared.fodmapLow', 'fodmap-conflict'],
  ])('refuses %s', (_name, patch, path, code) => {
    expect(issuesOf(valid(patch))).toContainEqual({ path, code })
  })

  it('accepts the edges: 0, exactly 100 g, 900 kcal, 5000 g measures, saturates equal to fat', () => {
    expect(
      issuesOf(
        valid((i) => {
          i.nutrients = { ...i.nutrients, energyKcal: 900, fatG: 100, saturatedG: 100, transG: 0, proteinG: 0, carbsG: 0, sugarsG: 0 }
          i.measures = [{ name: 'tub', grams: 5000 }]
        }),
      ),
    ).toEqual([])
  })

  it('reports every problem at once', () => {
    const issues = issuesOf(valid((i) => ((i.name = ''), (i.nutrients.fiberG = -2), (i.nutrients.sugarsG = 40))))
    expect(issues.map((i) => i.path)).toEqual(['name', 'nutrients.fiberG', 'nutrients.sugarsG'])
  })

  it('round-trips a stored food through the edit form', () => {
    const result = validateOwnFood(valid((i) => ((i.declared.allergens = ['sesame', 'gluten-cereals']), (i.declared.lactose = 'none'))))
    if (!result.ok) throw new Error('expected valid')
    const food: Food = { id: 'own-1', ...result.food }
    expect(food.declared?.allergens).toEqual(['gluten-cereals', 'sesame'])
    const again = validateOwnFood(ownFoodInputOf(food))
    expect(again.ok && { id: 'own-1', ...again.food }).toEqual(food)
  })

  it.each([
    ['', null],
    ['  ', null],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['.5', 0.5],
    ['-2', -2],
    ['12', 12],
    ['1.000,5', Number.NaN],
    ['abc', Number.NaN],
    ['1e3', Number.NaN],
  ])('parses %j as %s', (text, value) => {
    expect(parseDecimal(text)).toBe(value)
  })
})

describe('declaring a food gluten-free or low in FODMAP groups', () => {
  it('keeps the declaration through the form and makes the knowledge layer call the food known', () => {
    const result = validateOwnFood(valid((i) => ((i.declared.glutenFree = true), (i.declared.fodmapLow = ['mannitol', 'fructans']))))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.food.declared).toMatchObject({ glutenFree: true, fodmapLow: ['fructans', 'mannitol'] })
    const food = { ...result.food, id: 'own-x' }
    const findings = assessFindings(food)
    expect(findings.some((f) => f.rule === 'gluten')).toBe(false)
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'gluten-free-safe', basis: 'declared' }))
    expect(ownFoodInputOf(food).declared).toMatchObject({ glutenFree: true, fodmapLow: ['fructans', 'mannitol'] })
  })
})
