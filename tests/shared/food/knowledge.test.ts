/**
 * The ingredient-knowledge layer (shared/food/knowledge.ts) and the dish knowledge built on it
 * (shared/recipes/meal-knowledge.ts): the cases issue 11 found, and properties over lists drawn
 * from the whole catalogue.
 */
import { describe, expect, it } from 'vitest'
import { assessFindings } from '../../../shared/food/assess'
import { knowledgeOf, limitAnswers } from '../../../shared/food/knowledge'
import { foodKind } from '../../../shared/food/rules/kinds'
import type { Food } from '../../../shared/food/types'
import { defaultProfile } from '../../../shared/profile/profile'
import { analyzeRecipe, recipeConflicts } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { recipe as testRecipe } from '../shopping/helpers'
import { foodById, testCatalogue } from './catalogue-fixture'

const foods = testCatalogue().foods
const byId = testCatalogue().byId
const know = (id: string) => knowledgeOf(foodById(id), assessFindings(foodById(id)))
const withName = (pattern: RegExp) => foods.filter((f) => pattern.test(f.name))

const recipe = (ingredients: [string, number, ('g' | 'ml')?][]): Recipe =>
  ({ ...testRecipe('test', 1, ingredients.map(([foodId, amount, unit]) => [foodId, { unit: unit ?? 'g', amount }])), steps: [{ en: 'Cook.', de: 'Kochen.' }] })
const dish = (ingredients: [string, number, ('g' | 'ml')?][]) => analyzeRecipe(recipe(ingredients), byId)

describe('hidden gluten in composites', () => {
  it.each([
    ['22931', 'SpaghettiOs'],
    ['25037', 'pita chips'],
    ['21401', 'chicken tenders'],
    ['36012', 'mozzarella sticks'],
    ['35142', 'frybread'],
    ['21321', 'hotcakes'],
    ['48052', 'vital wheat gluten'],
    ['15142', 'crab cakes'],
  ])('%s (%s) contains gluten', (id) => {
    expect(know(id).gluten).toMatchObject({ status: 'contains', certainty: 'is' })
  })

  it.each([['08114', 'MALTEX'], ['43306', 'NESTUM']])('%s (%s), a hot cereal with no gluten-free grain named, is not gluten-free', (id) => {
    expect(know(id).gluten.status).toBe('contains')
  })

  it('a recipe with 300 g SpaghettiOs is not gluten-free; one with an unrated mixed food is "unknown", never safe', () => {
    expect(dish([['22931', 300]]).fits['gluten-free']).toBe(false)
    const stock = dish([['06172', 200], ['20044', 60]])
    expect(stock.fits['gluten-free']).toBe('unknown')
    expect(stock.why.find((w) => w.fit === 'gluten-free')).toMatchObject({ value: 'unknown', foodIds: ['06172'], reason: 'composite' })
  })

  it('every food whose name says breaded, battered or a bread, pasta or pastry dish, without a gluten-free base, contains gluten', () => {
    const dishes = withName(/\b(breaded|battered|pizza|lasagna|croissants?|pretzels?)\b/i).filter((f) => !/gluten-free|meatless|rice|corn/i.test(f.name))
    expect(dishes.length).toBeGreaterThan(50)
    expect(dishes.filter((f) => knowledgeOf(f, assessFindings(f)).gluten.status !== 'contains').map((f) => f.name)).toEqual([])
  })

  it('no dish, bakery, snack, soup or baby food of a mixed kind is called gluten-free unless it is labelled so', () => {
    const mixedGroups = new Set(['03', '06', '18', '21', '22', '25', '36'])
    const mixed = foods.filter((f) => mixedGroups.has(f.group) && foodKind(f) === 'composite' && !/gluten[- ]free/i.test(f.name))
    expect(mixed.length).toBeGreaterThan(1500)
    expect(mixed.filter((f) => knowledgeOf(f, assessFindings(f)).gluten.status === 'free').map((f) => f.name)).toEqual([])
  })
})

describe('dose-aware FODMAPs', () => {
  it('canned chickpeas are low up to 42 g and not above; kombucha up to 180 ml (REFERENCE §2b, §2d)', () => {
    expect(dish([['16359', 40]]).knowledge.fodmap.gos.level).toBe('low')
    expect(dish([['16359', 200]]).knowledge.fodmap.gos.level).toBe('moderate')
    expect(dish([['gp-kombucha', 150, 'ml']]).knowledge.fodmap.fructans.level).toBe('low')
    expect(dish([['gp-kombucha', 500, 'ml']]).knowledge.fodmap.fructans.level).toBe('moderate')
  })

  it('unrated foods are unknown, not low: green peas and soy flour', () => {
    for (const id of ['11304', '16117']) {
      const k = know(id)
      expect(Object.values(k.fodmap).some((d) => d.levelAtServe === 'unknown'), id).toBe(true)
      expect(dish([[id, 80]]).fits['low-fodmap'], id).toBe('unknown')
    }
  })

  it('portions stack within a meal: two low serves of GOS foods together pass the cut-off', () => {
    const meal = dish([['16359', 30], ['gp-lentils-canned-rinsed', 30]])
    expect(meal.knowledge.fodmap.gos).toMatchObject({ level: 'moderate', stacked: true })
    expect(meal.knowledge.fodmap.gos.load).toBeCloseTo(30 / 42 + 30 / 46, 3)
    const gos = { ...defaultProfile(), intolerances: ['gos' as const] }
    expect(recipeConflicts(meal, gos).map((c) => c.foodId).sort()).toEqual(['16359', 'gp-lentils-canned-rinsed'])
  })

  it('meat, fish, eggs and oils carry no FODMAP at any amount; a food with less carbohydrate than the cut-off is low', () => {
    expect(dish([['05064', 300], ['01123', 100], ['04053', 30]]).knowledge.fodmap.fructans.level).toBe('low')
    expect(know('14411').fodmap.sorbitol.lowUpToG).toBe('any')
  })

  it('no built-in recipe is low-FODMAP with an ingredient above its rated serve, and every one has an answer with reasons', () => {
    for (const r of builtInRecipes) {
      const facts = analyzeRecipe(r, byId)
      if (facts.fits['low-fodmap'] !== true) expect(facts.why.some((w) => w.fit === 'low-fodmap'), r.id).toBe(true)
    }
  })
})

describe('lactose by food kind (REFERENCE §3)', () => {
  it.each([
    ['01049', 'half and half'],
    ['01052', 'light whipping cream'],
    ['01053', 'heavy whipping cream'],
    ['01178', 'sour cream'],
    ['01164', 'cheese sauce'],
  ])('%s (%s) is not low at a typical serve, whatever SR24 sugars say', (id) => {
    expect(know(id).lactose.levelAtServe).not.toBe('low')
  })

  it('Greek yogurt takes the higher value, 4 g per 100 g', () => {
    expect(know('gp-greek-yogurt').lactose.gPer100G).toBe(4)
  })

  it('infant formulas from milk carry milk and lactose; soy formulas carry soy and no milk', () => {
    expect(know('03805').allergens.milk).toBe('is')
    expect(know('03805').lactose.levelAtServe).not.toBe('low')
    expect(know('03823').allergens.milk).toBeUndefined()
    expect(know('03823').allergens.soybeans).toBe('is')
    expect(know('01068').allergens.milk).toBe('is')
  })
})

describe('kimchi, false friends and seafood', () => {
  it('kimchi may contain fish and crustaceans and is not known vegan; the curated vegan kimchi is vegan', () => {
    const k = know('gp-kimchi')
    expect(k.allergens).toMatchObject({ fish: 'may', crustaceans: 'may' })
    expect(k.diets.vegan.status).not.toBe('free')
    expect(know('gp-kimchi-vegan').diets.vegan.status).toBe('free')
    expect(know('gp-kimchi-vegan').allergens.fish).toBeUndefined()
  })

  it.each([
    ['18228', 'molluscs'],
    ['11475', 'molluscs'],
    ['11437', 'molluscs'],
    ['11942', 'milk'],
    ['11942', 'gluten-cereals'],
    ['12138', 'peanuts'],
    ['20091', 'gluten-cereals'],
    ['35240', 'gluten-cereals'],
  ] as const)('%s carries no %s', (id, allergen) => {
    expect(know(id).allergens[allergen]).toBeUndefined()
  })

  it.each(['12118', '16018', '11411', '02034'])('%s is vegan (coconut "meat", turtle beans, steak fries, poultry seasoning)', (id) => {
    expect(know(id).diets.vegan.status).not.toBe('contains')
  })

  it.each(['35070', '43497', '35058'])('%s (a sea animal) is neither vegan nor vegetarian', (id) => {
    expect(know(id).diets.vegan).toMatchObject({ status: 'contains' })
    expect(know(id).diets.vegetarian).toMatchObject({ status: 'contains' })
  })

  it('every "without peanuts" or "peanut-free" food in the catalogue carries no peanut allergen', () => {
    const list = withName(/without peanuts|peanut-free/i)
    expect(list.length).toBeGreaterThan(1)
    expect(list.filter((f) => knowledgeOf(f, assessFindings(f)).allergens.peanuts).map((f) => f.name)).toEqual([])
  })

  it('the food page reads every limit: SpaghettiOs contain gluten, their FODMAPs and diets are not known', () => {
    const rows = limitAnswers(know('22931'))
    expect(rows.map((r) => r.limit)).toEqual(['gluten', 'lactose', 'fructans', 'gos', 'excess-fructose', 'sorbitol', 'mannitol', 'vegan', 'vegetarian', 'pescatarian'])
    expect(rows.find((r) => r.limit === 'gluten')).toEqual({ limit: 'gluten', answer: 'contains' })
    expect(rows.find((r) => r.limit === 'gos')).toEqual({ limit: 'gos', answer: 'unknown', reason: 'not-rated' })
    expect(limitAnswers(know('16359')).find((r) => r.limit === 'gos')).toEqual({ limit: 'gos', answer: 'free', lowUpToG: 42 })
  })

  it('seafood uses the EPA+DHA thresholds: cod and canned light tuna earn an omega-3 claim', () => {
    const claim = (id: string) => assessFindings(foodById(id)).find((f) => f.rule === 'omega-3')?.level
    expect(claim('15015')).toBe('high')
    expect(claim('15121')).toBeDefined()
  })
})

describe('recipe facts', () => {
  it('a fibre claim stands on the lower bound when one ingredient has no fibre value', () => {
    const noFibre: Food = { ...foodById('20044'), id: 'x-no-fibre', nutrients: { ...foodById('20044').nutrients, fiberG: null } }
    const foods = new Map(byId)
    foods.set(noFibre.id, noFibre)
    const facts = analyzeRecipe(recipe([['16015', 200], ['x-no-fibre', 20]]), foods)
    expect(facts.perServing.incomplete).toContain('fiberG')
    expect(facts.findings.find((f) => f.finding.rule === 'fiber')?.finding.numbers.lowerBound).toBe(1)
  })

  it('the Jerusalem-artichoke recipes stay below the ~10 g inulin a day most people tolerate; a bigger serving gets the dose note', () => {
    for (const id of ['d-chicken-jerusalem-artichoke-traybake', 'l-jerusalem-artichoke-bean-soup']) {
      const facts = analyzeRecipe(builtInRecipes.find((r) => r.id === id)!, byId)
      expect(facts.prebioticDose.aboveTolerance, id).toBe(false)
      expect(facts.findings.some((f) => f.finding.rule === 'prebiotic'), id).toBe(true)
    }
    expect(dish([['11226', 125]]).prebioticDose).toMatchObject({ aboveTolerance: true, inulinFosMaxGPerServing: 25 })
  })

  it("declaring an own food's tags makes it known", () => {
    const own: Food = {
      id: 'own-1',
      name: 'Seed crackers',
      group: '18',
      nutrients: foodById('18228').nutrients,
      measures: [],
      declared: { glutenFree: true, lactose: 'none', diets: ['vegan'], fodmapLow: ['fructans', 'gos', 'excess-fructose', 'sorbitol', 'mannitol'] },
    }
    const foods = new Map(byId)
    foods.set(own.id, own)
    const before = analyzeRecipe(recipe([['18228', 30]]), byId)
    const after = analyzeRecipe(recipe([['own-1', 30]]), foods)
    expect(before.fits['gluten-free']).toBe(false)
    expect(after.fits).toMatchObject({ 'gluten-free': true, 'lactose-free': true, 'low-fodmap': true, vegan: true })
  })
})
