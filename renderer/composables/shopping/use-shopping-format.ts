/**
 * The shopping list in words, in the person's language: quantities in shopper units
 * ("3 medium (about 330 g)", "3 Stück, mittelgroß (ca. 330 g)"), aisle names, and the labels the
 * text, Markdown and CSV exports are written with. Food names stay as the catalogue has them.
 */
import { addDays } from 'date-fns'
import { useI18n } from 'vue-i18n'
import { mondayOf } from '../../../shared/calendar/iso-week'
import type { Aisle } from '../../../shared/shopping/aisles'
import { countText } from '../../../shared/shopping/english'
import type { ShoppingLabels } from '../../../shared/shopping/export'
import type { ShopperQuantity } from '../../../shared/shopping/types'
import { dateLocale } from '../plan/use-plan-text'

export function useShoppingFormat() {
  const { t, locale } = useI18n()

  /** At most two decimals, no grouping ("1.5", "1,5"): amounts on a list are small. */
  const number = (value: number): string => new Intl.NumberFormat(locale.value, { maximumFractionDigits: 2, useGrouping: false }).format(value)
  const grams = (g: number): string => t('shopping.quantity.amount', g >= 1000 ? { amount: number(g / 1000), unit: 'kg' } : { amount: number(g), unit: 'g' })

  function quantity(q: ShopperQuantity): string {
    if (q.kind !== 'count') return t('shopping.quantity.amount', { amount: number(q.amount), unit: q.unit })
    // ½ and 1 take the singular, 1½ and more the plural (vue-i18n reads any count but 1 as plural).
    const unit = t(`shopping.quantity.unit.${q.unit}`, q.count <= 1 ? 1 : 2)
    const key = !q.size ? 'count' : q.unit === 'piece' ? 'countSizedPiece' : 'countSized'
    const pieces = t(`shopping.quantity.${key}`, { count: countText(q.count), unit, size: q.size ? t(`shopping.quantity.size.${q.size}`) : '' })
    return t('shopping.quantity.approx', { quantity: pieces, grams: grams(q.approxGrams) })
  }

  const aisleName = (aisle: Aisle): string => t(`shopping.aisle.${aisle}`)

  /** The words of the exports, in the current language. */
  function labels(): ShoppingLabels {
    return {
      aisle: aisleName,
      pantry: t('shopping.pantry.title'),
      quantity,
      entry: (name, q) => (q ? t('shopping.export.entry', { name, quantity: q }) : name),
      csvHeader: {
        aisle: t('shopping.export.csv.aisle'),
        item: t('shopping.export.csv.item'),
        quantity: t('shopping.export.csv.quantity'),
        grams: t('shopping.export.csv.grams'),
        ticked: t('shopping.export.csv.ticked'),
      },
    }
  }

  /** "11–17 May 2026", "11–24 May 2026": the dates of the weeks a list covers. */
  function datesText(weeks: readonly string[]): string {
    const first = weeks[0]
    const last = weeks[weeks.length - 1]
    if (!first || !last) return ''
    return new Intl.DateTimeFormat(dateLocale(locale.value), { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(mondayOf(first), addDays(mondayOf(last), 6))
  }

  /** "Week 20 · 11–17 May 2026", "Weeks 20–21 · 11–24 May 2026": what a list covers. */
  function spanText(weeks: readonly string[]): string {
    const first = weeks[0]
    const last = weeks[weeks.length - 1]
    if (!first || !last) return ''
    const n = (w: string) => Number(w.slice(6))
    const label = first === last ? t('shopping.weekOne', { n: n(first) }) : t('shopping.weekMany', { first: n(first), last: n(last) })
    return t('shopping.range', { weeks: label, dates: datesText(weeks) })
  }

  return { number, quantity, aisleName, labels, datesText, spanText }
}
