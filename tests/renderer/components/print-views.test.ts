import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, type Component } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { emptyPlan, withMeal } from '../../../shared/week/edits'
import { savePlan } from '../../../renderer/db/plans'
import type { Week } from '../../../shared/week/schema'
import { loadShoppingPrefs, saveShoppingPrefs, saveShoppingWeek } from '../../../renderer/db/shopping'
import { createAppI18n, type Locale } from '../../../renderer/i18n'
import PrintShoppingPage from '../../../renderer/pages/PrintShoppingPage.vue'
import PrintWeekPage from '../../../renderer/pages/PrintWeekPage.vue'
import { platform } from '../../../renderer/platform'
import { usePlanStore } from '../../../renderer/stores/plan'
import { useProfileStore } from '../../../renderer/stores/profile'
import { useRecipesStore } from '../../../renderer/stores/recipes'
import { useShoppingStore } from '../../../renderer/stores/shopping'
import { defaultProfile, type MealSlot } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { freshDb } from '../db/helpers'
import { householdMember } from '../../shared/profile/member-fixture'

const bySlot = (slot: MealSlot) => builtInRecipes.filter((r) => r.slots.includes(slot))
const slots: MealSlot[] = ['breakfast', 'lunch', 'dinner', 'snack']

/** A full week: every slot of every day, a different recipe where the library has one. */
function fullWeek(id: string): { plan: Week; recipes: Recipe[] } {
  let plan = emptyPlan(id)
  const recipes: Recipe[] = []
  for (let day = 0; day < 7; day++) {
    for (const slot of slots) {
      const recipe = bySlot(slot)[day]!
      recipes.push(recipe)
      plan = withMeal(plan, { day, slot }, { slot, recipeId: recipe.id, servings: day === 0 ? 3 : 1, locked: false, byHand: false, reasons: [], recipe })
    }
  }
  return { plan, recipes }
}

let pinia: Pinia
let mounted: VueWrapper[] = []
const Blank = defineComponent({ render: () => null })
const pageStyle = () => document.head.querySelector('style[data-print-page]')?.textContent ?? ''

async function mountAt(component: Component, path: string, locale: Locale = 'en'): Promise<{ wrapper: VueWrapper; router: Router }> {
  setActivePinia(pinia)
  const shopping = useShoppingStore()
  shopping.$dispose()
  delete pinia.state.value[shopping.$id]
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/print/week/:week', name: 'print-week', component: PrintWeekPage },
      { path: '/print/shopping/:week', name: 'print-shopping', component: PrintShoppingPage },
      { path: '/:any(.*)*', component: Blank },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, { global: { plugins: [pinia, createAppI18n(locale), router] }, attachTo: document.body })
  mounted.push(wrapper)
  await vi.waitFor(() => expect(wrapper.get('.print-view').attributes('data-print-ready')).toBe('true'), { timeout: 15_000 })
  await flushPromises()
  return { wrapper, router }
}

describe('print views', { timeout: 40_000 }, () => {
  beforeAll(async () => {
    freshDb()
    pinia = createPinia()
    setActivePinia(pinia)
    await useRecipesStore().load()
  }, 60_000)
  beforeEach(() => {
    freshDb()
    useProfileStore(pinia).profile = defaultProfile()
  })
  afterEach(() => {
    vi.restoreAllMocks()
    for (const wrapper of mounted) wrapper.unmount()
    mounted = []
    document.body.innerHTML = ''
  })

  it('prints the week: days by meals with recipes and servings, each day’s targets, the week at a glance', async () => {
    const { plan, recipes } = fullWeek('2026-W20')
    await savePlan(plan)
    const { wrapper } = await mountAt(PrintWeekPage, '/print/week/2026-W20')
    const sheet = wrapper.get('[data-testid="print-week"]')
    expect(sheet.get('h1').text()).toBe('Meal plan, week 20')
    expect(sheet.findAll('thead th')).toHaveLength(8)
    expect(sheet.findAll('tbody tr').map((tr) => tr.get('th').text())).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Snack'])
    for (const recipe of recipes) expect(sheet.text()).toContain(recipe.name.en)
    expect(sheet.get('[data-testid="print-cell-0-lunch"]').text()).toContain('3 servings')
    expect(sheet.get('[data-testid="print-cell-1-lunch"]').text()).toContain('1 serving')
    expect(sheet.get('tfoot').text()).toMatch(/Fibre \d+ \/ 30 g/)
    expect(sheet.get('tfoot').text()).toContain('Fermented')
    const glance = sheet.get('[data-testid="print-glance"]').text()
    for (const words of ['Week score', 'Fibre target met on', 'Fermented food on', 'Prebiotic food on', 'Omega-3', 'Plants:']) expect(glance).toContain(words)
    expect(pageStyle()).toContain('@page { size: A4 landscape; margin: 10mm; }')
    expect(wrapper.get('[data-testid="print-toolbar"]').classes()).toContain('no-print')
    wrapper.unmount()
    mounted = []
    expect(pageStyle()).toBe('')
  })

  it('prints who eats each meal when the profile names the people at the table', async () => {
    const away = [{ day: 'mon' as const, slot: 'lunch' as const }]
    useProfileStore(pinia).profile = { ...defaultProfile(), householdSize: 2, members: [householdMember('Anna'), householdMember('Ben', { targets: { energyKcal: 1400 }, away })] }
    const { plan } = fullWeek('2026-W21')
    await savePlan(plan)
    const { wrapper } = await mountAt(PrintWeekPage, '/print/week/2026-W21')
    const sheet = wrapper.get('[data-testid="print-week"]')
    expect(sheet.get('[data-testid="print-cell-0-lunch"]').text()).toContain('Anna · 3 servings')
    expect(sheet.get('[data-testid="print-cell-1-lunch"]').text()).toContain('Anna, Ben · 1 serving')
  })

  it('keeps the plan screen’s week as it is (its undo too) when that week is printed', async () => {
    const { plan } = fullWeek('2026-W20')
    await savePlan(plan)
    const store = usePlanStore()
    await store.open('2026-W20')
    await store.setServings({ day: 1, slot: 'dinner' }, 4)
    await mountAt(PrintWeekPage, '/print/week/2026-W20')
    expect(store.undoStack).toHaveLength(1)
    expect(document.querySelector('[data-testid="print-cell-1-dinner"]')?.textContent).toContain('4 servings')
  })

  it('adds the week’s cookings, one per page, at their planned servings, when asked', async () => {
    const { plan, recipes } = fullWeek('2026-W22')
    // Monday's dinner is cooked for more: Tuesday's lunch is its leftovers (one cooking, one sheet).
    const dinner = plan.days[0]!.meals.find((m) => m.slot === 'dinner')!
    const lunch = plan.days[1]!.meals.find((m) => m.slot === 'lunch')!
    Object.assign(lunch, { recipeId: dinner.recipeId, recipe: dinner.recipe, servings: 1.5, leftover: true })
    await savePlan(plan)
    const { wrapper, router } = await mountAt(PrintWeekPage, '/print/week/2026-W22')
    expect(wrapper.find('[data-testid="print-recipe"]').exists()).toBe(false)
    await wrapper.get('[data-testid="with-recipes"]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query.recipes).toBe('1')
    const sheets = wrapper.findAll('[data-testid="print-recipe"]')
    const meals = plan.days.flatMap((d) => d.meals).filter((m) => m.recipe)
    expect(sheets).toHaveLength(meals.length - 1)
    expect(sheets[0]!.get('h2').text()).toBe(recipes[0]!.name.en)
    expect(sheets[0]!.get('[data-testid="print-recipe-cooking"]').text()).toMatch(/^Breakfast, Monday: amounts for 3 servings$/)
    expect(sheets[0]!.findAll('ol li')).toHaveLength(recipes[0]!.steps.length)
    const cooked = sheets.find((s) => s.get('[data-testid="print-recipe-cooking"]').text().startsWith('Dinner, Monday'))!
    expect(cooked.get('[data-testid="print-recipe-cooking"]').text()).toBe(`Dinner, Monday: amounts for ${dinner.servings + 1.5} servings, 1½ of them for lunch on Tuesday`.replace('.5 servings', '½ servings'))
    expect(wrapper.findAll('.print-view__page')).toHaveLength(sheets.length)
  })

  it('lays out for the paper chosen, remembers it, and prints from its toolbar', async () => {
    await savePlan(fullWeek('2026-W20').plan)
    const print = vi.spyOn(platform, 'print').mockResolvedValue({ status: 'printed' })
    const { wrapper, router } = await mountAt(PrintWeekPage, '/print/week/2026-W20')
    await wrapper.get('[data-testid="page-size"]').setValue('Letter')
    await flushPromises()
    expect(router.currentRoute.value.query.size).toBe('Letter')
    expect(pageStyle()).toContain('size: Letter landscape')
    await useShoppingStore().settled()
    expect((await loadShoppingPrefs()).pageSize).toBe('Letter')

    await wrapper.get('[data-testid="print-now"]').trigger('click')
    await vi.waitFor(() => expect(print).toHaveBeenCalledWith({ landscape: true, pageSize: 'Letter' }))
    await flushPromises()
    expect(wrapper.get('[data-testid="print-status"]').text()).toBe('Sent to the printer.')
    expect(wrapper.find('[data-testid="print-pdf"]').exists()).toBe(false)

    await wrapper.get('[data-testid="print-back"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/plan/2026-W20')
  })

  it('prints the shopping list portrait: aisles in the person’s order, boxes, ticks, what is at home', async () => {
    const { plan } = fullWeek('2026-W20')
    await savePlan(plan)
    await saveShoppingPrefs({ pantry: ['08120'], aisleOrder: ['fermented-dairy'], pageSize: 'A4' })
    await saveShoppingWeek({ week: '2026-W20', weeks: 1, skippedDays: [], ticks: [{ key: '09050', grams: 10_000 }], extras: [{ id: 'a', name: 'Kitchen roll', quantity: '2 packs', aisle: 'other' }] })
    const { wrapper } = await mountAt(PrintShoppingPage, '/print/shopping/2026-W20', 'de')
    const sheet = wrapper.get('[data-testid="print-shopping"]')
    expect(sheet.get('h1').text()).toBe('Einkaufsliste, Woche 20')
    const headings = sheet.findAll('h2').map((h) => h.text())
    expect(headings[0]).toBe('Fermentiertes & Milchprodukte')
    expect(headings.at(-1)).toBe('Im Haus')
    expect(sheet.text()).toContain('Kitchen roll')
    expect(sheet.text()).toContain('2 packs')
    const blueberries = sheet.findAll('li').find((li) => li.text().includes('Blueberries'))!
    expect(blueberries.classes()).toContain('list-sheet__item--ticked')
    expect(blueberries.get('.list-sheet__box').text()).toBe('✓')
    const pantry = sheet.findAll('section').at(-1)!
    expect(pantry.text()).toContain('Porridge oats')
    expect(pageStyle()).toContain('@page { size: A4 portrait; margin: 10mm; }')
  })

  it('names the days a list covers when some are left out', async () => {
    await savePlan(fullWeek('2026-W20').plan)
    await saveShoppingWeek({ week: '2026-W20', weeks: 2, skippedDays: [0, 1, 2, 3, 4, 5, 6, 7], ticks: [], extras: [] })
    const { wrapper } = await mountAt(PrintShoppingPage, '/print/shopping/2026-W20')
    const sheet = wrapper.get('[data-testid="print-shopping"]')
    expect(sheet.get('h1').text()).toBe('Shopping list, weeks 20–21')
    expect(sheet.get('.list-sheet__range').text()).toMatch(/2026 · Tue\b[^·]+, and Sun\b[^·]+$/)
    expect(sheet.text()).toContain('Nothing to buy.')
  })

  it('names the days left out when they are the few', async () => {
    await savePlan(fullWeek('2026-W20').plan)
    await saveShoppingWeek({ week: '2026-W20', weeks: 1, skippedDays: [2], ticks: [], extras: [] })
    const { wrapper } = await mountAt(PrintShoppingPage, '/print/shopping/2026-W20')
    expect(wrapper.get('.list-sheet__range').text()).toMatch(/2026 · all days but Wed\b/)
  })
})
