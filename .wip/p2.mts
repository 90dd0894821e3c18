import { testCatalogue } from '../tests/shared/food/catalogue-fixture.ts'
import { createFoodSearch } from '../shared/food/search.ts'
import { builtInFoodIds } from '../shared/recipes/library/index.ts'
const s = createFoodSearch(testCatalogue().foods, { common: builtInFoodIds })
for (const q of process.argv.slice(2)) console.log(q, s.search(q, { limit: 40, lang: (process.env.L ?? 'de') as 'en' | 'de' }).map((h) => `${h.id} ${h.name} ${h.score}`).filter((x, i) => i < 4 || /01077|01211|20081/.test(x)))
