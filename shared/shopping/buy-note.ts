/**
 * What a list line says about buying, as data for the words (english.ts, the UI's i18n): what to
 * buy, how much of it the week uses, and what is left, rounded for reading. Rounding is for
 * display only; the line keeps the exact grams.
 */
import type { PackAmount } from './packs'
import type { FoodLine } from './types'

/** What is left: an amount ("300 ml"), or for a unit counted by the food's own measure a share of one ("½ head"), in quarters. */
export type Leftover = { readonly kind: 'amount'; readonly amount: PackAmount } | { readonly kind: 'share'; readonly quarters: number; readonly count: number }

export interface BuyNote {
  readonly count: number
  readonly unit: NonNullable<FoodLine['buy']>['unit']
  /** The size on the pack ("400 g", "1 l"), null for pieces, heads, bunches counted by the food's measure. */
  readonly size: PackAmount | null
  /** Pieces per box (eggs), else null. */
  readonly pieces: number | null
  readonly isDrained: boolean
  readonly used: PackAmount
  readonly left: Leftover
}

const step = (value: number): number => (value < 10 ? 1 : value < 100 ? 5 : value < 1000 ? 10 : 50)
/** Rounded to its step; a little is never shown as nothing. */
const nearest = (value: number): number => (value > 0 ? Math.max(1, Math.round(value / step(value)) * step(value)) : 0)

/** Grams (or millilitres, for foods sold by volume) rounded to 5/10/50 and in kg or l from 1000. */
function amountOf(grams: number, mlPerG: number | null): PackAmount {
  const value = nearest(mlPerG === null ? grams : grams * mlPerG)
  if (mlPerG !== null) return value >= 1000 ? { amount: value / 1000, unit: 'l' } : { amount: value, unit: 'ml' }
  return value >= 1000 ? { amount: value / 1000, unit: 'kg' } : { amount: value, unit: 'g' }
}

/** The buying note of a food line, or null when it is bought by weight. */
export function buyNote(line: FoodLine): BuyNote | null {
  const { buy, pack } = line
  if (!buy || !pack) return null
  const mlPerG = pack.mlPerG
  const counted = pack.size === null && pack.pieces === null
  const share = (line.leftoverG / buy.packGrams) * 4
  const left: Leftover = counted
    ? { kind: 'share', quarters: Math.round(share) % 4, count: Math.floor(Math.round(share) / 4) }
    : { kind: 'amount', amount: amountOf(line.leftoverG, mlPerG) }
  return { count: buy.count, unit: buy.unit, size: pack.size, pieces: pack.pieces, isDrained: pack.isDrained, used: amountOf(line.usedG, mlPerG), left }
}

/** "½", "1¼", "2¾": whole units and quarters. */
export function quartersText(count: number, quarters: number): string {
  const fraction = ['', '¼', '½', '¾'][quarters] ?? ''
  return count === 0 ? fraction || '0' : `${count}${fraction}`
}
