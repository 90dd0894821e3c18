import { describe, expect, it } from 'vitest'
import { densityGPerMl } from '../../../shared/recipes/quantity'
import { aggregateShoppingList } from '../../../shared/shopping/aggregate'
import { aisles, type Aisle } from '../../../shared/shopping/aisles'
import { countText, englishLabels, englishQuantity } from '../../../shared/shopping/english'
import {
  csvField,
  escapeMarkdown,
  exportExtensions,
  exportList,
  toCsv,
  toMarkdown,
  toPlainText,
  type ShoppingLabels,
} from '../../../shared/shopping/export'
import type { ShopperQuantity, ShoppingList } from '../../../shared/shopping/types'
import { foodById, testCatalogue } from '../food/catalogue-fixture'
import { g, meal, ml, recipe } from './helpers'

const foods = testCatalogue().byId
const r = recipe('r', 1, [['11282', g(300)], ['gp-kefir', ml(1100)], ['08120', g(80)], ['04053', ml(30)]])
const list: ShoppingList = aggregateShoppingList([meal(r)], foods, {
  pantry: new Set(['04053']),
  extras: [{ id: 'e1', name: 'Napkins, "party", 3-ply\nwhite', quantity: '2, maybe 3', aisle: 'other' }, { id: 'e2', name: '=HYPERLINK("x")' }],
})
const ticks = new Set(['11282', 'extra:e1'])

/** A small RFC 4180 reader, for the round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  if (field !== '' || row.length) throw new Error('CSV does not end in CRLF')
  return rows
}

describe('englishQuantity', () => {
  it.each<[ShopperQuantity, string]>([
    [{ kind: 'count', count: 3, unit: 'piece', size: 'medium', approxGrams: 330, measure: 'medium' }, '3 medium (about 330 g)'],
    [{ kind: 'count', count: 1, unit: 'piece', size: null, approxGrams: 300, measure: 'cucumber' }, '1 piece (about 300 g)'],
    [{ kind: 'count', count: 2, unit: 'piece', size: null, approxGrams: 600, measure: 'cucumber' }, '2 pieces (about 600 g)'],
    [{ kind: 'count', count: 4, unit: 'clove', size: null, approxGrams: 10, measure: 'clove' }, '4 cloves (about 10 g)'],
    [{ kind: 'count', count: 0.5, unit: 'head', size: 'medium', approxGrams: 450, measure: 'head, medium' }, '½ medium head (about 450 g)'],
    [{ kind: 'count', count: 1.5, unit: 'bunch', size: null, approxGrams: 1350, measure: 'bunch' }, '1½ bunches (about 1.35 kg)'],
    [{ kind: 'volume', ml: 1100, amount: 1.1, unit: 'l' }, '1.1 l'],
    [{ kind: 'volume', ml: 350, amount: 350, unit: 'ml' }, '350 ml'],
    [{ kind: 'mass', grams: 1250, amount: 1.25, unit: 'kg' }, '1.25 kg'],
    [{ kind: 'mass', grams: 35, amount: 35, unit: 'g' }, '35 g'],
  ])('%j → %s', (q, text) => {
    expect(englishQuantity(q)).toBe(text)
  })

  it.each([
    [0.5, '½'],
    [1, '1'],
    [2.5, '2½'],
  ])('countText(%d) = %s', (count, text) => {
    expect(countText(count)).toBe(text)
  })
})

describe('toPlainText', () => {
  it('lists each aisle with ticks, one line per item, the pantry last', () => {
    expect(toPlainText(list, englishLabels, ticks)).toBe(
      [
        'Produce',
        '[x] Onions: 3 pieces · uses 300 g · ¼ piece left',
        '',
        'Fermented & dairy',
        '[ ] Kefir: 3 bottles (500 ml) · uses 1.1 l · 400 ml left',
        '',
        'Grains & bakery',
        '[ ] Porridge oats: 1 bag (500 g) · uses 80 g · 420 g left',
        '',
        'Other',
        '[x] Napkins, "party", 3-ply white: 2, maybe 3',
        '[ ] =HYPERLINK("x")',
        '',
        'At home',
        '- Olive oil: 30 ml',
        '',
      ].join('\n'),
    )
  })

  it('is empty for an empty list', () => {
    expect(toPlainText({ aisles: [], pantry: [], omitted: [] }, englishLabels)).toBe('')
  })
})

describe('toMarkdown', () => {
  it('writes "## Aisle" headings and task lists, escaping what Markdown would format', () => {
    const text = toMarkdown(list, englishLabels, ticks)
    expect(text.split('\n')).toEqual([
      '## Produce',
      '',
      '- [x] Onions: 3 pieces · uses 300 g · ¼ piece left',
      '',
      '## Fermented & dairy',
      '',
      '- [ ] Kefir: 3 bottles (500 ml) · uses 1.1 l · 400 ml left',
      '',
      '## Grains & bakery',
      '',
      '- [ ] Porridge oats: 1 bag (500 g) · uses 80 g · 420 g left',
      '',
      '## Other',
      '',
      '- [x] Napkins, "party", 3-ply white: 2, maybe 3',
      '- [ ] =HYPERLINK("x")',
      '',
      '## At home',
      '',
      '- Olive oil: 30 ml',
      '',
    ])
  })

  it.each([
    ['*bold* _it_ [link](x) <b> #tag `code` a|b ~s~ back\\slash', '\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\#tag \\`code\\` a\\|b \\~s\\~ back\\\\slash'],
    ['two\nlines', 'two lines'],
  ])('escapeMarkdown(%j)', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output)
  })
})

describe('toCsv', () => {
  it('has a header and one row per item, and round-trips through an RFC 4180 reader', () => {
    const csv = toCsv(list, englishLabels, ticks)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(parseCsv(csv)).toEqual([
      ['Aisle', 'Item', 'Quantity', 'Grams', 'Ticked'],
      ['Produce', 'Onions', '3 pieces · uses 300 g · ¼ piece left', '300', 'x'],
      ['Fermented & dairy', 'Kefir', '3 bottles (500 ml) · uses 1.1 l · 400 ml left', String(Math.round(1100 * densityGPerMl(foodById('gp-kefir')))), ''],
      ['Grains & bakery', 'Porridge oats', '1 bag (500 g) · uses 80 g · 420 g left', '80', ''],
      ['Other', 'Napkins, "party", 3-ply\nwhite', '2, maybe 3', '', 'x'],
      ['Other', `'=HYPERLINK("x")`, '', '', ''],
      ['At home', 'Olive oil', '30 ml', '27', ''],
    ])
  })

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['line\nfeed', '"line\nfeed"'],
    ['', ''],
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=a,"b"', `"'=a,""b"""`],
  ])('csvField(%j) = %s', (value, field) => {
    expect(csvField(value)).toBe(field)
    const back = parseCsv(`${field}\r\n`)[0]![0]
    expect(back).toBe(/^[=+\-@]/.test(value) ? `'${value}` : value)
  })
})

describe('labels from the UI', () => {
  const german: ShoppingLabels = {
    aisle: (a: Aisle) => ({ produce: 'Obst & Gemüse', other: 'Sonstiges' })[a as 'produce' | 'other'] ?? `Gang ${aisles.indexOf(a) + 1}`,
    pantry: 'Vorrat',
    quantity: (q) => (q.kind === 'count' ? `${q.count} Stück` : q.kind === 'volume' ? `${q.amount} ${q.unit}` : `${q.amount} ${q.unit}`.replace('.', ',')),
    food: (line) => (line.display.kind === 'count' ? `${line.display.count} Stück` : `${line.display.amount} ${line.display.unit}`),
    entry: (name, quantity) => (quantity ? `${quantity} ${name}` : name),
    name: (item) => (item.kind === 'food' && item.foodId === '11282' ? 'Zwiebeln' : item.name),
    csvHeader: { aisle: 'Gang', item: 'Artikel', quantity: 'Menge', grams: 'Gramm', ticked: 'Erledigt' },
  }

  it('are used for every word, so shared/ stays language-free', () => {
    const text = toPlainText(list, german)
    expect(text).toContain('Obst & Gemüse\n[ ] 3 Stück Zwiebeln\n')
    expect(text).toContain('Gang 2\n[ ] 1.1 l Kefir\n')
    expect(text).toContain('Vorrat\n- 30 ml Olive oil\n')
    expect(parseCsv(toCsv(list, german))[0]).toEqual(['Gang', 'Artikel', 'Menge', 'Gramm', 'Erledigt'])
    expect(toMarkdown(list, german)).toContain('## Sonstiges')
  })
})

describe('exportList', () => {
  it.each([
    ['text', toPlainText, 'txt'],
    ['markdown', toMarkdown, 'md'],
    ['csv', toCsv, 'csv'],
  ] as const)('%s is the same text as its own function, saved as .%s', (format, render, extension) => {
    expect(exportList(format, list, englishLabels, ticks)).toBe(render(list, englishLabels, ticks))
    expect(exportExtensions[format]).toBe(extension)
  })
})
