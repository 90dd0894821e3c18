/**
 * The week as a calendar file: the words of the export in the current language, and saving it
 * through the platform (the desktop's save dialog with an .ics filter, a download in a browser).
 */
import { useI18n } from 'vue-i18n'
import type { CalendarLabels } from '../../../shared/calendar/ics'
import { weekCalendar } from '../../../shared/calendar/ics'
import type { SaveResult } from '../../../shared/ipc'
import type { SlotTimes } from '../../../shared/profile/profile'
import type { Week } from '../../../shared/week/schema'
import { platform } from '../../platform'
import { usePlanText } from './use-plan-text'

export function usePlanCalendar() {
  const { t, locale } = useI18n()
  const text = usePlanText()

  const labels = (): CalendarLabels => ({
    calendarName: (week) => t('plan.calendar.name', { n: Number(week.slice(6)) }),
    summary: (slot, recipe) => t('plan.calendar.summary', { slot: text.slotName(slot), recipe }),
    servings: (n) => t('plan.calendar.servings', { n: text.formatNumber(n) }),
    leftoverFrom: (day, slot) => t('plan.calendar.leftoverFrom', { day: text.weekdayName(day), slot: t(`plan.calendar.slotInText.${slot}`) }),
  })

  /** The file's name for a week ("gutplan-meals-2026-W49.ics"). */
  const fileName = (week: string) => `${t('plan.calendar.fileName', { week })}.ics`

  /** Saves the week's calendar; the result says where it went or why not. */
  function save(plan: Week, slotTimes: SlotTimes | undefined, now = new Date()): Promise<SaveResult> {
    const content = weekCalendar({ plan, ...(slotTimes ? { slotTimes } : {}), labels: labels(), lang: locale.value === 'de' ? 'de' : 'en', now })
    return platform.saveFile({ suggestedName: fileName(plan.week), content, filters: [{ name: t('plan.calendar.filter'), extensions: ['ics'] }] })
  }

  return { labels, fileName, save }
}
