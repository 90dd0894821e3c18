/**
 * Portions the planner may choose for a person: ½ to 2 servings, the top lowered where a larger
 * serve would pass a dose limit (lactose, FODMAP stacking; REFERENCE §2d). Checked on the whole
 * built-in library for the dose-limited profiles.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { defaultProfile, fodmapSubgroups, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe, doseFitsAt } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { portionRange, toPlannerRecipe } from '../../../shared/recipes/plannable'

const catalogue = parseCatalogue(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8'))
const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))

const profiles: [string, Profile][] = [
  ['no limits', defaultProfile()],
  ['lactose', { ...defaultProfile(), intolerances: ['lactose'] }],
  ['fructans', { ...defaultProfile(), intolerances: ['fructans'] }],
  ['all FODMAP subgroups', { ...defaultProfile(), intolerances: [...fodmapSubgroups] }],
  ['lactose + all FODMAP subgroups', { ...defaultProfile(), intolerances: ['lactose', ...fodmapSubgroups] }],
]

describe('portion ranges', () => {
  it.each(profiles)('%s: every plannable recipe may take ½ to its top, the top keeps the dose limits and a quarter more would not', (_name, profile) => {
    for (const f of facts) {
      const planner = toPlannerRecipe(f, profile)
      if (planner.conflicts.length > 0) continue
      const { min, max } = portionRange(f, profile)
      expect(planner.portions).toEqual({ min, max })
      expect(min).toBe(0.5)
      expect(max).toBeGreaterThanOrEqual(1)
      expect(max).toBeLessThanOrEqual(2)
      expect(Number.isInteger(max * 4)).toBe(true)
      expect(doseFitsAt(f, profile, max), f.recipe.id).toBe(true)
      if (max < 2) expect(doseFitsAt(f, profile, max + 0.25), f.recipe.id).toBe(false)
    }
  })

  it('lets every recipe double for a person with no dose limit', () => {
    for (const f of facts) expect(portionRange(f, defaultProfile()).max).toBe(2)
  })

  it('caps some recipes below a double serve for a low-FODMAP person (stacking)', () => {
    const profile: Profile = { ...defaultProfile(), intolerances: [...fodmapSubgroups] }
    const capped = facts.filter((f) => toPlannerRecipe(f, profile).conflicts.length === 0 && portionRange(f, profile).max < 2)
    expect(capped.length).toBeGreaterThan(0)
  })
})
