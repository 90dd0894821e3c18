import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { GutplanDb } from '../../../renderer/db/db'
import { currentSchemaVersion, schemaHistory } from '../../../renderer/db/schema'
import { defaultProfile } from '../../../shared/profile/profile'

/**
 * Sample data as each schema version wrote it. Every version in schemaHistory must have an entry,
 * and the expectation of what it becomes in the current version.
 */
const samples: Record<number, { write: Record<string, unknown[]>; expect: Record<string, unknown[]> }> = {
  1: {
    write: {
      profile: [{ id: 'me', profile: { ...defaultProfile(), diet: 'vegan', householdSize: 4 }, updatedAt: '2026-11-01T10:00:00.000Z' }],
      settings: [{ key: 'app', locale: 'de', healthNoticeSeenAt: '2026-11-01T10:00:00.000Z' }],
    },
    expect: {
      profile: [{ id: 'me', profile: { ...defaultProfile(), diet: 'vegan', householdSize: 4 }, updatedAt: '2026-11-01T10:00:00.000Z' }],
      settings: [{ key: 'app', locale: 'de', healthNoticeSeenAt: '2026-11-01T10:00:00.000Z' }],
    },
  },
}

describe('schema upgrades', () => {
  it('has sample data for every version that ever shipped', () => {
    expect(Object.keys(samples).map(Number)).toEqual(schemaHistory.map((s) => s.version))
  })

  it.each(schemaHistory.map((s) => s.version))('opens a database written by version %i and keeps every record', async (version) => {
    const name = `upgrade-${version}-${crypto.randomUUID()}`
    // Write the old database exactly as that version declared it.
    const old = new Dexie(name)
    for (const step of schemaHistory.filter((s) => s.version <= version)) old.version(step.version).stores(step.stores)
    await old.open()
    const sample = samples[version]!
    for (const [table, rows] of Object.entries(sample.write)) await old.table(table).bulkPut(rows)
    old.close()

    const db = new GutplanDb(name)
    await db.open()
    expect(db.verno).toBe(currentSchemaVersion)
    for (const [table, rows] of Object.entries(sample.expect)) {
      expect(await db.table(table).toArray()).toEqual(rows)
    }
    db.close()
  })
})
