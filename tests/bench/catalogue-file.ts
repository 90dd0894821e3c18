/** The committed catalogue file, read once for the food benches. */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const catalogueFile = join(dirname(fileURLToPath(import.meta.url)), '../../shared/food/data/catalogue.json')

export function readCatalogueText(): string {
  return readFileSync(catalogueFile, 'utf8')
}

export function catalogueBytes(): number {
  return statSync(catalogueFile).size
}
