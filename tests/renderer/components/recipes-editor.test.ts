import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { blankDraft, draftOf, moved, type RecipeDraft } from '../../../renderer/components/recipes/recipe-draft'
import RecipeEditor from '../../../renderer/components/recipes/RecipeEditor.vue'
import { listOwnRecipes } from '../../../renderer/db/recipes'
import { useCatalogueStore } from '../../../renderer/stores/catalogue'
import { builtInRecipes } from '../../../shared/recipes/library'
import { freshDb } from '../db/helpers'
import { mountWithApp } from './helpers'

let pinia: Pinia
let saved: string[] = []

/** The editor with its props bound (mountWithApp takes a component, not props). */
function mountEditor(initial: RecipeDraft = blankDraft('own-test-recipe'), locale: 'en' | 'de' = 'en') {
  const Bound = defineComponent({ render: () => h(RecipeEditor, { initial, isNew: true, onSaved: (id: string) => saved.push(id) }) })
  return mountWithApp(Bound, { pinia, locale }).wrapper
}

async function pick(wrapper: ReturnType<typeof mountEditor>, query: string, downs = 0) {
  const input = wrapper.get('[data-testid="ingredient-search"]')
  await input.setValue(query)
  await vi.waitFor(() => expect(wrapper.findAll('[role="option"]').length).toBeGreaterThan(0))
  for (let i = 0; i < downs; i++) await input.trigger('keydown', { key: 'ArrowDown' })
  const name = wrapper.find('[aria-selected="true"]').text()
  await input.trigger('keydown', { key: 'Enter' })
  return name
}

describe('RecipeEditor', () => {
  beforeAll(async () => {
    freshDb()
    pinia = createPinia()
    setActivePinia(pinia)
    await useCatalogueStore(pinia).load()
  }, 30_000)
  beforeEach(() => {
    freshDb()
    saved = []
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('picks ingredients with the keyboard and shows derived tags live', async () => {
    const wrapper = mountEditor()
    expect(wrapper.get('[data-testid="live-facts"]').text()).toContain('Add ingredients to see tags and nutrition.')
    const input = wrapper.get('[data-testid="ingredient-search"]')
    expect(input.attributes('role')).toBe('combobox')
    const kefir = await pick(wrapper, 'kefir')
    expect(kefir).toMatch(/kefir/i)
    expect(input.attributes('aria-expanded')).toBe('false')
    expect((input.element as HTMLInputElement).value).toBe('')
    expect(wrapper.findAll('[data-testid="ingredient-row"]')).toHaveLength(1)
    await flushPromises()
    const live = wrapper.get('[data-testid="live-facts"]').text()
    expect(live).toContain('Fermented')
    expect(live).toContain('Foods of this kind usually still carry live microbes when eaten')

    await pick(wrapper, 'oats regular')
    expect(wrapper.findAll('[data-testid="ingredient-row"]')).toHaveLength(2)
    expect(wrapper.get('[data-testid="live-facts"]').text()).toContain('Prebiotic')
    // The second pick's arrow keys move the active option.
    const input2 = wrapper.get('[data-testid="ingredient-search"]')
    await input2.setValue('walnut')
    await vi.waitFor(() => expect(wrapper.findAll('[role="option"]').length).toBeGreaterThan(1))
    const first = wrapper.find('[aria-selected="true"]').attributes('id')
    await input2.trigger('keydown', { key: 'ArrowDown' })
    expect(wrapper.find('[aria-selected="true"]').attributes('id')).not.toBe(first)
    expect(input2.attributes('aria-activedescendant')).toBe(wrapper.find('[aria-selected="true"]').attributes('id'))
    await input2.trigger('keydown', { key: 'Escape' })
    expect(input2.attributes('aria-expanded')).toBe('false')
  })

  it('refuses to save an invalid draft, says why, and stores nothing', async () => {
    const wrapper = mountEditor()
    // Nothing is flagged before the person has been anywhere.
    expect(wrapper.text()).not.toContain('Give the recipe a name.')
    await wrapper.get('[data-testid="recipe-editor"]').trigger('submit')
    await flushPromises()
    const summary = wrapper.get('[data-testid="editor-summary"]').text()
    expect(summary).toContain('Not saved. Fix these first:')
    expect(summary).toContain('Name: Give the recipe a name.')
    expect(summary).toContain('Meals: Choose at least one meal.')
    expect(summary).toContain('Ingredients: Add at least one ingredient.')
    expect(wrapper.get('[data-testid="recipe-name"]').attributes('aria-invalid')).toBe('true')
    expect(saved).toEqual([])
    expect(await listOwnRecipes()).toEqual([])

    await wrapper.get('[data-testid="recipe-name"]').setValue('Kefir bowl')
    await wrapper.findAll('label').find((l) => l.text() === 'Breakfast')!.get('input').setValue(true)
    await pick(wrapper, 'kefir')
    const amount = wrapper.get('[data-testid="ingredient-amount-input"]')
    await amount.setValue('')
    expect(wrapper.text()).toContain('Enter an amount.')
    await amount.setValue('20000')
    expect(wrapper.text()).toContain('That is more than 10000 g or ml of one ingredient.')
    await wrapper.get('[data-testid="recipe-servings"]').setValue('30')
    expect(wrapper.text()).toContain('Enter a whole number from 1 to 24.')
    await wrapper.get('[data-testid="recipe-editor"]').trigger('submit')
    await flushPromises()
    expect(await listOwnRecipes()).toEqual([])

    await amount.setValue('250')
    await wrapper.get('[data-testid="recipe-servings"]').setValue('2')
    await wrapper.get('[data-testid="recipe-editor"]').trigger('submit')
    await vi.waitFor(() => expect(saved).toEqual(['own-test-recipe']))
    const [stored] = await listOwnRecipes()
    expect(stored).toMatchObject({ id: 'own-test-recipe', name: { en: 'Kefir bowl', de: 'Kefir bowl' }, slots: ['breakfast'], servings: 2 })
    expect(stored!.ingredients[0]!.quantity).toEqual({ unit: 'g', amount: 250 })
  })

  it('keeps the weight when the unit changes to a household measure and back', async () => {
    const wrapper = mountEditor()
    await pick(wrapper, 'oats regular quick')
    const amount = wrapper.get('[data-testid="ingredient-amount-input"]')
    await amount.setValue('81')
    const unit = wrapper.get('[data-testid="ingredient-unit"]')
    expect(unit.findAll('option').map((o) => o.text())).toEqual(['g', 'ml', 'cup (81 g)'])
    await unit.setValue('measure:cup')
    expect((amount.element as HTMLInputElement).value).toBe('1')
    await unit.setValue('g')
    expect((amount.element as HTMLInputElement).value).toBe('81')
  })

  it('adds, writes, reorders and removes steps', async () => {
    const wrapper = mountEditor()
    await wrapper.get('[data-testid="add-step"]').trigger('click')
    await wrapper.get('[data-testid="add-step"]').trigger('click')
    const steps = () => wrapper.findAll('[data-testid="step-input"]')
    await steps()[0]!.setValue('Soak the oats.')
    await steps()[1]!.setValue('Add the kefir.')
    await wrapper.get('button[aria-label="Move step 2 up"]').trigger('click')
    expect(steps().map((s) => (s.element as HTMLTextAreaElement).value)).toEqual(['Add the kefir.', 'Soak the oats.'])
    await wrapper.get('button[aria-label="Remove step 1"]').trigger('click')
    expect(steps().map((s) => (s.element as HTMLTextAreaElement).value)).toEqual(['Soak the oats.'])
    await wrapper.get('[data-testid="add-step"]').trigger('click')
    await steps()[1]!.trigger('blur')
    expect(wrapper.text()).toContain('Write this step, or remove it.')
  })

  it('keeps the translations of a duplicated recipe until the person retypes them', async () => {
    const source = builtInRecipes.find((r) => r.id === 'd-kimchi-tofu-stew')!
    const wrapper = mountEditor(draftOf(source, { id: 'own-copy' }), 'de')
    expect((wrapper.get('[data-testid="recipe-name"]').element as HTMLInputElement).value).toBe('Kimchi-Tofu-Eintopf mit Naturreis')
    expect(wrapper.text()).toContain('Beim Tippen ermittelt')
    await wrapper.get('[data-testid="recipe-editor"]').trigger('submit')
    await vi.waitFor(() => expect(saved).toEqual(['own-copy']))
    const [stored] = await listOwnRecipes()
    expect(stored!.name).toEqual(source.name)
    expect(stored!.steps).toEqual(source.steps)
  })

  it('moves list items one place at a time', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
  })
})
