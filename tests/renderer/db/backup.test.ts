import { afterEach, describe, expect, it, vi } from 'vitest'
import { backupKinds, countsOf, type BackupRows } from '../../../shared/backup/format'
import { readBackup, writeBackup } from '../../../shared/backup/read'
import { exportBackup, readAllRows, restoreBackup, storedCounts } from '../../../renderer/db/backup'
import { GutplanDb, useDb } from '../../../renderer/db/db'
import { StorageError } from '../../../renderer/db/errors'
import { saveOwnRecipe } from '../../../renderer/db/recipes'
import { schemaHistory } from '../../../renderer/db/schema'
import { saveSettings } from '../../../renderer/db/settings'
import { sampleMembers, sampleRows } from '../../shared/backup/fixtures'
import { saveProfile } from '../../../renderer/db/profile'
import { freshDb } from './helpers'

/** The tables of the current schema: every table declared by some version and not deleted (null) since. */
const latestTables = (() => {
  const tables = new Set<string>()
  for (const step of schemaHistory) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(name)
      else tables.add(name)
    }
  }
  return [...tables]
})()

/** Every table of the database, row for row, in key order: what "nothing changed" is compared on. */
async function everyTable(db: GutplanDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)))
}

/** Some data the person has now, different from the sample in every table. */
async function existingData(db: GutplanDb): Promise<void> {
  const rows = sampleRows()
  await restoreBackup(
    {
      profile: [{ ...rows.profile[0]!, profile: { ...rows.profile[0]!.profile, householdSize: 5 } }],
      settings: [{ key: 'app', locale: 'en', healthNoticeSeenAt: null }],
      ownFoods: [rows.ownFoods[1]!],
      ownRecipes: [rows.ownRecipes[1]!],
      plans: [{ ...rows.plans[1]!, week: '2025-W01' }],
      shopping: [{ kind: 'prefs', week: 'prefs', pantry: [], aisleOrder: [], pageSize: 'A4', updatedAt: rows.profile[0]!.updatedAt }],
    },
    db,
  )
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('backup kinds', () => {
  it('cover every table of the current schema, and nothing else', () => {
    expect([...backupKinds].sort()).toEqual([...latestTables].sort())
    expect(freshDb().tables.map((t) => t.name).sort()).toEqual([...backupKinds].sort())
  })
})

describe('exportBackup and restoreBackup', () => {
  it('round trip: back up, wipe, restore gives identical data in every table (household members included)', async () => {
    let db = freshDb()
    await restoreBackup(sampleRows(), db)
    await saveProfile({ ...sampleRows().profile[0]!.profile, members: [...sampleMembers(), { ...sampleMembers()[1]!, name: 'Cleo', away: [{ day: 'sat', slot: 'breakfast' }] }] })
    // Changes through the repositories too, so the rows are the app's own.
    await saveSettings({ locale: 'en' })
    await saveOwnRecipe({ ...sampleRows().ownRecipes[0]!.recipe, id: 'own-added-by-repository', name: { en: 'Added', de: 'Neu' } })
    const before = await everyTable(db)
    const file = await exportBackup('0.1.0', new Date('2026-11-22T12:00:00Z'), db)
    const text = writeBackup(file.data, file.appVersion, new Date(file.exportedAt))

    const name = db.name
    db.close()
    await db.delete()
    db = new GutplanDb(name)
    useDb(db)
    expect(Object.values(await everyTable(db)).flat()).toEqual([])

    const reading = readBackup(text)
    expect(reading.ok).toBe(true)
    if (!reading.ok) return
    expect(await restoreBackup(reading.backup.data, db)).toEqual(countsOf(file.data))
    expect(await everyTable(db)).toEqual(before)
    expect(Object.keys(before).sort()).toEqual([...latestTables].sort())
    const restored = (await db.profile.get('me'))?.profile
    expect(restored?.members?.map((m) => m.name)).toEqual(['Anna', 'Ben', 'Cleo'])
    expect(restored?.householdSize).toBe(3)
  })

  it('replaces everything: records not in the backup are gone', async () => {
    const db = freshDb()
    await existingData(db)
    await restoreBackup(sampleRows(), db)
    const rows = await readAllRows(db)
    expect(rows.plans.map((p) => p.week)).toEqual(['2026-W46', '2026-W53'])
    expect(rows).toEqual(sampleRowsInKeyOrder())
  })

  it('counts what is stored', async () => {
    const db = freshDb()
    expect(await storedCounts(db)).toEqual({ profile: 0, settings: 0, ownFoods: 0, ownRecipes: 0, plans: 0, shopping: 0 })
    await restoreBackup(sampleRows(), db)
    expect(await storedCounts(db)).toEqual(countsOf(sampleRows()))
  })

  it('leaves the old data intact when a write fails halfway (a record IndexedDB refuses)', async () => {
    const db = freshDb()
    await existingData(db)
    const before = await everyTable(db)
    const rows = sampleRows()
    // The last table written has a record without its key: IndexedDB refuses it after every
    // other table was already cleared and rewritten inside the transaction.
    const bad = { ...rows, shopping: [...rows.shopping, { kind: 'week', updatedAt: 'x' }] } as unknown as BackupRows
    await expect(restoreBackup(bad, db)).rejects.toBeInstanceOf(StorageError)
    expect(await everyTable(db)).toEqual(before)
  })

  it.each(backupKinds.map((kind, i) => [kind, i] as const))('leaves the old data intact when writing %s fails', async (kind) => {
    const db = freshDb()
    await existingData(db)
    const before = await everyTable(db)
    const table = db.table(kind)
    vi.spyOn(table, 'bulkAdd').mockImplementation(() => Promise.reject(new Error(`disk error in ${kind}`)) as never)
    const error = await restoreBackup(sampleRows(), db).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).failure).toEqual({ kind: 'other', reason: `disk error in ${kind}` })
    vi.restoreAllMocks()
    expect(await everyTable(db)).toEqual(before)
  })

  it('says the disk is full when storage runs out, and keeps what was saved', async () => {
    const db = freshDb()
    await existingData(db)
    const before = await everyTable(db)
    vi.spyOn(db.table('plans'), 'bulkAdd').mockImplementation(
      () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never,
    )
    const error = await restoreBackup(sampleRows(), db).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).failure).toEqual({ kind: 'quota' })
    vi.restoreAllMocks()
    expect(await everyTable(db)).toEqual(before)
  })

  it('keeps the old data when the transaction is aborted from outside (the window closing)', async () => {
    const db = freshDb()
    await existingData(db)
    const before = await everyTable(db)
    const restoring = db.transaction('rw', db.tables, async (tx) => {
      await db.table('profile').clear()
      await db.table('ownRecipes').clear()
      tx.abort()
    })
    await expect(restoring).rejects.toThrow()
    expect(await everyTable(db)).toEqual(before)
  })
})

/** The sample as IndexedDB returns it: each table in primary key order. */
function sampleRowsInKeyOrder(): BackupRows {
  const rows = sampleRows()
  const by = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)
  rows.ownFoods.sort(by((r) => r.id))
  rows.ownRecipes.sort(by((r) => r.id))
  rows.plans.sort(by((r) => r.week))
  rows.shopping.sort(by((r) => r.week))
  return rows
}
