/**
 * The list as text to copy or save: plain text, Markdown (a task list) and CSV (RFC 4180).
 * Every word comes from `labels`, which the UI builds in the person's language; the CLI and the
 * tests use `englishLabels`. Saving the text to a file is the platform's job (`saveFile`).
 */
import type { Aisle } from './aisles'
import type { FoodLine, ShopperQuantity, ShoppingItem, ShoppingList } from './types'

/** The words an export needs, in the current language. */
export interface ShoppingLabels {
  /** An aisle heading ("Produce"). */
  aisle(aisle: Aisle): string
  /** The heading of the foods already at home. */
  readonly pantry: string
  /** A quantity in words ("3 medium (about 330 g)", "1.5 l"). */
  quantity(quantity: ShopperQuantity): string
  /** What to buy of a food, with what the week uses and what is left ("2 cans (400 g) · uses 480 g · 0 g left", "250 g, by weight"). */
  food(line: FoodLine): string
  /** One entry as read on a list, from the item's name and quantity text ('' when it has none). */
  entry(name: string, quantity: string): string
  /** The item's name as shown; the catalogue name (or the extra's text) when absent. */
  name?(item: ShoppingItem): string
  /** The CSV header row. */
  readonly csvHeader: { readonly aisle: string; readonly item: string; readonly quantity: string; readonly grams: string; readonly ticked: string }
}

const nameOf = (item: ShoppingItem, labels: ShoppingLabels): string => labels.name?.(item) ?? item.name

/** What to buy for an item on the list; for a food at home (the pantry), how much the plan uses. */
const quantityOf = (item: ShoppingItem, labels: ShoppingLabels): string =>
  item.kind === 'extra' ? (item.quantityText ?? '') : item.isPantry ? labels.quantity(item.display) : labels.food(item)

/** Text fields come from the catalogue and from the person: one line each, whatever they hold. */
const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, ' ').trim()

const entryOf = (item: ShoppingItem, labels: ShoppingLabels): string => oneLine(labels.entry(nameOf(item, labels), quantityOf(item, labels)))

/**
 * Plain text for a message or a note: each aisle's heading, then "[ ] entry" lines ("[x]" when
 * ticked), a blank line between aisles, and the pantry foods last as "- entry" lines.
 */
export function toPlainText(list: ShoppingList, labels: ShoppingLabels, ticks: ReadonlySet<string> = new Set()): string {
  const blocks = list.aisles.map((section) =>
    [oneLine(labels.aisle(section.aisle)), ...section.lines.map((item) => `[${ticks.has(item.key) ? 'x' : ' '}] ${entryOf(item, labels)}`)].join('\n'),
  )
  if (list.pantry.length) blocks.push([oneLine(labels.pantry), ...list.pantry.map((item) => `- ${entryOf(item, labels)}`)].join('\n'))
  return blocks.length ? `${blocks.join('\n\n')}\n` : ''
}

/** Backslash-escapes the characters Markdown would read as formatting. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>#|~]/g, '\\$&')
}

/** Markdown: a "## Aisle" heading per aisle with a task list ("- [ ] …", "- [x] …"), the pantry foods last as a plain list. */
export function toMarkdown(list: ShoppingList, labels: ShoppingLabels, ticks: ReadonlySet<string> = new Set()): string {
  const blocks = list.aisles.map((section) =>
    [
      `## ${escapeMarkdown(labels.aisle(section.aisle))}`,
      '',
      ...section.lines.map((item) => `- [${ticks.has(item.key) ? 'x' : ' '}] ${escapeMarkdown(entryOf(item, labels))}`),
    ].join('\n'),
  )
  if (list.pantry.length) {
    blocks.push([`## ${escapeMarkdown(labels.pantry)}`, '', ...list.pantry.map((item) => `- ${escapeMarkdown(entryOf(item, labels))}`)].join('\n'))
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : ''
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A field a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe first (OWASP "CSV injection"): extras are typed by the person.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * CSV with a header row and columns aisle, item, quantity, grams, ticked: one row per item, the
 * pantry foods last with the pantry heading as their aisle. Grams are whole numbers (empty for
 * extras), ticked is "x" or empty. Lines end in CRLF, as RFC 4180 asks.
 */
export function toCsv(list: ShoppingList, labels: ShoppingLabels, ticks: ReadonlySet<string> = new Set()): string {
  const h = labels.csvHeader
  const rows: string[][] = [[h.aisle, h.item, h.quantity, h.grams, h.ticked]]
  const row = (aisle: string, item: ShoppingItem, ticked: boolean) => [
    aisle,
    nameOf(item, labels),
    quantityOf(item, labels),
    item.kind === 'food' ? String(Math.round(item.grams)) : '',
    ticked ? 'x' : '',
  ]
  for (const section of list.aisles) {
    const aisle = labels.aisle(section.aisle)
    for (const item of section.lines) rows.push(row(aisle, item, ticks.has(item.key)))
  }
  for (const item of list.pantry) rows.push(row(labels.pantry, item, false))
  return rows.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** The export formats and the file extension each is saved with. */
export const exportExtensions = { text: 'txt', markdown: 'md', csv: 'csv' } as const
export type ExportFormat = keyof typeof exportExtensions

/** The list as text in one of the export formats (see toPlainText, toMarkdown, toCsv). */
export function exportList(format: ExportFormat, list: ShoppingList, labels: ShoppingLabels, ticks: ReadonlySet<string> = new Set()): string {
  if (format === 'csv') return toCsv(list, labels, ticks)
  if (format === 'markdown') return toMarkdown(list, labels, ticks)
  return toPlainText(list, labels, ticks)
}
