/** The own-recipes repository: recipes the person wrote or duplicated, stored in IndexedDB. */
import type { Recipe } from '../../shared/recipes/types'
import { isOwnRecipeId } from '../../shared/recipes/validate'
import { getDb } from './db'
import { guardWrite } from './errors'
import type { OwnRecipeRow } from './rows'

/** A stored row is only used if it still looks like a recipe; anything else is skipped, not thrown. */
function isReadable(row: OwnRecipeRow): boolean {
  const r = row.recipe as Partial<Recipe> | undefined
  return !!r && r.id === row.id && typeof r.name === 'object' && Array.isArray(r.ingredients) && Array.isArray(r.slots)
}

/** Own recipes, most recently changed first. */
export async function listOwnRecipes(): Promise<Recipe[]> {
  const rows = await getDb().ownRecipes.orderBy('updatedAt').reverse().toArray()
  return rows.filter(isReadable).map((row) => row.recipe)
}

export async function getOwnRecipe(id: string): Promise<Recipe | undefined> {
  const row = await getDb().ownRecipes.get(id)
  return row && isReadable(row) ? row.recipe : undefined
}

/**
 * Saves (creates or replaces) an own recipe, keeping when it was first made. The caller
 * validates it against the foods first; this refuses ids that are not own ("own-…").
 */
export async function saveOwnRecipe(recipe: Recipe, now: Date = new Date()): Promise<void> {
  if (!isOwnRecipeId(recipe.id)) throw new Error(`Own recipe ids start with "own-": ${recipe.id}`)
  const db = getDb()
  await guardWrite(() =>
    db.transaction('rw', db.ownRecipes, async () => {
      const existing = await db.ownRecipes.get(recipe.id)
      const stamp = now.toISOString()
      // Stored as plain data: a reactive proxy or a shared array must not end up in IndexedDB.
      await db.ownRecipes.put({ id: recipe.id, recipe: structuredClone(recipe), createdAt: existing?.createdAt ?? stamp, updatedAt: stamp })
    }),
  )
}

export async function deleteOwnRecipe(id: string): Promise<void> {
  const db = getDb()
  await guardWrite(() => db.transaction('rw', db.ownRecipes, () => db.ownRecipes.delete(id)))
}
