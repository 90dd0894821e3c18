/** The profile repository: every read and write of the person's profile. */
import { normalizeProfile, validateProfile, type Profile } from '../../shared/profile/profile'
import { getDb } from './db'
import { guardWrite } from './errors'

export interface LoadedProfile {
  profile: Profile
  /** False until the person has saved a profile once. */
  isStored: boolean
  /** Fields of a stored profile that were unreadable and fell back to defaults. */
  repaired: string[]
}

export async function loadProfile(): Promise<LoadedProfile> {
  const row = await getDb().profile.get('me')
  if (!row) return { ...normalizeProfile({}), isStored: false, repaired: [] }
  const { profile, repaired } = normalizeProfile(row.profile)
  return { profile, repaired, isStored: true }
}

/** Saves a profile; refuses one that does not validate, so nothing invalid is ever stored. */
export async function saveProfile(profile: Profile, now: Date = new Date()): Promise<Profile> {
  const checked = validateProfile(profile)
  if (!checked.ok) throw new Error(`Refusing to store an invalid profile: ${checked.issues.map((i) => i.path).join(', ')}`)
  await guardWrite(() => getDb().profile.put({ id: 'me', profile: checked.profile, updatedAt: now.toISOString() }))
  return checked.profile
}
