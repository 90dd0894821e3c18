/** "Add to calendar (.ics)" on the week: the file through the platform, in the person's language, at their meal times. */
import { flushPromises } from '@vue/test-utils'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mealUid } from '../../../shared/calendar/ics'
import type { SaveFileRequest } from '../../../shared/ipc'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { emptyPlan, withMeal } from '../../../shared/week/edits'
import type { WeekMeal } from '../../../shared/week/schema'
import PlanCalendarExport from '../../../renderer/components/plan/PlanCalendarExport.vue'
import { platform } from '../../../renderer/platform'
import { mountWithApp } from './helpers'

const dinner = builtInRecipes.find((r) => r.slots.includes('dinner'))!
const meal = (slot: WeekMeal['slot'], r: Recipe, extra: Partial<WeekMeal> = {}): WeekMeal => ({ slot, recipeId: r.id, servings: 2, locked: false, byHand: false, reasons: [], recipe: r, ...extra })
let plan = emptyPlan('2026-W49')
plan = withMeal(plan, { day: 0, slot: 'dinner' }, meal('dinner', dinner))
plan = withMeal(plan, { day: 1, slot: 'lunch' }, meal('lunch', dinner, { servings: 1, leftover: true }))

const host = defineComponent({ render: () => h(PlanCalendarExport, { plan, slotTimes: { dinner: '19:15' }, isDisabled: false }) })

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('PlanCalendarExport', () => {
  it.each([
    ['en', 'gutplan-meals-2026-W49.ics', `Dinner: ${dinner.name.en}`, "Leftovers from Monday’s dinner", 'Calendar saved: /home/me/meals.ics'],
    ['de', 'gutplan-mahlzeiten-2026-W49.ics', `Abendessen: ${dinner.name.de}`, 'Reste vom Abendessen am Montag', 'Kalender gespeichert: /home/me/meals.ics'],
  ] as const)('saves the week as .ics through the platform (%s)', async (locale, name, summary, leftover, status) => {
    const saveFile = vi.spyOn(platform, 'saveFile').mockResolvedValue({ status: 'saved', path: '/home/me/meals.ics' })
    const { wrapper } = mountWithApp(host, { locale })
    await wrapper.get('[data-testid="add-to-calendar"]').trigger('click')
    await flushPromises()
    const request = saveFile.mock.calls[0]![0] as SaveFileRequest
    expect(request.suggestedName).toBe(name)
    expect(request.filters).toEqual([{ name: 'iCalendar', extensions: ['ics'] }])
    const events = new ICAL.Component(ICAL.parse(request.content)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.uid)).toEqual([mealUid('2026-W49', 0, 'dinner'), mealUid('2026-W49', 1, 'lunch')])
    expect(events[0]!.summary).toBe(summary)
    expect(events[0]!.startDate.toString()).toBe('2026-11-30T19:15:00')
    expect(events[1]!.startDate.isDate).toBe(true)
    expect(events[1]!.description).toContain(leftover)
    expect(wrapper.get('[data-testid="calendar-status"]').text()).toBe(status)
  })

  it('says when the browser took the download, or the person cancelled', async () => {
    const saveFile = vi.spyOn(platform, 'saveFile').mockResolvedValue({ status: 'handed-to-browser' })
    const { wrapper } = mountWithApp(host)
    await wrapper.get('[data-testid="add-to-calendar"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="calendar-status"]').text()).toContain('gutplan-meals-2026-W49.ics')
    saveFile.mockResolvedValue({ status: 'cancelled' })
    await wrapper.get('[data-testid="add-to-calendar"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="calendar-status"]').text()).toBe('Not saved.')
  })
})
