/**
 * English words for the shopping list: the command line's and the tests' labels, and the model
 * for the UI's translations (which live in renderer/i18n, not here).
 */
import type { Aisle } from './aisles'
import { buyNote, quartersText, type BuyNote } from './buy-note'
import type { ShoppingLabels } from './export'
import type { BuyUnit, PackAmount } from './packs'
import type { FoodLine, PieceUnit, ShopperQuantity } from './types'

export const englishAisleNames: Readonly<Record<Aisle, string>> = {
  produce: 'Produce',
  'fermented-dairy': 'Fermented & dairy',
  'fish-meat': 'Fish & meat',
  'grains-bakery': 'Grains & bakery',
  legumes: 'Legumes',
  'nuts-seeds': 'Nuts & seeds',
  'herbs-spices': 'Herbs & spices',
  oils: 'Oils',
  frozen: 'Frozen',
  other: 'Other',
}

const unitWords: Readonly<Record<PieceUnit, [string, string]>> = {
  piece: ['piece', 'pieces'],
  clove: ['clove', 'cloves'],
  stalk: ['stalk', 'stalks'],
  bunch: ['bunch', 'bunches'],
  head: ['head', 'heads'],
  bulb: ['bulb', 'bulbs'],
}

/** A number as written in English, at most `digits` decimals, no trailing zeros. */
const decimal = (value: number, digits = 2): string => String(Number(value.toFixed(digits)))

/** A count in whole and half pieces: "½", "1½", "3". */
export function countText(count: number): string {
  const whole = Math.floor(count)
  const half = count - whole >= 0.5 ? '½' : ''
  return whole === 0 ? half || '0' : `${whole}${half}`
}

const gramsText = (grams: number): string => (grams >= 1000 ? `${decimal(grams / 1000)} kg` : `${decimal(grams)} g`)

/** "3 medium (about 330 g)", "4 cloves (about 12 g)", "½ medium head (about 450 g)", "1.5 l", "250 g". */
export function englishQuantity(q: ShopperQuantity): string {
  switch (q.kind) {
    case 'mass':
    case 'volume':
      return `${decimal(q.amount)} ${q.unit}`
    case 'count': {
      const [one, many] = unitWords[q.unit]
      const word = q.unit === 'piece' && q.size ? '' : q.count > 1 ? many : one
      const words = [countText(q.count), q.size ?? '', word].filter((w) => w !== '').join(' ')
      return `${words} (about ${gramsText(q.approxGrams)})`
    }
  }
}

const buyUnitWords: Readonly<Record<BuyUnit, [string, string]>> = {
  piece: ['piece', 'pieces'],
  head: ['head', 'heads'],
  bulb: ['bulb', 'bulbs'],
  bunch: ['bunch', 'bunches'],
  can: ['can', 'cans'],
  jar: ['jar', 'jars'],
  tube: ['tube', 'tubes'],
  bottle: ['bottle', 'bottles'],
  carton: ['carton', 'cartons'],
  pot: ['pot', 'pots'],
  pack: ['pack', 'packs'],
  bag: ['bag', 'bags'],
  box: ['box', 'boxes'],
  punnet: ['punnet', 'punnets'],
  loaf: ['loaf', 'loaves'],
  bar: ['bar', 'bars'],
}

const amountText = (a: PackAmount): string => `${decimal(a.amount)} ${a.unit}`

/** "2 cans (400 g)", "1 box of 10", "3 pieces", "1 head". */
export function englishBuy(note: BuyNote): string {
  const [one, many] = buyUnitWords[note.unit]
  const units = `${note.count} ${note.count === 1 ? one : many}`
  if (note.pieces !== null) return `${units} of ${note.pieces}`
  return note.size ? `${units} (${amountText(note.size)})` : units
}

/** "uses 480 g · 0 g left", "uses 700 ml · 300 ml left", "uses 330 g · ½ head left". */
export function englishUseAndLeft(note: BuyNote): string {
  const left = note.left
  const leftText =
    left.kind === 'amount'
      ? `${amountText(left.amount)} left`
      : left.count === 0 && left.quarters === 0
        ? 'none left'
        : `${quartersText(left.count, left.quarters)} ${buyUnitWords[note.unit][left.count > 1 ? 1 : 0]} left`
  return `uses ${amountText(note.used)}${note.isDrained ? ' drained' : ''} · ${leftText}`
}

/** A food line's quantity: what to buy and what is left, or the amount and "by weight". */
export function englishFoodQuantity(line: FoodLine): string {
  const note = buyNote(line)
  return note ? `${englishBuy(note)} · ${englishUseAndLeft(note)}` : `${englishQuantity(line.display)}, by weight`
}

export const englishLabels: ShoppingLabels = {
  aisle: (aisle) => englishAisleNames[aisle],
  pantry: 'At home',
  quantity: englishQuantity,
  food: englishFoodQuantity,
  entry: (name, quantity) => (quantity ? `${name}: ${quantity}` : name),
  csvHeader: { aisle: 'Aisle', item: 'Item', quantity: 'Quantity', grams: 'Grams', ticked: 'Ticked' },
}
