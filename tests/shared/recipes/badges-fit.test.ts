import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { defaultProfile } from '../../../shared/profile/profile'
import { analyzeRecipe, recipeConflicts } from '../../../shared/recipes/analyze'
import { freeFromOf, recipeBadges, recipeLimits, strictestDiet } from '../../../shared/recipes/badges'
import { fitsProfile } from '../../../shared/recipes/fit'
import { builtInRecipes } from '../../../shared/recipes/library'
import { tagsOf } from '../../../shared/recipes/tags'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))

describe('recipe badges over the built-in library', () => {
  it.each(facts.map((f, i) => [builtInRecipes[i]!.id, f] as const))('%s: badges in order, each backed by its finding', (_id, f) => {
    const findings = f.findings.map((rf) => rf.finding)
    const badges = recipeBadges(findings)
    const order = ['fiber', 'fermented', 'prebiotic', 'omega3']
    expect(badges.map((b) => order.indexOf(b.key))).toEqual([...badges.map((b) => order.indexOf(b.key))].sort((a, b) => a - b))
    expect(badges.some((b) => b.key === 'fiber')).toBe(findings.some((x) => x.rule === 'fiber'))
    for (const b of badges) expect(findings).toContain(b.finding)
    expect(recipeLimits(findings).every((x) => x.kind === 'limit')).toBe(true)
    const tags = tagsOf(f)
    expect(freeFromOf(tags).every((t) => ['gluten-free', 'lactose-free', 'low-fodmap'].includes(t))).toBe(true)
    const diet = strictestDiet(f)
    if (diet === 'vegetarian') expect(f.diets.vegan).toBe(false)
  })
})

describe('fits the profile', () => {
  it('an unresolved ingredient never fits, whatever the profile', () => {
    const f = { ...facts[0]!, unresolved: [{ foodId: 'missing-food', problem: 'unknown-food' as const }] }
    expect(fitsProfile(f, defaultProfile())).toBe(false)
  })
  it.each(facts.map((f, i) => [builtInRecipes[i]!.id, f] as const))('%s: fits exactly when known and without conflicts', (_id, f) => {
    const p = defaultProfile()
    expect(fitsProfile(f, p)).toBe(f.unresolved.length === 0 && recipeConflicts(f, p).length === 0)
  })
})
