/**
 * The shopping list in words, in the person's language: quantities in shopper units
 * ("3 medium (about 330 g)", "3 Stück, mittelgroß (ca. 330 g)"), aisle names, and the labels the
 * text, Markdown and CSV exports are written with. Food names stay as the catalogue has them.
 */
import { addDays } from 'date-fns'
import { useI18n } from 'vue-i18n'
import { mondayOf } from '../../../shared/calendar/iso-week'
import type { Aisle } from '../../../shared/shopping/aisles'
import { buyNote, quartersText, type BuyNote } from '../../../shared/shopping/buy-note'
import { countText } from '../../../shared/shopping/english'
import type { ShoppingLabels } from '../../../shared/shopping/export'
import type { PackAmount } from '../../../shared/shopping/packs'
import type { FoodLine, ShopperQuantity } from '../../../shared/shopping/types'
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

  const amount = (a: PackAmount): string => t('shopping.quantity.amount', { amount: number(a.amount), unit: a.unit })

  /** "2 cans (400 g)", "1 box of 10", "3 pieces" ("2 Dosen (400 g)", "1 Packung à 10", "3 Stück"). */
  function buyText(note: BuyNote): string {
    const unit = t(`shopping.buy.unit.${note.unit}`, note.count)
    if (note.pieces !== null) return t('shopping.buy.box', { count: note.count, unit, pieces: note.pieces })
    return note.size ? t('shopping.buy.sized', { count: note.count, unit, size: amount(note.size) }) : t('shopping.buy.units', { count: note.count, unit })
  }

  /** "uses 480 g · 0 g left", "uses 330 g · ½ head left". */
  function noteText(note: BuyNote): string {
    const uses = t(note.isDrained ? 'shopping.buy.usesDrained' : 'shopping.buy.uses', { amount: amount(note.used) })
    const l = note.left
    const left =
      l.kind === 'amount'
        ? t('shopping.buy.left', { amount: amount(l.amount) })
        : l.count === 0 && l.quarters === 0
          ? t('shopping.buy.noneLeft')
          : t('shopping.buy.leftShare', { share: quartersText(l.count, l.quarters), unit: t(`shopping.buy.unit.${note.unit}`, l.count > 1 ? 2 : 1) })
    return t('shopping.buy.note', { uses, left })
  }

  /** A food line as the list shows it: what to buy, and, smaller, what the week uses and what is left (null for foods bought by weight). */
  function foodParts(line: FoodLine): { buy: string; note: string | null } {
    const note = buyNote(line)
    if (!note) return { buy: t('shopping.buy.byWeight', { quantity: quantity(line.display) }), note: null }
    return { buy: buyText(note), note: noteText(note) }
  }

  /** The same in one line, for the exports. */
  function food(line: FoodLine): string {
    const parts = foodParts(line)
    return parts.note ? t('shopping.buy.full', { buy: parts.buy, note: parts.note }) : parts.buy
  }

  const aisleName = (aisle: Aisle): string => t(`shopping.aisle.${aisle}`)

  /** The words of the exports, in the current language. */
  function labels(): ShoppingLabels {
    return {
      aisle: aisleName,
      pantry: t('shopping.pantry.title'),
      quantity,
      food,
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

  return { number, quantity, foodParts, food, aisleName, labels, datesText, spanText }
}
