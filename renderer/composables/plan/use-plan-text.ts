/**
 * Words for the week screen in the current language: dates of an ISO week, slot and day names,
 * the planner's reason codes, unmet targets with their fixes, and flags with their numbers.
 */
import { servingsText } from '../../../shared/recipes/scale'
import { useI18n } from 'vue-i18n'
import { daysOfWeek } from '../../../shared/calendar/iso-week'
import type { Finding } from '../../../shared/food/rules/types'
import type { Reason, RuleCount, UnmetTarget } from '../../../shared/planner/types'
import { flagValue } from '../../../shared/food/badges'
import { profileRule, type MealSlot } from '../../../shared/profile/profile'
import { useFindingText } from '../findings/use-findings'
import type { SlotRef } from '../../../shared/week/edits'

/** A "yyyy-MM-dd" date as local midnight. */
export function localDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(y!, (m ?? 1) - 1, d ?? 1)
}

/**
 * The locale dates are written in: the person's own variant of the app's language where the
 * system has one ("en-GB" writes "Mon 11 May"), else the app's language.
 */
export function dateLocale(appLocale: string, preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? []): string {
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === appLocale) ?? appLocale
}

// The system's languages do not change while the app runs; reading them is slow, and a week reads them often.
const dateLocales = new Map<string, string>()
const dateLocaleOf = (appLocale: string): string => {
  let found = dateLocales.get(appLocale)
  if (found === undefined) dateLocales.set(appLocale, (found = dateLocale(appLocale)))
  return found
}

// Formatters and week dates are immutable and costly to make (a week shows dozens of dates), so they are shared.
const formatters = new Map<string, Intl.DateTimeFormat>()
const weekDates = new Map<string, Date[]>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}

function datesOf(week: string): Date[] {
  let dates = weekDates.get(week)
  if (!dates) weekDates.set(week, (dates = daysOfWeek(week).map(localDate)))
  return dates
}

const shortDay: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
const longDay: Intl.DateTimeFormatOptions = { weekday: 'long' }
const fullDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }

/** A week whose days name the weekdays (Monday first, as every ISO week). */
const anyWeek = '2026-W01'

export function usePlanText() {
  const { t, locale } = useI18n()
  const findings = useFindingText()
  const { formatList, formatNumber, upperFirst } = findings

  const dateOf = (week: string, day: number): Date => datesOf(week)[day] ?? datesOf(week)[0]!
  const format = (options: Intl.DateTimeFormatOptions, date: Date) => formatter(dateLocaleOf(locale.value), options).format(date)

  /** "Mon 11 May" / "Mon, May 11" / "Mo., 11. Mai": the person's locale decides. */
  const dayLabel = (week: string, day: number) => format(shortDay, dateOf(week, day))
  /** "Monday": for labels read aloud. */
  const dayName = (week: string, day: number) => format(longDay, dateOf(week, day))
  /** "Monday" for a 0-based day of any week (reasons name days without their week). */
  const weekdayName = (day: number) => dayName(anyWeek, day)
  const weekNumber = (week: string) => t('plan.weekNumber', { n: Number(week.slice(6)) })
  /** "11–17 May 2026". */
  const weekRange = (week: string) => formatter(dateLocaleOf(locale.value), fullDate).formatRange(dateOf(week, 0), dateOf(week, 6))
  const slotName = (slot: MealSlot) => t(`profile.household.slot.${slot}`)
  /** "Lunch, Wednesday": names a meal in button labels. */
  const mealName = (week: string, at: SlotRef) => t('plan.meal.context', { slot: slotName(at.slot), day: dayName(week, at.day) })

  function ruleName(name: string): string {
    const rule = profileRule(name)
    switch (rule.kind) {
      case 'intolerance':
        return t(`plan.rule.${rule.rule}`)
      case 'allergen':
        return t(`findings.subject.allergen.${rule.rule}`)
      case 'other':
        return t('plan.rule.other', { rule: rule.rule })
      default:
        return t(`plan.rule.${rule.kind}`)
    }
  }
  const ruleList = (rules: readonly string[]) => formatList(rules.map(ruleName))
  /** The rules that kept recipes out, most first; past three, how many more. */
  function blockedList(blocked: readonly RuleCount[]): string {
    const shown = blocked.slice(0, 3).map((b) => t('plan.blocked', { count: b.count, rule: ruleName(b.rule) }))
    const rest = blocked.length - shown.length
    return formatList(rest > 0 ? [...shown, t('plan.targets.more', rest)] : shown)
  }
  /** What a recipe must be to fit: "your diet", "no gluten". */
  const compatibleList = (rules: readonly string[]) => formatList(rules.map((r) => (profileRule(r).kind === 'diet' ? ruleName(r) : t('plan.rule.none', { rule: ruleName(r) }))))

  function reasonText(reason: Reason): string {
    switch (reason.code) {
      case 'conflict':
        return t('plan.reason.conflict', { rules: ruleList(reason.rules) })
      case 'no-candidate':
        return reason.blockedBy.length ? t('plan.reason.no-candidate-blocked', { blocked: blockedList(reason.blockedBy) }) : t('plan.reason.no-candidate')
      case 'fiber':
        return t('plan.reason.fiber', { grams: formatNumber(reason.grams) })
      case 'new-plants':
        return t('plan.reason.new-plants', { count: reason.count }, reason.count)
      case 'energy':
        return t('plan.reason.energy', { kcal: formatNumber(reason.kcal) })
      case 'limit-flags':
        return t('plan.reason.limit-flags', { count: reason.count }, reason.count)
      case 'repeat':
        return t('plan.reason.repeat', { uses: reason.uses })
      case 'flexible-slot':
        return t('plan.reason.flexible-slot', { slot: slotName(reason.from) })
      case 'portion':
        return t('plan.reason.portion', { n: servingsText(reason.servingsPerPerson) })
      case 'leftover':
        return t('plan.reason.leftover', { day: weekdayName(reason.day) })
      case 'cooks-leftover':
        return t('plan.reason.cooks-leftover', { day: weekdayName(reason.day), servings: servingsText(reason.servings) })
      default:
        return t(`plan.reason.${reason.code}`)
    }
  }

  /** A flag with the number behind it: "High in saturates: 7.1 g/100 g". */
  function limitText(finding: Finding): string {
    const label = findings.label(finding)
    const value = flagValue(finding)
    return typeof value === 'number' ? t('plan.limit.withValue', { label, value: formatNumber(value) }) : label
  }

  function fixText(unmet: UnmetTarget): string {
    const fix = unmet.fix
    if (fix.code === 'raise-weight') return t('plan.targets.fix.raise-weight', { count: fix.candidates }, fix.candidates)
    const values = { tag: t(`plan.targets.tag.${fix.tag}`), slot: slotName(fix.slot), rules: compatibleList(fix.compatibleWith) }
    return t(fix.compatibleWith.length ? 'plan.targets.fix.add-recipe-compatible' : 'plan.targets.fix.add-recipe', values)
  }

  return { dayLabel, dayName, weekdayName, weekNumber, weekRange, slotName, mealName, ruleName, blockedList, reasonText, limitText, fixText, formatNumber, formatList, upperFirst, conflictText: findings.conflictText, label: findings.label }
}
