import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { dinners as firstDinners } from '../../../shared/recipes/library/dinners'
import { dinnersFitting } from '../../../shared/recipes/library/dinners-fitting'
import { fishFitting } from '../../../shared/recipes/library/fish-fitting'
import { lunches as firstLunches } from '../../../shared/recipes/library/lunches'
import { lunchesFitting } from '../../../shared/recipes/library/lunches-fitting'
import type { LocalizedText, Recipe } from '../../../shared/recipes/types'

/** The raw USDA SR24 copy lives beside the repository: <repo>/../shared/data. */
const sr24Path = fileURLToPath(new URL('../../../../shared/data/usda-sr24.jsonl.gz', import.meta.url))

/** Foods SR24 lacks, provided by the curated catalogue under exactly these ids. */
const curatedIds = new Set([
  'gp-kefir',
  'gp-kimchi',
  'gp-kimchi-vegan',
  'gp-kombucha',
  'gp-sauerkraut-raw',
  'gp-sourdough-wheat',
  'gp-sourdough-spelt',
  'gp-lactose-free-milk',
  'gp-lactose-free-yogurt',
  'gp-garlic-infused-oil',
  'gp-gluten-free-bread',
  'gp-gluten-free-oats',
  'gp-lentils-canned-rinsed',
])

function readSr24Ids(): Set<string> | string {
  if (!existsSync(sr24Path)) return `SR24 data not found at ${sr24Path}`
  const ids = new Set<string>()
  for (const line of gunzipSync(readFileSync(sr24Path)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue
    const { id } = JSON.parse(line) as { id: string }
    ids.add(id)
  }
  return ids
}

const sr24 = readSr24Ids()
if (typeof sr24 === 'string') console.warn(`Skipping the SR24 food id check: ${sr24}`)

// fish-fitting.ts holds both: its ids carry the slot prefix.
const lunches: Recipe[] = [...firstLunches, ...lunchesFitting, ...fishFitting.filter((r) => r.id.startsWith('l-'))]
const dinners: Recipe[] = [...firstDinners, ...dinnersFitting, ...fishFitting.filter((r) => r.id.startsWith('d-'))]
const all: Recipe[] = [...lunches, ...dinners]
const filled = (text: LocalizedText) => text.en.trim() !== '' && text.de.trim() !== ''

describe('built-in lunch and dinner recipes', () => {
  it('offer enough recipes for each slot', () => {
    expect(lunches.length).toBeGreaterThanOrEqual(44)
    expect(dinners.length).toBeGreaterThanOrEqual(54)
    expect(all.filter((r) => r.slots.includes('lunch')).length).toBeGreaterThanOrEqual(44)
    expect(all.filter((r) => r.slots.includes('dinner')).length).toBeGreaterThanOrEqual(54)
  })

  it('have unique ids with the slot prefix of their file', () => {
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length)
    for (const r of lunches) expect(r.id).toMatch(/^l-[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const r of dinners) expect(r.id).toMatch(/^d-[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const r of lunches) expect(r.slots, r.id).toContain('lunch')
    for (const r of dinners) expect(r.slots, r.id).toContain('dinner')
  })

  it.each(all.map((r) => [r.id, r] as const))('%s is complete in both languages', (_id, r) => {
    expect(filled(r.name)).toBe(true)
    expect(r.steps.length).toBeGreaterThanOrEqual(3)
    expect(r.steps.length).toBeLessThanOrEqual(7)
    for (const step of r.steps) expect(filled(step)).toBe(true)
    for (const ingredient of r.ingredients) if (ingredient.note) expect(filled(ingredient.note)).toBe(true)
  })

  it.each(all.map((r) => [r.id, r] as const))('%s has sensible servings, times and amounts', (_id, r) => {
    expect(r.slots.length).toBeGreaterThan(0)
    expect(new Set(r.slots).size).toBe(r.slots.length)
    expect(Number.isInteger(r.servings) && r.servings > 0).toBe(true)
    expect(r.prepMinutes).toBeGreaterThan(0)
    // No-cook salads and sandwiches honestly have no cooking time.
    expect(r.cookMinutes).toBeGreaterThanOrEqual(0)
    expect(r.ingredients.length).toBeGreaterThanOrEqual(3)
    for (const { foodId, quantity } of r.ingredients) {
      expect(quantity.amount, foodId).toBeGreaterThan(0)
      expect(Number.isFinite(quantity.amount), foodId).toBe(true)
    }
    expect(new Set(r.ingredients.map((i) => i.foodId)).size, 'an ingredient is listed twice').toBe(r.ingredients.length)
  })

  it.skipIf(typeof sr24 === 'string')('use only SR24 foods or the curated gp- foods', () => {
    const known = sr24 as Set<string>
    const unknown = all.flatMap((r) =>
      r.ingredients.filter((i) => !known.has(i.foodId) && !curatedIds.has(i.foodId)).map((i) => `${r.id}: ${i.foodId}`),
    )
    expect(unknown).toEqual([])
  })

  it.skipIf(typeof sr24 === 'string')('avoid baby, fast and restaurant food groups', () => {
    const excluded = all.flatMap((r) =>
      r.ingredients.filter((i) => /^(03|21|36)\d{3}$/.test(i.foodId)).map((i) => `${r.id}: ${i.foodId}`),
    )
    expect(excluded).toEqual([])
  })
})
