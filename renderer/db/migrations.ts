/**
 * Upgrade functions, one per schema version that needs records transformed. Each is pure
 * (old record in, new record out) and unit-tested; db.ts applies them inside Dexie's upgrade.
 */
import type { Transaction } from 'dexie'

export type Migration = (tx: Transaction) => Promise<void>

/** Version 1 is the first schema: nothing to migrate. Later versions add entries here. */
export const migrations: Readonly<Record<number, Migration>> = {}
