import { GutplanDb, useDb } from '../../../renderer/db/db'

/** A fresh, uniquely named database for one test, made current for the repositories. */
export function freshDb(): GutplanDb {
  const db = new GutplanDb(`t-${crypto.randomUUID()}`)
  useDb(db)
  return db
}
