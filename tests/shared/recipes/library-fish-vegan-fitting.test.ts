/**
 * The oily-fish recipes written for fish eaters who avoid gluten, lactose and every FODMAP
 * subgroup (shared/recipes/library/fish-fitting.ts), and the vegan breakfasts and snacks for
 * vegans with those limits (vegan-fitting.ts), really fit them by the rules: no conflict, no
 * ingredient the catalogue lacks, and the fish counts as oily fish for the twice-a-week target.
 * Before these files no oily-fish recipe passed those limits, so the target could never be met,
 * and vegans had so few breakfasts that the planner repeated one up to four times a week.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { defaultProfile, fodmapSubgroups, type Intolerance, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { fishFitting } from '../../../shared/recipes/library/fish-fitting'
import { breakfastsVegan, snacksVegan } from '../../../shared/recipes/library/vegan-fitting'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'
import type { Recipe } from '../../../shared/recipes/types'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = new Map([...fishFitting, ...breakfastsVegan, ...snacksVegan].map((r) => [r.id, analyzeRecipe(r, catalogue.byId)]))
const library = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))

const allLimits: Intolerance[] = ['gluten', 'lactose', ...fodmapSubgroups]
const pescatarian: Profile = { ...defaultProfile(), diet: 'pescatarian', intolerances: allLimits }
const omnivore: Profile = { ...pescatarian, diet: 'omnivore' }
const vegan: Profile = { ...pescatarian, diet: 'vegan' }
const withTreeNuts = (p: Profile): Profile => ({ ...p, allergens: ['tree-nuts'] })

const fits = (r: Recipe, profile: Profile) => toPlannerRecipe(facts.get(r.id)!, profile).conflicts.length === 0
const kcal = (r: Recipe) => facts.get(r.id)!.perServing.nutrients.energyKcal
const fibre = (r: Recipe) => facts.get(r.id)!.perServing.nutrients.fiberG
const fishDinners = fishFitting.filter((r) => r.slots.includes('dinner'))

describe('the oily-fish recipes for fish eaters who avoid gluten, lactose and FODMAPs', () => {
  it('are part of the built-in library, with ids unique across it and the prefix of their slot', () => {
    const ids = new Set(builtInRecipes.map((r) => r.id))
    expect(ids.size).toBe(builtInRecipes.length)
    for (const r of fishFitting) {
      expect(ids.has(r.id), r.id).toBe(true)
      expect(r.id, r.id).toMatch(/^[dl]-/)
      expect(r.slots, r.id).toContain(r.id.startsWith('d-') ? 'dinner' : 'lunch')
    }
  })

  it.each(fishFitting.map((r) => [r.id, r] as const))('%s resolves, counts as oily fish and fits pescatarians and omnivores with every limit', (_id, r) => {
    const f = facts.get(r.id)!
    expect(f.unresolved).toEqual([])
    expect(f.fits['gluten-free']).toBe(true)
    expect(f.fits['lactose-free']).toBe(true)
    expect(f.fits['low-fodmap']).toBe(true)
    expect(f.fits.pescatarian).toBe(true)
    for (const profile of [pescatarian, omnivore]) {
      const planner = toPlannerRecipe(f, profile)
      expect(planner.conflicts).toEqual([])
      expect(planner.oilyFish).toBe(true)
    }
  })

  it('are at least 12, mostly dinners and some lunches', () => {
    expect(fishFitting.filter((r) => fits(r, pescatarian)).length).toBeGreaterThanOrEqual(12)
    expect(fishDinners.length).toBeGreaterThanOrEqual(8)
    expect(fishFitting.filter((r) => r.slots.includes('lunch')).length).toBeGreaterThanOrEqual(3)
  })

  it('use several oily fish: salmon, mackerel, sardines, trout, herring and anchovies each at least once', () => {
    const names = fishFitting.map((r) => r.ingredients.map((i) => catalogue.byId.get(i.foodId)?.name.toLowerCase() ?? '').join('|'))
    for (const fish of ['salmon', 'mackerel', 'sardine', 'trout', 'herring', 'anchovy']) {
      expect(names.some((n) => n.includes(`fish, ${fish}`)), fish).toBe(true)
    }
  })

  it('make a normal dinner: 450 to 750 kcal per serving, and most with at least 7 g fibre', () => {
    for (const r of fishDinners) {
      expect(kcal(r), r.id).toBeGreaterThanOrEqual(450)
      expect(kcal(r), r.id).toBeLessThanOrEqual(750)
    }
    expect(fishDinners.filter((r) => fibre(r) >= 7).length).toBeGreaterThanOrEqual(Math.ceil(fishDinners.length * 0.8))
  })

  it('give the whole library at least 12 oily-fish meals for both profiles, where there were none', () => {
    for (const profile of [pescatarian, omnivore]) {
      const oily = library.map((f) => toPlannerRecipe(f, profile)).filter((p) => p.conflicts.length === 0 && p.oilyFish)
      expect(oily.length).toBeGreaterThanOrEqual(12)
    }
  })
})

describe('the vegan breakfasts and snacks for vegans who avoid gluten, lactose and FODMAPs', () => {
  const all = [...breakfastsVegan, ...snacksVegan]

  it('are part of the built-in library', () => {
    const ids = new Set(builtInRecipes.map((r) => r.id))
    for (const r of all) expect(ids.has(r.id), r.id).toBe(true)
    for (const r of breakfastsVegan) expect(r.slots, r.id).toContain('breakfast')
    for (const r of snacksVegan) expect(r.slots, r.id).toEqual(['snack'])
  })

  it.each(all.map((r) => [r.id, r] as const))('%s resolves and fits a vegan who avoids gluten, lactose and FODMAPs', (_id, r) => {
    const f = facts.get(r.id)!
    expect(f.unresolved).toEqual([])
    expect(f.fits.vegan).toBe(true)
    expect(f.fits['gluten-free']).toBe(true)
    expect(f.fits['lactose-free']).toBe(true)
    expect(f.fits['low-fodmap']).toBe(true)
    expect(toPlannerRecipe(f, vegan).conflicts).toEqual([])
  })

  it('are at least 8 breakfasts and 4 snacks, at least half of them also fitting a tree-nut allergy', () => {
    expect(breakfastsVegan.filter((r) => fits(r, vegan)).length).toBeGreaterThanOrEqual(8)
    expect(snacksVegan.filter((r) => fits(r, vegan)).length).toBeGreaterThanOrEqual(4)
    const nutFree = all.filter((r) => fits(r, withTreeNuts(vegan)))
    expect(nutFree.length).toBeGreaterThanOrEqual(Math.ceil(all.length / 2))
  })

  it('give the whole library at least 11 vegan breakfasts and 8 vegan snacks for that profile, where there were 2 and 4', () => {
    const planners = library.map((f) => toPlannerRecipe(f, vegan)).filter((p) => p.conflicts.length === 0)
    expect(planners.filter((p) => p.slots.includes('breakfast')).length).toBeGreaterThanOrEqual(11)
    expect(planners.filter((p) => p.slots.includes('snack')).length).toBeGreaterThanOrEqual(8)
  })

  it('make a normal breakfast (300 to 550 kcal) and snack (150 to 300 kcal) per serving', () => {
    for (const r of breakfastsVegan) {
      expect(kcal(r), r.id).toBeGreaterThanOrEqual(300)
      expect(kcal(r), r.id).toBeLessThanOrEqual(550)
    }
    for (const r of snacksVegan) {
      expect(kcal(r), r.id).toBeGreaterThanOrEqual(150)
      expect(kcal(r), r.id).toBeLessThanOrEqual(300)
    }
  })

  it('vary the breakfasts: no grain or protein base in more than a third of them', () => {
    // Buckwheat flour and groats, millet, rice, quinoa, cornmeal, gluten-free oats, potatoes, tofu, tempeh.
    const bases = ['20008', '20011', '20031', '20040', '20035', '20020', 'gp-gluten-free-oats', '11354', '16426', '16114']
    for (const id of bases) {
      const uses = breakfastsVegan.filter((r) => r.ingredients.some((i) => i.foodId === id)).length
      expect(uses, id).toBeLessThanOrEqual(Math.ceil(breakfastsVegan.length / 3))
    }
  })
})
