import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { useShoppingFormat } from '../../../../renderer/composables/shopping/use-shopping-format'
import type { Locale } from '../../../../renderer/i18n'
import { aisles } from '../../../../shared/shopping/aisles'
import { englishAisleNames, englishLabels, englishQuantity } from '../../../../shared/shopping/english'
import { toCsv, toMarkdown } from '../../../../shared/shopping/export'
import type { ShopperQuantity, ShoppingList } from '../../../../shared/shopping/types'
import { mountWithApp } from '../../components/helpers'

function formatIn(locale: Locale): ReturnType<typeof useShoppingFormat> {
  let format: ReturnType<typeof useShoppingFormat> | undefined
  const Probe = defineComponent({
    setup() {
      format = useShoppingFormat()
      return () => null
    },
  })
  mountWithApp(Probe, { locale })
  return format!
}

const count = (n: number, unit: Extract<ShopperQuantity, { kind: 'count' }>['unit'], size: 'small' | 'medium' | 'large' | null, approxGrams: number): ShopperQuantity => ({
  kind: 'count',
  count: n,
  unit,
  size,
  approxGrams,
  measure: 'medium',
})

const quantities: [ShopperQuantity, string][] = [
  [count(3, 'piece', 'medium', 330), '3 Stück, mittelgroß (ca. 330 g)'],
  [count(2, 'piece', null, 300), '2 Stück (ca. 300 g)'],
  [count(1, 'piece', 'large', 50), '1 Stück, groß (ca. 50 g)'],
  [count(4, 'clove', null, 12), '4 Zehen (ca. 12 g)'],
  [count(1, 'clove', null, 3), '1 Zehe (ca. 3 g)'],
  [count(0.5, 'head', 'medium', 450), '½ Kopf, mittelgroß (ca. 450 g)'],
  [count(1.5, 'head', null, 1350), '1½ Köpfe (ca. 1,35 kg)'],
  [count(2, 'bunch', null, 340), '2 Bund (ca. 340 g)'],
  [count(3, 'stalk', 'small', 120), '3 Stangen, klein (ca. 120 g)'],
  [count(1, 'bulb', null, 230), '1 Knolle (ca. 230 g)'],
  [{ kind: 'mass', grams: 250, amount: 250, unit: 'g' }, '250 g'],
  [{ kind: 'mass', grams: 1250, amount: 1.25, unit: 'kg' }, '1,25 kg'],
  [{ kind: 'volume', ml: 450, amount: 450, unit: 'ml' }, '450 ml'],
  [{ kind: 'volume', ml: 1500, amount: 1.5, unit: 'l' }, '1,5 l'],
]

afterEach(() => {
  document.body.innerHTML = ''
})

describe('shopping quantities in words', () => {
  it.each(quantities)('in English, as the domain writes them: %j', (q) => {
    expect(formatIn('en').quantity(q)).toBe(englishQuantity(q))
  })

  it.each(quantities)('in German: %j → %s', (q, german) => {
    expect(formatIn('de').quantity(q)).toBe(german)
  })

  it('names every aisle in both languages', () => {
    const en = formatIn('en')
    const de = formatIn('de')
    for (const aisle of aisles) {
      expect(en.aisleName(aisle)).toBe(englishAisleNames[aisle])
      expect(de.aisleName(aisle)).not.toBe('')
    }
    expect(de.aisleName('produce')).toBe('Obst & Gemüse')
  })

  it('says what a list covers', () => {
    // The dates follow the system's variant of the language (en-US writes "May 11 – 17, 2026").
    expect(formatIn('en').spanText(['2026-W20'])).toMatch(/^Week 20 · \D*11\D+17\D+2026$/)
    expect(formatIn('de').spanText(['2026-W20', '2026-W21'])).toMatch(/^Wochen 20–21 · 11\.\s?–\s?24\. Mai 2026$/)
    expect(formatIn('en').spanText([])).toBe('')
  })
})

describe('export labels', () => {
  const list: ShoppingList = {
    aisles: [
      {
        aisle: 'produce',
        lines: [
          { kind: 'food', key: '11282', foodId: '11282', name: 'Onions', description: 'Onions, raw', aisle: 'produce', grams: 310, display: count(3, 'piece', 'medium', 330), buy: { count: 3, unit: 'piece', packGrams: 110 }, pack: { rule: 'loose-pieces', size: null, pieces: null, isDrained: false, isPantryLike: false, mlPerG: null }, usedG: 310, leftoverG: 20, fromParts: [], from: [], isPantry: false },
          { kind: 'extra', key: 'extra:a', id: 'a', name: 'Lemons', quantityText: '2', aisle: 'produce' },
        ],
      },
    ],
    pantry: [{ kind: 'food', key: '04053', foodId: '04053', name: 'Olive oil', description: 'Oil, olive', aisle: 'oils', grams: 20, display: { kind: 'volume', ml: 30, amount: 30, unit: 'ml' }, buy: null, pack: null, usedG: 20, leftoverG: 0, fromParts: [], from: [], isPantry: true }],
    omitted: [],
  }

  it('write English exports exactly as the domain’s English labels do', () => {
    const ticks = new Set(['extra:a'])
    expect(toMarkdown(list, formatIn('en').labels(), ticks)).toBe(toMarkdown(list, englishLabels, ticks))
    expect(toCsv(list, formatIn('en').labels(), ticks)).toBe(toCsv(list, englishLabels, ticks))
  })

  it('write German exports in German, food names as they are', () => {
    const labels = formatIn('de').labels()
    expect(toMarkdown(list, labels, new Set(['11282']))).toBe(
      ['## Obst & Gemüse', '', '- [x] Onions: 3 Stück · braucht 310 g · ¼ Stück übrig', '- [ ] Lemons: 2', '', '## Im Haus', '', '- Olive oil: 30 ml', ''].join('\n'),
    )
    expect(toCsv(list, labels).split('\r\n')[0]).toBe('Regal,Artikel,Menge,Gramm,Abgehakt')
  })
})
