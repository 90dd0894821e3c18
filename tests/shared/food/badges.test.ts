/**
 * The food tags, key findings and tones the screens show, checked over the whole catalogue
 * against the other road to the same answer: a profile's conflicts.
 */
import { describe, expect, it } from 'vitest'
import { conflictsWith } from '../../../shared/food/assess'
import { allergenTags, fodmapTags, findingsOf, findingTone, hasTag, keyFindings, lowFodmapGroups, type FoodTag } from '../../../shared/food/badges'
import { defaultProfile, fodmapSubgroups, type Allergen, type Intolerance, type Profile } from '../../../shared/profile/profile'
import { testCatalogue } from './catalogue-fixture'

const foods = testCatalogue().foods
const withLimits = (intolerances: Intolerance[], allergens: Allergen[] = []): Profile => ({ ...defaultProfile(), intolerances, allergens })

describe('food tags against a profile’s conflicts, over every food', () => {
  const cases: [FoodTag, Profile][] = [
    ['gluten', withLimits(['gluten'])],
    ['lactose', withLimits(['lactose'])],
    ...fodmapTags.map((tag): [FoodTag, Profile] => [tag, withLimits([tag.slice('fodmap:'.length) as Intolerance])]),
    ...allergenTags.map((tag): [FoodTag, Profile] => [tag, withLimits([], [tag.slice('allergen:'.length) as Allergen])]),
  ]

  it.each(cases)('a food tagged %s conflicts with a profile that limits it', (tag, profile) => {
    let tagged = 0
    for (const food of foods) {
      const findings = findingsOf(food)
      if (!hasTag(findings, tag)) continue
      tagged++
      expect(conflictsWith(food, findings, profile).length, `${food.id} ${food.name}`).toBeGreaterThan(0)
    }
    // Every tag a person can filter by is carried by some food of the catalogue.
    expect(tagged).toBeGreaterThan(0)
  })

  it('assesses a food once per food object', () => {
    const food = foods[0]!
    expect(findingsOf(food)).toBe(findingsOf(food))
    expect(findingsOf({ ...food })).not.toBe(findingsOf(food))
  })
})

describe('key findings and tones, over every food', () => {
  it('shows at most four findings, each one of the food’s, benefits before limits', () => {
    for (const food of foods) {
      const findings = findingsOf(food)
      const key = keyFindings(findings)
      expect(key.length).toBeLessThanOrEqual(4)
      for (const f of key) expect(findings).toContain(f)
      const firstLimit = key.findIndex((f) => f.kind === 'limit')
      if (firstLimit >= 0) expect(key.slice(firstLimit + 1).every((f) => f.kind === 'limit')).toBe(true)
    }
  })

  it('colours benefits good, limits warn, and a restriction above low alert', () => {
    const tones = new Map<string, Set<string>>()
    for (const food of foods) {
      for (const f of findingsOf(food)) {
        const key = f.kind === 'restriction' ? `restriction-${f.level === 'low' ? 'low' : 'above'}` : f.kind
        tones.set(key, (tones.get(key) ?? new Set()).add(findingTone(f)))
      }
    }
    expect(Object.fromEntries([...tones].map(([k, v]) => [k, [...v]]))).toMatchObject({
      benefit: ['good'],
      limit: ['warn'],
      'restriction-low': ['neutral'],
      'restriction-above': ['alert'],
    })
  })
})

describe('low FODMAP lines', () => {
  it('groups a food’s low FODMAP findings, and calls it low FODMAP only when every group and lactose are low', () => {
    let all = 0
    let some = 0
    for (const food of foods) {
      const findings = findingsOf(food)
      for (const group of lowFodmapGroups(findings.map((finding) => ({ finding })))) {
        expect(group.members.length).toBeGreaterThanOrEqual(2)
        expect(group.findings.every((f) => f.rule === 'fodmap' && f.level === 'low')).toBe(true)
        expect(group.subjects).toHaveLength(group.members.length)
        const lactoseAbove = findings.some((f) => f.rule === 'lactose' && f.level !== 'low')
        expect(group.isAllLow).toBe(group.subjects.length === fodmapSubgroups.length && !lactoseAbove)
        if (group.isAllLow) all++
        else some++
      }
    }
    expect(all).toBeGreaterThan(0)
    expect(some + all).toBeGreaterThan(all)
  })

  it('never groups a recipe’s findings (they name their ingredients)', () => {
    const food = foods.find((f) => lowFodmapGroups(findingsOf(f).map((finding) => ({ finding }))).length > 0)!
    expect(lowFodmapGroups(findingsOf(food).map((finding) => ({ finding, foodIds: [food.id] })))).toEqual([])
  })
})
