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

/** Leftovers: the meal cooked for more, and the meal of the next day that eats the rest. */
export const leftoverSlots = { cooked: 'dinner', eaten: 'lunch' } as const satisfies Record<string, MealSlot>

/** Whether a profile's meals can hold leftovers: it plans dinners and lunches (a dinner's rest is the next day's lunch). */
export function leftoversPossible(slots: readonly MealSlot[]): boolean {
  return slots.includes(leftoverSlots.cooked) && slots.includes(leftoverSlots.eaten)
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
  members: { maxItems: 12, nameMaxLength: 40 },
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
  /**
   * The people at the table, each with their own limits and energy. Absent or empty: the profile's
   * own fields are the one person, × householdSize. With members, householdSize is their count and
   * the profile's own limits still hold for every meal (limits of everyone at the table).
   */
  members?: HouseholdMember[]
  /**
   * When each meal is eaten, as local "HH:MM" (24 h): the calendar export puts a meal with a time
   * there and makes the others all-day events. Absent, or a slot absent: no time.
   */
  slotTimes?: SlotTimes
}

/** A local time of day per meal slot, "07:30"; only the slots that have one. */
export type SlotTimes = Partial<Record<MealSlot, string>>

/** "HH:MM", 00:00–23:59: a wall-clock time of day. */
export const slotTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/

/** Hours and minutes of a valid slot time ("07:30" → { hours: 7, minutes: 30 }). */
export function parseSlotTime(time: string): { hours: number; minutes: number } | undefined {
  if (!slotTimePattern.test(time)) return undefined
  return { hours: Number(time.slice(0, 2)), minutes: Number(time.slice(3, 5)) }
}

/** A meal of the week (a weekday and a slot), as a member's `away` lists them. */
export interface WeekMeal {
  day: Weekday
  slot: MealSlot
}

/** One person at the table: their own limits, their energy, and the meals they don't eat at home. */
export interface HouseholdMember {
  /** 1–40 characters, trimmed, unique in the profile. */
  name: string
  intolerances: Intolerance[]
  allergens: Allergen[]
  diet: Diet
  avoidFoods: AvoidEntry[]
  /** Their energy; portions follow it (relative to the profile's targets.energyKcal). */
  targets: { energyKcal: number }
  /** The meals this member does not eat at home; absent: every meal. */
  away?: WeekMeal[]
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

const avoidFoodsSchema = z
  .array(avoidEntrySchema)
  .max(profileLimits.avoidFoods.maxItems, 'too-many')
  .refine((list) => new Set(list.map(avoidKey)).size === list.length, 'duplicate')

const weekMealKey = (meal: WeekMeal): string => `${meal.day}:${meal.slot}`

/** One household member (profile.members, and the command line's profile file). */
export const memberSchema = z.strictObject({
  name: z.string().trim().min(1, 'required').max(profileLimits.members.nameMaxLength, 'too-long'),
  intolerances: uniqueList(intolerances),
  allergens: uniqueList(allergens),
  diet: z.enum(diets),
  avoidFoods: avoidFoodsSchema,
  targets: z.strictObject({ energyKcal: intInRange(profileLimits.energyKcal) }),
  away: z
    .array(z.strictObject({ day: z.enum(weekdays), slot: z.enum(mealSlots) }))
    .max(weekdays.length * mealSlots.length, 'too-many')
    .refine((list) => new Set(list.map(weekMealKey)).size === list.length, 'duplicate')
    .optional(),
})

/** The household's members: at most 12, names unique (case and spaces aside). */
export const membersSchema = z
  .array(memberSchema)
  .max(profileLimits.members.maxItems, 'too-many')
  .refine((list) => new Set(list.map((m) => memberNameKey(m.name))).size === list.length, 'duplicate')

/** A member's name as compared for uniqueness: trimmed, case-folded. */
export const memberNameKey = (name: string): string => name.trim().toLocaleLowerCase('en')

/** Slot times: a time that is not a real "HH:MM" is refused, never rounded into one. */
export const slotTimesSchema: z.ZodType<SlotTimes> = z.partialRecord(z.enum(mealSlots), z.string().regex(slotTimePattern, 'invalid'))

export const profileSchema = z.strictObject({
  intolerances: uniqueList(intolerances),
  allergens: uniqueList(allergens),
  diet: z.enum(diets),
  avoidFoods: avoidFoodsSchema,
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
  members: membersSchema.optional(),
  slotTimes: slotTimesSchema.optional(),
})

/** A problem with one field: a dotted path and a code the UI turns into a message. */
export interface ProfileIssue {
  path: string
  code: 'required' | 'range' | 'whole' | 'duplicate' | 'too-long' | 'too-many' | 'invalid'
}

const issueCodes = new Set<ProfileIssue['code']>(['required', 'range', 'whole', 'duplicate', 'too-long', 'too-many'])

/** A schema message as an issue code ('invalid' for any the UI has no words for). */
export const issueCode = (message: string): ProfileIssue['code'] => (issueCodes.has(message as ProfileIssue['code']) ? (message as ProfileIssue['code']) : 'invalid')

export type ProfileValidation = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] }

/** Validates an unknown value as a profile; every issue names its field. */
export function validateProfile(value: unknown): ProfileValidation {
  const result = profileSchema.safeParse(value)
  if (result.success) {
    // Slots are kept in day order whatever order they were ticked in.
    const slots = mealSlots.filter((s) => result.data.slots.includes(s))
    return { ok: true, profile: withMemberCount({ ...result.data, slots }) }
  }
  const issues = result.error.issues.map((issue): ProfileIssue => {
    return { path: issue.path.map(String).join('.'), code: issueCode(issue.message) }
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
  const members = pickMembers(record.members, repaired)
  const slotTimes = shape.slotTimes.safeParse(record.slotTimes)
  if (!slotTimes.success) repaired.push('slotTimes')
  return {
    profile: withMemberCount({
      intolerances: pick('intolerances'),
      allergens: pick('allergens'),
      diet: pick('diet'),
      avoidFoods: pick('avoidFoods'),
      householdSize: pick('householdSize'),
      slots: mealSlots.filter((s) => slots.includes(s)),
      targets: { fiberG: target('fiberG'), energyKcal: target('energyKcal') },
      ...(pregnancy.success && pregnancy.data !== undefined ? { mayBePregnant: pregnancy.data } : {}),
      ...(rules.success && rules.data !== undefined ? { rules: rules.data } : {}),
      ...(members.length > 0 ? { members } : {}),
      ...(slotTimes.success && slotTimes.data !== undefined ? { slotTimes: slotTimes.data } : {}),
    }),
    repaired,
  }
}

/**
 * The stored members, member by member: a valid member is kept whole, an invalid one is read
 * field by field (a bad field falls back to the default, an unreadable name to "member n"), a
 * duplicate name gets a number, and members past the limit are dropped; each repair is listed.
 */
function pickMembers(value: unknown, repaired: string[]): HouseholdMember[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    repaired.push('members')
    return []
  }
  const whole = membersSchema.safeParse(value)
  if (whole.success) return whole.data
  const base = defaultProfile()
  const out: HouseholdMember[] = []
  const taken = new Set<string>()
  value.forEach((raw: unknown, i) => {
    if (out.length >= profileLimits.members.maxItems) {
      repaired.push(`members.${i}`)
      return
    }
    const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
    const field = <K extends 'intolerances' | 'allergens' | 'diet' | 'avoidFoods' | 'away'>(key: K, fallback: HouseholdMember[K]): HouseholdMember[K] => {
      const parsed = memberSchema.shape[key].safeParse(record[key])
      if (parsed.success) return parsed.data as HouseholdMember[K]
      repaired.push(`members.${i}.${key}`)
      return fallback
    }
    const targets = typeof record.targets === 'object' && record.targets !== null ? (record.targets as Record<string, unknown>) : {}
    const energy = memberSchema.shape.targets.shape.energyKcal.safeParse(targets.energyKcal)
    if (!energy.success) repaired.push(`members.${i}.targets.energyKcal`)
    const named = memberSchema.shape.name.safeParse(record.name)
    if (!named.success) repaired.push(`members.${i}.name`)
    const given = named.success ? named.data : String(i + 1)
    let name = given
    for (let n = 2; taken.has(memberNameKey(name)); n++) name = `${given.slice(0, profileLimits.members.nameMaxLength - 4)} ${n}`
    if (name !== given) repaired.push(`members.${i}.name`)
    taken.add(memberNameKey(name))
    const away = field('away', undefined)
    out.push({
      name,
      intolerances: field('intolerances', []),
      allergens: field('allergens', []),
      diet: field('diet', base.diet),
      avoidFoods: field('avoidFoods', []),
      targets: { energyKcal: energy.success ? energy.data : base.targets.energyKcal },
      ...(away !== undefined ? { away } : {}),
    })
  })
  return out
}

/** With members, householdSize is their count (old readers still see the number at the table); an empty list is no list. */
export function withMemberCount(profile: Profile): Profile {
  if (profile.members === undefined) return profile
  if (profile.members.length === 0) {
    const rest = { ...profile }
    delete rest.members
    return rest
  }
  return { ...profile, householdSize: profile.members.length }
}

/** Whether the person eats fish (omnivore or pescatarian, no fish allergy): omega-3 then counts oily-fish meals. */
export function eatsFish(profile: Profile): boolean {
  return (profile.diet === 'omnivore' || profile.diet === 'pescatarian') && !profile.allergens.includes('fish')
}

/** Whether a profile rules anything out (an intolerance, an allergen, a diet, an avoided food), its own or a member's. */
export function hasRestrictions(profile: Profile): boolean {
  const restricts = (p: Pick<Profile, 'intolerances' | 'allergens' | 'diet' | 'avoidFoods'>) => p.intolerances.length > 0 || p.allergens.length > 0 || p.diet !== 'omnivore' || p.avoidFoods.length > 0
  return restricts(profile) || (profile.members ?? []).some(restricts)
}
