/**
 * The recipes written for vegetarian and vegan people who also avoid gluten, lactose and every
 * FODMAP subgroup (shared/recipes/library/*-fitting.ts) really fit them by the rules: no conflict
 * for those profiles, with or without a tree-nut allergy, and no ingredient the catalogue lacks.
 * Unknown is not safe, so an unrated herb or spice at more than a pinch would fail here.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { defaultProfile, intolerances, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { breakfastsFitting } from '../../../shared/recipes/library/breakfasts-fitting'
import { dinnersFitting } from '../../../shared/recipes/library/dinners-fitting'
import { lunchesFitting } from '../../../shared/recipes/library/lunches-fitting'
import { snacksFitting } from '../../../shared/recipes/library/snacks-fitting'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'
import type { Recipe } from '../../../shared/recipes/types'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const fitting: Recipe[] = [...breakfastsFitting, ...lunchesFitting, ...dinnersFitting, ...snacksFitting]
const facts = new Map(fitting.map((r) => [r.id, analyzeRecipe(r, catalogue.byId)]))

const vegetarian: Profile = { ...defaultProfile(), diet: 'vegetarian', intolerances: [...intolerances] }
const vegan: Profile = { ...vegetarian, diet: 'vegan' }
const withTreeNuts = (p: Profile): Profile => ({ ...p, allergens: ['tree-nuts'] })

const conflicts = (r: Recipe, profile: Profile) => toPlannerRecipe(facts.get(r.id)!, profile).conflicts
const fitsAll = (recipes: Recipe[], profile: Profile) => recipes.filter((r) => conflicts(r, profile).length === 0)
const slotCount = (slot: Recipe['slots'][number]) => fitting.filter((r) => r.slots.includes(slot)).length

describe('the recipes written to fit vegetarian and vegan, gluten-free, lactose-free and low-FODMAP', () => {
  it('are part of the built-in library, with ids unique across it', () => {
    const ids = new Set(builtInRecipes.map((r) => r.id))
    expect(ids.size).toBe(builtInRecipes.length)
    for (const r of fitting) expect(ids.has(r.id), r.id).toBe(true)
  })

  it('are at least 80, led by at least 50 dinners and 15 lunches', () => {
    expect(fitting.length).toBeGreaterThanOrEqual(80)
    expect(dinnersFitting.length).toBeGreaterThanOrEqual(50)
    expect(lunchesFitting.length).toBeGreaterThanOrEqual(15)
    expect(slotCount('breakfast')).toBeGreaterThanOrEqual(3)
    expect(slotCount('snack')).toBeGreaterThanOrEqual(3)
  })

  it.each(fitting.map((r) => [r.id, r] as const))('%s resolves every ingredient and fits a vegetarian who avoids gluten, lactose and FODMAPs', (_id, r) => {
    const f = facts.get(r.id)!
    expect(f.unresolved).toEqual([])
    expect(conflicts(r, vegetarian)).toEqual([])
    expect(f.fits['gluten-free']).toBe(true)
    expect(f.fits['lactose-free']).toBe(true)
    expect(f.fits['low-fodmap']).toBe(true)
    expect(f.fits.vegetarian).toBe(true)
  })

  it('give vegetarians at least 40 dinners with no conflict, most of them also free of tree nuts', () => {
    expect(fitsAll(dinnersFitting, vegetarian).length).toBeGreaterThanOrEqual(55)
    expect(fitsAll(dinnersFitting, withTreeNuts(vegetarian)).length).toBeGreaterThanOrEqual(50)
    expect(fitsAll(lunchesFitting, vegetarian).length).toBeGreaterThanOrEqual(15)
  })

  it('give vegans at least 25 dinners with no conflict, also with a tree-nut allergy', () => {
    expect(fitsAll(dinnersFitting, vegan).length).toBeGreaterThanOrEqual(28)
    expect(fitsAll(dinnersFitting, withTreeNuts(vegan)).length).toBeGreaterThanOrEqual(25)
    expect(fitsAll(lunchesFitting, vegan).length).toBeGreaterThanOrEqual(8)
  })

  it('make a normal dinner: 450 to 750 kcal per serving, and most with at least 8 g fibre', () => {
    for (const r of dinnersFitting) {
      const kcal = facts.get(r.id)!.perServing.nutrients.energyKcal
      expect(kcal, r.id).toBeGreaterThanOrEqual(450)
      expect(kcal, r.id).toBeLessThanOrEqual(750)
    }
    const fibre = dinnersFitting.filter((r) => facts.get(r.id)!.perServing.nutrients.fiberG >= 8)
    expect(fibre.length).toBeGreaterThanOrEqual(Math.ceil(dinnersFitting.length * 0.8))
  })

  it('vary the main ingredients: no base food in more than 40 % of the dinners, tofu in at most a third', () => {
    const uses = new Map<string, number>()
    for (const r of dinnersFitting) for (const id of new Set(r.ingredients.map((i) => i.foodId))) uses.set(id, (uses.get(id) ?? 0) + 1)
    // Staples that go in everything (salt, oils, lemon, spinach, carrots, tomatoes) are not bases.
    const bases = ['16426', '16114', '01123', '20035', '20036', '20008', '20031', '20020', '20133', '11354']
    for (const id of bases) expect(uses.get(id) ?? 0, id).toBeLessThanOrEqual(Math.ceil(dinnersFitting.length * 0.4))
    const tofu = uses.get('16426') ?? 0
    expect(tofu).toBeLessThanOrEqual(Math.ceil(dinnersFitting.length / 3))
  })
})
