/**
 * The kinds of records a backup holds, apart from their schemas (format.ts) so the database code
 * that reads and writes them does not carry zod and every domain schema along.
 */

/** One kind per database table, with the table's name. */
export const backupKinds = ['profile', 'settings', 'ownFoods', 'ownRecipes', 'plans', 'shopping'] as const
export type BackupKind = (typeof backupKinds)[number]

/** How many records of each kind. */
export type BackupCounts = Record<BackupKind, number>

export function countsOf(data: Readonly<Record<BackupKind, readonly unknown[]>>): BackupCounts {
  return Object.fromEntries(backupKinds.map((kind) => [kind, data[kind].length])) as BackupCounts
}
