/**
 * The upgrade chain for older backup formats: the real step 1 → 2 (avoid words become entries),
 * and the mechanism on synthetic versions defined here: version 0 is a hypothetical pre-release
 * shape with the kinds at the top level and no shopping lists, and a made-up step shows that
 * steps run one after another.
 */
import { describe, expect, it } from 'vitest'
import { backupFormatVersion } from '../../../shared/backup/format'
import { backupMigrations, migrateBackup, type BackupMigration } from '../../../shared/backup/migrate'
import { validateBackup } from '../../../shared/backup/read'
import { sampleFile, sampleRows } from './fixtures'

/** Hypothetical version 0: `{ format, formatVersion: 0, appVersion, exportedAt, profile, settings, ownFoods, ownRecipes, plans }`. */
function versionZero(): Record<string, unknown> {
  const { shopping: _dropped, ...kinds } = sampleRows()
  return { format: 'gutplan-backup', formatVersion: 0, appVersion: '0.0.1', exportedAt: '2026-10-01T00:00:00.000Z', ...kinds }
}

/** Version 0 → 1: the kinds move under `data`, and shopping lists start empty. */
const zeroToOne: BackupMigration = (file) => {
  const { profile, settings, ownFoods, ownRecipes, plans, ...envelope } = file
  return { ...envelope, formatVersion: 1, data: { profile, settings, ownFoods, ownRecipes, plans, shopping: [] } }
}

/** A made-up version 2 step, to show steps chain: it only renames the app version field and back. */
const oneToTwo: BackupMigration = (file) => ({ ...file, formatVersion: 2, writtenBy: file.appVersion })

describe('migrateBackup', () => {
  it('has one step per version before the current one', () => {
    expect(backupFormatVersion).toBe(3)
    expect(Object.keys(backupMigrations)).toEqual(['1', '2'])
  })

  it('passes a current file through untouched', () => {
    const file = sampleFile()
    expect(migrateBackup(file)).toEqual({ ok: true, value: file, fromVersion: 3 })
  })

  it('restores a version 1 backup (avoid words) into the entries of today, every record kept', () => {
    const current = sampleFile()
    const profile = current.data.profile.map((row) => ({ ...row, profile: { ...row.profile, avoidFoods: ['shellfish', 'Pilze', 'liver'] } }))
    const old = { ...current, formatVersion: 1, data: { ...current.data, profile } }
    const before = structuredClone(old)
    const reading = validateBackup(old)
    expect(old).toEqual(before)
    expect(reading.ok).toBe(true)
    if (!reading.ok) return
    expect(reading.fromVersion).toBe(1)
    expect(reading.backup.data.profile[0]!.profile.avoidFoods).toEqual([
      { type: 'family', family: 'shellfish' },
      { type: 'family', family: 'mushrooms' },
      { type: 'text', text: 'liver' },
    ])
    expect({ ...reading.backup.data, profile: [] }).toEqual({ ...current.data, profile: [] })
  })

  it('restores a version 2 backup (no members) as one person × householdSize, every record kept', () => {
    const current = sampleFile()
    const profile = current.data.profile.map((row) => {
      const { members: _none, ...single } = row.profile
      return { ...row, profile: { ...single, householdSize: 3 } }
    })
    const old = { ...current, formatVersion: 2, data: { ...current.data, profile } }
    const before = structuredClone(old)
    const reading = validateBackup(old)
    expect(old).toEqual(before)
    expect(reading.ok && reading.fromVersion).toBe(2)
    if (!reading.ok) return
    expect(reading.backup.data).toEqual(old.data)
    expect(reading.backup.data.profile[0]!.profile).not.toHaveProperty('members')
  })

  it('2 → 3 drops an empty members list and keeps householdSize the member count; it is pure', () => {
    const current = sampleFile()
    const row = current.data.profile[0]!
    const file = { ...current, formatVersion: 2, data: { ...current.data, profile: [{ ...row, profile: { ...row.profile, householdSize: 7 } }, { ...row, profile: { ...row.profile, members: [] } }] } }
    const before = structuredClone(file)
    const next = backupMigrations[2]!(file) as { formatVersion: number; data: { profile: { profile: Record<string, unknown> }[] } }
    expect(file).toEqual(before)
    expect(next.formatVersion).toBe(3)
    expect(next.data.profile[0]!.profile.householdSize).toBe(2)
    expect(next.data.profile[1]!.profile).not.toHaveProperty('members')
  })

  it('upgrades a version 0 file through the chain, and the result validates with every record kept', () => {
    const old = versionZero()
    const before = structuredClone(old)
    const migrated = migrateBackup(old, { 0: zeroToOne }, 1)
    expect(old).toEqual(before) // steps are pure
    expect(migrated.ok).toBe(true)
    const reading = validateBackup(old, { 0: zeroToOne, 1: backupMigrations[1]!, 2: backupMigrations[2]! })
    expect(reading.ok).toBe(true)
    if (!reading.ok) return
    expect(reading.fromVersion).toBe(0)
    expect(reading.backup.data).toEqual({ ...sampleRows(), shopping: [] })
  })

  it('runs several steps in order', () => {
    const result = migrateBackup(versionZero(), { 0: zeroToOne, 1: oneToTwo }, 2)
    expect(result.ok && result.value).toMatchObject({ formatVersion: 2, writtenBy: '0.0.1', data: { shopping: [] } })
  })

  it.each([
    ['a version with no step', { 0: zeroToOne }, 3, 'formatVersion', 'unknown-version'],
    ['a step that throws', { 0: () => { throw new Error('bug') } }, 1, '', 'migration-failed'],
    ['a step that skips a version', { 0: (f: Readonly<Record<string, unknown>>) => ({ ...f, formatVersion: 2 }) }, 1, '', 'migration-failed'],
    ['a step that returns nothing', { 0: () => null as unknown as Record<string, unknown> }, 1, '', 'migration-failed'],
  ] as const)('refuses %s', (_name, chain, current, path, code) => {
    expect(migrateBackup(versionZero(), chain as Record<number, BackupMigration>, current)).toEqual({ ok: false, issue: { path, code } })
  })

  it.each([
    [{ ...sampleFile(), formatVersion: 4 }, 'formatVersion', 'newer-version'],
    [{ ...sampleFile(), formatVersion: -1 }, 'formatVersion', 'unknown-version'],
    [{ ...sampleFile(), formatVersion: 0.5 }, 'formatVersion', 'unknown-version'],
    [{ ...sampleFile(), format: 'gutplan-backup ' }, 'format', 'not-a-backup'],
    [[sampleFile()], 'format', 'not-a-backup'],
  ])('refuses %#: %s %s', (file, path, code) => {
    expect(migrateBackup(file)).toEqual({ ok: false, issue: { path, code } })
  })

  it('does not take a step from the prototype chain', () => {
    const chain = Object.create({ 0: zeroToOne }) as Record<number, BackupMigration>
    expect(migrateBackup(versionZero(), chain, 1)).toEqual({ ok: false, issue: { path: 'formatVersion', code: 'unknown-version' } })
  })
})
