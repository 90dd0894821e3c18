import Dexie, { type EntityTable } from 'dexie'
import { migrations } from './migrations'
import type { OwnFoodRow, OwnRecipeRow, PlanRow, ProfileRow, SettingsRow, ShoppingRow } from './rows'
import { schemaHistory } from './schema'

export const defaultDbName = 'gutplan'

/** The one database of the app. Only repositories in renderer/db import it. */
export class GutplanDb extends Dexie {
  profile!: EntityTable<ProfileRow, 'id'>
  settings!: EntityTable<SettingsRow, 'key'>
  ownFoods!: EntityTable<OwnFoodRow, 'id'>
  ownRecipes!: EntityTable<OwnRecipeRow, 'id'>
  plans!: EntityTable<PlanRow, 'week'>
  /** Shopping lists by week, and one preferences row under the key 'prefs'. */
  shopping!: EntityTable<ShoppingRow, 'week'>

  constructor(name = defaultDbName) {
    super(name)
    for (const { version, stores } of schemaHistory) {
      const declared = this.version(version).stores(stores)
      const migrate = migrations[version]
      if (migrate) declared.upgrade(migrate)
    }
  }
}

let current: GutplanDb | null = null

/** The app's database, opened on first use. */
export function getDb(): GutplanDb {
  current ??= new GutplanDb()
  return current
}

/** Tests point the repositories at a fresh database. */
export function useDb(db: GutplanDb): void {
  current = db
}
