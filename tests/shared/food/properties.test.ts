/**
 * Properties that must hold for every food, checked over the whole catalogue and over made-up
 * foods whose names mix real name words (fast-check).
 */
import { avoidKey, type AvoidEntry } from '../../../shared/food/avoid'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessFindings, assessFood } from '../../../shared/food/assess'
import { foodGroupCodes } from '../../../shared/food/groups'
import { ruleIds } from '../../../shared/food/rules/types'
import { sourceKeys } from '../../../shared/food/sources'
import type { Food } from '../../../shared/food/types'
import { allergens, diets, intolerances } from '../../../shared/profile/profile'
import { testCatalogue } from './catalogue-fixture'
import { syntheticFood } from './findings'

const foods = testCatalogue().foods
const anyCatalogueFood = fc.constantFrom(...foods)

/** Words from real names, so made-up names hit the rules' patterns in new combinations. */
const nameWords = [
  'bread', 'wheat', 'gluten-free', 'oats', 'rice', 'corn', 'tortillas', 'flour', 'rye', 'barley', 'malt', 'beer', 'pasta',
  'noodles', 'soba', 'buckwheat', 'crackers', 'cake', 'pie', 'fillings', 'breaded', 'fried', 'raw', 'cooked', 'canned',
  'chicken', 'beef', 'fish', 'salmon', 'cheese', 'milk', 'soy', 'tofu', 'sauce', 'onions', 'garlic', 'apples', 'lentils',
  'sourdough', 'traditional', 'cream of tartar', 'root beer', 'maltodextrin', 'without added inulin', 'inulin', 'with',
]
const madeUpName = fc
  .array(fc.constantFrom(...nameWords), { minLength: 1, maxLength: 6 })
  .chain((words) => fc.shuffledSubarray(words, { minLength: 1 }).map((w) => w.join(fc.sample(fc.constantFrom(', ', ' ', '; '), 1)[0])))
const madeUpFood: fc.Arbitrary<Food> = fc
  .record({ name: madeUpName, group: fc.constantFrom(...foodGroupCodes), fiberG: fc.option(fc.double({ min: 0, max: 40, noNaN: true })) })
  .map(({ name, group, fiberG }) => syntheticFood({ name: name.charAt(0).toUpperCase() + name.slice(1), group, nutrients: { fiberG, energyKcal: 200 } }))

const anyFood = fc.oneof(anyCatalogueFood, madeUpFood)

describe('every food', () => {
  it('is never both gluten-free safe and gluten (contains or may)', () => {
    fc.assert(
      fc.property(anyFood, (food) => {
        const rules = assessFindings(food).map((f) => f.rule)
        return !(rules.includes('gluten-free-safe') && rules.includes('gluten'))
      }),
      { numRuns: 3000 },
    )
  })

  it('holds over the whole catalogue, not just a sample', () => {
    const both = foods.filter((food) => {
      const rules = new Set(assessFindings(food).map((f) => f.rule))
      return rules.has('gluten-free-safe') && rules.has('gluten')
    })
    expect(both.map((f) => f.id)).toEqual([])
  })

  it('gets findings that trace to a rule id and REFERENCE sources, with finite numbers', () => {
    const known = new Set<string>(sourceKeys)
    fc.assert(
      fc.property(anyFood, (food) => {
        for (const f of assessFindings(food)) {
          expect(ruleIds).toContain(f.rule)
          expect(['is', 'may']).toContain(f.certainty)
          if (f.rule !== 'diet') expect(f.source.length).toBeGreaterThan(0)
          for (const s of f.source) expect(known.has(s)).toBe(true)
          for (const v of Object.values(f.numbers)) expect(Number.isFinite(v)).toBe(true)
        }
      }),
      { numRuns: 1500 },
    )
  })

  it('gets the same assessment every time (pure)', () => {
    fc.assert(
      fc.property(anyCatalogueFood, (food) => {
        expect(assessFood(food)).toEqual(assessFood(food))
      }),
      { numRuns: 300 },
    )
  })

  it('gets one finding per FODMAP subgroup, allergen and diet at most', () => {
    fc.assert(
      fc.property(anyFood, (food) => {
        const findings = assessFindings(food)
        for (const rule of ['fodmap', 'allergen', 'diet', 'traffic-light'] as const) {
          const subjects = findings.filter((f) => f.rule === rule).map((f) => ('subject' in f ? f.subject : ''))
          expect(new Set(subjects).size).toBe(subjects.length)
        }
      }),
      { numRuns: 1500 },
    )
  })

  it('conflicts only with entries of the profile it is given', () => {
    const profile = fc.record({
      intolerances: fc.uniqueArray(fc.constantFrom(...intolerances)),
      allergens: fc.uniqueArray(fc.constantFrom(...allergens)),
      diet: fc.constantFrom(...diets),
      avoidFoods: fc.uniqueArray(fc.constantFrom<AvoidEntry>(...(['salmon', 'onion', 'cheese', 'liver'] as const).map((text): AvoidEntry => ({ type: 'text', text })), { type: 'family', family: 'nuts' }), { maxLength: 3 }),
      householdSize: fc.constant(1),
      slots: fc.constant(['breakfast', 'lunch', 'dinner'] as ('breakfast' | 'lunch' | 'dinner')[]),
      targets: fc.constant({ fiberG: 30, energyKcal: 2000 }),
    })
    fc.assert(
      fc.property(anyCatalogueFood, profile, (food, p) => {
        for (const c of assessFood(food, p).conflicts ?? []) {
          if (c.reason === 'intolerance') expect(p.intolerances).toContain(c.subject)
          if (c.reason === 'allergen') expect(p.allergens).toContain(c.subject)
          if (c.reason === 'diet') expect(c.subject).toBe(p.diet)
          if (c.reason === 'avoided') expect(p.avoidFoods.map(avoidKey)).toContain(c.subject)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('source keys', () => {
  const reference = fileURLToPath(new URL('../../../../shared/REFERENCE.md', import.meta.url))
  it('all are keys of REFERENCE §8 (literally or as NTRO-*) and are cited in its tables', (ctx) => {
    if (!existsSync(reference)) ctx.skip('../shared/REFERENCE.md is not beside the repository')
    const text = readFileSync(reference, 'utf8')
    const section8 = text.split('## 8.')[1] ?? ''
    const wildcards = [...section8.matchAll(/\b([A-Z]+)-\*/g)].map((m) => `${m[1]}-`)
    const unlisted = sourceKeys.filter((key) => !section8.includes(key) && !wildcards.some((w) => key.startsWith(w)))
    expect(unlisted).toEqual([])
    expect(sourceKeys.filter((key) => !text.split('## 8.')[0]!.includes(key))).toEqual([])
  })
})
