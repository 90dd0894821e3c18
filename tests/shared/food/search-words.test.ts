/**
 * Everyday words in both languages find the right food in the top 3 (search-words.ts), and the
 * ranking rules hold: an exact word before a prefix or a typo, names in the language asked for.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createFoodSearch, type FoodSearch } from '../../../shared/food/search'
import { builtInFoodUses } from '../../../shared/recipes/library'
import { testCatalogue } from './catalogue-fixture'
import { englishWords, germanWords, type WordCase } from './search-words'

let search: FoodSearch
beforeAll(() => {
  search = createFoodSearch(testCatalogue().foods, { common: builtInFoodUses })
})

function misses(cases: readonly WordCase[], lang: 'en' | 'de'): string[] {
  return cases.flatMap(([word, acceptable]) => {
    const top = search.search(word, { limit: 3, lang })
    return top.some((h) => acceptable.includes(h.id)) ? [] : [`${word} → ${top.map((h) => `${h.id} ${h.name}`).join('; ') || 'nothing'}`]
  })
}

describe('everyday words find the right food in the top 3', () => {
  it('lists at least 60 words per language', () => {
    expect(englishWords.length).toBeGreaterThanOrEqual(60)
    expect(germanWords.length).toBeGreaterThanOrEqual(60)
  })

  it('in English', () => {
    expect(misses(englishWords, 'en')).toEqual([])
  })

  it('in German', () => {
    expect(misses(germanWords, 'de')).toEqual([])
  })
})

describe('search across languages', () => {
  it('names hits in the language asked for and keeps the catalogue description', () => {
    const [hit] = search.search('Lachs', { lang: 'de', limit: 1 })
    expect(hit?.name).toMatch(/Lachs/)
    expect(hit?.description).toMatch(/^Fish, salmon/)
    const [english] = search.search('Lachs', { lang: 'en', limit: 1 })
    expect(english?.id).toBe(hit?.id)
    expect(english?.name).toMatch(/Salmon/)
  })

  it('finds bread for "Brot", not Bratwurst or broth', () => {
    const top = search.search('Brot', { lang: 'de', limit: 5 })
    expect(top.map((h) => h.group)).toEqual(['18', '18', '18', '18', '18'])
    expect(top[0]?.name).toMatch(/brot/i)
  })

  it('finds carrots for "Möhre", not Pop-Tarts', () => {
    expect(search.search('Möhre', { lang: 'de', limit: 1 })[0]?.id).toBe('11124')
  })

  it('is case and accent insensitive', () => {
    const ids = (q: string) => search.search(q, { lang: 'de', limit: 3 }).map((h) => h.id)
    expect(ids('äpfel')).toEqual(ids('APFEL'))
    expect(ids('Süßkartoffel')[0]).toBe(ids('susskartoffel')[0])
  })

  it('never ranks a typo or a longer word above an exact word', () => {
    // "Reis" (rice) is a word; "Reiswaffeln" and "Preiselbeeren" only start or resemble it.
    const top = search.search('Reis', { lang: 'de', limit: 5 })
    expect(top[0]?.name).toMatch(/^(Natur)?[Rr]eis\b/)
    // "milk" is a word; "milkfish" only starts with it.
    expect(search.search('milk', { limit: 1 })[0]?.description).toMatch(/^Milk, /)
  })
})
