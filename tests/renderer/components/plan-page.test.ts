import { servingsText } from '../../../shared/recipes/scale'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import PlanTargets from '../../../renderer/components/plan/PlanTargets.vue'
import { emptyPlan, mealAt, withMeal } from '../../../shared/week/edits'
import { createAppI18n } from '../../../renderer/i18n'
import type { usePlanStore } from '../../../renderer/stores/plan'
import { useProfileStore } from '../../../renderer/stores/profile'
import { useRecipesStore } from '../../../renderer/stores/recipes'
import type { WeekScores } from '../../../shared/planner/types'
import { defaultProfile } from '../../../shared/profile/profile'
import { planPageHarness } from './plan-harness'
import { householdMember } from '../../shared/profile/member-fixture'

const { mountPage, pinia: harnessPinia } = planPageHarness()
const stubs = { PlanFiberChart: true }

async function generate(wrapper: VueWrapper, store: ReturnType<typeof usePlanStore>) {
  await wrapper.get('[data-testid="generate"]').trigger('click')
  await vi.waitFor(() => expect(store.status).toBe('ready'), { timeout: 10_000 })
  await flushPromises()
}

const cell = (wrapper: VueWrapper, day: number, slot: string) => wrapper.get(`[data-testid="slot-${day}-${slot}"]`)
/** Opens a meal's "Why this meal?" and returns its text. */
async function why(root: Pick<VueWrapper, 'get'>): Promise<string> {
  const details = root.get('details')
  ;(details.element as HTMLDetailsElement).open = true
  await details.trigger('toggle')
  return details.text()
}
const buttonNamed = (root: Pick<VueWrapper, 'findAll'>, name: string) => root.findAll('button').find((b) => (b.attributes('aria-label') ?? b.text()) === name)

describe('PlanPage', { timeout: 40_000 }, () => {

  it('shows an empty ISO week, Monday first, in the person’s language, then generates it', async () => {
    const { wrapper, store } = await mountPage('2026-W20')
    expect(wrapper.get('h1').text()).toBe('Week 20')
    const days = wrapper.findAll('[data-testid^="day-head-"] h2').map((h) => h.text())
    expect(days).toHaveLength(7)
    expect(days[0]).toMatch(/Mon/)
    expect(days[0]).toMatch(/11/)
    expect(days[6]).toMatch(/Sun/)
    expect(wrapper.text()).toContain('Nothing planned for this week yet.')
    expect(wrapper.findAll('[data-testid="meal"]')).toHaveLength(0)

    await generate(wrapper, store)
    expect(wrapper.findAll('[data-testid="meal"]')).toHaveLength(28)
    expect(wrapper.get('[data-testid="plan-status"]').text()).toBe('The week is planned.')
    expect(wrapper.get('[data-testid="generate"]').text()).toBe('Regenerate the week')
    const monday = mealAt(store.plan, { day: 0, slot: 'lunch' })!
    const card = cell(wrapper, 0, 'lunch').get('[data-testid="meal"]')
    expect(card.get('h3').text()).toBe(monday.recipe!.name.en)
    // The planner picks the portion (quarters from ½ to 2) that suits the day's energy.
    expect(card.get('[data-testid="servings"]').text()).toBe(`${servingsText(monday.servings)} ${monday.servings === 1 ? 'serving' : 'servings'}`)
    expect(card.findAll('.finding-badge').length).toBeGreaterThan(0)
    expect(await why(card)).toMatch(/g fibre per person/)
    expect(wrapper.get('[data-testid="targets"]').text()).toContain('Week score')
  })

  it('shows badges for what a meal brings and what it flags, with the number behind a flag', async () => {
    const recipes = useRecipesStore(harnessPinia())
    const flagged = recipes.all.find((r) => recipes.factsOf(r)!.findings.some((f) => f.finding.rule === 'traffic-light'))!
    const slot = flagged.slots[0]!
    const { wrapper, store } = await mountPage('2026-W30')
    await store.choose({ day: 0, slot }, flagged.id)
    await flushPromises()
    const text = cell(wrapper, 0, slot).text()
    expect(text).toMatch(/High in (fat|saturates|sugars|salt): [\d.]+ g\/100 g/)
    expect(cell(wrapper, 0, slot).find('[data-rule="traffic-light"]').exists()).toBe(true)
  })

  it('locks and unlocks a meal from its lock button', async () => {
    const { wrapper, store } = await mountPage('2026-W21')
    await generate(wrapper, store)
    const lock = () => cell(wrapper, 1, 'dinner').get('[data-testid="lock"]')
    expect(lock().attributes('aria-pressed')).toBe('false')
    expect(lock().attributes('aria-label')).toBe('Lock Dinner, Tuesday')
    await lock().trigger('click')
    await flushPromises()
    expect(lock().attributes('aria-pressed')).toBe('true')
    expect(await why(cell(wrapper, 1, 'dinner'))).toContain('You locked it')
    expect(wrapper.get('[data-testid="plan-status"]').text()).toContain('Meal locked')
    await lock().trigger('click')
    await flushPromises()
    expect(mealAt(store.plan, { day: 1, slot: 'dinner' })!.locked).toBe(false)
  })

  it('swaps a meal for one of the planner’s five best alternatives', async () => {
    const { wrapper, store } = await mountPage('2026-W22')
    await generate(wrapper, store)
    await buttonNamed(cell(wrapper, 2, 'lunch'), 'Swap Lunch, Wednesday')!.trigger('click')
    const dialog = wrapper.get('[data-testid="swap-dialog"]')
    await vi.waitFor(() => expect(dialog.findAll('.swaps__item')).toHaveLength(5))
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    const third = dialog.findAll('.swaps__item')[2]!
    const chosen = third.attributes('data-recipe-id')!
    expect(third.text()).toMatch(/Week score|Same week score/)
    await third.get('button').trigger('click')
    await flushPromises()
    expect(mealAt(store.plan, { day: 2, slot: 'lunch' })).toMatchObject({ recipeId: chosen, locked: true })
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
  })

  it('picks a recipe by search, and marks one that conflicts with the profile in red', async () => {
    useProfileStore(harnessPinia()).profile = { ...defaultProfile(), intolerances: ['gluten'] }
    const recipes = useRecipesStore(harnessPinia())
    const gluten = recipes.all.find((r) => r.slots.includes('breakfast') && recipes.conflictsOf(recipes.factsOf(r)!).some((c) => c.conflict.subject === 'gluten'))!
    const { wrapper, store } = await mountPage('2026-W23')
    await buttonNamed(cell(wrapper, 3, 'breakfast'), 'Choose a recipe for Breakfast, Thursday')!.trigger('click')
    const dialog = wrapper.get('[data-testid="pick-dialog"]')
    await dialog.get('[data-testid="pick-search"]').setValue(gluten.name.en)
    const item = dialog.findAll('.pick__item').find((i) => i.get('.pick__name').text() === gluten.name.en)!
    expect(item.text()).toContain('Conflicts with your profile')
    await buttonNamed(item, `Choose ${gluten.name.en}`)!.trigger('click')
    await flushPromises()
    expect(mealAt(store.plan, { day: 3, slot: 'breakfast' })).toMatchObject({ recipeId: gluten.id, byHand: true, locked: true })
    const mark = cell(wrapper, 3, 'breakfast').get('[data-testid="meal-conflict"]')
    expect(mark.text()).toMatch(/Conflicts with your profile:.*gluten/i)
    expect(await why(cell(wrapper, 3, 'breakfast'))).toContain('You chose this')
  })

  it('shows who eats each meal when the profile names the people at the table, and never marks a meal that fits its eaters', async () => {
    const members = [
      householdMember('Anna', { intolerances: ['lactose'] }),
      householdMember('Ben', { intolerances: ['gluten'], targets: { energyKcal: 1400 }, away: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, slot: 'lunch' as const })) }),
    ]
    useProfileStore(harnessPinia()).profile = { ...defaultProfile(), householdSize: 2, members }
    const { wrapper, store } = await mountPage('2026-W28')
    await generate(wrapper, store)
    expect(cell(wrapper, 0, 'lunch').get('[data-testid="eaters"]').text()).toBe('Anna ·')
    const dinner = mealAt(store.plan, { day: 0, slot: 'dinner' })!
    expect(cell(wrapper, 0, 'dinner').get('[data-testid="servings"]').text()).toBe(`Anna, Ben · ${servingsText(dinner.servings)} servings`)
    expect(store.conflicting).toEqual([])
    expect(wrapper.find('[data-testid="meal-conflict"]').exists()).toBe(false)
  })

  it('moves a meal by keyboard through Move…, swapping with the meal already there', async () => {
    const { wrapper, store } = await mountPage('2026-W24')
    await generate(wrapper, store)
    const wed = mealAt(store.plan, { day: 2, slot: 'lunch' })!.recipeId
    const fri = mealAt(store.plan, { day: 4, slot: 'lunch' })!.recipeId
    const menu = cell(wrapper, 2, 'lunch').get('.plan-menu__toggle')
    expect(menu.attributes('aria-label')).toBe('More actions: Lunch, Wednesday')
    await menu.trigger('click')
    expect(menu.attributes('aria-expanded')).toBe('true')
    await buttonNamed(cell(wrapper, 2, 'lunch'), 'Move…')!.trigger('click')
    const dialog = wrapper.get('[data-testid="move-dialog"]')
    await dialog.get('[data-testid="move-day"]').setValue('4')
    expect(dialog.text()).toContain(`Swaps with ${useRecipesStore(harnessPinia()).byId.get(fri!)!.name.en}`)
    await dialog.get('form').trigger('submit')
    await flushPromises()
    expect(mealAt(store.plan, { day: 4, slot: 'lunch' })!.recipeId).toBe(wed)
    expect(mealAt(store.plan, { day: 2, slot: 'lunch' })!.recipeId).toBe(fri)
  })

  it('closes the meal menu with Escape and gives focus back to its button', async () => {
    const { wrapper, store } = await mountPage('2026-W25')
    await generate(wrapper, store)
    const menu = cell(wrapper, 0, 'snack').get('.plan-menu__toggle')
    await menu.trigger('click')
    await flushPromises()
    await cell(wrapper, 0, 'snack').get('.plan-menu').trigger('keydown', { key: 'Escape' })
    expect(menu.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(menu.element)
  })

  it('drags a meal onto another slot', async () => {
    const { wrapper, store } = await mountPage('2026-W26')
    await generate(wrapper, store)
    const wed = mealAt(store.plan, { day: 2, slot: 'lunch' })!.recipeId
    await cell(wrapper, 2, 'lunch').get('[data-testid="meal"]').trigger('dragstart')
    await cell(wrapper, 4, 'lunch').trigger('dragover')
    expect(cell(wrapper, 4, 'lunch').classes()).toContain('week-grid__cell--drop')
    await cell(wrapper, 4, 'lunch').trigger('drop')
    await flushPromises()
    expect(mealAt(store.plan, { day: 4, slot: 'lunch' })!.recipeId).toBe(wed)
  })

  it('changes servings, keeps a note for the day, clears a day and undoes it', async () => {
    const { wrapper, store } = await mountPage('2026-W27')
    await generate(wrapper, store)
    // Servings step by a quarter portion per person (a household of one here).
    const before = mealAt(store.plan, { day: 0, slot: 'dinner' })!.servings
    await buttonNamed(cell(wrapper, 0, 'dinner'), 'Larger servings: Dinner, Monday')!.trigger('click')
    await flushPromises()
    expect(mealAt(store.plan, { day: 0, slot: 'dinner' })!.servings).toBe(before + 0.25)
    expect(cell(wrapper, 0, 'dinner').get('[data-testid="servings"]').text()).toBe(`${servingsText(before + 0.25)} ${before + 0.25 === 1 ? 'serving' : 'servings'}`)
    const note = wrapper.get('[data-testid="note-5"]')
    await note.setValue('Barbecue at the park')
    await note.trigger('change')
    expect(store.plan.days[5]!.note).toBe('Barbecue at the park')
    await buttonNamed(wrapper, 'Clear Tuesday')!.trigger('click')
    await flushPromises()
    expect(cell(wrapper, 1, 'lunch').find('[data-testid="meal"]').exists()).toBe(false)
    expect(cell(wrapper, 1, 'lunch').text()).toContain('Empty')
    const undo = wrapper.get('[data-testid="undo"]')
    expect(undo.attributes('aria-label')).toBe('Undo: clear day')
    await undo.trigger('click')
    await flushPromises()
    expect(cell(wrapper, 1, 'lunch').find('[data-testid="meal"]').exists()).toBe(true)
  })

  it('goes to the next week and back through the week navigation', async () => {
    const { wrapper, store, router } = await mountPage('2026-W28')
    await wrapper.get('[data-testid="next-week"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.params.week).toBe('2026-W29'))
    await vi.waitFor(() => expect(store.week === '2026-W29' && store.status === 'ready').toBe(true))
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Week 29')
    await wrapper.get('[data-testid="jump-week"]').setValue('2026-W01')
    await wrapper.get('[data-testid="jump-week"]').trigger('change')
    await vi.waitFor(() => expect(router.currentRoute.value.params.week).toBe('2026-W01'))
  })

  it('speaks German on the German screen', async () => {
    const { wrapper, store } = await mountPage('2026-W31', 'de')
    await generate(wrapper, store)
    expect(wrapper.get('h1').text()).toBe('Woche 31')
    expect(wrapper.get('[data-testid="day-head-0"] h2').text()).toMatch(/Mo/)
    expect(wrapper.get('[data-testid="generate"]').text()).toBe('Woche neu planen')
    expect(cell(wrapper, 0, 'lunch').get('[data-testid="lock"]').attributes('aria-label')).toBe('Mittagessen am Montag sperren')
    expect(wrapper.text()).toContain('Ziele dieser Woche')
  })
})

describe('PlanTargets', () => {
  beforeAll(() => {
    setActivePinia(harnessPinia())
  })

  const target = (id: string, extra: object = {}) => ({ target: id, achieved: 1, goal: 1, satisfaction: 1, weight: 1, ...extra })
  const scores = {
    total: 72,
    targets: {
      fiber: target('fiber', { achieved: 24, goal: 30, satisfaction: 0.8, perDay: [20, 30, 25, 22, 31, 20, 20] }),
      fermented: target('fermented', { achieved: 5, goal: 7, satisfaction: 5 / 7, perDay: [1, 0, 1, 1, 0, 1, 1] }),
      prebiotic: target('prebiotic', { achieved: 7, goal: 7, perDay: [1, 1, 1, 1, 1, 1, 1] }),
      omega3: target('omega3', { achieved: 1, goal: 2, satisfaction: 0.5 }),
      plants: target('plants', { achieved: 21.5, goal: 30, satisfaction: 0.72 }),
      limit: target('limit', { achieved: 0, goal: 0 }),
      variety: target('variety', { achieved: 0, goal: 0 }),
      energy: target('energy', { achieved: 1900, goal: 2000 }),
    },
  } as unknown as WeekScores

  it('shows each target with the planner’s reason and a fix for what is not met', () => {
    const recipe = useRecipesStore(harnessPinia()).byId.get('d-kimchi-tofu-stew')!
    const plan = {
      ...withMeal(emptyPlan('2026-W20'), { day: 0, slot: 'dinner' }, { slot: 'dinner', recipeId: recipe.id, servings: 1, locked: false, byHand: false, reasons: [], recipe }),
      scores,
      unmet: [
        { target: 'fermented' as const, satisfaction: 5 / 7, achieved: 5, goal: 7, days: [1, 4], blockedBy: [{ rule: 'lactose', count: 12 }, { rule: 'milk', count: 3 }], fix: { code: 'add-recipe' as const, slot: 'breakfast' as const, tag: 'fermented' as const, compatibleWith: ['lactose', 'milk'] } },
        { target: 'omega3' as const, satisfaction: 0.5, achieved: 1, goal: 2, blockedBy: [], fix: { code: 'raise-weight' as const, target: 'omega3' as const, candidates: 4 } },
        {
          target: 'plants' as const,
          satisfaction: 0.72,
          achieved: 21.5,
          goal: 30,
          blockedBy: [{ rule: 'diet', count: 40 }, { rule: 'gluten', count: 20 }, { rule: 'fructans', count: 9 }, { rule: 'avoided', count: 2 }],
          fix: { code: 'add-recipe' as const, slot: 'dinner' as const, tag: 'new-plants' as const, compatibleWith: ['diet', 'gluten'] },
        },
      ],
    }
    const wrapper = mount(PlanTargets, { props: { plan }, global: { plugins: [harnessPinia(), createAppI18n('en')], stubs } })
    const text = wrapper.text()
    expect(text).toContain('72 of 100')
    expect(text).toContain('24 g a day on average; target 30 g')
    expect(text).toContain('5 of 7 days')
    expect(text).toContain('1 of 2 oily-fish meals')
    expect(text).toContain('21.5 of 30 plant points. 8.5 to go.')
    const fermented = wrapper.get('[data-testid="unmet-fermented"]').text()
    expect(fermented).toContain('Short on Tuesday and Friday.')
    expect(fermented).toContain('Recipes that would help were left out: 12 for lactose and 3 for milk.')
    expect(fermented).toContain('Add a fermented recipe (Breakfast) that fits your profile: no lactose and no milk.')
    expect(wrapper.get('[data-testid="unmet-omega3"]').text()).toContain('4 recipes that fit your profile would help')
    const plants = wrapper.get('[data-testid="unmet-plants"]').text()
    expect(plants).toContain('left out: 40 for your diet, 20 for gluten, 9 for fructans, and 1 more reason.')
    expect(plants).toContain('Add a recipe with plants new to this week (Dinner) that fits your profile: your diet and no gluten.')
    // The week's plants are listed, and plants the fitting recipes could add.
    expect(wrapper.get('[data-testid="targets-plants"]').findAll('.targets__chips li').length).toBeGreaterThan(3)
    expect(wrapper.get('[data-testid="targets-plants"]').text()).toContain('Plants your recipes could add')
  })
})
