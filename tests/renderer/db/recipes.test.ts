import { beforeEach, describe, expect, it } from 'vitest'
import { StorageError } from '../../../renderer/db/errors'
import { deleteOwnRecipe, getOwnRecipe, listOwnRecipes, saveOwnRecipe } from '../../../renderer/db/recipes'
import type { Recipe } from '../../../shared/recipes/types'
import { freshDb } from './helpers'

const recipe = (id: string, name = 'Kefir oats'): Recipe => ({
  id,
  name: { en: name, de: name },
  slots: ['breakfast'],
  servings: 2,
  prepMinutes: 5,
  cookMinutes: 0,
  ingredients: [{ foodId: '08120', quantity: { unit: 'g', amount: 80 } }],
  steps: [],
})

describe('own recipes repository', () => {
  beforeEach(() => {
    freshDb()
  })

  it('is empty at first', async () => {
    expect(await listOwnRecipes()).toEqual([])
    expect(await getOwnRecipe('own-a')).toBeUndefined()
  })

  it('stores, reads back and lists recipes, most recently changed first', async () => {
    await saveOwnRecipe(recipe('own-a', 'A'), new Date('2026-01-01T10:00:00Z'))
    await saveOwnRecipe(recipe('own-b', 'B'), new Date('2026-01-02T10:00:00Z'))
    expect(await getOwnRecipe('own-a')).toEqual(recipe('own-a', 'A'))
    expect((await listOwnRecipes()).map((r) => r.id)).toEqual(['own-b', 'own-a'])
    await saveOwnRecipe(recipe('own-a', 'A2'), new Date('2026-01-03T10:00:00Z'))
    expect((await listOwnRecipes()).map((r) => r.name.en)).toEqual(['A2', 'B'])
  })

  it('keeps when a recipe was first made across edits', async () => {
    const db = freshDb()
    await saveOwnRecipe(recipe('own-a'), new Date('2026-01-01T10:00:00Z'))
    await saveOwnRecipe(recipe('own-a', 'Renamed'), new Date('2026-02-01T10:00:00Z'))
    const row = await db.ownRecipes.get('own-a')
    expect(row).toMatchObject({ createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z' })
    expect(row?.recipe.name.en).toBe('Renamed')
  })

  it('stores a copy, so later changes to the object do not leak in', async () => {
    const own = recipe('own-a')
    await saveOwnRecipe(own)
    own.ingredients.push({ foodId: 'gp-kefir', quantity: { unit: 'ml', amount: 100 } })
    expect((await getOwnRecipe('own-a'))?.ingredients).toHaveLength(1)
  })

  it('refuses ids that are not own recipe ids, storing nothing', async () => {
    await expect(saveOwnRecipe(recipe('b-kefir-overnight-oats'))).rejects.toThrow(/own-/)
    await expect(saveOwnRecipe(recipe('own-'))).rejects.toThrow(/own-/)
    expect(await listOwnRecipes()).toEqual([])
  })

  it('deletes one recipe and leaves the others', async () => {
    await saveOwnRecipe(recipe('own-a'))
    await saveOwnRecipe(recipe('own-b'))
    await deleteOwnRecipe('own-a')
    expect((await listOwnRecipes()).map((r) => r.id)).toEqual(['own-b'])
    await deleteOwnRecipe('own-missing')
    expect(await listOwnRecipes()).toHaveLength(1)
  })

  it('skips unreadable rows instead of failing the whole list', async () => {
    const db = freshDb()
    await saveOwnRecipe(recipe('own-good'))
    await db.ownRecipes.put({ id: 'own-bad', recipe: { id: 'own-other' } as Recipe, createdAt: 'x', updatedAt: 'x' })
    expect((await listOwnRecipes()).map((r) => r.id)).toEqual(['own-good'])
    expect(await getOwnRecipe('own-bad')).toBeUndefined()
  })

  it('reports a failed write as a StorageError', async () => {
    const db = freshDb()
    db.close()
    await expect(saveOwnRecipe(recipe('own-a'))).rejects.toBeInstanceOf(StorageError)
    await expect(deleteOwnRecipe('own-a')).rejects.toBeInstanceOf(StorageError)
  })
})
