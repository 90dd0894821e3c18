/**
 * Backup and restore of the whole database: every table read in one transaction, every table
 * replaced in one transaction. A restore either lands completely or leaves storage as it was.
 */
import type { Table } from 'dexie'
import { backupFormat, backupFormatVersion, type BackupFile, type BackupRows } from '../../shared/backup/format'
import { backupKinds, countsOf, type BackupCounts, type BackupKind } from '../../shared/backup/kinds'
import { getDb, type GutplanDb } from './db'
import { guardWrite } from './errors'

/** The database's tables, as declared on GutplanDb. */
type TableName = { [K in keyof GutplanDb]-?: GutplanDb[K] extends Table ? K : never }[keyof GutplanDb]
type RowOf<K extends TableName> = GutplanDb[K] extends Table<infer Row, infer _Key, infer _Insert> ? Row : never

/** A type with every readonly removed, so a stored row and a parsed one can be compared. */
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { -readonly [K in keyof T]: Plain<T[K]> } : T
type Same<A, B> = [Plain<A>] extends [Plain<B>] ? ([Plain<B>] extends [Plain<A>] ? true : false) : false

/**
 * Every table of the database is a kind of the backup, and the backup's schema of it describes
 * exactly the stored row. A table added to GutplanDb without a backup kind, or a row type that
 * changes without its schema, makes this fail to typecheck. (Tables declared in schema.ts but
 * not yet typed on GutplanDb are covered by a test that compares the names.)
 */
const rowsMatch: { [K in TableName]: K extends BackupKind ? Same<RowOf<K>, BackupRows[K][number]> : 'not in the backup' } = {
  profile: true,
  settings: true,
  ownFoods: true,
  ownRecipes: true,
  plans: true,
  shopping: true,
}
void rowsMatch

function tablesOf(db: GutplanDb): Table[] {
  return backupKinds.map((kind) => db.table(kind))
}

/** Every record of every table, read in one transaction so the backup is one moment's state. */
export async function readAllRows(db: GutplanDb = getDb()): Promise<BackupRows> {
  return db.transaction('r', tablesOf(db), async () => {
    const entries = await Promise.all(backupKinds.map(async (kind) => [kind, await db.table(kind).toArray()] as const))
    return Object.fromEntries(entries) as BackupRows
  })
}

/** The backup of everything stored now. */
export async function exportBackup(appVersion: string, now: Date = new Date(), db: GutplanDb = getDb()): Promise<BackupFile> {
  return { format: backupFormat, formatVersion: backupFormatVersion, appVersion, exportedAt: now.toISOString(), data: await readAllRows(db) }
}

/** How many records of each kind are stored now: what a restore would replace. */
export async function storedCounts(db: GutplanDb = getDb()): Promise<BackupCounts> {
  return db.transaction('r', tablesOf(db), async () => {
    const entries = await Promise.all(backupKinds.map(async (kind) => [kind, await db.table(kind).count()] as const))
    return Object.fromEntries(entries) as BackupCounts
  })
}

/**
 * Replaces everything stored with a backup's records, in one transaction over every table:
 * if any write fails (a full disk, a record IndexedDB refuses, the window closing), IndexedDB
 * rolls the whole transaction back and the old data stays. The backup must have been read with
 * readBackup; this does not check it again. Failures come back as StorageError.
 */
export async function restoreBackup(data: BackupRows, db: GutplanDb = getDb()): Promise<BackupCounts> {
  await guardWrite(() =>
    db.transaction('rw', tablesOf(db), async () => {
      for (const kind of backupKinds) {
        const table = db.table(kind)
        await table.clear()
        // Plain copies: the parsed objects stay the caller's.
        if (data[kind].length > 0) await table.bulkAdd(structuredClone(data[kind]))
      }
    }),
  )
  return countsOf(data)
}
