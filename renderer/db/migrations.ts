/**
 * Upgrade functions, one per schema version that needs records transformed. Each is pure
 * (old record in, new record out) and unit-tested; db.ts applies them inside Dexie's upgrade.
 */
import type { Transaction } from 'dexie'

export type Migration = (tx: Transaction) => Promise<void>

/** A pure upgrade of one stored record: the old record in, the new one out. Never changes its input. */
export type RecordUpgrade = (row: Readonly<Record<string, unknown>>) => Record<string, unknown>

/**
 * The Dexie upgrade that applies pure record upgrades, table by table, inside the version
 * change transaction (so a failure leaves the database at its old version, untouched).
 * A version's entry is then written as, for example:
 * `2: upgradeRecords({ plans: addWeekStartV2 })`, with `addWeekStartV2` tested on its own.
 */
export function upgradeRecords(byTable: Readonly<Record<string, RecordUpgrade>>): Migration {
  return async (tx) => {
    for (const [table, upgrade] of Object.entries(byTable)) {
      await tx
        .table(table)
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgrade(row)
        })
    }
  }
}

/** Version 1 is the first schema: nothing to migrate. Later versions add entries here. */
export const migrations: Readonly<Record<number, Migration>> = {}
