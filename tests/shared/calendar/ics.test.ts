/**
 * The week as iCalendar, read back with a real parser (ical.js): what a calendar app would see.
 */
import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { englishCalendarLabels } from '../../../shared/calendar/english'
import { mealMinutes, mealUid, weekCalendar } from '../../../shared/calendar/ics'
import { daysOfWeek } from '../../../shared/calendar/iso-week'
import { mealSlots, type MealSlot, type SlotTimes } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { emptyPlan, withMeal } from '../../../shared/week/edits'
import type { Week, WeekMeal } from '../../../shared/week/schema'

const now = new Date(Date.UTC(2026, 11, 1, 9, 15, 0))
const dinners = builtInRecipes.filter((r) => r.slots.includes('dinner'))
const meal = (slot: MealSlot, r: Recipe, extra: Partial<WeekMeal> = {}): WeekMeal => ({ slot, recipeId: r.id, servings: 2, locked: false, byHand: false, reasons: [], recipe: r, ...extra })

/** Monday breakfast and dinner, the dinner's rest as Tuesday's lunch. */
function sample(): Week {
  let plan = emptyPlan('2026-W49')
  const breakfast = builtInRecipes.find((r) => r.slots.includes('breakfast'))!
  plan = withMeal(plan, { day: 0, slot: 'breakfast' }, meal('breakfast', breakfast, { servings: 1 }))
  plan = withMeal(plan, { day: 0, slot: 'dinner' }, meal('dinner', dinners[0]!))
  plan = withMeal(plan, { day: 1, slot: 'lunch' }, meal('lunch', dinners[0]!, { servings: 1, leftover: true }))
  return plan
}

function parse(text: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) }
}

const exportOf = (plan: Week, slotTimes?: SlotTimes, at = now) => weekCalendar({ plan, ...(slotTimes ? { slotTimes } : {}), labels: englishCalendarLabels, lang: 'en', now: at })

describe('weekCalendar', () => {
  it('is an RFC 5545 calendar with VERSION, PRODID and one event per planned meal', () => {
    const { calendar, events } = parse(exportOf(sample(), { dinner: '19:00' }))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/Gutplan/)
    expect(events.map((e) => e.uid)).toEqual([mealUid('2026-W49', 0, 'breakfast'), mealUid('2026-W49', 0, 'dinner'), mealUid('2026-W49', 1, 'lunch')])
    expect(events[0]!.uid).toBe('2026-W49-0-breakfast@gutplan.local')
    for (const v of calendar.getAllSubcomponents('vevent')) expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T09:15:00Z')
  })

  it('puts a meal with a slot time at that local (floating) time for 45 minutes, and the others all day', () => {
    const { events } = parse(exportOf(sample(), { dinner: '19:00' }))
    const [breakfast, dinner, lunch] = events
    expect(dinner!.startDate.toString()).toBe('2026-11-30T19:00:00')
    expect(dinner!.startDate.isDate).toBe(false)
    expect(dinner!.startDate.zone?.tzid).toBe('floating')
    expect(dinner!.duration.toSeconds()).toBe(mealMinutes * 60)
    expect(breakfast!.startDate.isDate).toBe(true)
    expect(breakfast!.startDate.toString()).toBe('2026-11-30')
    expect(lunch!.startDate.toString()).toBe('2026-12-01')
  })

  it('names the slot and the recipe in the chosen language, with servings and where a leftover comes from', () => {
    const plan = sample()
    const { events } = parse(exportOf(plan))
    expect(events[1]!.summary).toBe(`Dinner: ${dinners[0]!.name.en}`)
    expect(events[1]!.description).toBe('Servings: 2')
    expect(events[2]!.description).toBe("Servings: 1\nLeftovers from Monday's dinner")
    const german = parse(weekCalendar({ plan, labels: englishCalendarLabels, lang: 'de', now }))
    expect(german.events[1]!.summary).toBe(`Dinner: ${dinners[0]!.name.de}`)
  })

  it('writes CRLF lines folded at 75 octets, which the parser unfolds', () => {
    const long = { ...dinners[0]!, name: { en: `Stew ${'with a very long name '.repeat(8)}`.trim(), de: 'Eintopf' } }
    const plan = withMeal(emptyPlan('2026-W49'), { day: 2, slot: 'dinner' }, meal('dinner', long))
    const text = exportOf(plan)
    expect(text).toContain('\r\n')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(parse(text).events[0]!.summary).toBe(`Dinner: ${long.name.en}`)
  })

  it('has no event for an empty slot, and an empty week is a calendar with no events', () => {
    const { calendar, events } = parse(exportOf(emptyPlan('2026-W49')))
    expect(events).toEqual([])
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
  })

  it('over random weeks: unique UIDs, the same on a re-export, each meal on its day at its time', () => {
    const slotTime = fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`), { nil: undefined })
    const times = fc.record({ breakfast: slotTime, lunch: slotTime, dinner: slotTime, snack: slotTime })
    const cells = fc.array(fc.record({ day: fc.integer({ min: 0, max: 6 }), slot: fc.constantFrom(...mealSlots), recipe: fc.integer({ min: 0, max: builtInRecipes.length - 1 }), servings: fc.integer({ min: 1, max: 8 }) }), { maxLength: 28 })
    const weeks = fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 52 })).map(([y, w]) => `${y}-W${String(w).padStart(2, '0')}`)
    fc.assert(
      fc.property(weeks, cells, times, fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), (week, chosen, rawTimes, stamp) => {
        let plan = emptyPlan(week)
        for (const c of chosen) plan = withMeal(plan, c, meal(c.slot, builtInRecipes[c.recipe]!, { servings: c.servings }))
        const slotTimes = Object.fromEntries(Object.entries(rawTimes).filter(([, v]) => v !== undefined)) as SlotTimes
        const first = parse(exportOf(plan, slotTimes, stamp)).events
        const again = parse(exportOf(plan, slotTimes, new Date(stamp.getTime() + 86_400_000))).events
        const planned = plan.days.flatMap((d) => d.meals.map((m) => ({ day: d.day, slot: m.slot })))
        expect(first).toHaveLength(planned.length)
        expect(new Set(first.map((e) => e.uid)).size).toBe(first.length)
        expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid))
        const dates = daysOfWeek(week)
        first.forEach((event, i) => {
          const at = planned[i]!
          expect(event.uid).toBe(mealUid(week, at.day, at.slot))
          const time = slotTimes[at.slot]
          expect(event.startDate.toString()).toBe(time ? `${dates[at.day]}T${time}:00` : dates[at.day])
          expect(event.startDate.isDate).toBe(time === undefined)
          expect(event.component.getFirstPropertyValue('dtstamp')).not.toBeNull()
        })
      }),
      { numRuns: 60 },
    )
  })
})
