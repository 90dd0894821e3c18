import { testCatalogue } from '../tests/shared/food/catalogue-fixture.ts'
import { createFoodSearch } from '../shared/food/search.ts'
import { builtInFoodIds } from '../shared/recipes/library/index.ts'
const s = createFoodSearch(testCatalogue().foods, { common: builtInFoodIds })
const lang = (process.env.L ?? 'de') as 'en' | 'de'
for (const q of process.argv.slice(2)) console.log(q, '→', s.search(q, { limit: 5, lang }).map((h) => `${h.id} ${h.name} [${h.description.slice(0, 30)}] (${h.score})`))
