/**
 * The week's meals as an iCalendar file (RFC 5545), for a phone's or a desktop's calendar.
 *
 * - One VEVENT per planned meal; empty slots have none.
 * - UIDs come from the week, the day and the slot ("2026-W49-0-dinner@gutplan.local"), so
 *   exporting the same week again replaces its events in a calendar app instead of adding copies.
 * - A meal whose slot has a time in the profile is a timed event of `mealMinutes` in floating
 *   time (no zone: "19:00" wherever the person is, as a meal time is meant; no VTIMEZONE to get
 *   wrong, and the file does not depend on the zone of the machine that wrote it). A meal without
 *   a time is an all-day event on its day.
 * - Every word comes from `labels` (the UI's language, or `englishCalendarLabels`); recipe names
 *   are taken in `lang`.
 */
import ical, { ICalCalendarMethod } from 'ical-generator'
import type { FoodLang } from '../food/words'
import { parseSlotTime, type MealSlot, type SlotTimes } from '../profile/profile'
import { leftoverSource } from '../week/edits'
import type { Week } from '../week/schema'
import { daysOfWeek } from './iso-week'

/** How long a timed meal lasts in the calendar: 45 minutes, long enough to eat, short enough not to block an evening. */
export const mealMinutes = 45

/** The right-hand side of every UID: not a real host, just a namespace that is ours. */
export const uidDomain = 'gutplan.local'

export const prodId = { company: 'Gutplan', product: 'Gutplan meal planner', language: 'EN' } as const

/** The words a calendar needs, in the person's language. */
export interface CalendarLabels {
  /** The calendar's name ("Meals, week 49"). */
  calendarName(week: string): string
  /** An event's title from the slot and the recipe's name ("Dinner: Lentil dal"). */
  summary(slot: MealSlot, recipe: string): string
  /** "Servings: 2". */
  servings(servings: number): string
  /** "Leftovers from Monday's dinner"; `day` is 0 = Monday … 6 = Sunday. */
  leftoverFrom(day: number, slot: MealSlot): string
}

export interface WeekCalendarInput {
  readonly plan: Week
  readonly slotTimes?: SlotTimes
  readonly labels: CalendarLabels
  readonly lang: FoodLang
  /** When the file is written (DTSTAMP). */
  readonly now: Date
}

/** The UID of the meal in a week's day and slot: the same for every export of that week. */
export function mealUid(week: string, day: number, slot: MealSlot): string {
  return `${week}-${day}-${slot}@${uidDomain}`
}

/**
 * A date as its own wall-clock fields: ical-generator writes a floating or all-day Date from its
 * UTC fields, so building it with Date.UTC keeps the machine's zone out of the file.
 */
function wallClock(isoDate: string, hours = 0, minutes = 0): Date {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d, hours, minutes))
}

/** The week's planned meals as the text of an .ics file (CRLF lines, folded at 75 octets). */
export function weekCalendar({ plan, slotTimes = {}, labels, lang, now }: WeekCalendarInput): string {
  const calendar = ical({ prodId: { ...prodId }, name: labels.calendarName(plan.week), method: ICalCalendarMethod.PUBLISH })
  const dates = daysOfWeek(plan.week)
  for (const day of plan.days) {
    const date = dates[day.day]
    if (date === undefined) continue
    for (const meal of day.meals) {
      if (meal.recipeId === null || meal.recipe === null) continue
      const source = leftoverSource(plan, { day: day.day, slot: meal.slot })
      const description = [labels.servings(meal.servings), ...(source ? [labels.leftoverFrom(source.day, source.slot)] : [])].join('\n')
      const time = parseSlotTime(slotTimes[meal.slot] ?? '')
      const start = time ? wallClock(date, time.hours, time.minutes) : wallClock(date)
      calendar.createEvent({
        id: mealUid(plan.week, day.day, meal.slot),
        stamp: now,
        summary: labels.summary(meal.slot, meal.recipe.name[lang]),
        description,
        start,
        ...(time ? { end: new Date(start.getTime() + mealMinutes * 60_000), floating: true } : { allDay: true }),
      })
    }
  }
  return calendar.toString()
}
