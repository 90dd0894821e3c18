/**
 * Upgrading backup files written by older versions of the format, one version at a time: each
 * step a pure function turning a version n file into a version n + 1 one, with its own test
 * (tests/shared/backup/migrate.test.ts).
 *
 * - 1 → 2: the profile's avoid list holds entries (a food, a kind of food, a word) instead of
 *   words; each word becomes the entry it names (shared/food/avoid.ts), nothing dropped.
 * - 2 → 3: a profile may name household members; a profile of version 2 has none and stays one
 *   person × householdSize (an empty members list is no list; with members, householdSize is their count).
 */
import { avoidListFromWords } from '../food/avoid'
import { backupFormat, backupFormatVersion } from './format'
import type { BackupIssue } from './issues'

/** Turns a file of version n (the key) into one of version n + 1. Pure: never changes its input. */
export type BackupMigration = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** 1 → 2: avoid words become avoid entries. Anything not shaped as expected is left for the schema to refuse. */
export const avoidEntriesInBackup: BackupMigration = (file) => {
  const data = file.data
  if (!isObject(data) || !Array.isArray(data.profile)) return { ...file, formatVersion: 2 }
  const profile = data.profile.map((row: unknown) => {
    if (!isObject(row) || !isObject(row.profile)) return row
    return { ...row, profile: { ...row.profile, avoidFoods: avoidListFromWords(row.profile.avoidFoods) } }
  })
  return { ...file, formatVersion: 2, data: { ...data, profile } }
}

/** 2 → 3: profiles take the household shape (withMemberCount); nothing else changes. */
export const householdInBackup: BackupMigration = (file) => {
  const data = file.data
  if (!isObject(data) || !Array.isArray(data.profile)) return { ...file, formatVersion: 3 }
  const profile = data.profile.map((row: unknown) => {
    if (!isObject(row) || !isObject(row.profile) || !Array.isArray(row.profile.members)) return row
    const members: unknown[] = row.profile.members
    if (members.length > 0) return { ...row, profile: { ...row.profile, householdSize: members.length } }
    const { members: _empty, ...rest } = row.profile
    return { ...row, profile: rest }
  })
  return { ...file, formatVersion: 3, data: { ...data, profile } }
}

export const backupMigrations: Readonly<Record<number, BackupMigration>> = { 1: avoidEntriesInBackup, 2: householdInBackup }

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; fromVersion: number }
  | { ok: false; issue: BackupIssue }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Brings a parsed backup file to the current format version. Refuses what is not a Gutplan
 * backup, files from a newer app, and versions the chain cannot reach. Only the envelope is
 * looked at here; the schema checks the result.
 */
export function migrateBackup(
  value: unknown,
  chain: Readonly<Record<number, BackupMigration>> = backupMigrations,
  currentVersion: number = backupFormatVersion,
): MigrationResult {
  if (!isRecord(value) || value.format !== backupFormat) return { ok: false, issue: { path: 'format', code: 'not-a-backup' } }
  const version = value.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, issue: { path: 'formatVersion', code: 'unknown-version' } }
  }
  if (version > currentVersion) return { ok: false, issue: { path: 'formatVersion', code: 'newer-version' } }
  let file: Record<string, unknown> = value
  for (let from = version; from < currentVersion; from++) {
    const step = Object.hasOwn(chain, from) ? chain[from] : undefined
    if (!step) return { ok: false, issue: { path: 'formatVersion', code: 'unknown-version' } }
    let next: unknown
    try {
      next = step(file)
    } catch {
      return { ok: false, issue: { path: '', code: 'migration-failed' } }
    }
    if (!isRecord(next) || next.format !== backupFormat || next.formatVersion !== from + 1) {
      return { ok: false, issue: { path: '', code: 'migration-failed' } }
    }
    file = next
  }
  return { ok: true, value: file, fromVersion: version }
}
