import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { listOwnRecipes } from '../../../renderer/db/recipes'
import { useProfileStore } from '../../../renderer/stores/profile'
import { defaultFilters, hasRestrictions, tagsOf, useRecipesStore } from '../../../renderer/stores/recipes'
import { useSettingsStore } from '../../../renderer/stores/settings'
import { useStorageStatusStore } from '../../../renderer/stores/storage-status'
import { defaultProfile } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { freshDb } from '../db/helpers'

const own = (id: string): Recipe => ({
  id,
  name: { en: 'Zucchini kefir bowl', de: 'Zucchini-Kefir-Schale' },
  slots: ['lunch'],
  servings: 2,
  prepMinutes: 5,
  cookMinutes: 0,
  ingredients: [
    { foodId: 'gp-kefir', quantity: { unit: 'ml', amount: 300 } },
    { foodId: '08120', quantity: { unit: 'measure', amount: 1, measure: 'cup' } },
  ],
  steps: [{ en: 'Mix.', de: 'Mischen.' }],
})

async function loadedStore() {
  const store = useRecipesStore()
  await store.load()
  await expect.poll(() => store.isAnalysing, { timeout: 10_000 }).toBe(false)
  return store
}

describe('recipes store', () => {
  let db: ReturnType<typeof freshDb>
  beforeEach(() => {
    db = freshDb()
    setActivePinia(createPinia())
  })

  it('loads the built-in recipes with the own ones first, and analyses them all', async () => {
    await db.ownRecipes.put({ id: 'own-a', recipe: own('own-a'), createdAt: 'x', updatedAt: 'x' })
    const store = await loadedStore()
    expect(store.all).toHaveLength(builtInRecipes.length + 1)
    expect(store.all[0]!.id).toBe('own-a')
    expect(store.analysed.size).toBe(store.all.length)
    // With no filters and an unrestricted profile, every recipe is listed.
    expect(store.isFitFilterOn).toBe(false)
    expect(store.results).toHaveLength(store.all.length)
  })

  it('analyses each recipe once and keeps the facts for the same object', async () => {
    const store = await loadedStore()
    const recipe = builtInRecipes[0]!
    const facts = store.factsOf(recipe)
    expect(facts).toBe(store.factsOf(recipe))
    expect(facts).toBe(store.analysed.get(recipe.id))
    expect(store.factsOf({ ...recipe })).not.toBe(facts)
  })

  it('filters by tag and diet together: fermented and vegan', async () => {
    const store = await loadedStore()
    store.filters = { ...defaultFilters(), tags: ['fermented'], diet: 'vegan' }
    expect(store.results.length).toBeGreaterThan(5)
    for (const { facts, tags } of store.results) {
      expect(tags).toContain('fermented')
      expect(facts.diets.vegan).toBe(true)
    }
    expect(store.results.map((r) => r.recipe.id)).toContain('d-kimchi-tofu-stew')
  })

  it('filters by slot and total time', async () => {
    const store = await loadedStore()
    store.filters = { ...defaultFilters(), slot: 'snack', maxMinutes: 15 }
    expect(store.results.length).toBeGreaterThan(0)
    for (const { recipe } of store.results) {
      expect(recipe.slots).toContain('snack')
      expect(recipe.prepMinutes + recipe.cookMinutes).toBeLessThanOrEqual(15)
    }
  })

  it('searches names in the current language and ingredient names, ignoring case and accents', async () => {
    const store = await loadedStore()
    store.filters = { ...defaultFilters(), query: 'Kefir overnight' }
    expect(store.results.map((r) => r.recipe.id)).toContain('b-kefir-overnight-oats')
    // Ingredient names come from the catalogue ("Kimchi").
    store.filters = { ...defaultFilters(), query: 'kimchi' }
    expect(store.results.every(({ recipe }) => recipe.ingredients.some((i) => i.foodId === 'gp-kimchi') || /kimchi/i.test(recipe.name.en))).toBe(true)
    useSettingsStore().locale = 'de'
    store.filters = { ...defaultFilters(), query: 'walnusse' }
    expect(store.results.map((r) => r.recipe.id)).toContain('b-kefir-overnight-oats')
    store.filters = { ...defaultFilters(), query: 'zzzz-nothing' }
    expect(store.results).toEqual([])
  })

  it('"fits my profile" is on by default once the profile restricts something, and leaves out conflicts', async () => {
    const store = await loadedStore()
    const profile = useProfileStore()
    await profile.update({ intolerances: ['lactose'], diet: 'vegetarian' })
    expect(hasRestrictions(profile.profile)).toBe(true)
    expect(store.isFitFilterOn).toBe(true)
    expect(store.results.length).toBeGreaterThan(10)
    expect(store.results.length).toBeLessThan(store.all.length)
    for (const { facts } of store.results) expect(store.conflictsOf(facts)).toEqual([])
    expect(store.results.map((r) => r.recipe.id)).not.toContain('b-kefir-overnight-oats')
    // The person can still switch it off.
    store.filters = { ...store.filters, fitsProfile: false }
    expect(store.results).toHaveLength(store.all.length)
  })

  it('derives the free-from tags from the findings', async () => {
    const store = await loadedStore()
    const tags = tagsOf(store.factsOf(builtInRecipes.find((r) => r.id === 'b-kefir-overnight-oats')!)!)
    expect(tags).toEqual(expect.arrayContaining(['fiber-rich', 'fermented', 'prebiotic', 'omega-3']))
    expect(tags).not.toContain('gluten-free')
    expect(tags).not.toContain('lactose-free')
    expect(tags).not.toContain('low-fodmap')
    expect(hasRestrictions(defaultProfile())).toBe(false)
  })

  it('saves a valid own recipe and lists it first; refuses an invalid one and stores nothing', async () => {
    const store = await loadedStore()
    const bad = await store.save({ ...own(store.newId()), name: { en: '', de: '' }, ingredients: [] })
    expect(bad).toEqual({
      ok: false,
      issues: [
        { path: 'name', code: 'required' },
        { path: 'ingredients', code: 'required' },
      ],
    })
    expect(await listOwnRecipes()).toEqual([])

    const id = store.newId()
    expect(id).toMatch(/^own-[0-9a-f-]{36}$/)
    const good = await store.save(own(id))
    expect(good.ok).toBe(true)
    expect(store.all[0]!.id).toBe(id)
    expect((await listOwnRecipes()).map((r) => r.id)).toEqual([id])
    await expect.poll(() => store.analysed.has(id)).toBe(true)

    expect(await store.remove(id)).toBe(true)
    expect(store.byId.has(id)).toBe(false)
    expect(await listOwnRecipes()).toEqual([])
  })

  it('reports a storage failure and keeps the list as it was', async () => {
    const store = await loadedStore()
    db.close()
    const result = await store.save(own(store.newId()))
    expect(result).toMatchObject({ ok: false, failed: true })
    expect(useStorageStatusStore().failure).not.toBeNull()
    expect(store.ownRecipes).toEqual([])
  })
})
