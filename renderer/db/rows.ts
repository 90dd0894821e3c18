/** Storage shapes: what IndexedDB holds. Repositories map them to shared/ types. */
import type { Profile } from '../../shared/profile/profile'

export interface ProfileRow {
  /** There is one profile per installation. */
  id: 'me'
  profile: Profile
  /** ISO timestamp of the last save. */
  updatedAt: string
}

export interface SettingsRow {
  key: 'app'
  locale: 'en' | 'de' | null
  /** ISO timestamp of when the person acknowledged the health notice; null until then. */
  healthNoticeSeenAt: string | null
}
