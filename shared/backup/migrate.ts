/**
 * Upgrading backup files written by older versions of the format, one version at a time.
 *
 * Version 1 is the first format any release writes, so the chain is empty today: no file of an
 * older version exists. The mechanism is in place (and tested with synthetic versions, see
 * tests/shared/backup/migrate.test.ts) so that the first change to the format only has to add
 * its step here: `backupMigrations[1]` turning a version 1 file into a version 2 one, a pure
 * function with its own test, and `backupFormatVersion` raised to 2.
 */
import { backupFormat, backupFormatVersion } from './format'
import type { BackupIssue } from './issues'

/** Turns a file of version n (the key) into one of version n + 1. Pure: never changes its input. */
export type BackupMigration = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>

export const backupMigrations: Readonly<Record<number, BackupMigration>> = {}

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
