import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { getOwnRecipe, listOwnRecipes } from '../../../renderer/db/recipes'
import { createAppI18n } from '../../../renderer/i18n'
import RecipePage from '../../../renderer/pages/RecipePage.vue'
import RecipesPage from '../../../renderer/pages/RecipesPage.vue'
import { useProfileStore } from '../../../renderer/stores/profile'
import { useRecipesStore } from '../../../renderer/stores/recipes'
import { defaultProfile } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import { scaleStepAmounts } from '../../../shared/recipes/step-amounts'
import { platform } from '../../../renderer/platform'
import type { Recipe } from '../../../shared/recipes/types'
import { freshDb } from '../db/helpers'

let pinia: Pinia

async function visit(path: string, locale: 'en' | 'de' = 'en') {
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/recipes', component: RecipesPage },
      { path: '/recipes/:id', component: RecipePage },
    ],
  })
  await router.push(path)
  const Root = defineComponent({ render: () => h(RouterView) })
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n(locale), router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

const own = (id: string): Recipe => ({
  id,
  name: { en: 'Kefir with oats', de: 'Kefir mit Hafer' },
  slots: ['breakfast'],
  servings: 2,
  prepMinutes: 5,
  cookMinutes: 0,
  ingredients: [
    { foodId: 'gp-kefir', quantity: { unit: 'ml', amount: 300 } },
    { foodId: '08120', quantity: { unit: 'measure', amount: 1, measure: 'cup' } },
  ],
  steps: [{ en: 'Stir.', de: 'Umrühren.' }],
})

describe('RecipePage', () => {
  beforeAll(async () => {
    freshDb()
    pinia = createPinia()
    setActivePinia(pinia)
    await useRecipesStore(pinia).load()
  }, 30_000)
  beforeEach(async () => {
    useProfileStore(pinia).profile = defaultProfile()
    for (const recipe of useRecipesStore(pinia).ownRecipes) await useRecipesStore(pinia).remove(recipe.id)
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows a built-in recipe and scales its ingredients live with the servings', async () => {
    const { wrapper } = await visit('/recipes/d-kimchi-tofu-stew')
    expect(wrapper.get('[data-testid="recipe-title"]').text()).toBe('Kimchi and tofu stew with brown rice')
    expect(wrapper.text()).toContain('Built-in recipe')
    const amounts = () => wrapper.findAll('[data-testid="ingredient-amount"]').map((a) => a.text())
    expect(amounts()[0]).toBe('150 g')
    expect(wrapper.get('[data-testid="ingredients"]').text()).toContain('Brown rice')
    await wrapper.get('[data-testid="servings-up"]').trigger('click')
    await wrapper.get('[data-testid="servings-up"]').trigger('click')
    expect(wrapper.get('[data-testid="servings"]').text()).toBe('4')
    expect(amounts()[0]).toBe('300 g')
    // Nutrition stays per serving; scaling changes only the amounts to buy and cook.
    expect(wrapper.get('[data-testid="nutrition"]').text()).toContain('Energy')
    expect(wrapper.get('[data-testid="steps"]').findAll('li').length).toBeGreaterThan(1)
    expect(wrapper.find('[data-testid="edit-recipe"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="delete-recipe"]').exists()).toBe(false)
  })

  it('opens at a planned meal’s servings with its leftovers, scales the steps, and cooks step by step with the screen on', async () => {
    const recipe = builtInRecipes.find((r) => r.steps.some((st) => /\d+ ml/.test(st.en)))!
    const screen = vi.spyOn(platform, 'keepScreenOn').mockResolvedValue({ status: 'on' })
    const { wrapper } = await visit(`/recipes/${recipe.id}?week=2026-W49&day=0&slot=dinner&servings=2.75&rest=1.75&restDay=1`)
    expect(wrapper.get('[data-testid="planned-for"]').text()).toBe('For Dinner, Monday: 2¾ servings, 1¾ of them for lunch on Tuesday.')
    expect(wrapper.get('[data-testid="servings"]').text()).toBe('2¾')
    const factor = 2.75 / recipe.servings
    const steps = wrapper.get('[data-testid="steps"]').findAll('li').map((li) => li.text())
    expect(steps).toEqual(recipe.steps.map((st) => scaleStepAmounts(st.en, factor, 'en')))
    expect(steps.join(' ')).not.toBe(recipe.steps.map((st) => st.en).join(' '))

    await wrapper.get('[data-testid="start-cooking"]').trigger('click')
    await flushPromises()
    const cook = wrapper.get('[data-testid="cook-view"]')
    expect(cook.text()).toContain('What you need')
    expect(screen).toHaveBeenCalledWith(true)
    await cook.trigger('keydown', { key: 'ArrowRight' })
    expect(wrapper.get('[data-testid="cook-step-label"]').text()).toBe(`Step 1 of ${recipe.steps.length}`)
    expect(wrapper.get('[data-testid="cook-step"]').text()).toBe(steps[0])
    await cook.trigger('pointerdown', { clientX: 300 })
    await cook.trigger('pointerup', { clientX: 100 })
    if (recipe.steps.length > 1) expect(wrapper.get('[data-testid="cook-step"]').text()).toBe(steps[1])
    await cook.trigger('keydown', { key: 'ArrowLeft' })
    await cook.trigger('keydown', { key: 'ArrowLeft' })
    expect(wrapper.get('[data-testid="cook-view"]').text()).toContain('What you need')
    await wrapper.get('[data-testid="cook-view"]').trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(wrapper.find('[data-testid="cook-view"]').exists()).toBe(false)
    expect(screen).toHaveBeenLastCalledWith(false)
  })

  it('opens as written when the planned servings are not a plan’s', async () => {
    const { wrapper } = await visit('/recipes/d-kimchi-tofu-stew?servings=0.3&week=2026-W49&day=0&slot=dinner')
    expect(wrapper.find('[data-testid="planned-for"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="servings"]').text()).toBe(String(builtInRecipes.find((r) => r.id === 'd-kimchi-tofu-stew')!.servings))
  })

  it('shows tags and flags with reasons and the ingredients behind them, and marks incomplete nutrients', async () => {
    const { wrapper } = await visit('/recipes/b-kefir-overnight-oats')
    const findings = wrapper.get('[data-testid="recipe-findings"]').text()
    expect(findings).toContain('Fermented (live cultures)')
    expect(findings).toContain('Foods of this kind usually still carry live microbes when eaten')
    expect(findings).toContain('Kefir')
    expect(wrapper.get('[data-testid="nutrition"]').text()).toMatch(/of which sugars\s*at least/)
    expect(wrapper.text()).toContain('5 plant points per serving')
  })

  it('warns about conflicts with the profile, naming the ingredient', async () => {
    await useProfileStore(pinia).update({ intolerances: ['lactose'] })
    const { wrapper } = await visit('/recipes/b-kefir-overnight-oats')
    const banner = wrapper.get('[data-testid="conflict-banner"]')
    expect(banner.text()).toContain('Kefir')
  })

  it('offers the adapted version where the swaps make it fit, and shows it with the swapped ingredients', async () => {
    await useProfileStore(pinia).update({ intolerances: ['gluten'] })
    const { wrapper, router } = await visit('/recipes/d-anchovy-broccoli-whole-wheat-pasta')
    const offer = wrapper.get('[data-testid="recipe-adapted"]')
    expect(offer.text()).toContain('Wholemeal macaroni → Corn pasta')
    await router.push('/recipes/d-anchovy-broccoli-whole-wheat-pasta?adapted=1')
    await flushPromises()
    expect(wrapper.get('[data-testid="recipe-adapted"]').text()).toContain('Adapted for you: Wholemeal macaroni → Corn pasta')
    expect(wrapper.get('[data-testid="ingredients"]').text()).toContain('Corn pasta')
    expect(wrapper.find('[data-testid="conflict-banner"]').exists()).toBe(false)
  })

  it('marks a recipe as a favourite or never to plan, one at a time, in the profile’s rules', async () => {
    const { wrapper } = await visit('/recipes/d-kimchi-tofu-stew')
    await wrapper.get('[data-testid="favourite-recipe"]').trigger('click')
    await flushPromises()
    expect(useProfileStore(pinia).profile.rules).toEqual({ favourites: ['d-kimchi-tofu-stew'] })
    expect(wrapper.get('[data-testid="favourite-recipe"]').attributes('aria-pressed')).toBe('true')
    await wrapper.get('[data-testid="dislike-recipe"]').trigger('click')
    await flushPromises()
    expect(useProfileStore(pinia).profile.rules).toEqual({ disliked: ['d-kimchi-tofu-stew'] })
    expect(wrapper.get('[data-testid="favourite-recipe"]').attributes('aria-pressed')).toBe('false')
  })

  it('duplicates a built-in recipe into an own one, named in both languages', async () => {
    const { wrapper, router } = await visit('/recipes/d-kimchi-tofu-stew')
    expect(wrapper.get('[data-testid="duplicate-recipe"]').attributes('href')).toBe('/recipes/new?from=d-kimchi-tofu-stew')
    await router.push('/recipes/new?from=d-kimchi-tofu-stew')
    await flushPromises()
    const name = wrapper.get('[data-testid="recipe-name"]')
    expect((name.element as HTMLInputElement).value).toBe('Kimchi and tofu stew with brown rice (copy)')
    await wrapper.get('[data-testid="recipe-servings"]').setValue('3')
    await wrapper.get('[data-testid="recipe-editor"]').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toMatch(/^\/recipes\/own-/))
    const saved = await getOwnRecipe(String(router.currentRoute.value.params.id))
    expect(saved?.name).toEqual({ en: 'Kimchi and tofu stew with brown rice (copy)', de: 'Kimchi-Tofu-Eintopf mit Naturreis (Kopie)' })
    expect(saved?.servings).toBe(3)
    await flushPromises()
    expect(wrapper.text()).toContain('Your recipe')
    expect(wrapper.find('[data-testid="edit-recipe"]').exists()).toBe(true)
  })

  it('edits an own recipe and deletes it after asking', async () => {
    const store = useRecipesStore(pinia)
    const id = store.newId()
    expect((await store.save(own(id))).ok).toBe(true)
    const { wrapper, router } = await visit(`/recipes/${id}?edit=1`)
    expect(wrapper.text()).toContain('Edit recipe')
    await wrapper.get('[data-testid="recipe-name"]').setValue('Kefir with oats and honey')
    await wrapper.get('[data-testid="recipe-editor"]').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/recipes/${id}`))
    expect((await getOwnRecipe(id))?.name).toEqual({ en: 'Kefir with oats and honey', de: 'Kefir with oats and honey' })
    await flushPromises()
    expect(wrapper.text()).toContain('1 cup (81 g)')

    await wrapper.get('[data-testid="delete-recipe"]').trigger('click')
    expect(wrapper.text()).toContain('“Kefir with oats and honey” will be gone for good.')
    expect(await listOwnRecipes()).toHaveLength(1)
    await wrapper.get('[data-testid="confirm-delete"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/recipes'))
    expect(await listOwnRecipes()).toEqual([])
  })

  it('does not open the editor for a built-in recipe, and says when a recipe does not exist', async () => {
    const { wrapper } = await visit('/recipes/d-kimchi-tofu-stew?edit=1')
    expect(wrapper.find('[data-testid="recipe-editor"]').exists()).toBe(false)
    const missing = await visit('/recipes/own-gone')
    expect(missing.wrapper.text()).toContain('This recipe does not exist, or it was deleted.')
  })

  it('speaks German: steps, units and nutrition', async () => {
    const { wrapper } = await visit('/recipes/d-kimchi-tofu-stew', 'de')
    expect(wrapper.get('[data-testid="recipe-title"]').text()).toBe('Kimchi-Tofu-Eintopf mit Naturreis')
    expect(wrapper.text()).toContain('Zubereitung')
    expect(wrapper.text()).toContain('Nährwerte pro Portion')
    expect(wrapper.text()).not.toContain('Ingredients')
  })
})
