/**
 * The people at the table: who eats a meal, the limits a shared meal must keep (the union of its
 * eaters' and the profile's own), and how many reference portions it is (by each eater's energy).
 * With no members the profile's own fields are the one person, × householdSize, as before members.
 */
import { avoidKey, type AvoidEntry } from '../food/avoid'
import { allergens, diets, intolerances, memberNameKey, weekdays, type Diet, type HouseholdMember, type MealSlot, type Profile, type Weekday } from './profile'

/** Whether the profile names the people at the table. */
export const hasMembers = (profile: Profile): boolean => (profile.members?.length ?? 0) > 0

/** Whether a member eats a meal at home (not listed in their `away`). */
export const eatsAt = (member: HouseholdMember, day: Weekday, slot: MealSlot): boolean =>
  !(member.away ?? []).some((m) => m.day === day && m.slot === slot)

/** The indices (into profile.members) of the members who eat a meal; none when there are no members. */
export function mealEaterIndices(profile: Profile, day: Weekday, slot: MealSlot): number[] {
  return (profile.members ?? []).flatMap((member, i) => (eatsAt(member, day, slot) ? [i] : []))
}

/** The members who eat a meal; none when there are no members (the profile is then the one person). */
export function mealEaters(profile: Profile, day: Weekday, slot: MealSlot): HouseholdMember[] {
  return (profile.members ?? []).filter((member) => eatsAt(member, day, slot))
}

/** The strictest of some diets (vegan > vegetarian > pescatarian > omnivore). */
export function strictestDiet(list: readonly Diet[]): Diet {
  return list.reduce<Diet>((a, b) => (diets.indexOf(b) > diets.indexOf(a) ? b : a), 'omnivore')
}

/**
 * The profile a shared meal must fit: the profile's own limits and every eater's (intolerances,
 * allergens and avoided foods united, the strictest diet), without members. The existing rules
 * (recipeConflicts, toPlannerRecipe) read it as one person.
 */
export function tableProfile(profile: Profile, eaters: readonly HouseholdMember[]): Profile {
  const people = [profile, ...eaters]
  const avoid = new Map<string, AvoidEntry>()
  for (const person of people) for (const entry of person.avoidFoods) if (!avoid.has(avoidKey(entry))) avoid.set(avoidKey(entry), entry)
  const table: Profile = {
    ...profile,
    intolerances: intolerances.filter((i) => people.some((p) => p.intolerances.includes(i))),
    allergens: allergens.filter((a) => people.some((p) => p.allergens.includes(a))),
    diet: strictestDiet(people.map((p) => p.diet)),
    avoidFoods: [...avoid.values()],
  }
  delete table.members
  return table
}

/** The profile every meal of the household fits: the profile's own limits and all members' (the profile itself without members). */
export const householdProfile = (profile: Profile): Profile => (hasMembers(profile) ? tableProfile(profile, profile.members ?? []) : profile)

/**
 * How many reference portions a meal is: with members, the sum of its eaters' energy over the
 * profile's own energy target (the person the planner's per-person portion is for); without,
 * householdSize.
 */
export function householdFactor(profile: Profile, eaters: readonly HouseholdMember[]): number {
  if (!hasMembers(profile)) return Math.max(1, profile.householdSize)
  const reference = profile.targets.energyKcal
  return eaters.reduce((sum, m) => sum + m.targets.energyKcal / reference, 0)
}

/**
 * A meal's servings at `perPerson` reference portions: householdSize × it, or with members the
 * eaters' factor × it in quarters (at least one quarter; a meal nobody eats at home is 0).
 */
export function mealServings(profile: Profile, day: Weekday, slot: MealSlot, perPerson = 1): number {
  if (!hasMembers(profile)) return Math.max(1, profile.householdSize) * perPerson
  const eaters = mealEaters(profile, day, slot)
  if (eaters.length === 0) return 0
  return quarterServings(householdFactor(profile, eaters), perPerson)
}

/** Servings for a household factor × a portion, in quarters, at least one quarter. */
export const quarterServings = (factor: number, perPerson: number): number => Math.max(0.25, Math.round(factor * perPerson * 4) / 4)

/**
 * A name for the next person added, from the UI's wording (`nameFor(n)`, say "Person n"): the
 * first n from the person's place at the table whose name is not taken.
 */
export function nextMemberName(profile: Profile, nameFor: (n: number) => string): string {
  const members = profile.members ?? []
  const taken = new Set(members.map((m) => memberNameKey(m.name)))
  let n = Math.max(2, members.length + 1)
  while (taken.has(memberNameKey(nameFor(n)))) n++
  return nameFor(n)
}

/** The weekday of day `day` of a plan (Monday first, repeating every 7 days). */
const weekdayOf = (day: number): Weekday => weekdays[((day % 7) + 7) % 7] ?? 'mon'

/** The names of those who eat day `day`'s meal in `slot` (a plan's day, Monday = 0); null without members. */
export function mealEaterNames(profile: Profile, day: number, slot: MealSlot): string[] | null {
  return hasMembers(profile) ? mealEaters(profile, weekdayOf(day), slot).map((m) => m.name) : null
}

/** The profile day `day`'s meal in `slot` must fit: its eaters' limits and the profile's own (the profile itself without members). */
export function mealProfile(profile: Profile, day: number, slot: MealSlot): Profile {
  return hasMembers(profile) ? tableProfile(profile, mealEaters(profile, weekdayOf(day), slot)) : profile
}

/** mealServings for day `day` of a plan (Monday = 0). */
export const mealServingsAt = (profile: Profile, day: number, slot: MealSlot, perPerson = 1): number => mealServings(profile, weekdayOf(day), slot, perPerson)
