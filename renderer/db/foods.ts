/** The own-foods repository: foods the person added, stored in IndexedDB. */
import type { Food } from '../../shared/food/types'
import { getDb } from './db'
import { guardWrite } from './errors'

export async function listOwnFoods(): Promise<Food[]> {
  const rows = await getDb().ownFoods.orderBy('name').toArray()
  return rows.map((row) => row.food)
}

/** Saves (creates or replaces) an own food; its id must start with "own-". */
export async function saveOwnFood(food: Food, now: Date = new Date()): Promise<void> {
  if (!food.id.startsWith('own-')) throw new Error(`Own food ids start with "own-": ${food.id}`)
  const db = getDb()
  await guardWrite(() =>
    db.transaction('rw', db.ownFoods, async () => {
      const existing = await db.ownFoods.get(food.id)
      const stamp = now.toISOString()
      await db.ownFoods.put({ id: food.id, name: food.name, food, createdAt: existing?.createdAt ?? stamp, updatedAt: stamp })
    }),
  )
}

export async function deleteOwnFood(id: string): Promise<void> {
  await guardWrite(() => getDb().ownFoods.delete(id))
}
