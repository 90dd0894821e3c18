/**
 * The food search in both languages: the top-3 hit rate on the everyday word lists the tests
 * use (tests/shared/food/search-words.ts), and the latency per query over the whole catalogue
 * on those words plus multi-word queries, typos and prefixes as typed. Target: p95 under 5 ms.
 */
import { createCatalogue, decodeCatalogueFile } from '../../../shared/food/catalogue'
import { createFoodSearch, type FoodSearch } from '../../../shared/food/search'
import { builtInFoodUses } from '../../../shared/recipes/library'
import { englishWords, germanWords, type WordCase } from '../../shared/food/search-words'
import { readCatalogueText } from '../catalogue-file'
import { formatTiming, summarise } from '../timing'

export const name = 'search'

/** Extra queries as typed: multi-word, typos, prefixes, UK words. */
export const queries = [
  'greek yogurt', 'chicken breast', 'brown rice', 'sweet potato', 'olive oil', 'rye bread', 'whole wheat bread',
  'cheddar cheese', 'sardines canned', 'kidney beans', 'peanut butter', 'kefir', 'miso', 'tempeh', 'kimchi',
  'brocoli', 'salomn', 'avocadoe', 'cabage', 'tomatoe', 'spinnach', 'lentls',
  'sauerk', 'bana', 'sal', 'chick', 'qui', 'aspar', 'zucc', 'porridge',
  'Vollkornbrot', 'Räucherlachs', 'Hähnchen', 'Hackfleisch', 'Frischkäse', 'Sonnenblumenkerne', 'Kürbis', 'Champ', 'Kartof', 'Joghrt',
]

function hitRate(search: FoodSearch, cases: readonly WordCase[], lang: 'en' | 'de'): { hits: number; total: number; misses: string[] } {
  const misses: string[] = []
  for (const [word, acceptable] of cases) {
    const top = search.search(word, { limit: 3, lang })
    if (!top.some((h) => acceptable.includes(h.id))) misses.push(word)
  }
  return { hits: cases.length - misses.length, total: cases.length, misses }
}

function latency(search: FoodSearch, list: readonly string[], lang: 'en' | 'de', rounds: number): number[] {
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of list) {
      const started = performance.now()
      search.search(q, { lang, limit: 20 })
      samples.push(performance.now() - started)
    }
  }
  return samples
}

export function run(): void {
  const catalogue = createCatalogue(decodeCatalogueFile(JSON.parse(readCatalogueText())))
  const search = createFoodSearch(catalogue.foods, { common: builtInFoodUses })
  for (const [lang, cases] of [['en', englishWords], ['de', germanWords]] as const) {
    const rate = hitRate(search, cases, lang)
    console.log(`top-3 hit rate (${lang}): ${rate.hits}/${rate.total} = ${((100 * rate.hits) / rate.total).toFixed(1)} %${rate.misses.length ? `; missed: ${rate.misses.join(', ')}` : ''}`)
  }
  const en = englishWords.map(([w]) => w)
  const de = germanWords.map(([w]) => w)
  // Warm up, then time every query 20 times.
  latency(search, [...en, ...de, ...queries], 'en', 1)
  const samplesEn = latency(search, [...en, ...queries], 'en', 20)
  const samplesDe = latency(search, [...de, ...queries], 'de', 20)
  console.log(formatTiming(`search (en), ${en.length + queries.length} queries × 20`, summarise(samplesEn)))
  console.log(formatTiming(`search (de), ${de.length + queries.length} queries × 20`, summarise(samplesDe)))
  console.log(formatTiming('search, both languages', summarise([...samplesEn, ...samplesDe])))
  const perQuery = [...en, ...de, ...queries].map((q) => {
    const s = latency(search, [q], 'en', 10)
    return { q, t: summarise(s) }
  })
  perQuery.sort((a, b) => b.t.medianMs - a.t.medianMs)
  console.log(`slowest: ${perQuery.slice(0, 5).map((x) => `"${x.q}" ${x.t.medianMs.toFixed(2)} ms`).join(', ')}`)
}
