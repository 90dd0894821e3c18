/** The committed catalogue, parsed once per test file. Tests read it like the CLI does. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseCatalogue, type Catalogue } from '../../../shared/food/catalogue'
import type { Food } from '../../../shared/food/types'

export const catalogueFile = fileURLToPath(new URL('../../../shared/food/data/catalogue.json', import.meta.url))

let catalogue: Catalogue | undefined

export function testCatalogue(): Catalogue {
  return (catalogue ??= parseCatalogue(readFileSync(catalogueFile, 'utf8')))
}

/** A catalogue food by id; fails the test if it is missing. */
export function foodById(id: string): Food {
  const food = testCatalogue().byId.get(id)
  if (!food) throw new Error(`food ${id} is not in the catalogue`)
  return food
}
