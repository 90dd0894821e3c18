import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { breakfasts as firstBreakfasts } from '../../../shared/recipes/library/breakfasts'
import { breakfastsFitting } from '../../../shared/recipes/library/breakfasts-fitting'
import { snacks as firstSnacks } from '../../../shared/recipes/library/snacks'
import { snacksFitting } from '../../../shared/recipes/library/snacks-fitting'
import { breakfastsVegan, snacksVegan } from '../../../shared/recipes/library/vegan-fitting'
import type { LocalizedText, Recipe } from '../../../shared/recipes/types'

/** Curated foods SR24 lacks; the catalogue adds them under exactly these ids. */
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
])

/** SR24 groups the library keeps out: 03 baby foods, 21 fast foods, 36 restaurant foods. */
const excludedGroups = new Set(['03', '21', '36'])

// The raw SR24 copy lives beside the repo (../shared/data in CI, /work/shared/data locally).
const sr24Candidates = [
  fileURLToPath(new URL('../../../../shared/data/usda-sr24.jsonl.gz', import.meta.url)),
  '/work/shared/data/usda-sr24.jsonl.gz',
]
const sr24Path = sr24Candidates.find((path) => existsSync(path))

/** NDB number → food name, read straight from the gzipped JSON-lines file. */
function readSr24Names(path: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (!line.trim()) continue
    const row = JSON.parse(line) as { id: string; name: string }
    names.set(row.id, row.name)
  }
  return names
}

const breakfasts: Recipe[] = [...firstBreakfasts, ...breakfastsFitting, ...breakfastsVegan]
const snacks: Recipe[] = [...firstSnacks, ...snacksFitting, ...snacksVegan]
const all: Recipe[] = [...breakfasts, ...snacks]
const hasText = (text: LocalizedText | undefined) => !!text && text.en.trim() !== '' && text.de.trim() !== ''

describe('built-in breakfast and snack recipes', () => {
  it('has at least 34 of each', () => {
    expect(breakfasts.length).toBeGreaterThanOrEqual(34)
    expect(snacks.length).toBeGreaterThanOrEqual(34)
  })

  it('gives every recipe a unique, prefixed slug id', () => {
    const ids = all.map((recipe) => recipe.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const recipe of breakfasts) expect(recipe.id).toMatch(/^b-[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const recipe of snacks) expect(recipe.id).toMatch(/^s-[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('puts breakfasts in the breakfast slot and snacks in the snack slot', () => {
    for (const recipe of breakfasts) {
      expect(recipe.slots, recipe.id).toContain('breakfast')
      expect(recipe.slots.every((slot) => slot === 'breakfast' || slot === 'snack'), recipe.id).toBe(true)
      expect(new Set(recipe.slots).size, recipe.id).toBe(recipe.slots.length)
    }
    for (const recipe of snacks) expect(recipe.slots, recipe.id).toEqual(['snack'])
  })

  it('names every recipe, step and note in English and German', () => {
    for (const recipe of all) {
      expect(hasText(recipe.name), recipe.id).toBe(true)
      expect(recipe.steps.length, recipe.id).toBeGreaterThanOrEqual(2)
      expect(recipe.steps.length, recipe.id).toBeLessThanOrEqual(6)
      for (const step of recipe.steps) expect(hasText(step), recipe.id).toBe(true)
      for (const ingredient of recipe.ingredients) {
        if (ingredient.note) expect(hasText(ingredient.note), `${recipe.id} ${ingredient.foodId}`).toBe(true)
      }
    }
  })

  it('has sensible servings, times and quantities', () => {
    for (const recipe of all) {
      expect(Number.isInteger(recipe.servings) && recipe.servings >= 1 && recipe.servings <= 4, recipe.id).toBe(true)
      expect(Number.isInteger(recipe.prepMinutes) && recipe.prepMinutes > 0, recipe.id).toBe(true)
      expect(Number.isInteger(recipe.cookMinutes) && recipe.cookMinutes >= 0, recipe.id).toBe(true)
      expect(recipe.ingredients.length, recipe.id).toBeGreaterThanOrEqual(2)
      const foodIds = recipe.ingredients.map((ingredient) => ingredient.foodId)
      expect(new Set(foodIds).size, `${recipe.id} lists a food twice`).toBe(foodIds.length)
      for (const { foodId, quantity } of recipe.ingredients) {
        expect(Number.isFinite(quantity.amount) && quantity.amount > 0, `${recipe.id} ${foodId}`).toBe(true)
        if (quantity.unit === 'measure') expect(quantity.measure.trim(), `${recipe.id} ${foodId}`).not.toBe('')
      }
    }
  })

  it('uses only SR24 foods (outside baby, fast and restaurant food) or the curated gp- ids', (context) => {
    context.skip(!sr24Path, 'SR24 data not found at ../shared/data or /work/shared/data')
    const sr24 = readSr24Names(sr24Path!)
    const unknown: string[] = []
    const excluded: string[] = []
    for (const recipe of all) {
      for (const { foodId } of recipe.ingredients) {
        if (curatedIds.has(foodId)) continue
        if (!sr24.has(foodId)) unknown.push(`${recipe.id}: ${foodId}`)
        else if (excludedGroups.has(foodId.slice(0, 2))) excluded.push(`${recipe.id}: ${foodId} ${sr24.get(foodId)}`)
      }
    }
    expect(unknown).toEqual([])
    expect(excluded).toEqual([])
  })
})
