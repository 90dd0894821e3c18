import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { GutplanDb } from '../../../renderer/db/db'
import { avoidEntriesV2, householdMembersV3, migrations, upgradeRecords, type RecordUpgrade } from '../../../renderer/db/migrations'
import { currentSchemaVersion, schemaHistory } from '../../../renderer/db/schema'
import type { PlanRow } from '../../../renderer/db/rows'
import { defaultProfile, validateProfile } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import { sampleRows } from '../../shared/backup/fixtures'

// Own foods, own recipes and shopping rows as version 1 wrote them (the backup tests' sample).
const { ownFoods: ownFoodsV1, ownRecipes: ownRecipesV1, shopping: shoppingV1 } = sampleRows()

const planV1: PlanRow = {
  week: '2026-W46',
  days: Array.from({ length: 7 }, (_, day) => ({
    day,
    note: day === 4 ? 'Dinner at Anna’s' : '',
    meals:
      day === 0
        ? [
            {
              slot: 'breakfast',
              recipeId: builtInRecipes[0]!.id,
              servings: 2,
              locked: true,
              byHand: false,
              reasons: [{ code: 'locked' }, { code: 'fiber', grams: 9.1 }],
              recipe: structuredClone(builtInRecipes[0]!),
            },
          ]
        : [],
  })),
  seed: 42,
  scores: null,
  unmet: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
}

/**
 * Sample data as each schema version wrote it. Every version in schemaHistory must have an entry,
 * and the expectation of what it becomes in the current version.
 */
// Version 1 saved the avoid list as words.
const profileV1 = { ...defaultProfile(), diet: 'vegan', householdSize: 4, avoidFoods: ['Koriander', 'shellfish', 'Pilze', 'liver'] }
const profileV2 = {
  ...profileV1,
  avoidFoods: [
    { type: 'food', foodId: '11165', label: 'Koriander' },
    { type: 'family', family: 'shellfish' },
    { type: 'family', family: 'mushrooms' },
    { type: 'text', text: 'liver' },
  ],
}

// Version 3 may name the people at the table.
const profileV3 = {
  ...profileV2,
  diet: 'vegetarian',
  householdSize: 2,
  members: [
    { name: 'Anna', intolerances: ['lactose'], allergens: [], diet: 'vegetarian', avoidFoods: [{ type: 'text', text: 'liver' }], targets: { energyKcal: 2000 } },
    { name: 'Ben', intolerances: ['gluten'], allergens: ['peanuts'], diet: 'omnivore', avoidFoods: [], targets: { energyKcal: 1400 }, away: [{ day: 'mon', slot: 'lunch' }] },
  ],
}

/** A version's sample whose records the later upgrades keep exactly as written. */
function sampleKeeping(profileRow: Record<string, unknown>): { write: Record<string, unknown[]>; expect: Record<string, unknown[]> } {
  const settings = [{ key: 'app', locale: 'en', healthNoticeSeenAt: '2026-11-01T10:00:00.000Z' }]
  return {
    write: { profile: [profileRow], settings, plans: [planV1], ownFoods: ownFoodsV1, ownRecipes: ownRecipesV1, shopping: shoppingV1 },
    expect: {
      profile: [profileRow],
      settings,
      plans: [planV1],
      ownFoods: [...ownFoodsV1].sort((a, b) => a.id.localeCompare(b.id)),
      ownRecipes: [...ownRecipesV1].sort((a, b) => a.id.localeCompare(b.id)),
      shopping: [...shoppingV1].sort((a, b) => a.week.localeCompare(b.week)),
    },
  }
}

const samples: Record<number, { write: Record<string, unknown[]>; expect: Record<string, unknown[]> }> = {
  1: {
    write: {
      profile: [{ id: 'me', profile: profileV1, updatedAt: '2026-11-01T10:00:00.000Z' }],
      settings: [{ key: 'app', locale: 'de', healthNoticeSeenAt: '2026-11-01T10:00:00.000Z' }],
      plans: [planV1],
      ownFoods: ownFoodsV1,
      ownRecipes: ownRecipesV1,
      shopping: shoppingV1,
    },
    expect: {
      profile: [{ id: 'me', profile: profileV2, updatedAt: '2026-11-01T10:00:00.000Z' }],
      settings: [{ key: 'app', locale: 'de', healthNoticeSeenAt: '2026-11-01T10:00:00.000Z' }],
      plans: [planV1],
      // Read back in key order.
      ownFoods: [...ownFoodsV1].sort((a, b) => a.id.localeCompare(b.id)),
      ownRecipes: [...ownRecipesV1].sort((a, b) => a.id.localeCompare(b.id)),
      shopping: [...shoppingV1].sort((a, b) => a.week.localeCompare(b.week)),
    },
  },
  2: sampleKeeping({ id: 'me', profile: profileV2, updatedAt: '2026-12-01T10:00:00.000Z' }),
  3: sampleKeeping({ id: 'me', profile: profileV3, updatedAt: '2026-12-04T10:00:00.000Z' }),
}

/** The tables a version has, counting those declared by earlier versions and not deleted (null). */
function tablesAt(version: number): string[] {
  const tables = new Set<string>()
  for (const step of schemaHistory.filter((s) => s.version <= version)) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(name)
      else tables.add(name)
    }
  }
  return [...tables].sort()
}

describe('schema upgrades', () => {
  it('has sample data for every version that ever shipped', () => {
    expect(Object.keys(samples).map(Number)).toEqual(schemaHistory.map((s) => s.version))
  })

  it.each(schemaHistory.map((s) => s.version))('writes sample rows into every table of version %i, and expects every current table', (version) => {
    // A table added later without sample rows here would go untested through every upgrade.
    const sample = samples[version]!
    expect(Object.keys(sample.write).sort()).toEqual(tablesAt(version))
    expect(Object.keys(sample.expect).sort()).toEqual(tablesAt(currentSchemaVersion))
    for (const [table, rows] of Object.entries(sample.write)) expect(rows.length, table).toBeGreaterThan(0)
  })

  it('has an upgrade only for versions after the first, each a named function', () => {
    const later = schemaHistory.slice(1).map((s) => s.version)
    for (const [version, migrate] of Object.entries(migrations)) {
      expect(later).toContain(Number(version))
      expect(migrate.name).not.toBe('')
    }
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

describe('version 2: avoid words become entries', () => {
  it('is pure and turns each word into the entry it names, keeping entries and unknown shapes', () => {
    const row = { id: 'me', profile: profileV1 }
    expect(avoidEntriesV2(row)).toEqual({ id: 'me', profile: profileV2 })
    expect(row.profile.avoidFoods).toEqual(['Koriander', 'shellfish', 'Pilze', 'liver'])
    expect(avoidEntriesV2({ id: 'me', profile: profileV2 })).toEqual({ id: 'me', profile: profileV2 })
    expect(avoidEntriesV2({ id: 'me', profile: null })).toEqual({ id: 'me', profile: null })
  })

  it('gives a profile the app reads back as it was meant', () => {
    const upgraded = avoidEntriesV2({ id: 'me', profile: profileV1 }).profile
    const checked = validateProfile(upgraded)
    expect(checked.ok).toBe(true)
  })
})

describe('version 3: household members', () => {
  it('keeps a profile of one person × householdSize as it was, with no members', () => {
    const upgraded = householdMembersV3({ id: 'me', profile: profileV2 })
    expect(upgraded).toEqual({ id: 'me', profile: profileV2 })
    expect((upgraded.profile as Record<string, unknown>).members).toBeUndefined()
    expect(validateProfile(upgraded.profile).ok).toBe(true)
  })

  it('is pure, leaves a profile it would have to repair exactly as stored, and syncs householdSize with members', () => {
    const broken = { ...profileV2, householdSize: 99, diet: 'pizza' }
    const row = { id: 'me', profile: broken }
    expect(householdMembersV3(row)).toEqual({ id: 'me', profile: broken })
    expect(row.profile).toBe(broken)
    expect(householdMembersV3({ id: 'me', profile: null })).toEqual({ id: 'me', profile: null })
    expect(householdMembersV3({ id: 'me', profile: { ...profileV3, householdSize: 5 } })).toEqual({ id: 'me', profile: profileV3 })
    expect(householdMembersV3({ id: 'me', profile: { ...profileV2, members: [] } })).toEqual({ id: 'me', profile: profileV2 })
  })
})

/**
 * The mechanism, proved on a synthetic version 2 of version 1's tables: a pure record upgrade
 * applied by upgradeRecords inside Dexie's upgrade.
 */
describe('upgradeRecords', () => {
  /** Synthetic: version 2 would add each plan's Monday as an index. */
  const addMondayV2: RecordUpgrade = (row) => ({ ...row, monday: `${String(row.week)}-1` })

  async function writeVersion1(name: string): Promise<void> {
    const old = new Dexie(name)
    old.version(1).stores(schemaHistory[0]!.stores)
    await old.open()
    for (const [table, rows] of Object.entries(samples[1]!.write)) await old.table(table).bulkPut(rows)
    old.close()
  }

  function openVersion2(name: string, upgrade: RecordUpgrade): Dexie {
    const db = new Dexie(name)
    db.version(1).stores(schemaHistory[0]!.stores)
    db.version(2).stores({ plans: 'week, updatedAt, monday' }).upgrade(upgradeRecords({ plans: upgrade }))
    return db
  }

  it('is pure: the record it is given stays as it was', () => {
    const row = { week: '2026-W46' }
    expect(addMondayV2(row)).toEqual({ week: '2026-W46', monday: '2026-W46-1' })
    expect(row).toEqual({ week: '2026-W46' })
  })

  it('transforms every record of its table and leaves the other tables alone', async () => {
    const name = `upgrade-records-${crypto.randomUUID()}`
    await writeVersion1(name)
    const db = openVersion2(name, addMondayV2)
    await db.open()
    expect(await db.table('plans').toArray()).toEqual([{ ...planV1, monday: '2026-W46-1' }])
    expect(await db.table('plans').where('monday').equals('2026-W46-1').count()).toBe(1)
    expect(await db.table('profile').toArray()).toEqual(samples[1]!.write.profile)
    db.close()
  })

  it('leaves the database at the old version, every record kept, when an upgrade throws', async () => {
    const name = `upgrade-records-${crypto.randomUUID()}`
    await writeVersion1(name)
    const failing = openVersion2(name, () => {
      throw new Error('bug in the upgrade')
    })
    await expect(failing.open()).rejects.toThrow()
    failing.close()
    // Opened without a schema (Dexie's dynamic mode), it is still version 1 with every record.
    const db = new Dexie(name)
    await db.open()
    expect(db.verno).toBe(1)
    expect(await db.table('plans').toArray()).toEqual([planV1])
    db.close()
  })
})
