/**
 * Edits of the people at the table (profile.members), as pure functions the profile screen calls.
 * Each returns a new profile, or refuses the edit with the field and a code (bounds are refused,
 * not clamped). householdSize follows the member count.
 */
import type { AvoidEntry } from '../food/avoid'
import {
  issueCode,
  memberSchema,
  membersSchema,
  withMemberCount,
  type Allergen,
  type Diet,
  type HouseholdMember,
  type Intolerance,
  type MealSlot,
  type Profile,
  type ProfileIssue,
  type Weekday,
} from './profile'

export type MemberEdit = { ok: true; profile: Profile } | { ok: false; issue: ProfileIssue }

/** A member's own limits, as one edit sets them. */
export interface MemberLimits {
  intolerances?: Intolerance[]
  allergens?: Allergen[]
  diet?: Diet
  avoidFoods?: AvoidEntry[]
}

/**
 * Adds a person (no limits, the profile's energy, eats every meal). The first person added to a
 * profile of one comes with that one: a member `selfName` mirroring the profile's own limits and energy.
 */
export function addMember(profile: Profile, name: string, selfName: string): MemberEdit {
  const members = profile.members ?? []
  const self: HouseholdMember[] =
    members.length > 0
      ? []
      : [{ name: selfName, intolerances: [...profile.intolerances], allergens: [...profile.allergens], diet: profile.diet, avoidFoods: [...profile.avoidFoods], targets: { energyKcal: profile.targets.energyKcal } }]
  const added: HouseholdMember = { name, intolerances: [], allergens: [], diet: 'omnivore', avoidFoods: [], targets: { energyKcal: profile.targets.energyKcal } }
  const list = [...members, ...self, added]
  return withMembers(profile, list, `members.${list.length - 1}.name`)
}

/** Renames the member at `index` (trimmed; 1–40 characters, unique). */
export function renameMember(profile: Profile, index: number, name: string): MemberEdit {
  return editMember(profile, index, (m) => ({ ...m, name }))
}

/** Removes the member at `index`; without members the profile is one person again. */
export function removeMember(profile: Profile, index: number): MemberEdit {
  const members = profile.members ?? []
  if (!Number.isInteger(index) || index < 0 || index >= members.length) return refuse(`members.${index}`, 'invalid')
  const rest = members.filter((_, i) => i !== index)
  if (rest.length > 0) return withMembers(profile, rest)
  const single = withMemberCount({ ...profile, members: [] })
  return { ok: true, profile: { ...single, householdSize: 1 } }
}

/** Sets some of a member's own limits (intolerances, allergens, diet, avoided foods). */
export function setMemberLimits(profile: Profile, index: number, limits: MemberLimits): MemberEdit {
  return editMember(profile, index, (m) => ({ ...m, ...limits }))
}

/** Sets a member's energy target (whole kcal within profileLimits.energyKcal). */
export function setMemberEnergy(profile: Profile, index: number, energyKcal: number): MemberEdit {
  return editMember(profile, index, (m) => ({ ...m, targets: { energyKcal } }))
}

/** Whether a member eats a meal at home; unticking it puts the meal in their `away`. */
export function setMemberEats(profile: Profile, index: number, day: Weekday, slot: MealSlot, eats: boolean): MemberEdit {
  return editMember(profile, index, (m) => {
    const away = (m.away ?? []).filter((a) => a.day !== day || a.slot !== slot)
    if (!eats) away.push({ day, slot })
    const next: HouseholdMember = { ...m, away }
    if (away.length === 0) delete next.away
    return next
  })
}

function editMember(profile: Profile, index: number, edit: (member: HouseholdMember) => HouseholdMember): MemberEdit {
  const members = profile.members ?? []
  const member = members[index]
  if (member === undefined) return refuse(`members.${index}`, 'invalid')
  const next = edit(member)
  const own = memberSchema.safeParse(next)
  if (!own.success) return refuseWith(own.error.issues[0], `members.${index}`)
  return withMembers(
    profile,
    members.map((m, i) => (i === index ? own.data : m)),
    `members.${index}.name`,
  )
}

/** The members set, or the first problem (a duplicate name reported at `duplicateAt`). */
function withMembers(profile: Profile, members: HouseholdMember[], duplicateAt = 'members'): MemberEdit {
  const parsed = membersSchema.safeParse(members)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return issue?.message === 'duplicate' ? refuse(duplicateAt, 'duplicate') : refuseWith(issue, 'members')
  }
  return { ok: true, profile: withMemberCount({ ...profile, members: parsed.data }) }
}

function refuseWith(issue: { message: string; path: readonly PropertyKey[] } | undefined, prefix: string): MemberEdit {
  const code = issue ? issueCode(issue.message) : 'invalid'
  const rest = issue?.path.map(String).join('.') ?? ''
  return refuse(rest ? `${prefix}.${rest}` : prefix, code)
}

function refuse(path: string, code: ProfileIssue['code']): MemberEdit {
  return { ok: false, issue: { path, code } }
}
