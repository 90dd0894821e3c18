/**
 * The everyday names data (shared/food/data/food-names.json): well formed, covering every food
 * a built-in recipe uses and at least 1,500 foods, and unambiguous: no two foods share an
 * everyday name in one language.
 */
import { describe, expect, it } from 'vitest'
import namesFile from '../../../shared/food/data/food-names.json' with { type: 'json' }
import { everydayNamesById, foodName, foodNamesFormat } from '../../../shared/food/names'
import { builtInRecipes } from '../../../shared/recipes/library'
import { fold } from '../../../shared/food/words'
import { testCatalogue } from './catalogue-fixture'

describe('everyday food names', () => {
  it('is a names file of the expected format, every entry complete', () => {
    expect((namesFile as { format: string }).format).toBe(foodNamesFormat)
    for (const [id, names] of everydayNamesById) {
      for (const lang of ['en', 'de'] as const) {
        expect(typeof names[lang] === 'string' && names[lang].trim() !== '', `${id} ${lang}`).toBe(true)
        expect(names[lang], `${id} ${lang}`).toBe(names[lang].trim())
        expect(names[lang].length, `${id} ${lang} is short`).toBeLessThanOrEqual(48)
      }
      for (const list of [names.enAliases, names.deAliases]) {
        expect(Array.isArray(list), id).toBe(true)
        for (const alias of list) expect(typeof alias === 'string' && alias.trim() !== '', `${id} alias`).toBe(true)
      }
    }
  })

  it('names only foods the catalogue has', () => {
    const catalogue = testCatalogue()
    const unknown = [...everydayNamesById.keys()].filter((id) => !catalogue.byId.has(id))
    expect(unknown).toEqual([])
  })

  it('names at least 1,500 foods', () => {
    expect(everydayNamesById.size).toBeGreaterThanOrEqual(1500)
  })

  it('gives every food of every built-in recipe both names', () => {
    const missing = new Set<string>()
    for (const recipe of builtInRecipes) for (const i of recipe.ingredients) if (!everydayNamesById.has(i.foodId)) missing.add(i.foodId)
    expect([...missing]).toEqual([])
  })

  it.each(['en', 'de'] as const)('never gives two foods the same %s name', (lang) => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const [id, names] of everydayNamesById) {
      const key = fold(names[lang])
      const other = seen.get(key)
      if (other) clashes.push(`${names[lang]}: ${other} and ${id}`)
      else seen.set(key, id)
    }
    expect(clashes).toEqual([])
  })

  it('writes German with umlauts and ß, not their ASCII stand-ins', () => {
    const ascii = /(Aepfel|Moehre|Kaese|Suess|Gruen|Ruebe|Nuesse|Huehn|Weiss|Kloesse|Broetchen)/
    const bad = [...everydayNamesById].filter(([, n]) => ascii.test(n.de)).map(([id, n]) => `${id} ${n.de}`)
    expect(bad).toEqual([])
  })

  it('uses British words in English names', () => {
    // "Fortune cookies" are called that in the UK too.
    const us = /\b(eggplant|zucchini|cilantro|arugula|garbanzo|scallions?|rutabaga|(?<!fortune )cookies?|fiber)\b/i
    const bad = [...everydayNamesById].filter(([, n]) => us.test(n.en)).map(([id, n]) => `${id} ${n.en}`)
    expect(bad).toEqual([])
  })

  it('shows the everyday name in each language, and a food without one by its own name', () => {
    const onion = testCatalogue().byId.get('11282')!
    expect(foodName(onion, 'en')).toBe(everydayNamesById.get('11282')!.en)
    expect(foodName(onion, 'de')).toBe(everydayNamesById.get('11282')!.de)
    expect(foodName(onion, 'en')).not.toBe(onion.name)
    expect(foodName({ id: 'own-x', name: 'Omas Pflaumenmus' }, 'en')).toBe('Omas Pflaumenmus')
  })
})
