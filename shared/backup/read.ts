/**
 * Reading a backup file completely before anything is written: the guard (size, nesting,
 * JSON, keys), the upgrade of older format versions, the schema, then the references between
 * records. A file either comes out whole and valid, or with every problem found (up to
 * `maxIssues`), each with the path where it is.
 */
import { builtInRecipes } from '../recipes/library'
import { backupFileSchema, backupFormat, backupFormatVersion, type BackupFile, type BackupRows } from './format'
import { guardBackupText } from './guard'
import { issuesFromZod, maxIssues, type BackupIssue } from './issues'
import { backupMigrations, migrateBackup, type BackupMigration } from './migrate'

export type BackupReading =
  | { ok: true; backup: BackupFile; fromVersion: number }
  | { ok: false; issues: BackupIssue[] }

const builtInIds: ReadonlySet<string> = new Set(builtInRecipes.map((r) => r.id))

/**
 * The references between records, which no single record's schema can see.
 *
 * - Ids are unique within their kind (own foods, own recipes, plan weeks, shopping weeks), and a
 *   record's key is the id of what it holds (`ownFoods[i].id === ownFoods[i].food.id`).
 * - Within a week, a day appears once and a meal slot once per day.
 * - A planned meal keeps a snapshot of its recipe (WeekMeal.recipe), so the plan stays as
 *   it was even after the recipe is edited or deleted. A snapshot must be of the meal's recipe
 *   (same id). "Dangling" is a meal that names a recipe but holds no snapshot of it, when the
 *   recipe is neither among the backup's own recipes nor in the built-in library: nothing could
 *   show or count that meal. A snapshot whose recipe is gone is not dangling: that is what
 *   snapshots are for. An empty slot (no recipe id) holds no snapshot.
 */
export function referenceIssues(data: BackupRows): BackupIssue[] {
  const issues: BackupIssue[] = []
  const add = (path: string, code: BackupIssue['code']) => {
    if (issues.length < maxIssues) issues.push({ path, code })
  }
  const firstSeen = <T>(items: readonly T[], keyOf: (item: T) => string, path: (i: number) => string) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      const key = keyOf(item)
      if (seen.has(key)) add(path(i), 'duplicate-id')
      seen.add(key)
    })
    return seen
  }

  firstSeen(data.ownFoods, (r) => r.id, (i) => `ownFoods[${i}].id`)
  data.ownFoods.forEach((row, i) => {
    if (row.id !== row.food.id) add(`ownFoods[${i}].id`, 'id-mismatch')
    if (row.name !== row.food.name) add(`ownFoods[${i}].name`, 'id-mismatch')
  })

  const ownRecipeIds = firstSeen(data.ownRecipes, (r) => r.id, (i) => `ownRecipes[${i}].id`)
  data.ownRecipes.forEach((row, i) => {
    if (row.id !== row.recipe.id) add(`ownRecipes[${i}].recipe.id`, 'id-mismatch')
  })

  firstSeen(data.plans, (p) => p.week, (i) => `plans[${i}].week`)
  data.plans.forEach((plan, p) => {
    firstSeen(plan.days, (d) => String(d.day), (d) => `plans[${p}].days[${d}].day`)
    plan.days.forEach((day, d) => {
      const at = `plans[${p}].days[${d}]`
      const slots = new Set<string>()
      day.meals.forEach((meal, m) => {
        if (slots.has(meal.slot)) add(`${at}.meals[${m}].slot`, 'duplicate')
        slots.add(meal.slot)
        if (meal.recipe !== null && meal.recipe.id !== meal.recipeId) add(`${at}.meals[${m}].recipe.id`, 'recipe-mismatch')
        else if (meal.recipeId !== null && meal.recipe === null && !ownRecipeIds.has(meal.recipeId) && !builtInIds.has(meal.recipeId)) {
          add(`${at}.meals[${m}].recipeId`, 'unknown-recipe')
        }
      })
    })
  })

  firstSeen(data.shopping, (s) => s.week, (i) => `shopping[${i}].week`)
  data.shopping.forEach((row, s) => {
    if (row.kind === 'week') firstSeen(row.extras, (e) => e.id, (e) => `shopping[${s}].extras[${e}].id`)
  })
  return issues
}

/** Checks an already parsed value (see guardBackupText) as a backup file, upgrading older versions first. */
export function validateBackup(value: unknown, chain: Readonly<Record<number, BackupMigration>> = backupMigrations): BackupReading {
  const migrated = migrateBackup(value, chain)
  if (!migrated.ok) return { ok: false, issues: [migrated.issue] }
  const parsed = backupFileSchema.safeParse(migrated.value, { reportInput: true })
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error.issues) }
  const issues = referenceIssues(parsed.data.data)
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, backup: parsed.data, fromVersion: migrated.fromVersion }
}

/** Reads a backup file's text: everything a restore needs to know before it writes anything. */
export function readBackup(text: string): BackupReading {
  const guarded = guardBackupText(text)
  if (!guarded.ok) return guarded
  return validateBackup(guarded.value)
}

/** The file's text for a backup of `data`. Compact: a year of plans with their recipe snapshots is a few megabytes. */
export function writeBackup(data: BackupRows, appVersion: string, exportedAt: Date): string {
  const file: BackupFile = { format: backupFormat, formatVersion: backupFormatVersion, appVersion, exportedAt: exportedAt.toISOString(), data }
  return JSON.stringify(file)
}
