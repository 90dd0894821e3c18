/** ISO weeks ("2026-W48"): Monday first, as the planner and the week screen count them. */
import { addDays, format, getISOWeek, getISOWeekYear, setISOWeek, startOfISOWeek } from 'date-fns'

const pattern = /^(\d{4})-W(\d{2})$/

/** The ISO week a date falls in. */
export function isoWeekOf(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`
}

/** Whether a string names a real ISO week (week 53 only in years that have one). */
export function isIsoWeek(value: string): boolean {
  const m = pattern.exec(value)
  if (!m) return false
  const week = Number(m[2])
  if (week < 1 || week > 53) return false
  return isoWeekOf(mondayOf(value)) === value
}

/** The Monday of an ISO week, as a local date at midnight. */
export function mondayOf(week: string): Date {
  const m = pattern.exec(week)
  if (!m) throw new Error(`not an ISO week: ${week}`)
  // 4 January is always in week 1 of its ISO year.
  return startOfISOWeek(setISOWeek(new Date(Number(m[1]), 0, 4), Number(m[2])))
}

/** The ISO dates (yyyy-MM-dd) of the seven days of a week, Monday first. */
export function daysOfWeek(week: string): string[] {
  const monday = mondayOf(week)
  return Array.from({ length: 7 }, (_, i) => format(addDays(monday, i), 'yyyy-MM-dd'))
}

/** The week `offset` weeks after (or before, if negative) the given one. */
export function shiftWeek(week: string, offset: number): string {
  return isoWeekOf(addDays(mondayOf(week), offset * 7))
}
