/**
 * Upgrade functions, one per schema version that needs records transformed. Each is pure
 * (old record in, new record out) and unit-tested; db.ts applies them inside Dexie's upgrade.
 */
import type { Transaction } from 'dexie'
import { avoidListFromWords } from '../../shared/food/avoid'
import { normalizeProfile } from '../../shared/profile/profile'

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
  const migrate: Migration = async (tx) => {
    for (const [table, upgrade] of Object.entries(byTable)) {
      await tx
        .table(table)
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgrade(row)
        })
    }
  }
  // Named after its record upgrades, so an upgrade failure names what failed.
  return Object.defineProperty(migrate, 'name', { value: Object.values(byTable).map((u) => u.name).join('+') || 'upgradeRecords' })
}

/**
 * Version 2: the avoid list holds entries (a food, a kind of food, or a word; shared/food/avoid.ts)
 * instead of words. Each saved word becomes the entry it names: a kind ("shellfish"), a food
 * when it is exactly one food's everyday name ("Koriander"), else the word itself, so nothing
 * a person wrote is lost. Entries already in the new shape are kept as they are.
 */
export const avoidEntriesV2: RecordUpgrade = (row) => {
  const profile = row.profile
  if (typeof profile !== 'object' || profile === null) return { ...row }
  const avoid = (profile as Record<string, unknown>).avoidFoods
  if (!Array.isArray(avoid)) return { ...row }
  return { ...row, profile: { ...(profile as Record<string, unknown>), avoidFoods: avoidListFromWords(avoid) } }
}

/**
 * Version 3: a profile may name the people at the table (profile.members). A stored profile is
 * written in the new shape (normalised: no members is one person × householdSize, with members
 * householdSize is their count) when every field of it reads as it is; a profile with a field
 * that would need repairing is left exactly as stored, so nothing is lost (loading repairs it field by field).
 */
export const householdMembersV3: RecordUpgrade = (row) => {
  if (typeof row.profile !== 'object' || row.profile === null) return { ...row }
  const { profile, repaired } = normalizeProfile(row.profile)
  return repaired.length === 0 ? { ...row, profile } : { ...row }
}

/** Version 1 is the first schema: nothing to migrate. */
export const migrations: Readonly<Record<number, Migration>> = {
  2: upgradeRecords({ profile: avoidEntriesV2 }),
  3: upgradeRecords({ profile: householdMembersV3 }),
}
