import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '../../../renderer/i18n'
import RecipePage from '../../../renderer/pages/RecipePage.vue'
import RecipesPage from '../../../renderer/pages/RecipesPage.vue'
import { useProfileStore } from '../../../renderer/stores/profile'
import { defaultFilters, useRecipesStore } from '../../../renderer/stores/recipes'
import { defaultProfile } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import { freshDb } from '../db/helpers'

// One loaded catalogue and one analysis of the library for the whole file: they take seconds in happy-dom.
let pinia: Pinia

/** The page with a real router, so its recipe links render (mountWithApp stubs RouterLink away). */
async function mountPage(locale: 'en' | 'de' = 'en') {
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/recipes', component: RecipesPage },
      { path: '/recipes/:id', component: RecipePage },
    ],
  })
  await router.push('/recipes')
  const wrapper = mount(RecipesPage, { global: { plugins: [pinia, createAppI18n(locale), router] }, attachTo: document.body })
  const mounted = { wrapper, pinia, router }
  const store = useRecipesStore(pinia)
  await expect.poll(() => store.isLoaded && !store.isAnalysing, { timeout: 10_000 }).toBe(true)
  await flushPromises()
  return { ...mounted, store }
}

const count = (wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper']) => wrapper.get('[data-testid="recipe-count"]').text()
const cardIds = (wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper']) =>
  wrapper.findAll('[data-testid^="recipe-card-"]').map((c) => c.attributes('data-testid')!.slice('recipe-card-'.length))

describe('RecipesPage', () => {
  beforeAll(async () => {
    freshDb()
    pinia = createPinia()
    setActivePinia(pinia)
    const store = useRecipesStore(pinia)
    await store.load()
    await vi.waitFor(() => expect(store.isAnalysing).toBe(false), { timeout: 20_000 })
  }, 30_000)
  beforeEach(() => {
    const store = useRecipesStore(pinia)
    store.filters = defaultFilters()
    useProfileStore(pinia).profile = defaultProfile()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('lists every recipe with time, servings, fibre and key badges, a page at a time', async () => {
    const { wrapper } = await mountPage()
    expect(count(wrapper)).toBe(`${builtInRecipes.length} recipes`)
    expect(cardIds(wrapper)).toHaveLength(48)
    const card = wrapper.get('[data-testid="recipe-card-b-kefir-overnight-oats"]')
    expect(card.text()).toContain('Kefir overnight oats with berries and walnuts')
    expect(card.text()).toContain('5 min')
    expect(card.text()).toMatch(/Fiber per serving\s*15\.6 g/)
    expect(card.text()).toContain('Fermented (live cultures)')
    expect(card.text()).toContain('Vegetarian')
    await wrapper.get('.recipes__more').trigger('click')
    expect(cardIds(wrapper)).toHaveLength(96)
  })

  it('filters by tag and diet: fermented and vegan', async () => {
    const { wrapper, store } = await mountPage()
    const fermented = wrapper.findAll('label').find((l) => l.text() === 'Fermented')!
    await fermented.get('input').setValue(true)
    await wrapper.get('[data-testid="filter-diet"]').setValue('vegan')
    await flushPromises()
    const ids = cardIds(wrapper)
    expect(ids).toContain('d-kimchi-tofu-stew')
    expect(ids).not.toContain('b-kefir-overnight-oats')
    expect(count(wrapper)).toBe(`${ids.length} recipes`)
    expect(store.filters.tags).toEqual(['fermented'])
    expect(store.filters.diet).toBe('vegan')
    await wrapper.get('.filters__reset').trigger('click')
    expect(count(wrapper)).toBe(`${builtInRecipes.length} recipes`)
  })

  it('searches, filters by meal and time, and says when nothing matches', async () => {
    const { wrapper } = await mountPage()
    await wrapper.get('[data-testid="recipe-search"]').setValue('kimchi tofu')
    expect(cardIds(wrapper)).toContain('d-kimchi-tofu-stew')
    await wrapper.get('[data-testid="filter-slot"]').setValue('breakfast')
    expect(cardIds(wrapper)).not.toContain('d-kimchi-tofu-stew')
    await wrapper.get('[data-testid="recipe-search"]').setValue('')
    await wrapper.get('[data-testid="filter-time"]').setValue('15')
    expect(cardIds(wrapper).length).toBeGreaterThan(0)
    await wrapper.get('[data-testid="recipe-search"]').setValue('no such dish anywhere')
    expect(wrapper.text()).toContain('No recipe matches these filters.')
    expect(count(wrapper)).toBe('No recipes')
  })

  it('turns "fits my profile" on for a restricted profile and marks conflicts when switched off', async () => {
    const { wrapper } = await mountPage()
    expect((wrapper.get('[data-testid="filter-fits"]').element as HTMLInputElement).checked).toBe(false)
    await useProfileStore(pinia).update({ intolerances: ['lactose'] })
    await flushPromises()
    expect((wrapper.get('[data-testid="filter-fits"]').element as HTMLInputElement).checked).toBe(true)
    expect(cardIds(wrapper)).not.toContain('b-kefir-overnight-oats')
    expect(wrapper.text()).not.toContain('Conflicts with your profile')
    await wrapper.get('[data-testid="filter-fits"]').setValue(false)
    expect(cardIds(wrapper)).toContain('b-kefir-overnight-oats')
    expect(wrapper.get('[data-testid="recipe-card-b-kefir-overnight-oats"]').text()).toContain('Conflicts with your profile')
  })

  it('speaks German, names included', async () => {
    const { wrapper } = await mountPage('de')
    expect(count(wrapper)).toBe(`${builtInRecipes.length} Rezepte`)
    expect(wrapper.text()).toContain('Passt zu meinem Profil')
    expect(wrapper.text()).toContain('Overnight-Oats mit Kefir, Beeren und Walnüssen')
    expect(wrapper.text()).toContain('Ballaststoffe pro Portion')
    expect(wrapper.text()).not.toContain('Fiber per serving')
  })
})
