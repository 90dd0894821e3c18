/**
 * Search latency per query over the whole catalogue, on a realistic mix of ~50 queries: common
 * foods, multi-word queries, UK words, typos and prefixes as typed. Target: p95 under 5 ms.
 */
import { createCatalogue, decodeCatalogueFile } from '../../../shared/food/catalogue'
import { createFoodSearch } from '../../../shared/food/search'
import { readCatalogueText } from '../catalogue-file'
import { formatTiming, summarise } from '../timing'

export const name = 'search'

export const queries = [
  'apple', 'banana', 'salmon', 'kefir', 'oats', 'lentils', 'chickpeas', 'garlic', 'onion', 'broccoli',
  'spinach', 'sauerkraut', 'kimchi', 'miso', 'tempeh', 'tofu', 'walnuts', 'chia', 'flaxseed', 'yogurt',
  'greek yogurt', 'chicken breast', 'brown rice', 'sweet potato', 'olive oil', 'rye bread', 'whole wheat bread',
  'cheddar cheese', 'milk', 'eggs', 'mackerel', 'sardines canned', 'kidney beans', 'peanut butter', 'blueberries',
  // typos
  'brocoli', 'salomn', 'yoghurt', 'avocadoe', 'cabage', 'tomatoe', 'spinnach', 'lentls',
  // prefixes as typed
  'sauerk', 'bana', 'sal', 'chick', 'qui', 'aspar', 'zucc',
  // UK words
  'courgette', 'aubergine', 'porridge', 'prawns',
]

export function run(): void {
  const catalogue = createCatalogue(decodeCatalogueFile(JSON.parse(readCatalogueText())))
  const search = createFoodSearch(catalogue.foods)
  for (const q of queries) search.search(q)
  const samples: number[] = []
  const rounds = 20
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const started = performance.now()
      search.search(q)
      samples.push(performance.now() - started)
    }
  }
  console.log(formatTiming(`search, ${queries.length} queries × ${rounds}`, summarise(samples)))
  const perQuery = queries.map((q) => {
    const s: number[] = []
    for (let r = 0; r < 10; r++) {
      const started = performance.now()
      search.search(q)
      s.push(performance.now() - started)
    }
    return { q, t: summarise(s) }
  })
  perQuery.sort((a, b) => b.t.medianMs - a.t.medianMs)
  console.log(`slowest: ${perQuery.slice(0, 5).map((x) => `"${x.q}" ${x.t.medianMs.toFixed(2)} ms`).join(', ')}`)
}
