/**
 * Every schema version that ever shipped, oldest first. Never edit a shipped entry:
 * add a new one, with a named, pure migration in migrations.ts when records must change.
 * The database module and the upgrade tests both read this list.
 */
export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
}

export const schemaHistory: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profile: 'id',
      settings: 'key',
      ownFoods: 'id, name, updatedAt',
      ownRecipes: 'id, updatedAt',
      plans: 'week, updatedAt',
      shopping: 'week, updatedAt',
    },
  },
  // The avoid list's words become entries (migrations.ts, avoidEntriesV2); no index changes.
  { version: 2, stores: {} },
  // Profiles may name household members (migrations.ts, householdMembersV3); no index changes.
  { version: 3, stores: {} },
]

export const currentSchemaVersion = schemaHistory[schemaHistory.length - 1]!.version
