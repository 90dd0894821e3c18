/**
 * Generated hostile backups through the whole restore path (read, check, confirm, write) on
 * fake-indexeddb. Fewer runs than the reader's property tests, since each one opens and
 * compares a database: after every file the database holds exactly what it held before (the
 * file was refused) or exactly the file's records (it was valid through and through).
 */
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupKinds, type BackupRows } from '../../../shared/backup/format'
import { readBackup } from '../../../shared/backup/read'
import { readAllRows, restoreBackup } from '../../../renderer/db/backup'
import type { GutplanDb } from '../../../renderer/db/db'
import { useBackupStore } from '../../../renderer/stores/backup'
import { brokenReference, mutate, mutation, pollutedText } from '../../shared/backup/arbitraries'
import { sampleRows } from '../../shared/backup/fixtures'
import { freshDb } from './helpers'

const runs = { mutated: 1000, polluted: 100, references: 100 }
let tried = 0
let refused = 0
let db: GutplanDb

/** What the person had before each file: one record per table, none of them the sample's. */
const before = (() => {
  const rows = sampleRows()
  return { ...rows, ownFoods: rows.ownFoods.slice(1), ownRecipes: rows.ownRecipes.slice(1), plans: rows.plans.slice(1), shopping: rows.shopping.slice(1) }
})()

beforeAll(async () => {
  db = freshDb()
  await restoreBackup(before, db)
})

afterAll(() => {
  console.log(`restore on fake-indexeddb: ${tried} generated files tried, ${refused} refused with the database untouched`)
})

/** Records as IndexedDB returns them: each table in primary key order (code unit order, as `<` compares). */
function inKeyOrder(rows: BackupRows): BackupRows {
  const keyOf = (row: object): string => String((row as Record<string, unknown>).id ?? (row as Record<string, unknown>).key ?? (row as Record<string, unknown>).week)
  return Object.fromEntries(
    backupKinds.map((kind) => [kind, [...rows[kind]].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0))]),
  ) as BackupRows
}

/** Offers a file to the restore flow and confirms whatever it asks; checks the database is old or new, never a mix. */
async function offer(text: string): Promise<boolean> {
  tried++
  setActivePinia(createPinia())
  const store = useBackupStore()
  await store.check('hostile.json', text)
  const step = store.state.step
  expect(['invalid', 'confirm']).toContain(step)
  const restored = await store.confirm()
  const now = await readAllRows(db)
  if (!restored) {
    refused++
    expect(store.state.step).toBe('invalid')
    if (store.state.step === 'invalid') expect(store.state.issues.length).toBeGreaterThan(0)
    expect(now).toEqual(before)
    return false
  }
  // A valid file: the database is exactly the file, then goes back for the next run.
  const reading = readBackup(text)
  expect(reading.ok).toBe(true)
  if (reading.ok) expect(now).toEqual(inKeyOrder(reading.backup.data))
  await restoreBackup(before, db)
  return true
}

describe('restore under generated hostile files', () => {
  it('a valid file broken at one random place: refused with the database untouched, or restored whole', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        await offer(JSON.stringify(mutate(m)))
      }),
      { numRuns: runs.mutated },
    )
  }, 120_000)

  it('prototype-pollution keys: always refused, database untouched', async () => {
    await fc.assert(
      fc.asyncProperty(pollutedText, async ({ text }) => {
        expect(await offer(text)).toBe(false)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: runs.polluted },
    )
  }, 60_000)

  it('duplicate ids and dangling references: always refused, database untouched', async () => {
    await fc.assert(
      fc.asyncProperty(brokenReference, async ({ file }) => {
        expect(await offer(JSON.stringify(file))).toBe(false)
      }),
      { numRuns: runs.references },
    )
  }, 60_000)
})
