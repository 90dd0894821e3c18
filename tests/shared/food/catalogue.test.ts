import { describe, expect, it } from 'vitest'
import { CatalogueError, createCatalogue, decodeCatalogueFile, loadCatalogue } from '../../../shared/food/catalogue'
import { curatedFoods } from '../../../shared/food/curated-foods'
import { isFoodGroupCode } from '../../../shared/food/groups'
import { nutrientKeys } from '../../../shared/food/types'
import { foodById, testCatalogue } from './catalogue-fixture'

const header = {
  format: 'gutplan-catalogue/1',
  source: { name: 'n', release: 'SR24', licence: 'public domain', origin: 'o', sha256: 'a'.repeat(64), foods: 1, groupsInferred: 0 },
  command: 'npm run catalogue',
  nutrients: [...nutrientKeys],
  measure: ['amount', 'name', 'grams'],
}
const row = ['11215', 'Garlic, raw', '11', [149, 6.36, 33.06, 2.1, 1, 0.5, 0.089, null, 0.02, 17], [[1, 'clove', 3]]]

describe('catalogue file', () => {
  it('holds every SR24 food once, in id order, with a known group', () => {
    const { foods, source } = testCatalogue()
    const sr = foods.filter((f) => !f.id.startsWith('gp-'))
    expect(sr).toHaveLength(8858)
    expect(source.foods).toBe(8858)
    expect(sr.map((f) => f.id)).toEqual([...sr.map((f) => f.id)].sort())
    expect(sr.every((f) => isFoodGroupCode(f.group))).toBe(true)
  })

  it('keeps "not measured" (null) apart from zero', () => {
    expect(foodById('01077').nutrients.transG).toBeNull()
    expect(foodById('18064').nutrients.transG).toBe(0.028)
    expect(foodById('01001').nutrients.fiberG).toBe(0)
  })

  it('infers the real group where the NDB number is outside its group block', () => {
    expect(foodById('23000').group).toBe('13') // a beef cut numbered 23xxx
    expect(foodById('43130').group).toBe('16') // "Frankfurter, meatless"
    expect(foodById('42179').group).toBe('07') // "Frankfurter, beef, low fat"
  })

  it('keeps household measures with their gram weights', () => {
    expect(foodById('09040').measures).toContainEqual({ amount: 1, name: 'medium (7" to 7-7/8" long)', grams: 118 })
  })

  it('cleans stray characters from names', () => {
    expect(foodById('16359').name).toBe('Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, drained, rinsed in tap water')
  })
})

describe('decoder', () => {
  it('decodes a valid file', () => {
    const { foods } = decodeCatalogueFile({ ...header, foods: [row] })
    expect(foods[0]).toEqual({
      id: '11215',
      name: 'Garlic, raw',
      group: '11',
      nutrients: { energyKcal: 149, proteinG: 6.36, carbsG: 33.06, fiberG: 2.1, sugarsG: 1, fatG: 0.5, saturatedG: 0.089, transG: null, omega3G: 0.02, sodiumMg: 17 },
      measures: [{ amount: 1, name: 'clove', grams: 3 }],
    })
  })

  it.each([
    ['a short nutrient list', ['11215', 'Garlic', '11', [1, 2], []], 'foods.0.3'],
    ['a negative value', ['11215', 'Garlic', '11', [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0], []], 'foods.0.3.0'],
    ['a curated-style id', ['gp-x', 'Garlic', '11', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], []], 'foods.0.0'],
    ['an unknown group', ['11215', 'Garlic', '99', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], []], 'foods.0.2'],
    ['a measure without grams', ['11215', 'Garlic', '11', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], [[1, 'clove', 0]]], 'foods.0.4.0'],
  ])('refuses %s and says where', (_label, bad, path) => {
    expect(() => decodeCatalogueFile({ ...header, foods: [bad] })).toThrow(CatalogueError)
    try {
      decodeCatalogueFile({ ...header, foods: [bad] })
    } catch (error) {
      expect((error as CatalogueError).path).toBe(path)
    }
  })

  it('refuses another format or changed nutrient columns', () => {
    expect(() => decodeCatalogueFile({ ...header, format: 'other', foods: [] })).toThrow(CatalogueError)
    expect(() => decodeCatalogueFile({ ...header, nutrients: ['energyKcal'], foods: [] })).toThrow(CatalogueError)
  })

  it('refuses duplicate ids when the curated foods are added', () => {
    const decoded = decodeCatalogueFile({ ...header, foods: [row] })
    expect(() => createCatalogue(decoded, [decoded.foods[0]!])).toThrow(/duplicate id 11215/)
    expect(loadCatalogue({ ...header, foods: [row] }).byId.get('gp-kefir')?.name).toBe('Kefir, plain, whole milk')
  })
})

describe('curated foods', () => {
  it.each(curatedFoods.map((f) => [f.id, f] as const))('%s has a gp- id, a source, measures and plausible energy', (_id, food) => {
    expect(food.id).toMatch(/^gp-[a-z0-9-]+$/)
    expect(food.provenance?.source.length).toBeGreaterThan(10)
    expect(food.measures.length).toBeGreaterThan(0)
    const n = food.nutrients
    if (n.energyKcal !== null && n.proteinG !== null && n.carbsG !== null && n.fatG !== null) {
      const atwater = 4 * n.proteinG + 4 * n.carbsG + 9 * n.fatG
      expect(Math.abs(atwater - n.energyKcal)).toBeLessThanOrEqual(Math.max(15, 0.1 * n.energyKcal))
    }
    if (n.saturatedG !== null && n.fatG !== null) expect(n.saturatedG).toBeLessThanOrEqual(n.fatG)
    if (n.sugarsG !== null && n.carbsG !== null) expect(n.sugarsG).toBeLessThanOrEqual(n.carbsG + 0.5)
  })

  it('adds only foods SR24 lacks', () => {
    const srNames = new Set(testCatalogue().foods.filter((f) => !f.provenance).map((f) => f.name.toLowerCase()))
    for (const food of curatedFoods) expect(srNames.has(food.name.toLowerCase())).toBe(false)
    expect(foodById('16112').name).toBe('Miso')
    expect(foodById('16113').name).toBe('Natto')
    expect(foodById('16114').name).toBe('Tempeh')
  })
})
