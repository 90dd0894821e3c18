import { beforeAll, describe, expect, it } from 'vitest'
import { createFoodSearch, type FoodSearch } from '../../../shared/food/search'
import { testCatalogue } from './catalogue-fixture'

let search: FoodSearch
beforeAll(() => {
  search = createFoodSearch(testCatalogue().foods)
})

const names = (query: string, limit = 10) => search.search(query, { limit }).map((h) => h.description)

describe('food search ranking', () => {
  it('puts the raw whole apple first, before baby food and juice', () => {
    const hits = names('apple', 20)
    expect(hits[0]).toBe('Apples, raw, with skin')
    const first = (re: RegExp) => hits.findIndex((n) => re.test(n))
    expect(first(/^Babyfood/)).toSatisfy((i: number) => i === -1 || i > 0)
    expect(first(/^Apple juice/)).toSatisfy((i: number) => i === -1 || i > 0)
  })

  it('puts salmon fillets (raw or cooked fish) first', () => {
    const top = names('salmon', 5)
    expect(top.every((n) => /^(Fish, )?salmon\b/i.test(n))).toBe(true)
    expect(top[0]).toMatch(/^Fish, salmon, .*\braw\b/)
  })

  it('finds the curated kefir', () => {
    expect(search.search('kefir')[0]?.id).toBe('gp-kefir')
  })

  it('forgives a typo: "brocoli" finds broccoli', () => {
    expect(names('brocoli', 3)).toContain('Broccoli, raw')
  })

  it('completes a prefix: "sauerk" finds sauerkraut first', () => {
    expect(names('sauerk', 2).every((n) => n.startsWith('Sauerkraut'))).toBe(true)
  })

  it('prefers an exact word to a longer word it starts ("milk" before "milkfish")', () => {
    expect(names('milk', 1)[0]).toMatch(/^Milk, /)
    expect(names('egg', 1)[0]).toMatch(/^Egg, /)
  })

  it('understands UK words', () => {
    expect(names('courgette', 3).some((n) => /zucchini/.test(n))).toBe(true)
    expect(names('aubergine', 3).some((n) => /^Eggplant/.test(n))).toBe(true)
  })

  it('matches all words of a multi-word query first', () => {
    expect(names('greek yogurt', 1)[0]).toBe('Yogurt, Greek, plain, whole milk')
    expect(names('chicken breast', 1)[0]).toMatch(/^Chicken, .*breast/)
  })

  it('says when no food matches every word and the hits match only some', () => {
    expect(search.search('chicken breast').every((h) => h.allWords)).toBe(true)
    const some = search.search('grandmas secret cake')
    expect(some.length).toBeGreaterThan(0)
    expect(some.every((h) => !h.allWords)).toBe(true)
  })

  it('returns nothing for an empty query and respects the limit', () => {
    expect(search.search('   ')).toEqual([])
    expect(search.search('cheese', { limit: 4 })).toHaveLength(4)
  })
})
