/**
 * The backup file: one JSON object with everything a person made, and the schemas that check it.
 *
 * ```
 * { format: 'gutplan-backup', formatVersion: 3, appVersion, exportedAt,
 *   data: { profile, settings, ownFoods, ownRecipes, plans, shopping } }
 * ```
 *
 * Every kind in `data` is a list of the records the app stores for it, exactly as stored
 * (profile and settings have at most one), so a backup restores to the same records, timestamps
 * and all. The schemas reuse the domain's own (profile, own food, recipe) and refuse unknown
 * fields everywhere (strict objects), so nothing the app does not know can reach storage.
 *
 * What the schemas deliberately accept:
 * - Recipe ingredients whose food is unknown (not in the catalogue, not among the backup's own
 *   foods). The app itself leaves such recipes behind when a person deletes an own food a recipe
 *   uses, or when a catalogue update drops a food, and shows the ingredient as unknown. Refusing
 *   them would make the person's own backups impossible to restore.
 * - Measures a food does not have, for the same reason: an own food's measures can be edited.
 */
import { z } from 'zod'
import { pageSizes } from '../ipc'
import { foodGroupCodes, type FoodGroupCode } from '../food/groups'
import { declaredDiets, declaredLactoseLevels, ownFoodInputOf, ownFoodInputSchema, ownFoodLimits, validateOwnFood } from '../food/own-food'
import type { Food } from '../food/types'
import { allergens, fodmapSubgroups, profileSchema } from '../profile/profile'
import { aisles } from '../shopping/aisles'
import { isOwnRecipeId } from '../recipes/validate'
import { isoWeekSchema, recipeShapeSchema, weekSchema } from '../week/schema'
import { backupKinds, type BackupKind } from './kinds'

export const backupFormat = 'gutplan-backup'
/** The format this app writes. Older ones are upgraded on import (migrate.ts). */
export const backupFormatVersion = 3

export { backupKinds, countsOf, type BackupCounts, type BackupKind } from './kinds'

/** How many records of each kind a file may hold: far above real use, low enough to stay fast. */
export const backupCountLimits = {
  profile: 1,
  settings: 1,
  ownFoods: 5000,
  ownRecipes: 5000,
  /** A hundred years of weeks. */
  plans: 5200,
  shopping: 5200,
} as const satisfies Record<BackupKind, number>

const timestamp = z.iso.datetime()
const isoWeek = isoWeekSchema
/** Ids of things the person made: "own-" and a UUID; other tools' ids are refused. */
const ownId = (isOwn: (id: string) => boolean) => z.string().min(1).max(100).refine(isOwn, 'not-own-id')
const unique = <T>(list: readonly T[]) => new Set(list).size === list.length
const uniqueEnumList = <T extends string>(values: readonly [T, ...T[]]) => z.array(z.enum(values)).refine(unique, 'duplicate')

// ---- profile and settings -------------------------------------------------------------

export const profileRowSchema = z.strictObject({
  id: z.literal('me'),
  profile: profileSchema,
  updatedAt: timestamp,
})

export const settingsRowSchema = z.strictObject({
  key: z.literal('app'),
  locale: z.enum(['en', 'de']).nullable(),
  healthNoticeSeenAt: timestamp.nullable(),
})

// ---- own foods ------------------------------------------------------------------------

const declaredSchema = z.strictObject({
  containsGluten: z.boolean().optional(),
  glutenFree: z.boolean().optional(),
  lactose: z.enum(declaredLactoseLevels).optional(),
  allergens: uniqueEnumList(allergens).optional(),
  fodmapHigh: uniqueEnumList(fodmapSubgroups).optional(),
  fodmapLow: uniqueEnumList(fodmapSubgroups).optional(),
  fermentedLive: z.boolean().optional(),
  diets: uniqueEnumList(declaredDiets).optional(),
})

/** A stored own food: the shape `validateOwnFood` produces, then the same checks between fields. */
export const ownFoodSchema = z
  .strictObject({
    id: ownId((id) => id.startsWith('own-') && id.length > 4),
    name: ownFoodInputSchema.shape.name,
    group: z.enum(foodGroupCodes as [FoodGroupCode, ...FoodGroupCode[]]),
    nutrients: ownFoodInputSchema.shape.nutrients,
    measures: z
      .array(
        z.strictObject({
          amount: z.number().positive().max(1000),
          name: z.string().trim().min(1).max(ownFoodLimits.measureNameMaxLength),
          grams: z.number().positive().max(ownFoodLimits.measureMaxG * 1000),
        }),
      )
      .max(ownFoodLimits.maxMeasures),
    declared: declaredSchema.optional(),
  })
  .superRefine((food, ctx) => {
    // Only a food whose every field is valid: the field problems are already reported.
    if (ctx.issues.length > 0) return
    // The form's own validation, on the food as the form would show it: catches what no
    // single field can (saturates over fat, a vegan food that declares milk, a measure twice).
    const checked = validateOwnFood(ownFoodInputOf(food as Food))
    if (checked.ok) return
    for (const issue of checked.issues) {
      ctx.addIssue({ code: 'custom', message: 'inconsistent', path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) })
    }
  })

export const ownFoodRowSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  food: ownFoodSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
})

// ---- recipes --------------------------------------------------------------------------

export const ownRecipeRowSchema = z.strictObject({
  id: ownId(isOwnRecipeId),
  recipe: recipeShapeSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
})

// ---- plans ----------------------------------------------------------------------------

/** A stored week: the week's own schema plus its timestamps. */
export const planRowSchema = weekSchema.extend({ createdAt: timestamp, updatedAt: timestamp })

// ---- shopping -------------------------------------------------------------------------

/**
 * The shopping table holds two kinds of rows under one key path (renderer/db/rows.ts): a week's
 * list (what it covers, ticks, extras) and one preferences row under the key "prefs" (pantry,
 * aisle order, paper size). Bounds are a little wider than the shopping screen's own, whose
 * reader repairs what is out of them; they only keep a file from flooding storage.
 */
const shoppingWeekRowSchema = z.strictObject({
  kind: z.literal('week'),
  week: isoWeek,
  weeks: z.number().int().min(1).max(4),
  skippedDays: z.array(z.number().int().min(0).max(27)).max(28).refine(unique, 'duplicate'),
  ticks: z
    .array(z.strictObject({ key: z.string().min(1).max(200), grams: z.number().min(0).nullable() }))
    .max(5000)
    .refine((ticks) => unique(ticks.map((t) => t.key)), 'duplicate'),
  extras: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        name: z.string().trim().min(1).max(200),
        quantity: z.string().max(100).nullable(),
        aisle: z.enum(aisles),
      }),
    )
    .max(500),
  updatedAt: timestamp,
})

const shoppingPrefsRowSchema = z.strictObject({
  kind: z.literal('prefs'),
  week: z.literal('prefs'),
  pantry: z.array(z.string().min(1).max(100)).max(5000).refine(unique, 'duplicate'),
  aisleOrder: z.array(z.enum(aisles)).max(aisles.length).refine(unique, 'duplicate'),
  pageSize: z.enum(pageSizes),
  updatedAt: timestamp,
})

export const shoppingRowSchema = z.discriminatedUnion('kind', [shoppingWeekRowSchema, shoppingPrefsRowSchema])

// ---- the file -------------------------------------------------------------------------

/** The schema of every kind's records; a kind without one fails the typecheck here. */
export const backupRowSchemas = {
  profile: profileRowSchema,
  settings: settingsRowSchema,
  ownFoods: ownFoodRowSchema,
  ownRecipes: ownRecipeRowSchema,
  plans: planRowSchema,
  shopping: shoppingRowSchema,
} as const satisfies Record<BackupKind, z.ZodType>

export type BackupRows = { [K in BackupKind]: z.output<(typeof backupRowSchemas)[K]>[] }

export const backupDataSchema = z.strictObject(
  Object.fromEntries(backupKinds.map((kind) => [kind, z.array(backupRowSchemas[kind]).max(backupCountLimits[kind])])) as {
    [K in BackupKind]: z.ZodArray<(typeof backupRowSchemas)[K]>
  },
)

export const backupFileSchema = z.strictObject({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  appVersion: z.string().min(1).max(50),
  exportedAt: timestamp,
  data: backupDataSchema,
})

export interface BackupFile {
  format: typeof backupFormat
  formatVersion: typeof backupFormatVersion
  /** The version of the app that wrote the file. */
  appVersion: string
  /** ISO timestamp. */
  exportedAt: string
  data: BackupRows
}
