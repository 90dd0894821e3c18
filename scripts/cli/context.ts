/**
 * What every `gutplan` command gets: output streams and lazily loaded domain data.
 * Commands only parse arguments and print; the logic lives in shared/.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCatalogue, type Catalogue } from '../../shared/food/catalogue'
import { createFoodSearch, type FoodSearch } from '../../shared/food/search'
import { foodLangs, isFoodLang, type FoodLang } from '../../shared/food/words'
import { builtInFoodUses } from '../../shared/recipes/library'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Thrown by a command for bad arguments: the runner prints the message and the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface CliContext {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  catalogue(): Catalogue
  search(): FoodSearch
}

/** The default context: stdout/stderr and the committed catalogue. */
export function createContext(catalogueFile = resolve(repoRoot, 'shared/food/data/catalogue.json')): CliContext {
  let catalogue: Catalogue | undefined
  let search: FoodSearch | undefined
  const ctx: CliContext = {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    catalogue: () => (catalogue ??= parseCatalogue(readFileSync(catalogueFile, 'utf8'))),
    search: () => (search ??= createFoodSearch(ctx.catalogue().foods, { common: builtInFoodUses })),
  }
  return ctx
}

/** Prints a value as indented JSON. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2))
}

/** The `--lang` option: the language food names are printed in (English by default). */
export function readLang(value: string | undefined): FoodLang {
  if (value === undefined) return 'en'
  if (!isFoodLang(value)) throw new UsageError(`--lang must be one of ${foodLangs.join(', ')}, not "${value}"`)
  return value
}
