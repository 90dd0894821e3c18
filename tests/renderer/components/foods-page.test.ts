/** The Foods screen: search, tag filters, a food's details and conflicts, and the person's own foods. */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Food } from '../../../shared/food/types'
import { defaultProfile, type Profile } from '../../../shared/profile/profile'
import { listOwnFoods, saveOwnFood } from '../../../renderer/db/foods'
import { saveProfile } from '../../../renderer/db/profile'
import { createAppI18n, type Locale } from '../../../renderer/i18n'
import FoodsPage from '../../../renderer/pages/FoodsPage.vue'
import { useCatalogueStore } from '../../../renderer/stores/catalogue'
import { useProfileStore } from '../../../renderer/stores/profile'
import { freshDb } from '../db/helpers'

async function mountPage(path = '/foods', options: { locale?: Locale; profile?: Partial<Profile> } = {}) {
  if (options.profile) await saveProfile({ ...defaultProfile(), ...options.profile })
  const pinia = createPinia()
  setActivePinia(pinia)
  await useProfileStore(pinia).load()
  // The foods route as the app declares it (renderer/router.ts), without the other screens.
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/foods/:id?', name: 'foods', component: FoodsPage }] })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(FoodsPage, { global: { plugins: [pinia, createAppI18n(options.locale ?? 'en'), router] }, attachTo: document.body })
  await vi.waitFor(() => expect(useCatalogueStore(pinia).status).toBe('ready'), { timeout: 15_000 })
  await flushPromises()
  return { wrapper, router }
}

const resultNames = (wrapper: VueWrapper) => wrapper.findAll('.result__link').map((n) => n.text())
const chip = (wrapper: VueWrapper, label: string) => {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`no checkbox “${label}”`)
  return found.get('input')
}
const field = (wrapper: VueWrapper, label: string) => {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`no field “${label}”`)
  return wrapper.get(`#${CSS.escape(found.attributes('for')!)}`)
}

beforeEach(() => {
  freshDb()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('FoodsPage', () => {
  it('finds kefir by search and the "fermented" filter, opens it, and shows its tags with reasons', { timeout: 30_000 }, async () => {
    const { wrapper, router } = await mountPage()
    await wrapper.get('[data-testid="food-search"]').setValue('kefir')
    await vi.waitFor(() => expect(resultNames(wrapper)).toEqual(['Kefir']), { timeout: 5000 })
    await chip(wrapper, 'Fermented').setValue(true)
    await vi.waitFor(() => expect(wrapper.get('[data-testid="results-status"]').text()).toBe('1 food'))
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: 'kefir', tags: 'fermented' }))
    expect(wrapper.get('.result').text()).toContain('Fermented (live cultures)')

    await wrapper.get('.result__link').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="food-detail"]').exists()).toBe(true))
    expect(router.currentRoute.value.params.id).toBe('gp-kefir')
    const detail = wrapper.get('[data-testid="food-detail"]').text()
    expect(detail).toContain('Fermented (live cultures)')
    expect(detail).toContain('Foods of this kind usually still carry live microbes when eaten')
    expect(detail).toContain('About 15 g in a typical serve of 250 g')
    expect(detail).toContain('Where the values come from')
    expect(wrapper.find('[data-testid="conflict-banner"]').exists()).toBe(false)
  })

  it('shows a conflict banner when the food clashes with the profile', async () => {
    const { wrapper } = await mountPage('/foods/gp-kefir', { profile: { intolerances: ['lactose'] } })
    const banner = wrapper.get('[data-testid="conflict-banner"]')
    expect(banner.attributes('role')).toBe('alert')
    expect(banner.text()).toContain('High in lactose (you marked lactose intolerance)')
  })

  it('shows nutrients per 100 g and per household measure, with "not measured" rather than 0', async () => {
    const { wrapper } = await mountPage('/foods/gp-kefir')
    const row = (name: string) => wrapper.findAll('[data-testid="nutrients"] tbody tr').find((r) => r.get('th').text() === name)!.findAll('td').map((td) => td.text())
    expect(row('Energy')).toEqual(['61 kcal', '149 kcal'])
    expect(row('of which trans fat')).toEqual(['not measured', 'not measured'])
    await wrapper.get('[data-testid="measure"]').setValue('1')
    expect(row('Energy')).toEqual(['61 kcal', '9.15 kcal'])
    expect(wrapper.text()).toContain('per 1 tbsp (15 g)')
  })

  it('filters the whole catalogue without a query, and caps the list', { timeout: 30_000 }, async () => {
    const { wrapper } = await mountPage()
    expect(wrapper.get('[data-testid="results-status"]').text()).toMatch(/^Showing the first 100 of 8,\d{3} foods$/)
    await chip(wrapper, 'Fermented').setValue(true)
    await chip(wrapper, 'Contains lactose').setValue(true)
    await vi.waitFor(() => expect(wrapper.get('[data-testid="results-status"]').text()).toMatch(/^(\d+ foods|Showing the first 100 of \d+ foods)$/), {
      timeout: 20_000,
    })
    const names = resultNames(wrapper)
    expect(names).toContain('Kefir')
    expect(names).not.toContain('Cheese, cheddar')
  })

  it('refuses a bad own food with messages and saves nothing', async () => {
    const { wrapper } = await mountPage()
    await wrapper.get('[data-testid="add-own-food"]').trigger('click')
    await field(wrapper, 'Name').setValue('Seed crackers')
    await field(wrapper, 'Protein (g)').setValue('abc')
    await field(wrapper, 'Fat (g)').setValue('10')
    await field(wrapper, 'of which saturates (g)').setValue('12')
    await field(wrapper, 'Energy (kcal)').setValue('1200')
    await wrapper.get('[data-testid="own-food-form"]').trigger('submit')
    await flushPromises()
    const form = wrapper.get('[data-testid="own-food-form"]').text()
    expect(form).toContain('Not saved: fix the highlighted fields.')
    expect(form).toContain('Choose the kind of food.')
    expect(form).toContain('Enter a number, like 2.5.')
    expect(form).toContain('Saturates and trans fat together can’t be more than the fat.')
    expect(form).toContain('Enter at most 900 kcal per 100 g.')
    expect(field(wrapper, 'Protein (g)').attributes('aria-invalid')).toBe('true')
    expect(await listOwnFoods()).toEqual([])

    // Fixing a field clears its message at once.
    await field(wrapper, 'Protein (g)').setValue('12,5')
    await flushPromises()
    expect(wrapper.get('[data-testid="own-food-form"]').text()).not.toContain('Enter a number, like 2.5.')
  })

  it('saves a good own food, finds it, and treats "contains gluten" like any rule', { timeout: 30_000 }, async () => {
    const { wrapper, router } = await mountPage('/foods', { profile: { intolerances: ['gluten'] } })
    await wrapper.get('[data-testid="add-own-food"]').trigger('click')
    await field(wrapper, 'Name').setValue('Grandma’s spelt dumplings')
    await field(wrapper, 'Kind of food').setValue('22')
    await field(wrapper, 'Energy (kcal)').setValue('210')
    await field(wrapper, 'Fat (g)').setValue('4.5')
    await field(wrapper, 'Fibre (g)').setValue('')
    await wrapper.findAll('button').find((b) => b.text() === 'Add a measure')!.trigger('click')
    await field(wrapper, 'Measure').setValue('dumpling')
    await field(wrapper, 'Grams').setValue('60')
    await wrapper.get('[data-testid="own-gluten"]').setValue(true)
    await wrapper.get('[data-testid="own-food-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('.own-form__summary').exists()).toBe(false)
    await vi.waitFor(async () => expect(await listOwnFoods()).toHaveLength(1))

    const [saved] = await listOwnFoods()
    expect(saved).toMatchObject({
      name: 'Grandma’s spelt dumplings',
      group: '22',
      declared: { containsGluten: true },
      measures: [{ amount: 1, name: 'dumpling', grams: 60 }],
    })
    expect(saved!.id).toMatch(/^own-[0-9a-f-]{36}$/)
    expect(saved!.nutrients.fiberG).toBeNull()
    await vi.waitFor(() => expect(router.currentRoute.value.params.id).toBe(saved!.id))
    const detail = wrapper.get('[data-testid="food-detail"]').text()
    expect(detail).toContain('Your own food')
    expect(detail).toContain('Contains gluten')
    expect(detail).toContain('You declared this when you added the food.')
    expect(wrapper.get('[data-testid="conflict-banner"]').text()).toContain('Contains gluten (you marked gluten intolerance)')

    await wrapper.get('[data-testid="food-search"]').setValue('dumplings spelt')
    await vi.waitFor(() => expect(resultNames(wrapper)[0]).toBe('Grandma’s spelt dumplings'), { timeout: 5000 })
    expect(wrapper.get('.result').text()).toContain('Your own')
  })

  it('edits an own food and deletes it after asking', async () => {
    const food: Food = {
      id: 'own-0000',
      name: 'Oat milk, home-made',
      group: '14',
      nutrients: { energyKcal: 45, proteinG: 1, carbsG: 7, fiberG: 0.8, sugarsG: 3, fatG: 1.5, saturatedG: 0.2, transG: null, omega3G: null, sodiumMg: 40 },
      measures: [{ amount: 1, name: 'glass', grams: 250 }],
      declared: { diets: ['vegan'] },
    }
    await saveOwnFood(food)
    const { wrapper, router } = await mountPage('/foods/own-0000')
    expect(wrapper.get('[data-testid="food-detail"]').text()).toContain('Vegan')

    await wrapper.findAll('button').find((b) => b.text() === 'Edit')!.trigger('click')
    expect((field(wrapper, 'Name').element as HTMLInputElement).value).toBe('Oat milk, home-made')
    expect((field(wrapper, 'Fibre (g)').element as HTMLInputElement).value).toBe('0.8')
    await field(wrapper, 'Name').setValue('Oat drink, home-made')
    await wrapper.get('[data-testid="own-food-form"]').trigger('submit')
    await vi.waitFor(async () => expect((await listOwnFoods())[0]?.name).toBe('Oat drink, home-made'))
    await vi.waitFor(() => expect(wrapper.get('[data-testid="food-detail"] h2').text()).toBe('Oat drink, home-made'))

    await wrapper.findAll('button').find((b) => b.text() === 'Delete')!.trigger('click')
    const dialog = wrapper.get('[data-testid="confirm-delete"]')
    expect(dialog.text()).toContain('Delete “Oat drink, home-made”?')
    expect(await listOwnFoods()).toHaveLength(1)
    await dialog.findAll('button').find((b) => b.text() === 'Delete')!.trigger('click')
    await vi.waitFor(async () => expect(await listOwnFoods()).toEqual([]))
    await vi.waitFor(() => expect(router.currentRoute.value.params.id ?? '').toBe(''))
  })

  it('speaks German', async () => {
    const { wrapper } = await mountPage('/foods/gp-kefir', { locale: 'de', profile: { intolerances: ['lactose'] } })
    const text = wrapper.text()
    expect(text).toContain('Lebensmittel')
    expect(text).toContain('Nährwerte')
    expect(text).toContain('Fermentiert (lebende Kulturen)')
    expect(text).toContain('Viel Laktose (du hast Laktoseintoleranz angegeben)')
    expect(text).toContain('nicht gemessen')
    expect(text).not.toMatch(/Nutrients|not measured|Conflicts with/)
  })
})
