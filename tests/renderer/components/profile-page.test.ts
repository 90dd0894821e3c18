import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadProfile } from '../../../renderer/db/profile'
import ProfilePage from '../../../renderer/pages/ProfilePage.vue'
import { useCatalogueStore } from '../../../renderer/stores/catalogue'
import { useProfileStore } from '../../../renderer/stores/profile'
import { freshDb } from '../db/helpers'
import { mountWithApp } from './helpers'

async function mountLoaded(locale: 'en' | 'de' = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  await useProfileStore(pinia).load()
  return mountWithApp(ProfilePage, { pinia, locale })
}

describe('ProfilePage', () => {
  beforeEach(() => {
    freshDb()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('saves a ticked intolerance and shows the coeliac testing advice for gluten', async () => {
    const { wrapper } = await mountLoaded()
    const gluten = wrapper.findAll('label').find((l) => l.text() === 'Gluten')!
    await gluten.find('input').setValue(true)
    expect(wrapper.text()).toContain('Not tested for coeliac disease yet?')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="save-status"]').text()).toBe('Saved'))
    expect((await loadProfile()).profile.intolerances).toEqual(['gluten'])
  })

  it('saves a meal time for the calendar, clears it again, and refuses one that is no time of day', async () => {
    const { wrapper } = await mountLoaded()
    expect(wrapper.get('[data-testid="slot-times"] legend').text()).toBe('Meal times (for the calendar)')
    await wrapper.get('[data-testid="slot-time-dinner"]').setValue('19:30')
    await vi.waitFor(async () => expect((await loadProfile()).profile.slotTimes).toEqual({ dinner: '19:30' }))
    await wrapper.get('[data-testid="slot-time-dinner"]').setValue('')
    await vi.waitFor(async () => expect((await loadProfile()).profile.slotTimes).toEqual({}))
    const issues = await useProfileStore().update({ slotTimes: { lunch: '25:00' } })
    expect(issues).toContainEqual({ path: 'slotTimes.lunch', code: 'invalid' })
    await flushPromises()
    expect(wrapper.get('[data-testid="slot-times"] [role="alert"]').text()).toBe('This value is not valid.')
    expect((await loadProfile()).profile.slotTimes).toEqual({})
  })

  it('words the meal times in German', async () => {
    const { wrapper } = await mountLoaded('de')
    expect(wrapper.get('[data-testid="slot-times"] legend').text()).toBe('Essenszeiten (für den Kalender)')
    expect(wrapper.get('[data-testid="slot-times"]').text()).toContain('Abendessen')
  })

  it('saves a typed number after a pause, and refuses an absurd one with a message', async () => {
    const { wrapper } = await mountLoaded()
    const household = wrapper.get('[data-testid="household-size"]')
    await household.setValue('4')
    // Saved after a short pause in typing, without leaving the field.
    await vi.waitFor(async () => expect((await loadProfile()).profile.householdSize).toBe(4), { timeout: 2000 })

    const fiber = wrapper.get('[data-testid="fiber-target"]')
    await fiber.setValue('300')
    await fiber.trigger('blur')
    await flushPromises()
    expect(wrapper.text()).toContain('Enter a whole number from 10 to 80.')
    expect(fiber.attributes('aria-invalid')).toBe('true')
    expect((await loadProfile()).profile.targets.fiberG).toBe(30)

    await fiber.setValue('')
    await fiber.trigger('blur')
    await flushPromises()
    expect(wrapper.text()).toContain('Enter a whole number from 10 to 80.')
    expect((await loadProfile()).profile.targets.fiberG).toBe(30)
  })

  it('starts as just me; adding a person names the people at the table, each with energy and the meals they eat', async () => {
    const { wrapper } = await mountLoaded()
    const card = wrapper.get('[data-testid="members"]')
    expect(card.text()).toContain('Just me')
    expect(card.text()).toContain('A shared meal fits everyone who eats it')
    await card.get('[data-testid="add-member"]').trigger('click')
    await vi.waitFor(async () => expect((await loadProfile()).profile.members?.map((m) => m.name)).toEqual(['Me', 'Person 2']))
    expect((await loadProfile()).profile.householdSize).toBe(2)
    expect(wrapper.find('[data-testid="household-size"]').exists()).toBe(false)
    expect(card.text()).toContain('2 people at the table')

    const second = wrapper.get('[data-testid="member-1"]')
    await second.get('[data-testid="member-name"]').setValue('Ben')
    await vi.waitFor(async () => expect((await loadProfile()).profile.members?.[1]?.name).toBe('Ben'))
    await wrapper.get('[data-testid="member-1"]').get('[data-testid="eats-mon-lunch"]').setValue(false)
    await vi.waitFor(async () => expect((await loadProfile()).profile.members?.[1]?.away).toEqual([{ day: 'mon', slot: 'lunch' }]))
    const coeliac = wrapper.get('[data-testid="member-1"]').findAll('label').find((l) => l.text() === 'Gluten')!
    await coeliac.find('input').setValue(true)
    await vi.waitFor(async () => expect((await loadProfile()).profile.members?.[1]?.intolerances).toEqual(['gluten']))
    expect((await loadProfile()).profile.intolerances).toEqual([])

    // A name already at the table is refused with words, and nothing is saved.
    await wrapper.get('[data-testid="member-1"]').get('[data-testid="member-name"]').setValue('me')
    await flushPromises()
    expect(wrapper.text()).toContain('Someone at the table already has this name.')
    expect((await loadProfile()).profile.members?.[1]?.name).toBe('Ben')
  })

  it('words the people at the table in German', async () => {
    const { wrapper } = await mountLoaded('de')
    expect(wrapper.get('[data-testid="members"]').text()).toContain('Nur ich')
    await wrapper.get('[data-testid="add-member"]').trigger('click')
    await vi.waitFor(async () => expect((await loadProfile()).profile.members?.map((m) => m.name)).toEqual(['Ich', 'Person 2']))
  })

  it('adds and removes foods to avoid, refusing duplicates', async () => {
    const { wrapper } = await mountLoaded()
    // The list searches the catalogue once it is there (loading it takes a few seconds under test).
    await vi.waitFor(() => expect(useCatalogueStore().status).toBe('ready'), { timeout: 15_000 })
    const input = wrapper.get('[data-testid="avoid-input"]')
    await input.setValue('Tante Mias Kuchen')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect((await loadProfile()).profile.avoidFoods).toEqual([{ type: 'text', text: 'Tante Mias Kuchen' }]))
    await input.setValue('tante mias kuchen')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('“tante mias kuchen” is already on the list.')
    await wrapper.get('button[aria-label="Remove Tante Mias Kuchen"]').trigger('click')
    await vi.waitFor(async () => expect((await loadProfile()).profile.avoidFoods).toEqual([]))
  })

  it('keeps the pregnancy choice for oily fish, offered only to people who eat fish', async () => {
    const { wrapper } = await mountLoaded()
    const label = () => wrapper.findAll('label').find((l) => l.text() === 'I am or may become pregnant')
    expect(wrapper.text()).toContain('at most 4 oily-fish meals a week')
    await label()!.find('input').setValue(true)
    await vi.waitFor(async () => expect((await loadProfile()).profile.mayBePregnant).toBe(true))
    await wrapper.findAll('label').find((l) => l.text() === 'Vegan')!.find('input').setValue(true)
    await flushPromises()
    expect(label()).toBeUndefined()
  })

  it('keeps planning rules: a weekday time cap, a day rule, not the same as last week; refuses a cap out of range', async () => {
    const { wrapper } = await mountLoaded()
    const cap = wrapper.get('[data-testid="cap-mon"]')
    await cap.setValue('30')
    await cap.trigger('change')
    await vi.waitFor(async () => expect((await loadProfile()).profile.rules?.maxMinutes).toEqual({ mon: 30 }))
    await cap.setValue('2')
    await cap.trigger('change')
    await flushPromises()
    expect(wrapper.text()).toContain('Enter whole minutes from 5 to 240')
    // The refused value stays in the field to correct; the saved cap is unchanged.
    expect((cap.element as HTMLInputElement).value).toBe('2')
    expect((await loadProfile()).profile.rules?.maxMinutes).toEqual({ mon: 30 })
    await wrapper.get('[data-testid="rule-day"]').setValue('fri')
    await wrapper.get('[data-testid="rule-slot"]').setValue('dinner')
    await wrapper.get('[data-testid="rule-require"]').setValue('fish')
    await wrapper.get('[data-testid="add-day-rule"]').trigger('click')
    await vi.waitFor(async () => expect((await loadProfile()).profile.rules?.dayRules).toEqual([{ day: 'fri', slot: 'dinner', require: 'fish' }]))
    expect(wrapper.get('[data-testid="day-rule"]').text()).toContain('Friday, Dinner: fish or seafood')
    await wrapper.get('[data-testid="not-last-week"]').setValue(true)
    await vi.waitFor(async () => expect((await loadProfile()).profile.rules?.notSameAsLastWeek).toBe(true))
  })

  it('refuses to drop the last meal of the day', async () => {
    const { wrapper } = await mountLoaded()
    for (const name of ['Breakfast', 'Lunch', 'Dinner', 'Snack']) {
      await wrapper.findAll('label').find((l) => l.text() === name)!.find('input').setValue(false)
      await flushPromises()
    }
    expect(wrapper.text()).toContain('Choose at least one meal.')
    await vi.waitFor(async () => expect((await loadProfile()).profile.slots).toEqual(['snack']))
  })

  it('speaks German', async () => {
    const { wrapper } = await mountLoaded('de')
    expect(wrapper.text()).toContain('Dein Profil')
    expect(wrapper.text()).toContain('Haushaltsgröße')
    expect(wrapper.text()).not.toContain('Household size')
  })
})
