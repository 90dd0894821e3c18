/**
 * Catalogue loading as the renderer does it: JSON.parse of the committed file, decoding into
 * Food objects (plus the curated foods), and building the search index. Target: parse + decode
 * under 150 ms.
 */
import { createCatalogue, decodeCatalogueFile } from '../../../shared/food/catalogue'
import { createFoodSearch } from '../../../shared/food/search'
import { catalogueBytes, readCatalogueText } from '../catalogue-file'
import { formatTiming, time } from '../timing'

export const name = 'catalogue'

export function run(): void {
  const text = readCatalogueText()
  console.log(`catalogue.json: ${(catalogueBytes() / 1024).toFixed(0)} KiB`)
  const runs = 30
  console.log(formatTiming('JSON.parse', time(() => JSON.parse(text), runs)))
  const parsed: unknown = JSON.parse(text)
  console.log(formatTiming('decode (rows to Food, + curated)', time(() => createCatalogue(decodeCatalogueFile(parsed)), runs)))
  console.log(formatTiming('JSON.parse + decode', time(() => createCatalogue(decodeCatalogueFile(JSON.parse(text))), runs)))
  const catalogue = createCatalogue(decodeCatalogueFile(parsed))
  console.log(formatTiming(`search index over ${catalogue.foods.length} foods`, time(() => createFoodSearch(catalogue.foods), 15, 2)))
}
