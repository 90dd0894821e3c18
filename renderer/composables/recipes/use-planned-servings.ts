/**
 * A recipe opened from a planned meal: the servings to cook for it and what they are for, read
 * from the route (`servings`, and `week`, `day`, `slot`, with `rest` and `restDay` for leftovers).
 * Anything that is not a plan's value is ignored: the recipe then opens as written.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import { isIsoWeek } from '../../../shared/calendar/iso-week'
import { mealSlots, type MealSlot } from '../../../shared/profile/profile'
import { isPlannedServings, servingsText } from '../../../shared/recipes/scale'
import { usePlanText } from '../plan/use-plan-text'

const one = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const dayOf = (value: unknown): number | undefined => {
  const n = Number(one(value))
  return Number.isInteger(n) && n >= 0 && n <= 6 ? n : undefined
}

export function usePlannedServings() {
  const route = useRoute()
  const { t } = useI18n()
  const text = usePlanText()
  const servings = computed(() => {
    const n = Number(one(route.query.servings))
    return isPlannedServings(n) ? n : undefined
  })
  const plannedFor = computed(() => {
    const amount = servings.value
    const week = one(route.query.week)
    const day = dayOf(route.query.day)
    const slot = one(route.query.slot) as MealSlot | undefined
    if (amount === undefined || !week || !isIsoWeek(week) || day === undefined || !slot || !mealSlots.includes(slot)) return undefined
    const meal = text.mealName(week, { day, slot })
    const rest = Number(one(route.query.rest))
    const restDay = dayOf(route.query.restDay)
    const plural = amount === 1 ? 1 : 2
    if (isPlannedServings(rest) && restDay !== undefined) {
      return t('recipes.page.plannedForLeftover', { meal, amount: servingsText(amount), rest: servingsText(rest), day: text.dayName(week, restDay) }, plural)
    }
    return t('recipes.page.plannedFor', { meal, amount: servingsText(amount) }, plural)
  })
  return { servings, plannedFor }
}
