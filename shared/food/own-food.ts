/**
 * A food the person adds themselves: the form's input, its validation, and the `Food` it becomes.
 * Validation refuses, it never clamps: 150 g of protein per 100 g is a typo, and saving it would
 * skew every plan that uses the food.
 */
import { z } from 'zod'
import { allergens, fodmapSubgroups, type Allergen, type FodmapSubgroup } from '../profile/profile'
import { foodGroupCodes, type FoodGroupCode } from './groups'
import { nutrientKeys, type DeclaredDiet, type DeclaredLactose, type DeclaredTags, type Food, type NutrientKey } from './types'

/** Bounds for the form. Nutrients are per 100 g, so no gram amount can pass 100. */
export const ownFoodLimits = {
  nameMaxLength: 120,
  measureNameMaxLength: 60,
  maxMeasures: 20,
  /** A household measure weighs more than 0 g and at most this much. */
  measureMaxG: 5000,
  /** Highest value per 100 g: 900 kcal is pure fat (9 kcal/g); 40 000 mg sodium is about pure salt (39 %). */
  nutrientMax: {
    energyKcal: 900,
    proteinG: 100,
    carbsG: 100,
    fiberG: 100,
    sugarsG: 100,
    fatG: 100,
    saturatedG: 100,
    transG: 100,
    omega3G: 100,
    sodiumMg: 40000,
  } satisfies Record<NutrientKey, number>,
} as const

export const declaredLactoseLevels = ['none', 'low', 'high'] as const satisfies readonly DeclaredLactose[]
export const declaredDiets = ['vegan', 'vegetarian'] as const satisfies readonly DeclaredDiet[]

/** What the "add your own food" form hands over. Nutrients: null = not measured. */
export interface OwnFoodInput {
  name: string
  group: FoodGroupCode | ''
  nutrients: Record<NutrientKey, number | null>
  measures: { name: string; grams: number }[]
  declared: {
    containsGluten: boolean
    /** Labelled gluten-free: makes the food known to fit a gluten-free diet. */
    glutenFree: boolean
    lactose: DeclaredLactose | null
    allergens: Allergen[]
    fodmapHigh: FodmapSubgroup[]
    /** Known low in these FODMAP groups at the amount eaten: makes the food known to fit those limits. */
    fodmapLow: FodmapSubgroup[]
    fermentedLive: boolean
    diets: DeclaredDiet[]
  }
}

export type OwnFoodIssueCode =
  | 'required'
  | 'too-long'
  | 'not-a-number'
  | 'negative'
  | 'too-high'
  | 'measure-grams'
  | 'duplicate'
  | 'too-many'
  | 'saturated-over-fat'
  | 'sugars-over-carbs'
  | 'omega3-over-fat'
  | 'macros-over-100'
  | 'diet-conflict'
  | 'gluten-conflict'
  | 'fodmap-conflict'
  | 'invalid'

/** A problem with one field: a dotted path ("nutrients.fatG", "measures.1.grams") and a code the UI words. */
export interface OwnFoodIssue {
  path: string
  code: OwnFoodIssueCode
}

const nutrient = (max: number) => z.number({ error: 'not-a-number' }).min(0, 'negative').max(max, 'too-high').nullable()

const nutrientsSchema = z.strictObject(
  Object.fromEntries(nutrientKeys.map((key) => [key, nutrient(ownFoodLimits.nutrientMax[key])])) as Record<
    NutrientKey,
    ReturnType<typeof nutrient>
  >,
)

const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z.array(z.enum(values, { error: 'invalid' })).refine((list) => new Set(list).size === list.length, 'duplicate')

export const ownFoodInputSchema = z.strictObject({
  name: z.string({ error: 'required' }).trim().min(1, 'required').max(ownFoodLimits.nameMaxLength, 'too-long'),
  group: z.enum(foodGroupCodes as [FoodGroupCode, ...FoodGroupCode[]], { error: 'required' }),
  nutrients: nutrientsSchema,
  measures: z
    .array(
      z.strictObject({
        name: z.string({ error: 'required' }).trim().min(1, 'required').max(ownFoodLimits.measureNameMaxLength, 'too-long'),
        grams: z.number({ error: 'not-a-number' }).gt(0, 'measure-grams').max(ownFoodLimits.measureMaxG, 'measure-grams'),
      }),
    )
    .max(ownFoodLimits.maxMeasures, 'too-many'),
  declared: z.strictObject({
    containsGluten: z.boolean(),
    glutenFree: z.boolean(),
    lactose: z.enum(declaredLactoseLevels, { error: 'invalid' }).nullable(),
    allergens: uniqueList(allergens),
    fodmapHigh: uniqueList(fodmapSubgroups),
    fodmapLow: uniqueList(fodmapSubgroups),
    fermentedLive: z.boolean(),
    diets: uniqueList(declaredDiets),
  }),
})

/** Values that cannot be told apart from rounding: 0.001 g. */
const tolerance = 0.001

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** Checks between fields, run on whatever numbers are valid so every problem shows at once. */
function crossFieldIssues(input: OwnFoodInput): OwnFoodIssue[] {
  const issues: OwnFoodIssue[] = []
  const n = input.nutrients
  const over = (part: number | null, whole: number | null) => finite(part) && finite(whole) && part > whole + tolerance
  const saturatedAndTrans = finite(n.saturatedG) || finite(n.transG) ? (finite(n.saturatedG) ? n.saturatedG : 0) + (finite(n.transG) ? n.transG : 0) : null
  if (over(saturatedAndTrans, n.fatG)) issues.push({ path: finite(n.saturatedG) ? 'nutrients.saturatedG' : 'nutrients.transG', code: 'saturated-over-fat' })
  if (over(n.omega3G, n.fatG)) issues.push({ path: 'nutrients.omega3G', code: 'omega3-over-fat' })
  // Fibre is not checked against carbohydrate: SR24 counts it in, EU labels leave it out.
  if (over(n.sugarsG, n.carbsG)) issues.push({ path: 'nutrients.sugarsG', code: 'sugars-over-carbs' })
  const macros = [n.proteinG, n.carbsG, n.fatG].filter(finite)
  if (macros.length > 1 && macros.reduce((a, b) => a + b, 0) > 100 + tolerance) issues.push({ path: 'nutrients.proteinG', code: 'macros-over-100' })

  const seen = new Map<string, number>()
  input.measures.forEach((m, i) => {
    const key = typeof m.name === 'string' ? m.name.trim().toLowerCase() : ''
    if (key === '') return
    if (seen.has(key)) issues.push({ path: `measures.${i}.name`, code: 'duplicate' })
    else seen.set(key, i)
  })

  const d = input.declared
  const animal = new Set<Allergen>(['milk', 'eggs', 'fish', 'crustaceans', 'molluscs'])
  const seafood = new Set<Allergen>(['fish', 'crustaceans', 'molluscs'])
  const notVegan = d.allergens.some((a) => animal.has(a)) || d.lactose === 'low' || d.lactose === 'high'
  const notVegetarian = d.allergens.some((a) => seafood.has(a))
  if ((d.diets.includes('vegan') && notVegan) || (d.diets.includes('vegetarian') && notVegetarian)) {
    issues.push({ path: 'declared.diets', code: 'diet-conflict' })
  }
  if (d.glutenFree && (d.containsGluten || d.allergens.includes('gluten-cereals'))) issues.push({ path: 'declared.glutenFree', code: 'gluten-conflict' })
  if (Array.isArray(d.fodmapLow) && Array.isArray(d.fodmapHigh) && d.fodmapLow.some((s) => d.fodmapHigh.includes(s))) issues.push({ path: 'declared.fodmapLow', code: 'fodmap-conflict' })
  return issues
}

const issueCodes = new Set<string>([
  'required',
  'too-long',
  'not-a-number',
  'negative',
  'too-high',
  'measure-grams',
  'duplicate',
  'too-many',
] satisfies OwnFoodIssueCode[])

export type OwnFoodValidation = { ok: true; food: Omit<Food, 'id'> } | { ok: false; issues: OwnFoodIssue[] }

/**
 * Validates the form's input. On success returns the food to store (without its id); otherwise
 * every problem, one per field, in form order.
 */
export function validateOwnFood(input: OwnFoodInput): OwnFoodValidation {
  const result = ownFoodInputSchema.safeParse(input)
  const issues: OwnFoodIssue[] = []
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.')
      const code = issueCodes.has(issue.message) ? (issue.message as OwnFoodIssueCode) : 'invalid'
      if (!issues.some((i) => i.path === path)) issues.push({ path, code })
    }
  }
  for (const issue of crossFieldIssues(input)) if (!issues.some((i) => i.path === issue.path)) issues.push(issue)
  if (!result.success || issues.length > 0) return { ok: false, issues }
  const v = result.data
  return {
    ok: true,
    food: {
      name: v.name,
      group: v.group,
      nutrients: { ...v.nutrients },
      measures: v.measures.map((m) => ({ amount: 1, name: m.name, grams: m.grams })),
      declared: declaredTags(v.declared),
    },
  }
}

/** Only what was declared, in the canonical order of each list (so equal declarations compare equal). */
function declaredTags(d: OwnFoodInput['declared']): DeclaredTags {
  const tags: { -readonly [K in keyof DeclaredTags]: DeclaredTags[K] } = {}
  if (d.containsGluten) tags.containsGluten = true
  if (d.glutenFree) tags.glutenFree = true
  if (d.lactose) tags.lactose = d.lactose
  if (d.allergens.length) tags.allergens = allergens.filter((a) => d.allergens.includes(a))
  if (d.fodmapHigh.length) tags.fodmapHigh = fodmapSubgroups.filter((s) => d.fodmapHigh.includes(s))
  if (d.fodmapLow.length) tags.fodmapLow = fodmapSubgroups.filter((s) => d.fodmapLow.includes(s))
  if (d.fermentedLive) tags.fermentedLive = true
  if (d.diets.length) tags.diets = declaredDiets.filter((x) => d.diets.includes(x))
  return tags
}

/** The form's input for an existing own food (for editing). Measures are shown per one unit. */
export function ownFoodInputOf(food: Food): OwnFoodInput {
  const d = food.declared ?? {}
  return {
    name: food.name,
    group: food.group,
    nutrients: { ...food.nutrients },
    measures: food.measures.map((m) => ({ name: m.name, grams: m.grams / m.amount })),
    declared: {
      containsGluten: d.containsGluten ?? false,
      glutenFree: d.glutenFree ?? false,
      lactose: d.lactose ?? null,
      allergens: [...(d.allergens ?? [])],
      fodmapHigh: [...(d.fodmapHigh ?? [])],
      fodmapLow: [...(d.fodmapLow ?? [])],
      fermentedLive: d.fermentedLive ?? false,
      diets: [...(d.diets ?? [])],
    },
  }
}

/** An empty form. */
export function emptyOwnFoodInput(): OwnFoodInput {
  return {
    name: '',
    group: '',
    nutrients: Object.fromEntries(nutrientKeys.map((k) => [k, null])) as Record<NutrientKey, null>,
    measures: [],
    declared: { containsGluten: false, glutenFree: false, lactose: null, allergens: [], fodmapHigh: [], fodmapLow: [], fermentedLive: false, diets: [] },
  }
}

/** Own-food ids: "own-" and a UUID, so they never clash with NDB numbers or curated `gp-` ids. */
export function isOwnFoodId(id: string): boolean {
  return id.startsWith('own-')
}

/**
 * A typed decimal: '' → null (not measured); "1.5" and "1,5" → 1.5; anything else → NaN, which
 * validation reports as "not a number". Thousands separators are refused rather than guessed.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return Number.NaN
  return Number(trimmed.replace(',', '.'))
}
