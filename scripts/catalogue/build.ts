/**
 * Turns the SR24 JSON-lines copy into the app's catalogue file (shared/food/catalogue.ts
 * describes the format). Pure apart from hashing: the same input text gives the same bytes.
 */
import { createHash } from 'node:crypto'
import { catalogueFormat, type CatalogueFile, type FoodRow, type MeasureRow } from '../../shared/food/catalogue'
import { nutrientKeys, type NutrientKey } from '../../shared/food/types'
import { inferFoodGroup } from './groups'

/** SR24 nutrient names (data README) for each catalogue column. */
const sourceNutrient: Readonly<Record<NutrientKey, string>> = {
  energyKcal: 'Energy',
  proteinG: 'Protein',
  carbsG: 'Carbs',
  fiberG: 'Fiber',
  sugarsG: 'Sugars',
  fatG: 'Fat',
  saturatedG: 'Saturated',
  transG: 'Trans-Fats',
  omega3G: 'Omega-3',
  sodiumMg: 'Sodium',
}

export const regenerateCommand = 'npm run catalogue'

interface SourceFood {
  id: string
  name: string
  measures: { amount: number; name: string; grams: number }[]
  nutrients: Record<string, number>
}

/** Fixed precision: three decimals is the precision SR24 publishes; it also keeps the output stable. */
function round3(value: number): number {
  const rounded = Math.round(value * 1000) / 1000
  return Object.is(rounded, -0) ? 0 : rounded
}

/** Names in the copy carry stray whitespace and, once, a trailing backslash. */
function cleanName(name: string): string {
  return name.replace(/\\+$/, '').replace(/\s+/g, ' ').trim()
}

function parseLine(line: string, lineNo: number): SourceFood {
  const value = JSON.parse(line) as Partial<SourceFood>
  if (typeof value.id !== 'string' || typeof value.name !== 'string' || !value.nutrients || !Array.isArray(value.measures)) {
    throw new Error(`line ${lineNo}: not an SR24 food`)
  }
  return value as SourceFood
}

function toRow(food: SourceFood): FoodRow {
  const name = cleanName(food.name)
  const group = inferFoodGroup(food.id, name)
  if (!group) throw new Error(`no food group for ${food.id} ${name}: extend scripts/catalogue/groups.ts`)
  const nutrients = nutrientKeys.map((key) => {
    const value = food.nutrients[sourceNutrient[key]]
    return typeof value === 'number' && Number.isFinite(value) ? round3(value) : null
  })
  const measures = food.measures
    .filter((m) => m.grams > 0 && m.amount > 0 && m.name.trim() !== '')
    .map((m): MeasureRow => [round3(m.amount), m.name.replace(/\s+/g, ' ').trim(), round3(m.grams)])
  return [food.id, name, group, nutrients, measures]
}

/**
 * Builds the catalogue file text from the SR24 JSON-lines text.
 * One food per line, sorted by id, so diffs stay readable and the bytes are reproducible.
 */
export function buildCatalogue(sourceText: string): string {
  const foods = sourceText
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, lineNo]) => parseLine(line, lineNo))
  const rows = foods.map(toRow).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const ids = new Set(rows.map((r) => r[0]))
  if (ids.size !== rows.length) throw new Error('duplicate NDB numbers in the source')
  const header: Omit<CatalogueFile, 'foods'> = {
    format: catalogueFormat,
    source: {
      name: 'USDA National Nutrient Database for Standard Reference',
      release: 'SR24',
      licence: 'Public domain (work of the U.S. Department of Agriculture, Agricultural Research Service)',
      origin:
        "XML files of Debian's cronometer package (/usr/share/cronometer/usda_sr24.jar), converted to JSON lines: ../shared/data/usda-sr24.jsonl.gz",
      sha256: createHash('sha256').update(sourceText).digest('hex'),
      foods: rows.length,
      groupsInferred: rows.filter((r) => r[0].slice(0, 2) !== r[2]).length,
    },
    command: regenerateCommand,
    nutrients: [...nutrientKeys],
    measure: ['amount', 'name', 'grams'],
  }
  const head = JSON.stringify(header, null, 1).replace(/\n}$/, '')
  return `${head},\n "foods": [\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n ]\n}\n`
}
