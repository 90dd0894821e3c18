/** English words for the calendar export: the command line's and the tests' labels (the UI's are in renderer/i18n). */
import type { MealSlot } from '../profile/profile'
import type { CalendarLabels } from './ics'

const slotNames: Readonly<Record<MealSlot, string>> = { breakfast: 'Breakfast', lunch: 'Lunch', dinner: 'Dinner', snack: 'Snack' }
const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export const englishCalendarLabels: CalendarLabels = {
  calendarName: (week) => `Gutplan meals, ${week}`,
  summary: (slot, recipe) => `${slotNames[slot]}: ${recipe}`,
  servings: (n) => `Servings: ${n}`,
  leftoverFrom: (day, slot) => `Leftovers from ${dayNames[day] ?? `day ${day + 1}`}'s ${slotNames[slot].toLowerCase()}`,
}
