/**
 * English words for the shopping list: the command line's and the tests' labels, and the model
 * for the UI's translations (which live in renderer/i18n, not here).
 */
import type { Aisle } from './aisles'
import type { ShoppingLabels } from './export'
import type { PieceUnit, ShopperQuantity } from './types'

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

export const englishLabels: ShoppingLabels = {
  aisle: (aisle) => englishAisleNames[aisle],
  pantry: 'At home',
  quantity: englishQuantity,
  entry: (name, quantity) => (quantity ? `${name}: ${quantity}` : name),
  csvHeader: { aisle: 'Aisle', item: 'Item', quantity: 'Quantity', grams: 'Grams', ticked: 'Ticked' },
}
