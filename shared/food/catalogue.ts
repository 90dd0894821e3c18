/**
 * The food catalogue: the file format written by scripts/build-catalogue.ts, its decoder,
 * and the in-memory catalogue (SR24 foods plus the curated foods).
 *
 * The file stores each food as a positional row to stay small and fast to parse; this module
 * is the only place that knows the positions.
 */
import { z } from 'zod'
import { curatedFoods } from './curated-foods'
import { isFoodGroupCode, type FoodGroupCode } from './groups'
import { nutrientKeys, type Food, type FoodId, type Measure, type NutrientKey, type Nutrients } from './types'

export const catalogueFormat = 'gutplan-catalogue/1'

/** One food in the file: id, name, group, nutrient values in `nutrientKeys` order (null = not measured), measures. */
export type FoodRow = [id: string, name: string, group: FoodGroupCode, nutrients: (number | null)[], measures: MeasureRow[]]
/** A household measure in the file: amount, name, grams. */
export type MeasureRow = [amount: number, name: string, grams: number]

export const catalogueSourceSchema = z.strictObject({
  name: z.string().min(1),
  release: z.string().min(1),
  licence: z.string().min(1),
  origin: z.string().min(1),
  /** SHA-256 of the uncompressed source text, so a regenerated file can be tied to its input. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  foods: z.number().int().nonnegative(),
  /** Foods whose group is not the first two digits of their NDB number (see scripts/catalogue/groups.ts). */
  groupsInferred: z.number().int().nonnegative(),
})
export type CatalogueSource = z.infer<typeof catalogueSourceSchema>

const headerSchema = z.object({
  format: z.literal(catalogueFormat),
  source: catalogueSourceSchema,
  command: z.string().min(1),
  nutrients: z.array(z.enum(nutrientKeys)).refine((keys) => keys.join() === nutrientKeys.join(), 'nutrient columns changed'),
  measure: z.tuple([z.literal('amount'), z.literal('name'), z.literal('grams')]),
  foods: z.array(z.unknown()),
})

/** The whole catalogue file as written by the builder. */
export interface CatalogueFile {
  format: typeof catalogueFormat
  source: CatalogueSource
  command: string
  nutrients: NutrientKey[]
  measure: ['amount', 'name', 'grams']
  foods: FoodRow[]
}

/** Thrown when the catalogue file does not have the expected shape; `path` says where. */
export class CatalogueError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`)
    this.name = 'CatalogueError'
  }
}

/** The foods the app knows: SR24 plus curated, with a lookup by id. */
export interface Catalogue {
  readonly source: CatalogueSource
  /** SR24 foods in id order, then curated foods. */
  readonly foods: readonly Food[]
  readonly byId: ReadonlyMap<FoodId, Food>
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function decodeNutrients(values: unknown, path: string): Nutrients {
  if (!Array.isArray(values) || values.length !== nutrientKeys.length) {
    throw new CatalogueError(`expected ${nutrientKeys.length} nutrient values`, path)
  }
  const nutrients: Record<string, number | null> = {}
  nutrientKeys.forEach((key, i) => {
    const v: unknown = values[i]
    if (v !== null && !(isFiniteNumber(v) && v >= 0)) throw new CatalogueError(`bad value for ${key}`, `${path}.${i}`)
    nutrients[key] = v
  })
  return nutrients as Nutrients
}

function decodeMeasures(rows: unknown, path: string): Measure[] {
  if (!Array.isArray(rows)) throw new CatalogueError('expected a list of measures', path)
  return rows.map((row: unknown, i): Measure => {
    if (!Array.isArray(row) || row.length !== 3) throw new CatalogueError('expected [amount, name, grams]', `${path}.${i}`)
    const [amount, name, grams] = row as unknown[]
    if (!isFiniteNumber(amount) || amount <= 0 || typeof name !== 'string' || !isFiniteNumber(grams) || grams <= 0) {
      throw new CatalogueError('bad measure', `${path}.${i}`)
    }
    return { amount, name, grams }
  })
}

function decodeFood(row: unknown, path: string): Food {
  if (!Array.isArray(row) || row.length !== 5) throw new CatalogueError('expected [id, name, group, nutrients, measures]', path)
  const [id, name, group, nutrients, measures] = row as unknown[]
  if (typeof id !== 'string' || !/^\d{5}$/.test(id)) throw new CatalogueError('bad id', `${path}.0`)
  if (typeof name !== 'string' || name.length === 0) throw new CatalogueError('bad name', `${path}.1`)
  if (!isFoodGroupCode(group)) throw new CatalogueError('bad group', `${path}.2`)
  return {
    id,
    name,
    group,
    nutrients: decodeNutrients(nutrients, `${path}.3`),
    measures: decodeMeasures(measures, `${path}.4`),
  }
}

/**
 * Decodes a parsed catalogue file (the result of JSON.parse, or a bundler's JSON import).
 * Throws CatalogueError naming the first problem.
 */
export function decodeCatalogueFile(value: unknown): { source: CatalogueSource; foods: Food[] } {
  const header = headerSchema.safeParse(value)
  if (!header.success) {
    const issue = header.error.issues[0]
    throw new CatalogueError(issue?.message ?? 'invalid', issue ? issue.path.join('.') || '(root)' : '(root)')
  }
  const foods = header.data.foods.map((row, i) => decodeFood(row, `foods.${i}`))
  return { source: header.data.source, foods }
}

/**
 * Builds the catalogue from a decoded file plus extra foods (the curated foods by default).
 * Throws CatalogueError if two foods share an id.
 */
export function createCatalogue(
  decoded: { source: CatalogueSource; foods: readonly Food[] },
  extraFoods: readonly Food[] = curatedFoods,
): Catalogue {
  const foods = [...decoded.foods, ...extraFoods]
  const byId = new Map<FoodId, Food>()
  for (const food of foods) {
    if (byId.has(food.id)) throw new CatalogueError(`duplicate id ${food.id}`, 'foods')
    byId.set(food.id, food)
  }
  return { source: decoded.source, foods, byId }
}

/** Decodes a parsed catalogue file and adds the curated foods. */
export function loadCatalogue(value: unknown, extraFoods: readonly Food[] = curatedFoods): Catalogue {
  return createCatalogue(decodeCatalogueFile(value), extraFoods)
}

/** Parses catalogue JSON text and adds the curated foods. */
export function parseCatalogue(text: string, extraFoods: readonly Food[] = curatedFoods): Catalogue {
  return loadCatalogue(JSON.parse(text) as unknown, extraFoods)
}
