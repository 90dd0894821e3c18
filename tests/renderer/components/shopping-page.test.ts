import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { emptyPlan, withMeal } from '../../../shared/week/edits'
import { savePlan } from '../../../renderer/db/plans'
import type { Week } from '../../../shared/week/schema'
import { loadShoppingWeek } from '../../../renderer/db/shopping'
import { createAppI18n, type Locale } from '../../../renderer/i18n'
import ShoppingPage from '../../../renderer/pages/ShoppingPage.vue'
import { platform } from '../../../renderer/platform'
import { useCatalogueStore } from '../../../renderer/stores/catalogue'
import { useShoppingStore } from '../../../renderer/stores/shopping'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { freshDb } from '../db/helpers'

const recipe = (id: string): Recipe => builtInRecipes.find((r) => r.id === id)!
const kefirOats = recipe('b-kefir-overnight-oats')
const pearPorridge = recipe('b-porridge-pear-ginger')
const raspberries = '09302'
const pear = '09252'

function week(id: string, meals: [day: number, r: Recipe][]): Week {
  return meals.reduce(
    (p, [day, r]) => withMeal(p, { day, slot: 'breakfast' }, { slot: 'breakfast', recipeId: r.id, servings: 2, locked: false, byHand: false, reasons: [], recipe: r }),
    emptyPlan(id),
  )
}

let pinia: Pinia
const Blank = defineComponent({ render: () => null })

async function mountPage(path = '/shopping/2026-W20', locale: Locale = 'en') {
  setActivePinia(pinia)
  const old = useShoppingStore()
  old.$dispose()
  delete pinia.state.value[old.$id]
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/shopping/:week?', name: 'shopping', component: ShoppingPage },
      { path: '/:any(.*)*', component: Blank },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(ShoppingPage, { global: { plugins: [pinia, createAppI18n(locale), router] }, attachTo: document.body })
  const store = useShoppingStore()
  await vi.waitFor(() => expect(store.status).toBe('ready'), { timeout: 10_000 })
  await flushPromises()
  return { wrapper, store, router }
}

const item = (wrapper: VueWrapper, key: string) => wrapper.find(`[data-testid="item-${key}"]`)
const aisleOrder = (wrapper: VueWrapper) => wrapper.findAll('section[data-testid^="aisle-"]').map((s) => s.attributes('data-testid'))

describe('ShoppingPage', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    freshDb()
    pinia = createPinia()
    setActivePinia(pinia)
    await useCatalogueStore().load()
  }, 60_000)
  beforeEach(async () => {
    freshDb()
    await savePlan(week('2026-W20', [[0, kefirOats], [1, pearPorridge]]))
  })
  afterEach(() => {
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  it('shows the week’s list by aisle, ticks an item and remembers it', async () => {
    const { wrapper, store } = await mountPage()
    expect(wrapper.get('h1').text()).toBe('Shopping list')
    expect(wrapper.get('[data-testid="shopping-range"]').text()).toMatch(/^Week 20 · /)
    expect(aisleOrder(wrapper)[0]).toBe('aisle-produce')
    expect(wrapper.get('[data-testid="aisle-produce"] h2').text()).toBe('Produce')
    const row = item(wrapper, raspberries)
    expect(row.text()).toContain('Raspberries')

    await row.get('input[type="checkbox"]').setValue(true)
    await store.settled()
    expect(item(wrapper, raspberries).attributes('data-ticked')).toBe('true')
    expect(wrapper.get('[data-testid="progress"]').text()).toMatch(/^1 of \d+ ticked$/)
    expect((await loadShoppingWeek('2026-W20')).ticks.map((t) => t.key)).toEqual([raspberries])
  })

  it('says which meals need an item, on demand', async () => {
    const { wrapper } = await mountPage()
    const button = item(wrapper, '08120').get('[data-testid="item-meals"]')
    expect(button.text()).toMatch(/^For 2 meals/)
    expect(button.attributes('aria-expanded')).toBe('false')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    const meals = item(wrapper, '08120').findAll('[data-testid="item-meal-list"] li').map((li) => li.text())
    expect(meals).toHaveLength(2)
    expect(meals[0]).toContain(`Breakfast: ${kefirOats.name.en} · 2 servings`)
    expect(meals[1]).toContain(pearPorridge.name.en)
  })

  it('leaves out the days not chosen', async () => {
    const { wrapper } = await mountPage()
    expect(item(wrapper, pear).exists()).toBe(true)
    await wrapper.get('[data-testid="scope-day-1"]').setValue(false)
    await flushPromises()
    expect(item(wrapper, pear).exists()).toBe(false)
    expect(wrapper.get('[data-testid="scope"]').text()).toContain('6 of 7 days')
  })

  it('moves a food to the pantry and back', async () => {
    const { wrapper, store } = await mountPage()
    await item(wrapper, raspberries).get('[data-testid="at-home"]').trigger('click')
    await store.settled()
    expect(item(wrapper, raspberries).exists()).toBe(false)
    const pantry = wrapper.get('[data-testid="pantry"]')
    expect(pantry.text()).toContain('Raspberries')
    await pantry.get(`[data-testid="pantry-${raspberries}"] button`).trigger('click')
    await store.settled()
    expect(item(wrapper, raspberries).exists()).toBe(true)
  })

  it('adds an item by hand to the aisle chosen, refuses an empty one, and removes it', async () => {
    const { wrapper, store } = await mountPage()
    const form = wrapper.get('[data-testid="extra-form"]')
    await form.get('form').trigger('submit')
    expect(form.text()).toContain('Enter what you want to buy.')
    await form.get('[data-testid="extra-name"]').setValue('Kitchen roll')
    await form.get('[data-testid="extra-quantity"]').setValue('2 packs')
    await form.get('[data-testid="extra-aisle"]').setValue('frozen')
    await form.get('form').trigger('submit')
    await store.settled()
    const extra = store.state.extras[0]!
    const row = wrapper.get(`[data-testid="aisle-frozen"] [data-testid="item-extra:${extra.id}"]`)
    expect(row.text()).toContain('Kitchen roll')
    expect(row.text()).toContain('2 packs')
    expect(form.get('[role="status"]').text()).toBe('Kitchen roll added.')
    await row.get('[data-testid="remove-extra"]').trigger('click')
    await store.settled()
    expect(wrapper.find('[data-testid="aisle-frozen"]').exists()).toBe(false)
  })

  it('changes the aisle order with the arrows', async () => {
    const { wrapper } = await mountPage()
    const before = aisleOrder(wrapper)
    expect(wrapper.get('[data-testid="aisle-produce"] [data-testid="aisle-up"]').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="aisle-produce"] [data-testid="aisle-down"]').trigger('click')
    await flushPromises()
    expect(aisleOrder(wrapper)).toEqual([before[1], before[0], ...before.slice(2)])
    expect(wrapper.get(`[data-testid="${before[1]}"] [data-testid="aisle-up"]`).attributes('aria-label')).toMatch(/^Move .+ up$/)
  })

  it('copies the list as Markdown with its ticks and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { wrapper, store } = await mountPage()
    await store.toggleTick(raspberries)
    await wrapper.get('[data-testid="export-copy"]').trigger('click')
    await flushPromises()
    const text = (writeText.mock.calls[0] as unknown as [string])[0]
    expect(text).toMatch(/^## Produce\n\n/)
    expect(text).toMatch(/^- \[x\] Raspberries: /m)
    expect(wrapper.get('[data-testid="export-status"]').text()).toBe('Copied as Markdown.')
    vi.unstubAllGlobals()
  })

  it('shows the text to copy by hand where the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } })
    const { wrapper } = await mountPage()
    await wrapper.get('[data-testid="export-format"]').setValue('csv')
    await wrapper.get('[data-testid="export-copy"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="export-status"]').text()).toMatch(/^Copying is not allowed here/)
    const area = wrapper.get<HTMLTextAreaElement>('[data-testid="export-text"]')
    expect(area.element.value.split('\r\n')[0]).toBe('Aisle,Item,Quantity,Grams,Ticked')
    vi.unstubAllGlobals()
  })

  it('saves the list as a file through the platform', async () => {
    const saveFile = vi.spyOn(platform, 'saveFile').mockResolvedValue({ status: 'saved', path: '/home/me/shopping-list-2026-W20.txt' })
    const { wrapper } = await mountPage()
    await wrapper.get('[data-testid="export-format"]').setValue('text')
    await wrapper.get('[data-testid="export-save"]').trigger('click')
    await flushPromises()
    expect(saveFile).toHaveBeenCalledWith({ suggestedName: 'shopping-list-2026-W20.txt', content: expect.stringMatching(/^Produce\n\[ \] /), filters: [{ name: 'Plain text', extensions: ['txt'] }] })
    expect(wrapper.get('[data-testid="export-status"]').text()).toBe('Saved to /home/me/shopping-list-2026-W20.txt.')

    saveFile.mockResolvedValue({ status: 'handed-to-browser' })
    await wrapper.get('[data-testid="export-save"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="export-status"]').text()).toBe('Saved to your downloads as shopping-list-2026-W20.txt.')
  })

  it('shows the plain list as an SVG QR code made on the machine, and the code follows the ticks', async () => {
    const fetching = vi.spyOn(globalThis, 'fetch')
    const { wrapper } = await mountPage()
    await wrapper.get('[data-testid="qr-toggle"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="qr-code"]')).toHaveLength(1))
    const img = wrapper.get('[data-testid="qr-code"] img')
    const src = img.attributes('src')!
    expect(src).toMatch(/^data:image\/svg\+xml;charset=utf-8,/)
    expect(decodeURIComponent(src.slice(src.indexOf(',') + 1))).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*>.*<path /s)
    expect(img.attributes('alt')).toBe('QR code of the shopping list')
    expect(wrapper.find('[data-testid="qr-split"]').exists()).toBe(false)
    await item(wrapper, raspberries).get('input[type="checkbox"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.get('[data-testid="qr-code"] img').attributes('src')).not.toBe(src))
    expect(fetching).not.toHaveBeenCalled()
    await wrapper.get('[data-testid="qr-toggle"]').trigger('click')
    expect(wrapper.findAll('[data-testid="qr-code"]')).toHaveLength(0)
  })

  it('speaks German', async () => {
    const { wrapper } = await mountPage('/shopping/2026-W20', 'de')
    expect(wrapper.get('h1').text()).toBe('Einkaufsliste')
    expect(wrapper.get('[data-testid="aisle-produce"] h2').text()).toBe('Obst & Gemüse')
    expect(item(wrapper, raspberries).get('[data-testid="at-home"]').text()).toBe('Immer im Haus')
  })

  it('says when nothing is planned and links to the week', async () => {
    const { wrapper } = await mountPage('/shopping/2026-W30')
    expect(wrapper.text()).toContain('Nothing to buy yet')
    expect(wrapper.find('section[data-testid^="aisle-"]').exists()).toBe(false)
  })
})
