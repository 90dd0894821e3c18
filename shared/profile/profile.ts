/**
 * A person's profile: what they can't eat, how they eat, and what they aim for.
 * The same shape is stored by the app, read by the planner and by the command line.
 */
import { z } from 'zod'
import { avoidEntryFromWord, avoidKey, type AvoidEntry } from '../food/avoid'
import { foodFamily } from '../food/families'

/** Intolerances: gluten, lactose, and the FODMAP subgroups of REFERENCE §2a. */
export const intolerances = ['gluten', 'lactose', 'fructans', 'gos', 'excess-fructose', 'sorbitol', 'mannitol'] as const
export type Intolerance = (typeof intolerances)[number]
export const fodmapSubgroups = ['fructans', 'gos', 'excess-fructose', 'sorbitol', 'mannitol'] as const
export type FodmapSubgroup = (typeof fodmapSubgroups)[number]

export const isFodmapSubgroup = (value: string): value is FodmapSubgroup => (fodmapSubgroups as readonly string[]).includes(value)

/** The intolerances that are not a FODMAP group: gluten and lactose. */
export const cerealAndMilkIntolerances = intolerances.filter((i): i is Exclude<Intolerance, FodmapSubgroup> => !isFodmapSubgroup(i))

/**
 * Whether the profile should tell the person to get coeliac disease tested before cutting gluten
 * (REFERENCE §3, NG20: never go gluten-free before coeliac testing).
 */
export const suggestsCoeliacTest = (profile: { intolerances: readonly Intolerance[] }): boolean => profile.intolerances.includes('gluten')

/** The EU 14 allergens of Reg. 1169/2011 Annex II (REFERENCE §5), in the order the regulation lists them. */
export const allergens = [
  'gluten-cereals',
  'crustaceans',
  'eggs',
  'fish',
  'peanuts',
  'soybeans',
  'milk',
  'tree-nuts',
  'celery',
  'mustard',
  'sesame',
  'sulphites',
  'lupin',
  'molluscs',
] as const
export type Allergen = (typeof allergens)[number]

/**
 * A rule of the profile by name (as the planner reports what kept recipes out): an intolerance,
 * an allergen, the diet, the avoid list, an unknown food, or a name the app does not know.
 */
export type ProfileRule =
  | { kind: 'intolerance'; rule: Intolerance }
  | { kind: 'allergen'; rule: Allergen }
  | { kind: 'diet' | 'avoided' | 'unknown-food' }
  | { kind: 'other'; rule: string }

export function profileRule(rule: string): ProfileRule {
  if ((intolerances as readonly string[]).includes(rule)) return { kind: 'intolerance', rule: rule as Intolerance }
  if ((allergens as readonly string[]).includes(rule)) return { kind: 'allergen', rule: rule as Allergen }
  if (rule === 'diet' || rule === 'avoided' || rule === 'unknown-food') return { kind: rule }
  return { kind: 'other', rule }
}

export const diets = ['omnivore', 'pescatarian', 'vegetarian', 'vegan'] as const
export type Diet = (typeof diets)[number]

export const mealSlots = ['breakfast', 'lunch', 'dinner', 'snack'] as const
export type MealSlot = (typeof mealSlots)[number]

/** Days of the week, Monday first (day 0 of a plan). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

/** What a day rule asks of a meal: fish or seafood, no meat or fish, or nothing to cook. */
export const dayRuleRequirements = ['fish', 'vegetarian', 'no-cook'] as const
export type DayRuleRequirement = (typeof dayRuleRequirements)[number]

/** "Fish on Friday" (dinner), "meat-free Monday" (every meal of the day), "no cooking on Sunday". */
export interface DayRule {
  day: Weekday
  /** One meal of the day; absent: every meal of it. */
  slot?: MealSlot
  require: DayRuleRequirement
}

/** The person's own planning rules; every one optional, none set by default. */
export interface PlanRules {
  /** Cooking-time cap per weekday (prep + cook minutes of a planned recipe). */
  maxMinutes?: Partial<Record<Weekday, number>>
  /** Recipes planned more often. */
  favourites?: string[]
  /** Recipes never planned. */
  disliked?: string[]
  /** Avoid last week's recipes where others fit. */
  notSameAsLastWeek?: boolean
  dayRules?: DayRule[]
  /**
   * Cook once, eat twice: a dinner may be cooked for more and eaten as the next day's lunch.
   * Absent: on for households of one or two (`leftoversOn`); a week may switch it for itself.
   */
  leftovers?: boolean
}

/** Whether a profile's meals can hold leftovers: it plans dinners and lunches (a dinner's rest is the next day's lunch). */
export function leftoversPossible(slots: readonly MealSlot[]): boolean {
  return slots.includes('dinner') && slots.includes('lunch')
}

/** Households up to this size get leftovers unless they say otherwise. */
export const leftoversByDefaultUpTo = 2

/**
 * Whether leftovers are planned: the week's own switch, else the person's rule, else on for a
 * household of one or two (cooking for one or two every meal is what leftovers save).
 */
export function leftoversOn(profile: Pick<Profile, 'householdSize' | 'rules'>, weekSwitch?: boolean): boolean {
  return weekSwitch ?? profile.rules?.leftovers ?? profile.householdSize <= leftoversByDefaultUpTo
}

export const planRuleLimits = { maxMinutes: { min: 5, max: 240 }, recipes: { maxItems: 500 }, dayRules: { maxItems: 28 } } as const

/**
 * Bounds for numeric fields. Outside them a value is refused, not clamped: a person who typed
 * 300 g of fiber meant something else, and saving it would silently skew every plan.
 */
export const profileLimits = {
  householdSize: { min: 1, max: 12 },
  fiberG: { min: 10, max: 80 },
  energyKcal: { min: 1000, max: 5000 },
  avoidFoods: { maxItems: 100, maxLength: 60 },
} as const

/**
 * Defaults: fibre 30 g/day is the SACN adult target (REFERENCE §1c, SACN); EFSA's 25 g is the floor.
 * 2000 kcal is the reference intake the WHO sugar figures in §1c are quoted against.
 */
export const defaultTargets = { fiberG: 30, energyKcal: 2000 } as const

export interface ProfileTargets {
  fiberG: number
  energyKcal: number
}

export interface Profile {
  intolerances: Intolerance[]
  allergens: Allergen[]
  diet: Diet
  /**
   * What this person avoids: foods, kinds of food and free words (food/avoid.ts). A profile
   * saved before entries existed held words; they are read as entries (avoidEntryFromWord).
   */
  avoidFoods: AvoidEntry[]
  householdSize: number
  /** The meal slots planned every day, in day order. */
  slots: MealSlot[]
  targets: ProfileTargets
  /**
   * Pregnant or may become pregnant: oily fish at most twice a week instead of four times
   * (REFERENCE §1c, SEAFISH). Absent in profiles saved before it existed: false.
   */
  mayBePregnant?: boolean
  /** The person's planning rules (time caps, favourites, disliked recipes, day rules). */
  rules?: PlanRules
}

export function defaultProfile(): Profile {
  return {
    intolerances: [],
    allergens: [],
    diet: 'omnivore',
    avoidFoods: [],
    householdSize: 1,
    slots: ['breakfast', 'lunch', 'dinner', 'snack'],
    targets: { ...defaultTargets },
  }
}

const intInRange = (range: { min: number; max: number }) =>
  z.number({ error: 'required' }).refine(Number.isFinite, 'required').int('whole').min(range.min, 'range').max(range.max, 'range')

const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z.array(z.enum(values)).refine((list) => new Set(list).size === list.length, 'duplicate')

const avoidText = z.string().trim().min(1, 'required').max(profileLimits.avoidFoods.maxLength, 'too-long')

/** One avoid entry; a plain word (the shape saved before entries, and profile files) is read as an entry. */
const avoidEntrySchema: z.ZodType<AvoidEntry> = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value
    const fits = value.trim() !== '' && value.trim().length <= profileLimits.avoidFoods.maxLength
    return fits ? avoidEntryFromWord(value) : { type: 'text', text: value }
  },
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('food'), foodId: z.string().min(1).max(60), label: avoidText }),
    z.strictObject({ type: z.literal('family'), family: z.string().refine((id) => foodFamily(id) !== undefined, 'invalid') }),
    z.strictObject({ type: z.literal('text'), text: avoidText }),
  ]),
) as z.ZodType<AvoidEntry>

/** The person's planning rules (profile.rules, and the command line's rules file). */
export const planRulesSchema = z.strictObject({
  maxMinutes: z.partialRecord(z.enum(weekdays), intInRange(planRuleLimits.maxMinutes)).optional(),
  favourites: z.array(z.string().min(1).max(200)).max(planRuleLimits.recipes.maxItems).optional(),
  disliked: z.array(z.string().min(1).max(200)).max(planRuleLimits.recipes.maxItems).optional(),
  notSameAsLastWeek: z.boolean().optional(),
  dayRules: z
    .array(z.strictObject({ day: z.enum(weekdays), slot: z.enum(mealSlots).optional(), require: z.enum(dayRuleRequirements) }))
    .max(planRuleLimits.dayRules.maxItems)
    .optional(),
  leftovers: z.boolean().optional(),
})

export const profileSchema = z.strictObject({
  intolerances: uniqueList(intolerances),
  allergens: uniqueList(allergens),
  diet: z.enum(diets),
  avoidFoods: z
    .array(avoidEntrySchema)
    .max(profileLimits.avoidFoods.maxItems, 'too-many')
    .refine((list) => new Set(list.map(avoidKey)).size === list.length, 'duplicate'),
  householdSize: intInRange(profileLimits.householdSize),
  slots: z
    .array(z.enum(mealSlots))
    .min(1, 'required')
    .refine((list) => new Set(list).size === list.length, 'duplicate'),
  targets: z.strictObject({
    fiberG: intInRange(profileLimits.fiberG),
    energyKcal: intInRange(profileLimits.energyKcal),
  }),
  mayBePregnant: z.boolean().optional(),
  rules: planRulesSchema.optional(),
})

/** A problem with one field: a dotted path and a code the UI turns into a message. */
export interface ProfileIssue {
  path: string
  code: 'required' | 'range' | 'whole' | 'duplicate' | 'too-long' | 'too-many' | 'invalid'
}

const issueCodes = new Set<ProfileIssue['code']>(['required', 'range', 'whole', 'duplicate', 'too-long', 'too-many'])

export type ProfileValidation = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] }

/** Validates an unknown value as a profile; every issue names its field. */
export function validateProfile(value: unknown): ProfileValidation {
  const result = profileSchema.safeParse(value)
  if (result.success) {
    // Slots are kept in day order whatever order they were ticked in.
    const slots = mealSlots.filter((s) => result.data.slots.includes(s))
    return { ok: true, profile: { ...result.data, slots } }
  }
  const issues = result.error.issues.map((issue): ProfileIssue => {
    const code = issueCodes.has(issue.message as ProfileIssue['code']) ? (issue.message as ProfileIssue['code']) : 'invalid'
    return { path: issue.path.map(String).join('.'), code }
  })
  return { ok: false, issues }
}

/**
 * Reads a stored or imported profile field by field: every field that is valid is kept,
 * every other one falls back to the default. Used where refusing the whole value would
 * throw away a person's good data for one bad field.
 */
export function normalizeProfile(value: unknown): { profile: Profile; repaired: string[] } {
  const base = defaultProfile()
  if (typeof value !== 'object' || value === null) return { profile: base, repaired: ['*'] }
  const record = value as Record<string, unknown>
  const repaired: string[] = []
  const shape = profileSchema.shape
  const pick = <K extends keyof Profile>(key: K): Profile[K] => {
    const parsed = shape[key].safeParse(record[key])
    if (parsed.success) return parsed.data as Profile[K]
    repaired.push(key)
    return base[key]
  }
  const targetsRaw = typeof record.targets === 'object' && record.targets !== null ? (record.targets as Record<string, unknown>) : {}
  const target = (key: keyof ProfileTargets): number => {
    const parsed = shape.targets.shape[key].safeParse(targetsRaw[key])
    if (parsed.success) return parsed.data
    repaired.push(`targets.${key}`)
    return base.targets[key]
  }
  const slots = pick('slots')
  const pregnancy = shape.mayBePregnant.safeParse(record.mayBePregnant)
  if (!pregnancy.success) repaired.push('mayBePregnant')
  const rules = shape.rules.safeParse(record.rules)
  if (!rules.success) repaired.push('rules')
  return {
    profile: {
      intolerances: pick('intolerances'),
      allergens: pick('allergens'),
      diet: pick('diet'),
      avoidFoods: pick('avoidFoods'),
      householdSize: pick('householdSize'),
      slots: mealSlots.filter((s) => slots.includes(s)),
      targets: { fiberG: target('fiberG'), energyKcal: target('energyKcal') },
      ...(pregnancy.success && pregnancy.data !== undefined ? { mayBePregnant: pregnancy.data } : {}),
      ...(rules.success && rules.data !== undefined ? { rules: rules.data } : {}),
    },
    repaired,
  }
}

/** Whether the person eats fish (omnivore or pescatarian, no fish allergy): omega-3 then counts oily-fish meals. */
export function eatsFish(profile: Profile): boolean {
  return (profile.diet === 'omnivore' || profile.diet === 'pescatarian') && !profile.allergens.includes('fish')
}

/** Whether a profile rules anything out (an intolerance, an allergen, a diet, an avoided food). */
export function hasRestrictions(profile: Profile): boolean {
  return profile.intolerances.length > 0 || profile.allergens.length > 0 || profile.diet !== 'omnivore' || profile.avoidFoods.length > 0
}
