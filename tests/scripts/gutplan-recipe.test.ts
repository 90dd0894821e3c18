/** `gutplan recipe`: the knowledge layer's answers for each recipe in a file, run as a process. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultProfile } from '../../shared/profile/profile'
import type { DescribedRecipe } from '../../shared/recipes/describe-recipe'
import { runScript } from './run-script'

const gutplan = (...args: string[]) => runScript('scripts/gutplan.ts', args)

const recipe = (id: string, ingredients: [string, number, 'g' | 'ml'][]) => ({
  id,
  name: { en: id, de: id },
  slots: ['lunch'],
  servings: 1,
  prepMinutes: 5,
  cookMinutes: 5,
  ingredients: ingredients.map(([foodId, amount, unit]) => ({ foodId, quantity: { unit, amount } })),
  steps: [{ en: 'Cook.', de: 'Kochen.' }],
})

describe('gutplan recipe', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gutplan-recipe-'))
  const file = join(dir, 'recipes.json')
  writeFileSync(
    file,
    JSON.stringify([
      recipe('spaghettios', [['22931', 300, 'g']]),
      recipe('chickpeas-kombucha', [['16359', 200, 'g'], ['gp-kombucha', 500, 'ml']]),
      recipe('rice-salmon', [['20045', 150, 'g'], ['15076', 120, 'g'], ['04053', 10, 'ml']]),
    ]),
  )

  it('prints perServing, fits (true, false or "unknown"), FODMAP levels per subgroup, allergens and why', () => {
    const r = gutplan('recipe', '--file', file)
    expect(r.status).toBe(0)
    const { recipes } = JSON.parse(r.stdout) as { recipes: DescribedRecipe[] }
    expect(recipes.map((x) => x.id)).toEqual(['spaghettios', 'chickpeas-kombucha', 'rice-salmon'])
    const [spaghettios, chickpeas, salmon] = recipes as [DescribedRecipe, DescribedRecipe, DescribedRecipe]
    expect(spaghettios.fits['gluten-free']).toBe(false)
    expect(spaghettios.allergens['gluten-cereals']).toBe('is')
    expect(spaghettios.perServing.energyKcal).toBeGreaterThan(0)
    expect(chickpeas.fodmap).toMatchObject({ gos: 'moderate', fructans: 'moderate', lactose: 'low' })
    expect(chickpeas.fits['low-fodmap']).toBe(false)
    expect(chickpeas.why).toContainEqual(expect.objectContaining({ fit: 'low-fodmap', subject: 'gos', value: false, foodIds: ['16359'] }))
    expect(salmon.fits).toMatchObject({ 'gluten-free': true, 'lactose-free': true, vegan: false, pescatarian: true })
    expect(salmon.allergens).toEqual({ fish: 'is' })
    expect(salmon.conflicts).toBeUndefined()
  })

  it('adds conflicts with their reasons for a profile, unknown included', () => {
    const profileFile = join(dir, 'profile.json')
    writeFileSync(profileFile, JSON.stringify({ ...defaultProfile(), diet: 'vegan', intolerances: ['gos'] }))
    const r = gutplan('recipe', '--file', file, '--profile', profileFile)
    expect(r.status).toBe(0)
    const [spaghettios, chickpeas] = (JSON.parse(r.stdout) as { recipes: DescribedRecipe[] }).recipes as DescribedRecipe[]
    expect(spaghettios!.conflicts).toContainEqual({ foodId: '22931', reason: 'diet', rule: 'diet', subject: 'vegan', certainty: 'may' })
    expect(spaghettios!.conflicts).toContainEqual({ foodId: '22931', reason: 'intolerance', rule: 'fodmap', subject: 'gos', certainty: 'unknown' })
    expect(chickpeas!.conflicts).toContainEqual({ foodId: '16359', reason: 'intolerance', rule: 'fodmap', subject: 'gos', certainty: 'may' })
    expect(chickpeas!.fitsProfile).toBe(false)
  })

  it('exits 2 with usage for a missing or bad file', () => {
    expect(gutplan('recipe').status).toBe(2)
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '[{"id": 1}]')
    const r = gutplan('recipe', '--file', bad)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/invalid recipes/)
  })
})
