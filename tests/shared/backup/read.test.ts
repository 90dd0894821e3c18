import { backupFormatVersion } from '../../../shared/backup/format'
import { describe, expect, it } from 'vitest'
import { backupKinds, countsOf, type BackupFile } from '../../../shared/backup/format'
import type { BackupIssue } from '../../../shared/backup/issues'
import { readBackup, writeBackup } from '../../../shared/backup/read'
import { builtInRecipes } from '../../../shared/recipes/library'
import { ownRecipeId, sampleFile, sampleRows, sampleText } from './fixtures'

type Edit = (file: Record<string, unknown> & BackupFile) => void
const issuesOf = (text: string): BackupIssue[] => {
  const reading = readBackup(text)
  return reading.ok ? [] : reading.issues
}
/** A record of the sample, loosely typed so a test can break it. */
const loose = (value: unknown) => value as Record<string, unknown>

describe('readBackup: valid files', () => {
  it('reads the sample back exactly as written', () => {
    const file = sampleFile()
    const reading = readBackup(writeBackup(file.data, file.appVersion, new Date(file.exportedAt)))
    expect(reading.ok && reading.backup).toEqual(file)
    expect(reading.ok && reading.fromVersion).toBe(backupFormatVersion)
    expect(countsOf(file.data)).toEqual({ profile: 1, settings: 1, ownFoods: 2, ownRecipes: 2, plans: 2, shopping: 2 })
  })

  it('reads an empty backup (a fresh installation)', () => {
    const empty = Object.fromEntries(backupKinds.map((k) => [k, []]))
    expect(readBackup(JSON.stringify({ ...sampleFile(), data: empty })).ok).toBe(true)
  })

  it('takes every built-in recipe as a plan snapshot and a byte order mark before the JSON', () => {
    const text = sampleText((f) => {
      f.data.plans[0]!.days[1]!.meals = builtInRecipes.slice(0, 4).map((recipe, i) => ({
        slot: (['breakfast', 'lunch', 'dinner', 'snack'] as const)[i]!,
        recipeId: recipe.id,
        servings: 2,
        locked: false,
        byHand: false,
        reasons: [],
        recipe,
      }))
    })
    expect(issuesOf(`\uFEFF${text}`)).toEqual([])
    for (const recipe of builtInRecipes) {
      const one = sampleText((f) => {
        f.data.plans[0]!.days[2]!.meals = [{ slot: recipe.slots[0]!, recipeId: recipe.id, servings: 2, locked: false, byHand: false, reasons: [], recipe }]
      })
      expect(issuesOf(one), recipe.id).toEqual([])
    }
  })

  it('accepts a meal without a snapshot whose recipe is in the backup or the library', () => {
    const text = sampleText((f) => {
      const meals = f.data.plans[0]!.days[0]!.meals
      meals[0]!.recipe = null
      meals[1]!.recipe = null
    })
    expect(issuesOf(text)).toEqual([])
  })
})

const cases: [string, Edit, BackupIssue[]][] = [
  ['another format', (f) => void (loose(f).format = 'other-app'), [{ path: 'format', code: 'not-a-backup' }]],
  ['a newer format version', (f) => void (f.formatVersion = 4 as 3), [{ path: 'formatVersion', code: 'newer-version' }]],
  ['a version that is not a number', (f) => void (f.formatVersion = '1' as unknown as 3), [{ path: 'formatVersion', code: 'unknown-version' }]],
  ['a missing kind', (f) => void delete (f.data as Partial<BackupFile['data']>).shopping, [{ path: 'shopping', code: 'required' }]],
  ['an unknown kind', (f) => void ((f.data as Record<string, unknown>).diary = []), [{ path: 'diary', code: 'unknown-field' }]],
  ['an unknown field in a recipe', (f) => void (loose(f.data.ownRecipes[0]!.recipe).html = '<b>'), [{ path: 'ownRecipes[0].recipe.html', code: 'unknown-field' }]],
  ['a wrong type', (f) => void (loose(f.data.profile[0]!.profile).householdSize = '2'), [{ path: 'profile[0].profile.householdSize', code: 'wrong-type' }]],
  ['two profiles', (f) => void f.data.profile.push(f.data.profile[0]!), [{ path: 'profile', code: 'too-many' }]],
  ['a bad timestamp', (f) => void (f.data.ownFoods[0]!.updatedAt = 'yesterday'), [{ path: 'ownFoods[0].updatedAt', code: 'invalid-value' }]],
  ['a week that does not exist', (f) => void (f.data.plans[1]!.week = '2027-W53'), [{ path: 'plans[1].week', code: 'invalid-value' }]],
  ['a negative nutrient', (f) => void (loose(f.data.ownFoods[0]!.food.nutrients).fatG = -1), [{ path: 'ownFoods[0].food.nutrients.fatG', code: 'out-of-range' }]],
  ['saturates over fat', (f) => void (loose(f.data.ownFoods[0]!.food.nutrients).saturatedG = 30), [{ path: 'ownFoods[0].food.nutrients.saturatedG', code: 'inconsistent' }]],
  ['a vegan food that declares milk', (f) => void (loose(f.data.ownFoods[0]!.food.declared).allergens = ['milk']), [{ path: 'ownFoods[0].food.declared.diets', code: 'inconsistent' }]],
  ['an own food with a catalogue id', (f) => void (f.data.ownFoods[0]!.food = { ...f.data.ownFoods[0]!.food, id: '11282' }), [{ path: 'ownFoods[0].food.id', code: 'not-own-id' }]],
  ['an own recipe with a built-in id', (f) => void (f.data.ownRecipes[0]!.id = 'b-kefir-overnight-oats'), [{ path: 'ownRecipes[0].id', code: 'not-own-id' }]],
  ['a recipe name over 120 characters', (f) => void (f.data.ownRecipes[0]!.recipe.name.en = 'x'.repeat(121)), [{ path: 'ownRecipes[0].recipe.name.en', code: 'too-long' }]],
  ['a recipe without ingredients', (f) => void (f.data.ownRecipes[0]!.recipe.ingredients = []), [{ path: 'ownRecipes[0].recipe.ingredients', code: 'too-few' }]],
  ['30 kg of an ingredient', (f) => void (f.data.ownRecipes[0]!.recipe.ingredients[0]!.quantity.amount = 30000), [{ path: 'ownRecipes[0].recipe.ingredients[0].quantity.amount', code: 'out-of-range' }]],
  ['servings of 0 in a plan', (f) => void (f.data.plans[0]!.days[0]!.meals[0]!.servings = 0), [{ path: 'plans[0].days[0].meals[0].servings', code: 'out-of-range' }]],
  ['an unknown reason', (f) => void (f.data.plans[0]!.days[0]!.meals[0]!.reasons = [{ code: 'because' } as never]), [{ path: 'plans[0].days[0].meals[0].reasons[0].code', code: 'invalid-value' }]],
  ['a score over 100', (f) => void (f.data.plans[0]!.scores!.total = 101), [{ path: 'plans[0].scores.total', code: 'out-of-range' }]],
  ['a note over 500 characters', (f) => void (f.data.plans[0]!.days[3]!.note = 'n'.repeat(501)), [{ path: 'plans[0].days[3].note', code: 'too-long' }]],
  ['an unknown aisle', (f) => void (loose(f.data.shopping[1]).aisleOrder = ['moon']), [{ path: 'shopping[1].aisleOrder[0]', code: 'invalid-value' }]],
  ['a duplicate own food', (f) => void f.data.ownFoods.push(f.data.ownFoods[0]!), [{ path: 'ownFoods[2].id', code: 'duplicate-id' }]],
  ['a duplicate own recipe', (f) => void f.data.ownRecipes.push(f.data.ownRecipes[1]!), [{ path: 'ownRecipes[2].id', code: 'duplicate-id' }]],
  ['a duplicate week', (f) => void (f.data.plans[1]!.week = '2026-W46'), [{ path: 'plans[1].week', code: 'duplicate-id' }]],
  ['a duplicate shopping week', (f) => void f.data.shopping.push(f.data.shopping[0]!), [{ path: 'shopping[2].week', code: 'duplicate-id' }]],
  ['a row stored under another id', (f) => void (f.data.ownRecipes[0]!.id = 'own-somebody-else'), [{ path: 'ownRecipes[0].recipe.id', code: 'id-mismatch' }]],
  ['a food stored under another name', (f) => void (f.data.ownFoods[0]!.name = 'Crackers'), [{ path: 'ownFoods[0].name', code: 'id-mismatch' }]],
  ['a day twice in a week', (f) => void (f.data.plans[0]!.days[2]!.day = 1), [{ path: 'plans[0].days[2].day', code: 'duplicate-id' }]],
  ['a slot twice in a day', (f) => void (f.data.plans[0]!.days[0]!.meals[1]!.slot = 'breakfast'), [{ path: 'plans[0].days[0].meals[1].slot', code: 'duplicate' }]],
  [
    'a dangling recipe id',
    (f) => void Object.assign(f.data.plans[0]!.days[0]!.meals[1]!, { recipeId: 'own-gone', recipe: null }),
    [{ path: 'plans[0].days[0].meals[1].recipeId', code: 'unknown-recipe' }],
  ],
  ['a snapshot of another recipe', (f) => void (f.data.plans[0]!.days[0]!.meals[1]!.recipeId = 'b-kefir-overnight-oats'), [{ path: 'plans[0].days[0].meals[1].recipe.id', code: 'recipe-mismatch' }]],
  ['a snapshot in an empty slot', (f) => void (f.data.plans[0]!.days[0]!.meals[0]!.recipeId = null), [{ path: 'plans[0].days[0].meals[0].recipe.id', code: 'recipe-mismatch' }]],
  ['a duplicate extra', (f) => void ((loose(f.data.shopping[0]).extras as { id: string }[])[1]!.id = 'e1'), [{ path: 'shopping[0].extras[1].id', code: 'duplicate-id' }]],
]

describe('readBackup: invalid files name what is wrong and where', () => {
  it.each(cases)('%s', (_name, edit, expected) => {
    expect(issuesOf(sampleText(edit))).toEqual(expected)
  })

  it('removing the own recipe leaves its meal with its snapshot, which is not dangling', () => {
    expect(issuesOf(sampleText((f) => void f.data.ownRecipes.splice(0, 1)))).toEqual([])
    const withoutSnapshot = sampleText((f) => {
      f.data.ownRecipes.splice(0, 1)
      f.data.plans[0]!.days[0]!.meals[1]!.recipe = null
    })
    expect(issuesOf(withoutSnapshot)).toEqual([{ path: 'plans[0].days[0].meals[1].recipeId', code: 'unknown-recipe' }])
  })

  it('reports every problem at once, up to a limit', () => {
    const text = sampleText((f) => {
      for (let i = 0; i < 80; i++) f.data.ownRecipes.push({ ...f.data.ownRecipes[0]!, id: `bad-${i}` })
    })
    const issues = issuesOf(text)
    expect(issues).toHaveLength(50)
    expect(issues[0]).toEqual({ path: 'ownRecipes[2].id', code: 'not-own-id' })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['{"format":', 'not-json'],
    ['null', 'not-a-backup'],
    ['[]', 'not-a-backup'],
    ['"gutplan-backup"', 'not-a-backup'],
  ])('refuses %j as %s', (text, code) => {
    expect(issuesOf(text)).toEqual([{ path: expect.any(String), code }])
  })

  it('names a forbidden key anywhere in the file before reading it as a backup', () => {
    const text = sampleText().replace('"en":"Kefir crackers bowl"', '"__proto__":{"isAdmin":true},"en":"Kefir crackers bowl"')
    expect(issuesOf(text)).toEqual([{ path: 'ownRecipes[0].recipe.name.__proto__', code: 'forbidden-key' }])
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('keeps the own recipe id the sample plans refer to', () => {
    expect(sampleRows().ownRecipes[0]!.id).toBe(ownRecipeId)
  })
})
